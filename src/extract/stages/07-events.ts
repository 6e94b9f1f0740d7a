import { parseDateValue } from "../dates.js";
import {
  ECONOMIC_CUES,
  FUTURE_MARKERS,
  IRREGULAR_LEMMAS,
  LOCATIVE_PREPOSITIONS,
  NEGATION_CUES,
  PASSIVE_AUXILIARIES,
  PHRASE_TRIGGERS,
  PLACE_NOUNS,
  PLAN_CUES,
  WORD_TRIGGERS,
  type TriggerSense,
} from "../lexicon/event-triggers.js";
import type {
  CameoCode,
  DatePrecision,
  Doc,
  Entity,
  Event,
  EventParticipant,
  Mention,
  Sentence,
  Span,
  Stage,
  TemporalExpression,
} from "../types.js";

interface Word extends Span {
  text: string;
  lower: string;
  lemmas: string[];
}

interface Trigger extends Span {
  sense: TriggerSense;
  code: CameoCode;
  /** Index of the first and last word of the trigger. */
  first: number;
  last: number;
}

interface Modality {
  skip: boolean;
  planned: boolean;
  passive: boolean;
}

/** A mention placed in its sentence: `place` when it names where something happened. */
interface Placed {
  mention: Mention;
  entityId: number;
  place: boolean;
  /** Index of the first word at or after the mention. */
  wordIndex: number;
}

const WORD_PATTERN = /[A-Za-z][A-Za-z'\u2019-]*|\d[\d,.]*|[^\sA-Za-z\d]/g;
const CLAUSE_BREAKS = new Set([";", ":", "\u2014", "\u2013", "(", ")"]);
/** How far from a trigger participants and places are looked for, in words. */
const ACTOR_WINDOW = 25;
const TARGET_WINDOW = 12;
const MAX_OTHERS = 3;
const MAX_SENTENCE_LENGTH = 5000;

const PHRASES_BY_FIRST = (() => {
  const index = new Map<string, (typeof PHRASE_TRIGGERS)[number][]>();
  for (const phrase of PHRASE_TRIGGERS) {
    const first = phrase.lemmas[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push(phrase);
    list.sort((a, b) => b.lemmas.length - a.lemmas.length);
    index.set(first, list);
  }
  return index;
})();

/** Candidate lemmas of a word, most literal first ("expelled" → expelled, expell, expel …). */
export function lemmasOf(word: string): string[] {
  const lower = word.toLowerCase().replace(/['\u2019]s$/, "");
  const out = [lower];
  const irregular = IRREGULAR_LEMMAS[lower];
  if (irregular) out.push(irregular);
  const add = (candidate: string): void => {
    if (candidate.length > 1) out.push(candidate);
  };
  const undouble = (stem: string): void => {
    const last = stem.length - 1;
    if (last > 1 && stem[last] === stem[last - 1]) add(stem.slice(0, last));
  };
  if (lower.endsWith("ies") || lower.endsWith("ied")) add(`${lower.slice(0, -3)}y`);
  if (lower.endsWith("es")) add(lower.slice(0, -2));
  if (lower.endsWith("s") && !lower.endsWith("ss")) add(lower.slice(0, -1));
  if (lower.endsWith("ed")) {
    const stem = lower.slice(0, -2);
    add(stem);
    add(`${stem}e`);
    undouble(stem);
  }
  if (lower.endsWith("ing")) {
    const stem = lower.slice(0, -3);
    add(stem);
    add(`${stem}e`);
    undouble(stem);
  }
  return out;
}

function wordsOf(sentence: Sentence): Word[] {
  const words: Word[] = [];
  const text = sentence.text.slice(0, MAX_SENTENCE_LENGTH);
  WORD_PATTERN.lastIndex = 0;
  for (let match = WORD_PATTERN.exec(text); match; match = WORD_PATTERN.exec(text)) {
    const surface = match[0];
    const lower = surface.toLowerCase();
    words.push({
      start: sentence.start + match.index,
      end: sentence.start + match.index + surface.length,
      text: surface,
      lower,
      lemmas: /^[a-z]/.test(lower) ? lemmasOf(surface) : [lower],
    });
  }
  return words;
}

/** Spans inside double quotation marks, per body paragraph (an unclosed quote ends with its paragraph). */
function quotedSpans(doc: Doc): Span[] {
  const spans: Span[] = doc.quotes.map((quote) => ({ start: quote.start, end: quote.end }));
  const paragraphs = new Map<number, Span>();
  for (const sentence of doc.sentences) {
    if (sentence.zone !== "body") continue;
    const known = paragraphs.get(sentence.paragraphIndex);
    paragraphs.set(sentence.paragraphIndex, {
      start: Math.min(known?.start ?? sentence.start, sentence.start),
      end: Math.max(known?.end ?? sentence.end, sentence.end),
    });
  }
  for (const paragraph of paragraphs.values()) {
    let open = -1;
    for (let index = paragraph.start; index < paragraph.end; index++) {
      const char = doc.text[index];
      if (char === "\u201c" || (char === '"' && open < 0)) {
        if (open < 0) open = index + 1;
      } else if ((char === "\u201d" || char === '"') && open >= 0) {
        spans.push({ start: open, end: index });
        open = -1;
      }
    }
    if (open >= 0) spans.push({ start: open, end: paragraph.end });
  }
  return spans.sort((a, b) => a.start - b.start);
}

function isQuoted(spans: Span[], position: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (!span) break;
    if (position < span.start) high = middle - 1;
    else if (position >= span.end) low = middle + 1;
    else return true;
  }
  return false;
}

function lemmaMatches(word: Word | undefined, lemma: string): boolean {
  return word !== undefined && word.lemmas.includes(lemma);
}

function senseHolds(sense: TriggerSense, words: Word[], first: number, last: number): boolean {
  const before = words[first - 1]?.lower ?? "";
  if (sense.notAfter?.includes(before)) return false;
  const after = words[last + 1]?.lower ?? "";
  if (sense.notObject?.includes(after)) return false;
  if (sense.needsObject) {
    const wanted = sense.needsObject;
    const following = words.slice(last + 1, last + 5);
    if (!following.some((word) => word.lemmas.some((lemma) => wanted.includes(lemma))))
      return false;
  }
  return true;
}

/** Finds trigger words and phrases in a sentence, longest phrase first. */
function findTriggers(words: Word[], sentenceText: string, mentionSpans: Span[]): Trigger[] {
  const triggers: Trigger[] = [];
  const economic = words.some((word) => ECONOMIC_CUES.has(word.lower));
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (!word || !/^[a-z]/i.test(word.text)) continue;
    // A capitalized word inside a sentence is part of a name ("Summit Street").
    if (index > 0 && /^[A-Z]/.test(word.text)) continue;
    if (mentionSpans.some((span) => word.start < span.end && word.end > span.start)) continue;
    let found: { sense: TriggerSense; last: number } | null = null;
    for (const lemma of word.lemmas) {
      for (const phrase of PHRASES_BY_FIRST.get(lemma) ?? []) {
        const matches = phrase.lemmas.every((part, offset) =>
          offset === 0 ? true : lemmaMatches(words[index + offset], part),
        );
        if (matches) {
          found = { sense: phrase.sense, last: index + phrase.lemmas.length - 1 };
          break;
        }
      }
      if (found) break;
    }
    if (!found) {
      for (const lemma of word.lemmas) {
        const sense = WORD_TRIGGERS[lemma];
        if (sense && senseHolds(sense, words, index, index)) {
          found = { sense, last: index };
          break;
        }
      }
    }
    if (!found) continue;
    const lastWord = words[found.last] ?? word;
    let code = found.sense.code;
    if (
      code === "05" &&
      economic &&
      word.lemmas.some((lemma) => lemma === "sign" || lemma === "reach")
    ) {
      code = "06";
    }
    triggers.push({
      start: word.start,
      end: lastWord.end,
      sense: found.sense,
      code,
      first: index,
      last: found.last,
    });
    index = found.last;
  }
  void sentenceText;
  return triggers;
}

/** Reads negation, hypothesis, plans and the passive voice from the words before a trigger. */
function modalityOf(words: Word[], trigger: Trigger): Modality {
  const modality: Modality = { skip: false, planned: false, passive: false };
  const before: Word[] = [];
  for (let index = trigger.first - 1; index >= 0 && before.length < 5; index--) {
    const word = words[index];
    if (!word) break;
    if (word.text === "," || CLAUSE_BREAKS.has(word.text) || word.text === ".") break;
    before.push(word);
  }
  const nearest = before[0]?.lower;
  if (trigger.sense.kind === "verb" || trigger.sense.kind === "noun") {
    for (const word of before.slice(0, trigger.sense.kind === "noun" ? 3 : 5)) {
      if (NEGATION_CUES.has(word.lower) || word.lower.endsWith("n't")) {
        if (
          trigger.sense.kind === "noun" &&
          !["no", "without", "not", "could", "might", "would", "may"].includes(word.lower)
        ) {
          continue;
        }
        modality.skip = true;
      }
      if (
        FUTURE_MARKERS.has(word.lower) ||
        word.lower.endsWith("'ll") ||
        word.lower.endsWith("\u2019ll")
      ) {
        modality.planned = true;
      }
    }
  }
  const triggerWord = words[trigger.first];
  const isBaseVerb =
    trigger.sense.kind === "verb" &&
    triggerWord !== undefined &&
    !/(?:ed|ing|s)$/.test(triggerWord.lower);
  if (nearest === "to" && trigger.sense.kind === "verb") {
    const control = before[1]?.lower ?? "";
    if (PLAN_CUES.has(control)) modality.planned = true;
    else modality.skip = true;
  }
  if (isBaseVerb && !modality.planned && nearest !== "to") {
    // A bare base form after "did", "to", modals … is not a report of a happening.
    if (nearest && ["did", "do", "does", "can", "let", "help"].includes(nearest))
      modality.skip = true;
  }
  for (let index = trigger.first - 12; index < trigger.first; index++) {
    const word = words[index];
    if (word && (word.lower === "if" || word.lower === "unless" || word.lower === "whether")) {
      const between = words.slice(index, trigger.first);
      if (!between.some((part) => part.text === ";")) modality.skip = true;
    }
  }
  if (
    trigger.sense.kind === "verb" &&
    triggerWord &&
    /(?:ed|en)$|^(?:met|held|struck|shot|cut|won|freed)$/.test(triggerWord.lower)
  ) {
    let index = trigger.first - 1;
    while (index >= 0 && (words[index]?.lower.endsWith("ly") ?? false)) index--;
    const auxiliary = words[index]?.lower ?? "";
    if (PASSIVE_AUXILIARIES.has(auxiliary)) modality.passive = true;
  }
  return modality;
}

function placeMentions(words: Word[], mentions: Mention[]): Placed[] {
  const placed: Placed[] = [];
  let wordIndex = 0;
  for (const mention of mentions) {
    if (mention.entityId === null) continue;
    const begin = mention.fullSpan?.start ?? mention.start;
    while (wordIndex < words.length && (words[wordIndex]?.start ?? Infinity) < begin) wordIndex++;
    const previous = words[wordIndex - 1];
    const previousPlaced = placed[placed.length - 1];
    let place = false;
    if (mention.type === "LOCATION") {
      const preposition = previous?.lower ?? "";
      if (LOCATIVE_PREPOSITIONS.has(preposition)) place = true;
      if (preposition === "of" && PLACE_NOUNS.has(words[wordIndex - 2]?.lower ?? "")) place = true;
      // "in Moscow, Russia": the second place continues the first.
      if (
        preposition === "," &&
        previousPlaced?.place &&
        previousPlaced.mention.end >= (previous?.start ?? 0) - 1
      ) {
        place = true;
      }
    }
    placed.push({ mention, entityId: mention.entityId, place, wordIndex });
  }
  return placed;
}

function clauseStart(words: Word[], from: number): number {
  for (let index = from - 1; index >= 0; index--) {
    const text = words[index]?.text ?? "";
    if (CLAUSE_BREAKS.has(text) || (text === "-" && words[index - 1]?.text === "-"))
      return index + 1;
  }
  return 0;
}

function clauseEnd(words: Word[], from: number): number {
  for (let index = from + 1; index < words.length; index++) {
    const text = words[index]?.text ?? "";
    if (CLAUSE_BREAKS.has(text) || (text === "-" && words[index + 1]?.text === "-")) return index;
  }
  return words.length;
}

interface Roles {
  actor: Placed | null;
  target: Placed | null;
  others: Placed[];
  location: Placed | null;
}

function rolesOf(words: Word[], placed: Placed[], trigger: Trigger, passive: boolean): Roles {
  const start = Math.max(clauseStart(words, trigger.first), trigger.first - ACTOR_WINDOW);
  const end = Math.min(clauseEnd(words, trigger.last), trigger.last + 1 + TARGET_WINDOW);
  const inClause = placed.filter((item) => item.wordIndex >= start && item.wordIndex < end);
  const before = inClause.filter((item) => item.wordIndex < trigger.first);
  const after = inClause.filter((item) => item.wordIndex > trigger.last);
  let actor = [...before].reverse().find((item) => !item.place) ?? null;
  let target = after.find((item) => !item.place && item.entityId !== actor?.entityId) ?? null;
  if (passive) {
    const agent =
      after.find((item) => !item.place && words[item.wordIndex - 1]?.lower === "by") ?? null;
    target = actor;
    actor = agent;
  }
  const location =
    after.find((item) => item.place) ?? [...before].reverse().find((item) => item.place) ?? null;
  const chosen = new Set([actor?.entityId, target?.entityId, location?.entityId]);
  const others: Placed[] = [];
  for (const item of inClause) {
    if (item.place || chosen.has(item.entityId) || others.length >= MAX_OTHERS) continue;
    chosen.add(item.entityId);
    others.push(item);
  }
  return { actor, target, others, location };
}

function nearestDate(dates: TemporalExpression[], trigger: Trigger): TemporalExpression | null {
  let best: TemporalExpression | null = null;
  let bestDistance = Infinity;
  for (const date of dates) {
    const distance =
      date.end <= trigger.start ? trigger.start - date.end : Math.max(0, date.start - trigger.end);
    if (distance < bestDistance) {
      best = date;
      bestDistance = distance;
    }
  }
  return best;
}

function datesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.startsWith(b) || b.startsWith(a);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const NOUN_PREPOSITION: Partial<Record<CameoCode, string>> = {
  "03": "with",
  "04": "with",
  "05": "with",
  "06": "with",
  "07": "for",
};

function summarize(
  trigger: string,
  kind: TriggerSense["kind"],
  code: CameoCode,
  actor: string | null,
  target: string | null,
  location: string | null,
  planned: boolean,
): string {
  let text: string;
  if (kind === "verb") {
    text = [actor, trigger, target].filter((part) => part !== null).join(" ");
  } else {
    const preposition = NOUN_PREPOSITION[code] ?? "against";
    text = capitalize(trigger);
    if (actor) text += ` by ${actor}`;
    if (target) text += ` ${preposition} ${target}`;
  }
  if (location) text += ` in ${location}`;
  text = capitalize(text);
  return planned ? `${text} (Planned)` : text;
}

function sameEntityName(entity: Entity, name: string): boolean {
  const wanted = name.toLowerCase();
  return (
    entity.name.toLowerCase() === wanted ||
    entity.aliases.some((alias) => alias.toLowerCase() === wanted)
  );
}

function isPastForm(word: string): boolean {
  return /ed$/.test(word) || Object.prototype.hasOwnProperty.call(IRREGULAR_LEMMAS, word);
}

/** Finds CAMEO-coded events in the body sentences and merges repeated reports of one happening. */
export function findEvents(doc: Doc): Event[] {
  const entities = new Map(doc.entities.map((entity) => [entity.id, entity]));
  const quoted = quotedSpans(doc);
  const mentionsBySentence = new Map<number, Mention[]>();
  for (const mention of doc.mentions) {
    const list = mentionsBySentence.get(mention.sentenceIndex) ?? [];
    list.push(mention);
    mentionsBySentence.set(mention.sentenceIndex, list);
  }
  const datesBySentence = new Map<number, TemporalExpression[]>();
  for (const date of doc.dates) {
    const list = datesBySentence.get(date.sentenceIndex) ?? [];
    list.push(date);
    datesBySentence.set(date.sentenceIndex, list);
  }
  const bodySentences = doc.sentences.filter((sentence) => sentence.zone === "body");
  const leadParagraph = bodySentences[0]?.paragraphIndex ?? -1;
  const datelinePlace = doc.layout.dateline?.place ?? null;
  const datelineEntity =
    datelinePlace === null
      ? null
      : (doc.entities.find(
          (entity) => entity.type === "LOCATION" && sameEntityName(entity, datelinePlace),
        ) ?? null);
  const published = doc.publishedAt && parseDateValue(doc.publishedAt) ? doc.publishedAt : null;

  const events: Event[] = [];
  let lastPerson: number | null = null;
  for (const sentence of bodySentences) {
    const words = wordsOf(sentence);
    const mentions = (mentionsBySentence.get(sentence.index) ?? [])
      .filter((mention) => !isQuoted(quoted, mention.start))
      .sort((a, b) => a.start - b.start);
    const placed = placeMentions(words, mentions);
    const isQuestion = /\?["'\u201d\u2019]?\s*$/.test(sentence.text);
    const mentionSpans = mentions.map((mention) => mention.fullSpan ?? mention);
    const sentenceDates = (datesBySentence.get(sentence.index) ?? []).filter(
      (date) => !isQuoted(quoted, date.start),
    );
    for (const trigger of isQuestion ? [] : findTriggers(words, sentence.text, mentionSpans)) {
      if (isQuoted(quoted, trigger.start)) continue;
      const modality = modalityOf(words, trigger);
      if (modality.skip) continue;
      const dateExpression = nearestDate(sentenceDates, trigger);
      if (modality.planned && !dateExpression) continue;
      const roles = rolesOf(words, placed, trigger, modality.passive);
      const first = words[trigger.first];
      const pronoun = words[trigger.first - 1]?.lower ?? "";
      if (
        !roles.actor &&
        !modality.passive &&
        (pronoun === "he" || pronoun === "she") &&
        lastPerson !== null
      ) {
        roles.actor = {
          mention: mentions[0] as Mention,
          entityId: lastPerson,
          place: false,
          wordIndex: -1,
        };
      }
      let code = trigger.code;
      const actorEntity = roles.actor ? entities.get(roles.actor.entityId) : undefined;
      // A state's armed attack is military fighting rather than an assault.
      if (code === "18" && actorEntity?.type === "LOCATION") code = "19";

      let locationId = roles.location?.entityId ?? null;
      if (locationId === null && sentence.paragraphIndex === leadParagraph && datelineEntity) {
        locationId = datelineEntity.id;
      }
      const participants: EventParticipant[] = [];
      if (roles.actor) participants.push({ entityId: roles.actor.entityId, role: "ACTOR" });
      if (roles.target) participants.push({ entityId: roles.target.entityId, role: "TARGET" });
      for (const other of roles.others)
        participants.push({ entityId: other.entityId, role: "OTHER" });
      if (participants.length === 0 && code === "00" && locationId !== null) {
        participants.push({ entityId: locationId, role: "OTHER" });
      }
      if (participants.length === 0 && !trigger.sense.disaster) continue;

      let date: string | null = null;
      let precision: DatePrecision | null = null;
      if (dateExpression && dateExpression.precision !== "YEAR") {
        date = dateExpression.value;
        precision = dateExpression.precision;
      } else if (
        !dateExpression &&
        published &&
        sentence.paragraphIndex === leadParagraph &&
        !modality.planned &&
        (trigger.sense.kind === "noun" || isPastForm(first?.lower ?? ""))
      ) {
        date = published;
        precision = "DAY";
      }

      const triggerText = doc.text.slice(trigger.start, trigger.end);
      const nameOf = (id: number | undefined): string | null =>
        id === undefined ? null : (entities.get(id)?.name ?? null);
      const summary = summarize(
        triggerText,
        trigger.sense.kind,
        code,
        nameOf(roles.actor?.entityId),
        nameOf(roles.target?.entityId),
        locationId === null ? null : nameOf(locationId),
        modality.planned,
      );
      let confidence = 0.45;
      if (roles.actor) confidence += 0.2;
      if (roles.target) confidence += 0.1;
      if (trigger.sense.kind === "verb") confidence += 0.1;
      if (date) confidence += 0.05;
      if (modality.planned) confidence -= 0.1;
      addOrMerge(events, {
        code,
        trigger: triggerText,
        triggerSpan: { start: trigger.start, end: trigger.end },
        summary,
        date,
        precision,
        locationId,
        participants,
        evidence: [{ start: sentence.start, end: sentence.end, sentenceIndex: sentence.index }],
        confidence: Math.min(1, Math.round(confidence * 100) / 100),
      });
    }
    const person = [...mentions]
      .reverse()
      .find((mention) => mention.type === "PERSON" && mention.entityId !== null);
    if (person?.entityId != null) lastPerson = person.entityId;
  }
  return events;
}

/** Merges an event into an earlier report of the same happening, or appends it. */
function addOrMerge(events: Event[], event: Event): void {
  const ids = new Set(event.participants.map((participant) => participant.entityId));
  const match = events.find(
    (known) =>
      known.code === event.code &&
      known.participants.some((participant) => ids.has(participant.entityId)) &&
      datesCompatible(known.date, event.date) &&
      (known.locationId === null ||
        event.locationId === null ||
        known.locationId === event.locationId),
  );
  if (!match) {
    events.push(event);
    return;
  }
  for (const participant of event.participants) {
    if (!match.participants.some((known) => known.entityId === participant.entityId)) {
      match.participants.push({
        ...participant,
        role: participant.role === "ACTOR" ? "OTHER" : participant.role,
      });
    }
  }
  if (
    !match.evidence.some((evidence) => evidence.sentenceIndex === event.evidence[0]?.sentenceIndex)
  ) {
    match.evidence.push(...event.evidence);
  }
  if (event.date !== null && (match.date === null || event.date.length > match.date.length)) {
    match.date = event.date;
    match.precision = event.precision;
  }
  match.locationId ??= event.locationId;
  match.confidence = Math.min(
    1,
    Math.round((Math.max(match.confidence, event.confidence) + 0.05) * 100) / 100,
  );
}

/** Stage 07: CAMEO-coded events with participants, place, date and evidence. */
export const eventsStage: Stage = {
  name: "events",
  run(doc: Doc): Doc {
    try {
      return { ...doc, events: findEvents(doc) };
    } catch {
      return { ...doc, events: [] };
    }
  },
};
