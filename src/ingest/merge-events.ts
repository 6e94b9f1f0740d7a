import type { Prisma } from "../generated/prisma/client.js";
import type { DatePrecision, ParticipantRole } from "../generated/prisma/enums.js";
import { PLANNED_SUFFIX, type Event as ExtractedEvent } from "../extract/types.js";
import type { MergeLock } from "./locks.js";

type Tx = Prisma.TransactionClient;

const DAY_MS = 86_400_000;
/**
 * How far back a report whose text gives no date of its own may recall a known happening
 * ("X, who was arrested in Madrid, was extradited on Friday" four days after the arrest).
 */
export const RECALL_DAYS = 10;
const PRECISION_RANK: Record<DatePrecision, number> = { YEAR: 1, MONTH: 2, DAY: 3 };
/**
 * Acts a party performs again and again in words (statements, appeals, promises, praise,
 * demands, criticism, rejections, threats): two reports that give no date of their own are one
 * act only when they share more than the speaker, and a report recalls only such an act whose
 * date another report gave in its words.
 */
export const SAID_AGAIN_CODES: ReadonlySet<string> = new Set([
  "01",
  "02",
  "03",
  "05",
  "10",
  "11",
  "12",
  "13",
]);

/** When an event happened, as a closed interval of days at its precision. */
interface When {
  /** First day of the period (YYYY-MM-DD); also the stored anchor. */
  anchor: string;
  /** Precision used for comparison; an undated report counts as its publication day. */
  precision: DatePrecision;
  first: number;
  last: number;
  /**
   * The report gives no date of its own (undated, or dated from the story's day): it may recall
   * a dated happening of the days before its publication.
   */
  recalls?: { first: number; last: number };
}

/** An extracted event with its entities resolved to database ids. */
export interface ResolvedEvent {
  extracted: ExtractedEvent;
  /** `place`: the participant is a LOCATION (a country or city standing in the event). */
  participants: { entityId: number; role: ParticipantRole; place?: boolean }[];
  locationId: number | null;
}

interface StoredEvent {
  id: number;
  code: string;
  anchor: string;
  precision: DatePrecision | null;
  date: string | null;
  /** The stored date was inferred from a story's day, not given by any report in its words. */
  dateInferred: boolean;
  locationId: number | null;
  confidence: number;
  summary: string;
  trigger: string;
  participants: number[];
  /** The participants that are places. */
  places: number[];
  /** The participants that underwent the act (the arrested, the attacked). */
  targets: number[];
}

/** How many of `ids` are in `others`. */
function sharedCount(ids: number[], others: Set<number>): number {
  return ids.filter((id) => others.has(id)).length;
}

/** First day of the period a date value names ("2016-12" → 2016-12-01), as YYYY-MM-DD. */
export function firstDayOf(value: string): string {
  const [year, month = "01", day = "01"] = value.split("-");
  return `${year}-${month}-${day}`;
}

function dayNumber(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS;
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function whenOf(anchor: string, precision: DatePrecision): When {
  const first = dayNumber(anchor);
  const start = new Date(first * DAY_MS);
  const end =
    precision === "DAY"
      ? start
      : precision === "MONTH"
        ? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0))
        : new Date(Date.UTC(start.getUTCFullYear(), 11, 31));
  return { anchor, precision, first, last: end.getTime() / DAY_MS };
}

/** The event's own date, else the day the article was published; null when neither is known. */
function whenReported(event: ExtractedEvent, publishedAt: string | null): When | null {
  const explicit = event.date && event.precision && !event.dateInferred;
  const when =
    event.date && event.precision
      ? whenOf(firstDayOf(event.date), event.precision)
      : publishedAt
        ? whenOf(publishedAt, "DAY")
        : null;
  if (!when || explicit || !publishedAt) return when;
  const published = dayNumber(publishedAt);
  return { ...when, recalls: { first: published - RECALL_DAYS, last: published } };
}

/** Both events name a target and neither names the other's: two acts on different parties. */
function targetsConflict(own: Set<number>, ownTargets: Set<number>, stored: StoredEvent): boolean {
  if (ownTargets.size === 0 || stored.targets.length === 0) return false;
  const storedAll = new Set(stored.participants);
  return (
    !stored.targets.some((id) => own.has(id)) && ![...ownTargets].some((id) => storedAll.has(id))
  );
}

/**
 * A report without a date of its own recalls a stored, dated happening of the days before its
 * publication when they share a person or organization, act on the same party, and the stored
 * date falls in the recall window; its place may differ (a dateline, a city in a country).
 */
function recalls(
  when: When,
  candidate: StoredEvent,
  parties: Set<number>,
  entityIds: Set<number>,
  targets: Set<number>,
): boolean {
  if (!when.recalls || candidate.date === null) return false;
  if (SAID_AGAIN_CODES.has(candidate.code) && candidate.dateInferred) return false;
  const stored = whenOf(candidate.anchor, candidate.precision ?? "DAY");
  if (stored.first > when.recalls.last + 1 || stored.last < when.recalls.first) return false;
  const places = new Set(candidate.places);
  const sharedParty = candidate.participants.some((id) => !places.has(id) && parties.has(id));
  return sharedParty && !targetsConflict(entityIds, targets, candidate);
}

/**
 * Dates agree when their periods overlap, or lie within a day of each other
 * when one of them is a day (time zones put one happening on two dates).
 */
function datesCompatible(a: When, b: When): boolean {
  const slack = a.precision === "DAY" || b.precision === "DAY" ? 1 : 0;
  return a.first <= b.last + slack && b.first <= a.last + slack;
}

/**
 * Locks on CAMEO code and calendar bucket: exclusive per month (per year for
 * year-precision reports), shared per year otherwise, so two ingests that
 * could merge into one event are serialized and others proceed.
 */
export function eventLocks(events: ExtractedEvent[], publishedAt: string | null): MergeLock[] {
  return events.flatMap((event) => {
    const when = whenReported(event, publishedAt);
    if (!when) return [];
    const months = new Set<string>();
    const years = new Set<string>();
    const days = [when.first - 1, when.first, when.last, when.last + 1];
    // A recalling report may join an event anywhere in its window: lock those months too.
    if (when.recalls) days.push(when.recalls.first - 1, when.recalls.last + 1);
    for (const day of days) {
      const iso = isoOf(day);
      months.add(iso.slice(0, 7));
      years.add(iso.slice(0, 4));
    }
    if (when.precision === "YEAR") {
      return [...years].map((y) => ({ name: `event|${event.code}|${y}`, shared: false }));
    }
    return [
      ...[...years].map((y) => ({ name: `event|${event.code}|${y}`, shared: true })),
      ...[...months].map((m) => ({ name: `event|${event.code}|${m}`, shared: false })),
    ];
  });
}

/**
 * Stores the article's events, merging each into an existing event that
 * reports the same happening: same CAMEO root, at least one shared
 * participant (a shared person or organization when both name some),
 * compatible dates and location. Two events of one article never
 * merge with each other. Adds participants and one EventMention per evidence
 * passage. Must run under the locks of eventLocks(). Returns the stored
 * event's id for each of `events`, in order.
 */
export async function storeEvents(
  tx: Tx,
  articleId: number,
  publishedAt: string | null,
  events: ResolvedEvent[],
): Promise<number[]> {
  if (events.length === 0) return [];
  const whens = events.map((e) => whenReported(e.extracted, publishedAt));
  const candidates = await loadCandidates(tx, events, whens);

  const claimed = new Set<number>();
  const targets = events.map((event, i) => {
    const when = whens[i];
    if (!when) return null;
    const entityIds = new Set(event.participants.map((p) => p.entityId));
    const parties = new Set(event.participants.filter((p) => !p.place).map((p) => p.entityId));
    const targets = new Set(
      event.participants.filter((p) => p.role === "TARGET").map((p) => p.entityId),
    );
    const scored = candidates
      .filter((c) => !claimed.has(c.id) && c.code === event.extracted.code)
      .filter(
        (c) =>
          ((c.locationId === null ||
            event.locationId === null ||
            c.locationId === event.locationId) &&
            datesCompatible(when, whenOf(c.anchor, c.precision ?? "DAY"))) ||
          recalls(when, c, parties, entityIds, targets),
      )
      .map((c) => {
        const places = new Set(c.places);
        const ownParties = c.participants.filter((id) => !places.has(id));
        return {
          candidate: c,
          shared: sharedCount(c.participants, entityIds),
          // When both name people or organizations, one of those must be shared: a country
          // alone (Russia hosting one meeting, calling another) would chain a week's meetings.
          // With places only on one side, that side's places (up to two) must all be shared:
          // "South Korea and the United States" is not any event the United States took part in.
          partiesAgree:
            parties.size > 0 && ownParties.length > 0
              ? ownParties.some((id) => parties.has(id))
              : sharedCount(c.participants, entityIds) >=
                Math.min(2, parties.size === 0 ? entityIds.size : c.participants.length),
          gap: Math.abs(dayNumber(c.anchor) - when.first),
        };
      })
      // Two undated reports of a said-again act by one speaker may be two different statements.
      .filter(
        (s) =>
          !(
            SAID_AGAIN_CODES.has(s.candidate.code) &&
            when.recalls !== undefined &&
            (s.candidate.date === null || s.candidate.dateInferred) &&
            s.shared < 2
          ),
      )
      .filter((s) => s.shared > 0 && s.partiesAgree)
      .sort((a, b) => b.shared - a.shared || a.gap - b.gap || a.candidate.id - b.candidate.id);
    const best = scored[0]?.candidate ?? null;
    if (best) claimed.add(best.id);
    return best;
  });

  const fresh = events.flatMap((event, i) => (targets[i] ? [] : [{ event, when: whens[i] }]));
  const rows = fresh.map(({ event, when }) => {
    const date = event.extracted.date ? firstDayOf(event.extracted.date) : null;
    return {
      ...event.extracted,
      date,
      precision: date ? (event.extracted.precision ?? null) : null,
      dateInferred: date !== null && (event.extracted.dateInferred ?? false),
      anchor: when?.anchor ?? null,
      locationId: event.locationId,
    };
  });
  // Sequence ids grow in insertion order, which follows `ord`: sorted, they
  // line up with `fresh`.
  const created =
    rows.length === 0
      ? []
      : (
          await tx.$queryRaw<{ id: number }[]>`
            INSERT INTO event (code, "trigger", date, date_precision, date_inferred, anchor_date,
                               location_id, summary, confidence)
            SELECT t.code, t."trigger", t.date, t.date_precision::"DatePrecision", t.date_inferred,
                   t.anchor_date, t.location_id, t.summary, t.confidence
            FROM unnest(
              ${rows.map((r) => r.code)}::text[], ${rows.map((r) => r.trigger)}::text[],
              ${rows.map((r) => r.date)}::date[], ${rows.map((r) => r.precision)}::text[],
              ${rows.map((r) => r.dateInferred)}::boolean[],
              ${rows.map((r) => r.anchor)}::date[], ${rows.map((r) => r.locationId)}::int[],
              ${rows.map((r) => r.summary)}::text[], ${rows.map((r) => r.confidence)}::float8[])
              WITH ORDINALITY AS t(code, "trigger", date, date_precision, date_inferred,
                                   anchor_date, location_id, summary, confidence, ord)
            ORDER BY t.ord
            RETURNING id`
        )
          .map((row) => row.id)
          .sort((a, b) => a - b);
  const eventIds: number[] = [];
  let next = 0;
  for (const target of targets) eventIds.push(target ? target.id : created[next++]!);

  await updateMerged(
    tx,
    events.flatMap((event, i) => {
      const target = targets[i];
      return target ? [{ target, event, when: whens[i]! }] : [];
    }),
  );

  const participants = events.flatMap((event, i) =>
    event.participants.map((p) => ({ eventId: eventIds[i]!, entityId: p.entityId, role: p.role })),
  );
  if (participants.length > 0) {
    await tx.$executeRaw`
      INSERT INTO event_participant (event_id, entity_id, role)
      SELECT t.event_id, t.entity_id, t.role::"ParticipantRole" FROM unnest(
        ${participants.map((p) => p.eventId)}::int[], ${participants.map((p) => p.entityId)}::int[],
        ${participants.map((p) => p.role)}::text[]) AS t(event_id, entity_id, role)
      ON CONFLICT DO NOTHING`;
  }
  const evidence = events.flatMap((event, i) =>
    event.extracted.evidence.map((s) => ({
      eventId: eventIds[i]!,
      articleId,
      start: s.start,
      end: s.end,
      sentenceIndex: s.sentenceIndex,
      confidence: event.extracted.confidence,
    })),
  );
  if (evidence.length > 0) {
    await tx.$executeRaw`
      INSERT INTO event_mention (event_id, article_id, start, "end", sentence_index, confidence)
      SELECT t.event_id, ${articleId}::int, t.start, t."end", t.sentence_index, t.confidence
      FROM unnest(
        ${evidence.map((e) => e.eventId)}::int[], ${evidence.map((e) => e.start)}::int[],
        ${evidence.map((e) => e.end)}::int[], ${evidence.map((e) => e.sentenceIndex)}::int[],
        ${evidence.map((e) => e.confidence)}::float8[])
        AS t(event_id, start, "end", sentence_index, confidence)
      ON CONFLICT DO NOTHING`;
  }
  return eventIds;
}

/** Stored events of the same codes, in the date windows of the new reports, sharing a participant. */
async function loadCandidates(
  tx: Tx,
  events: ResolvedEvent[],
  whens: (When | null)[],
): Promise<StoredEvent[]> {
  const windows: { code: string; precision: DatePrecision; lo: string; hi: string }[] = [];
  events.forEach((event, i) => {
    const when = whens[i];
    if (!when) return;
    const from = Math.min(when.first, when.recalls?.first ?? when.first);
    const lo = new Date((from - 1) * DAY_MS);
    const hi = isoOf(Math.max(when.last, when.recalls?.last ?? when.last) + 1);
    const code = event.extracted.code;
    windows.push({ code, precision: "DAY", lo: isoOf(from - 1), hi });
    windows.push({
      code,
      precision: "MONTH",
      lo: isoOf(Date.UTC(lo.getUTCFullYear(), lo.getUTCMonth(), 1) / DAY_MS),
      hi,
    });
    windows.push({
      code,
      precision: "YEAR",
      lo: isoOf(Date.UTC(lo.getUTCFullYear(), 0, 1) / DAY_MS),
      hi,
    });
  });
  const entityIds = [...new Set(events.flatMap((e) => e.participants.map((p) => p.entityId)))];
  if (windows.length === 0 || entityIds.length === 0) return [];
  return tx.$queryRaw<StoredEvent[]>`
    SELECT e.id, e.code, to_char(e.anchor_date, 'YYYY-MM-DD') AS anchor,
           e.date_precision::text AS precision, to_char(e.date, 'YYYY-MM-DD') AS date,
           e.date_inferred AS "dateInferred",
           e.location_id AS "locationId", e.confidence, e.summary, e."trigger",
           ARRAY(SELECT DISTINCT p.entity_id FROM event_participant p WHERE p.event_id = e.id) AS participants,
           -- A scalar lookup per participant: as a join, the planner (with the statistics of a
           -- table still being filled) read every LOCATION entity once per candidate event.
           ARRAY(SELECT DISTINCT p.entity_id FROM event_participant p
                 WHERE p.event_id = e.id
                   AND (SELECT x.type FROM entity x WHERE x.id = p.entity_id) = 'LOCATION') AS places,
           ARRAY(SELECT DISTINCT p.entity_id FROM event_participant p
                 WHERE p.event_id = e.id AND p.role = 'TARGET') AS targets
    FROM event e
    WHERE e.id IN (
      SELECT x.id FROM unnest(
          ${windows.map((w) => w.code)}::text[], ${windows.map((w) => w.precision)}::text[],
          ${windows.map((w) => w.lo)}::date[], ${windows.map((w) => w.hi)}::date[])
        AS w(code, precision, lo, hi)
      JOIN event x ON x.code = w.code AND x.anchor_date BETWEEN w.lo AND w.hi
        AND COALESCE(x.date_precision::text, 'DAY') = w.precision)
      AND EXISTS (SELECT 1 FROM event_participant p
                  WHERE p.event_id = e.id AND p.entity_id = ANY(${entityIds}::int[]))
    ORDER BY e.id`;
}

/**
 * A merged event keeps the most precise date (the earlier one between equals),
 * the earliest anchor, a known location and the highest confidence, so the
 * result does not depend on which report came first.
 */
async function updateMerged(
  tx: Tx,
  merged: { target: StoredEvent; event: ResolvedEvent; when: When }[],
): Promise<void> {
  if (merged.length === 0) return;
  const rows = merged.map(({ target, event, when }) => {
    const extracted = event.extracted;
    // A date inferred from the story's day says less than any date a report gave in its words.
    const inferredOverStored = (extracted.dateInferred ?? false) && target.date !== null;
    const newDate =
      extracted.date && extracted.precision && !inferredOverStored
        ? firstDayOf(extracted.date)
        : null;
    const oldRank = target.precision ? PRECISION_RANK[target.precision] : 0;
    const newRank = newDate && extracted.precision ? PRECISION_RANK[extracted.precision] : 0;
    const newInferred = extracted.dateInferred ?? false;
    // A date a report gave in its words replaces one inferred from a story's day.
    const explicitOverInferred =
      newDate !== null && !newInferred && target.dateInferred && newRank >= oldRank;
    const takeNew =
      newRank > oldRank ||
      explicitOverInferred ||
      (newRank === oldRank && newDate !== null && newDate < target.date!);
    const date = takeNew ? newDate : target.date;
    return {
      id: target.id,
      date,
      precision: takeNew ? extracted.precision : target.precision,
      dateInferred: takeNew ? newInferred : target.dateInferred,
      anchor: date ?? (when.anchor < target.anchor ? when.anchor : target.anchor),
      locationId: target.locationId ?? event.locationId,
      confidence: Math.max(target.confidence, extracted.confidence),
      ...(wordsFromBetterReport(extracted, target)
        ? { summary: extracted.summary, trigger: extracted.trigger }
        : { summary: target.summary, trigger: target.trigger }),
    };
  });
  await tx.$executeRaw`
    UPDATE event e SET date = u.date, date_precision = u.precision::"DatePrecision",
      date_inferred = u.date_inferred, anchor_date = u.anchor, location_id = u.location_id,
      confidence = u.confidence, summary = u.summary, "trigger" = u."trigger"
    FROM unnest(${rows.map((r) => r.id)}::int[], ${rows.map((r) => r.date)}::date[],
                ${rows.map((r) => r.precision)}::text[],
                ${rows.map((r) => r.dateInferred && r.date !== null)}::boolean[],
                ${rows.map((r) => r.anchor)}::date[],
                ${rows.map((r) => r.locationId)}::int[], ${rows.map((r) => r.confidence)}::float8[],
                ${rows.map((r) => r.summary)}::text[], ${rows.map((r) => r.trigger)}::text[])
      AS u(id, date, precision, date_inferred, anchor, location_id, confidence, summary, "trigger")
    WHERE e.id = u.id`;
}

/**
 * Whether a new report's words should describe the merged event: a report of the act beats a
 * report of the plan ("vetoed" over "was expected to veto"), then the more confident report,
 * then the first summary in alphabetical order, so the choice does not depend on arrival order.
 */
function wordsFromBetterReport(
  report: { summary: string; confidence: number },
  stored: { summary: string; confidence: number },
): boolean {
  const done = (summary: string) => (summary.endsWith(PLANNED_SUFFIX) ? 0 : 1);
  return (
    (done(report.summary) - done(stored.summary) ||
      report.confidence - stored.confidence ||
      (report.summary < stored.summary ? 1 : 0)) > 0
  );
}
