import * as chrono from "chrono-node";
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import {
  addDays,
  addMonths,
  compareDays,
  daysBetween,
  daysInMonth,
  easterSunday,
  formatDate,
  nearestWeekday,
  parseDateValue,
  parseIsoDay,
  weekdayOf,
  yearForMonth,
  type DayDate,
} from "../dates.js";
import {
  FIXED_HOLIDAYS,
  FUTURE_CUES,
  HEADLINE_PLAN_VERBS,
  MAY_MONTH_CUES,
  NUMBER_WORDS,
  SCHEDULED_NOUNS,
  SCHEDULING_VERBS,
  WEEKDAYS,
  WEEKDAY_NAME_PREFIXES,
} from "../lexicon/temporal.js";
import type { DatePrecision, Doc, Sentence, Stage, TemporalExpression } from "../types.js";

const DATED_ZONES = new Set(["body", "headline", "subtitle"]);
const MONTH_NAMES =
  "january|february|march|april|may|june|july|august|september|october|november|december";
const FULL_MONTH = new RegExp(`\\b(?:${MONTH_NAMES})\\b`, "i");
const FULL_WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`, "i");
/** Cheap test so chrono only runs on sentences that may hold an absolute date. */
const ABSOLUTE_HINT = new RegExp(
  `\\b(?:${MONTH_NAMES}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|${WEEKDAYS.join("|")})\\b|\\d{4}-\\d{2}-\\d{2}`,
  "i",
);
/** First month or weekday word of a match, which must be capitalized in prose. */
const NAME_WORD = new RegExp(
  `\\b(?:${MONTH_NAMES}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tues?|wed|thu|thur|thurs|fri|sat|sun|${WEEKDAYS.join("|")})\\b`,
  "i",
);
const LEADING_PREPOSITION = /^(?:on|in|at|from|since|by|of|until|till|during)\s+/i;
const FUTURE_CUE = new RegExp(
  `(?:^|[^\\w'\u2019])(?:${FUTURE_CUES.map((cue) => cue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`,
  "i",
);
const NUMBER = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")})`;

/** After a date, a possessive or a noun it qualifies: "Sunday's bombing", "the March 1 attack". */
const ATTRIBUTIVE_AFTER_DATE =
  /^(?:['\u2019]s\b|\s+(?!(?:and|or|at|in|on|to|when|as|after|before|but|with|morning|afternoon|evening|night)\b)\p{Ll})/u;

/** How much closer ahead than back a yearless date must be to be read as upcoming. */
const FORWARD_BIAS = 3;

/** Longest text handed to chrono at once; its refiners are not linear on very long inputs. */
const CHRONO_CHUNK = 600;

/** A fallback reference for chrono when the article has no date; only results with a year are kept then. */
const NO_REFERENCE: DayDate = { year: 2000, month: 1, day: 1 };

interface Candidate {
  start: number;
  end: number;
  resolve(context: ResolveContext): { date: DayDate; precision: DatePrecision } | null;
}

interface ResolveContext {
  reference: DayDate | null;
  /** Most recent DAY-precision date before this expression in the same paragraph. */
  anchor: DayDate | null;
  /** Most recent DAY-precision date before this expression in the same sentence. */
  sentenceAnchor?: DayDate | null;
  /** Year of the most recent date of any precision in the same paragraph ("in 2019 … that year"). */
  anchorYear: number | null;
  /** Most recent DAY-precision date of the paragraphs before, for a paragraph that opens "The next day". */
  earlierDay: DayDate | null;
  /** The last DAY-precision date of the paragraph just before, for "the previous day" at a paragraph's start. */
  carried: DayDate | null;
}

function toDay(date: Date): DayDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function previousWord(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 24), index);
  const match = /([A-Za-z]+)[\s-]*$/.exec(before);
  return match?.[1]?.toLowerCase() ?? "";
}

/** True when the clause leading up to `index` announces a future or planned happening. */
export function isFutureClause(text: string, index: number): boolean {
  let window = text.slice(Math.max(0, index - 120), index);
  const hardStop = Math.max(
    window.lastIndexOf(";"),
    window.lastIndexOf("?"),
    window.lastIndexOf("!"),
  );
  if (hardStop >= 0) window = window.slice(hardStop + 1);
  const segments = window.split(/,|\u2014| -- /);
  const last = segments[segments.length - 1] ?? "";
  const clause =
    last.trim().split(/\s+/).length >= 3 || segments.length < 2
      ? last
      : `${segments[segments.length - 2] ?? ""} ${last}`;
  return FUTURE_CUE.test(clause) || MODAL_PLAN.test(clause) || REPORTED_PLAN.test(window);
}

/**
 * "announced a general election for June 5", "postponed the trial until 3 May": a calendar date
 * after something scheduled, fixed by the act before it, is the planned day, ahead of the act.
 * `prefix` is the date's own leading preposition, when the match took it in.
 */
export function isScheduledDate(text: string, index: number, prefix = ""): boolean {
  const window = text.slice(Math.max(0, index - 120), index) + prefix;
  return SCHEDULED_DATE.test(window);
}

const SCHEDULED_DATE = new RegExp(
  `\\b(?:${SCHEDULING_VERBS.join("|").replace(/ /g, "\\s+")})\\s+(?:[\\w'\u2019-]+\\s+){0,4}?(?:${SCHEDULED_NOUNS.join("|")})\\s+(?:for|on|to|until|till)\\s*$`,
  "i",
);

/**
 * "The first strikes could take place in November", "talks might resume on Friday", "must comply
 * by June 30": a modal looks ahead, but not "could not be reached on Monday" or "might have fled
 * on Sunday".
 */
const MODAL_PLAN =
  /\b(?:could|might|should|must)\s+(?!not\b|n['’]t|have\b|never\b|be\s+(?:reached|seen|heard)\b|see\b|hear\b|feel\b|tell\b)\p{Ll}+/u;

/**
 * Reported speech shifts a plan into the past tense: "warned that more rain was expected on
 * Saturday", "said the vote was due in June" still look forward from the report.
 */
const REPORTED_PLAN =
  /\b(?:said|says|warned|warns|told|announced|predicted|forecast|added|stated)\b(?:\s+[^\s.;]+){0,4}?\s+(?:that\s+)?[^.;]{0,60}\b(?:was|were)\s+(?:expected|due|scheduled|set|going)\b[^.;,]*$/i;

/** Drops chrono readings that are not dates in news prose ("march", "Sun", "Black Friday", times only). */
function isNewsDate(context: ParsingContext, result: ParsingResult): boolean {
  const start = result.start;
  const hasMonth = start.isCertain("month");
  const hasDay = start.isCertain("day");
  const hasYear = start.isCertain("year");
  const hasWeekday = start.isCertain("weekday");
  if (!hasMonth && !hasWeekday && !hasYear) return false;
  const tags = result.tags();
  if (tags.has("result/relativeDate")) return false;
  // "yesterday", "now", "tonight" are resolved by the relative rules instead.
  const text = result.text.replace(LEADING_PREPOSITION, "");
  if (
    [...tags].some((tag) => tag.startsWith("casualReference")) &&
    !FULL_WEEKDAY.test(text) &&
    !FULL_MONTH.test(text)
  ) {
    return false;
  }
  if (tags.has("parser/SlashDateFormatParser") && !hasYear) return false;
  const nameWord = NAME_WORD.exec(text)?.[0] ?? "";
  if (nameWord && nameWord[0] !== nameWord[0]?.toUpperCase()) return false;
  if (hasMonth && !hasDay && !hasYear) {
    if (!FULL_MONTH.test(text)) return false;
    if (/^may$/i.test(text.trim())) {
      const offset = result.index + result.text.length - text.length;
      if (!MAY_MONTH_CUES.has(previousWord(context.text, offset))) return false;
    }
  }
  if (hasWeekday && !hasMonth && !hasDay) {
    if (!FULL_WEEKDAY.test(text)) return false;
    const offset = result.index + result.text.length - text.length;
    if (WEEKDAY_NAME_PREFIXES.has(previousWord(context.text, offset))) return false;
    // "The Sunday Times", "the Tuesday Group": after "the", a weekday before another capitalised
    // word begins a name ("the Monday meeting" is still a day).
    const after = context.text.slice(
      result.index + result.text.length,
      result.index + result.text.length + 24,
    );
    if (
      previousWord(context.text, offset) === "the" &&
      /^\s+\p{Lu}/u.test(after) &&
      !/^\s+(?:Morning|Afternoon|Evening|Night|Noon|Midnight)\b/.test(after)
    )
      return false;
  }
  return true;
}

/**
 * News reports look back: a bare weekday, month or month-day is the most
 * recent one on or before the publication date, unless the clause announces a
 * plan ("will meet on Friday"), which looks forward.
 */
function applyNewsBias(context: ParsingContext, result: ParsingResult): void {
  const start = result.start;
  if (start.isCertain("year")) return;
  const reference = toDay(context.reference.instant);
  const lower = result.text.toLowerCase();
  const prefix = LEADING_PREPOSITION.exec(result.text)?.[0] ?? "";
  let direction: "back" | "forward" =
    isFutureClause(context.text, result.index) ||
    (start.isCertain("month") && isScheduledDate(context.text, result.index, prefix)) ||
    // "a strike called for Friday", "the vote for March 9": a day "for" is the day planned
    // (not "arrested for Sunday's bombing", "blamed for the March 1 attack").
    ((start.isCertain("day") || start.isCertain("weekday")) &&
      /\bfor\s*$/i.test(context.text.slice(Math.max(0, result.index - 8), result.index) + prefix) &&
      !ATTRIBUTIVE_AFTER_DATE.test(context.text.slice(result.index + result.text.length)))
      ? "forward"
      : "back";
  const explicit = /\b(?:last|next)\b/.test(lower);
  if (/\blast\b/.test(lower)) direction = "back";
  if (/\bnext\b/.test(lower)) direction = "forward";
  const month = start.get("month");
  if (start.isCertain("month") && month !== null) {
    const day = start.isCertain("day") ? start.get("day") : null;
    let year = yearForMonth(reference, month, day, direction);
    if (day !== null && direction === "back" && !explicit) {
      // "a strike from 21 February" in mid-January is next month's, not last year's: a full date
      // far in the past but close ahead is read ahead.
      const ahead = yearForMonth(reference, month, day, "forward");
      const backDays = daysBetween(reference, { year, month, day });
      const aheadDays = daysBetween(reference, { year: ahead, month, day });
      if (aheadDays * FORWARD_BIAS < backDays) year = ahead;
    }
    if (day !== null && direction === "forward" && !explicit) {
      // "the show is to run from January 23 through March 9" a few days after the 23rd: a
      // full date just behind is this year's, not next year's.
      const back = yearForMonth(reference, month, day, "back");
      const aheadDays = daysBetween(reference, { year, month, day });
      const backDays = daysBetween(reference, { year: back, month, day });
      if (backDays * FORWARD_BIAS < aheadDays) year = back;
    }
    start.imply("year", year);
    return;
  }
  const weekday = start.get("weekday");
  if (start.isCertain("weekday") && weekday !== null && /\bthis\b/.test(lower)) {
    // "this Friday" is the Friday of the publication's own week (weeks start on Monday).
    const mondayBased = (day: number) => (day + 6) % 7;
    const offset = mondayBased(weekday) - mondayBased(weekdayOf(reference));
    const date = addDays(reference, offset);
    start.imply("year", date.year);
    start.imply("month", date.month);
    start.imply("day", date.day);
    return;
  }
  if (start.isCertain("weekday") && weekday !== null) {
    const strict = /\b(?:last|next)\b/.test(lower);
    const date = nearestWeekday(reference, weekday, direction, strict);
    start.imply("year", date.year);
    start.imply("month", date.month);
    start.imply("day", date.day);
  }
}

const newsRefiner: Refiner = {
  refine(context, results) {
    const kept = results.filter((result) => isNewsDate(context, result));
    for (const result of kept) applyNewsBias(context, result);
    return kept;
  },
};

const newsChrono = (() => {
  const parser = chrono.en.casual.clone();
  parser.refiners.push(newsRefiner);
  return parser;
})();

function chronoCandidates(
  sentence: Sentence,
  reference: DayDate | null,
  dayAhead: boolean,
): Candidate[] {
  if (!ABSOLUTE_HINT.test(sentence.text)) return [];
  const base = reference ?? NO_REFERENCE;
  const instant = new Date(Date.UTC(base.year, base.month - 1, base.day, 12));
  const candidates: Candidate[] = [];
  // chrono reads "the night of April 3" as a time with an uncertain day: the date alone is
  // parsed, the part of the day blanked out (same length, so offsets hold).
  const text = sentence.text.replace(PART_OF_DAY_OF, (found) => " ".repeat(found.length));
  for (const chunk of chunksOf(text)) {
    for (const result of newsChrono.parse(chunk.text, { instant, timezone: 0 })) {
      candidates.push(candidateOf(sentence, result, chunk.start, base, dayAhead));
    }
  }
  return candidates;
}

/** Cuts a long sentence at spaces into pieces chrono parses in bounded time. */
function chunksOf(text: string): { start: number; text: string }[] {
  if (text.length <= CHRONO_CHUNK) return [{ start: 0, text }];
  const chunks: { start: number; text: string }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHRONO_CHUNK);
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end);
      if (space > start + CHRONO_CHUNK / 2) end = space;
    }
    chunks.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return chunks;
}

/** Turns one chrono reading, found `chunkStart` characters into the sentence, into a candidate. */
function candidateOf(
  sentence: Sentence,
  result: chrono.ParsedResult,
  chunkStart: number,
  base: DayDate,
  dayAhead: boolean,
): Candidate {
  const start = result.start;
  const cut = result.text.replace(LEADING_PREPOSITION, "").replace(/[\s,\-\u2013\u2014]+$/, "");
  // "(1900 GMT Thursday)": the bracket closes the aside, it is not part of the date.
  const trimmed = cut.includes("(") ? cut : cut.replace(/\)+$/, "");
  const offset = sentence.start + chunkStart + result.index + result.text.indexOf(trimmed);
  const { start: from, end: to } = widenModifiers(sentence, offset, offset + trimmed.length);
  const hasYear = start.isCertain("year");
  // "the end of the month" names a part of a month, not the day chrono picks for it.
  const period = PART_OF_PERIOD.exec(trimmed)?.[1]?.toLowerCase();
  // "the end of May" is a part of May, dated to the month like "the end of the month".
  const precision: DatePrecision =
    period === "year"
      ? "YEAR"
      : period !== undefined
        ? "MONTH"
        : start.isCertain("day") || start.isCertain("weekday")
          ? "DAY"
          : start.isCertain("month")
            ? "MONTH"
            : "YEAR";
  let date: DayDate = {
    year: start.get("year") ?? base.year,
    month: start.get("month") ?? 1,
    day: start.get("day") ?? 1,
  };
  // "on Sunday" under a Saturday-evening US stamp is the local Sunday just begun, not six days back.
  const bareWeekday =
    start.isCertain("weekday") && !start.isCertain("day") && !/\b(?:last|next)\b/i.test(trimmed);
  if (dayAhead && bareWeekday && daysBetween(date, base) === 6 && compareDays(date, base) < 0)
    date = addDays(base, 1);
  // "Chile to hold referendum on June 13": a headline's "to" and a verb announce a plan, so a
  // yearless date already past is next year's (a weekday next week's).
  const opening = sentence.text.slice(0, offset - sentence.start);
  const headlinePlan =
    (sentence.zone === "headline" && HEADLINE_PLAN.test(opening)) ||
    // "Portugal to vote on Sunday, officials said": a body sentence told in headline style.
    (sentence.zone === "body" && HEADLINE_STYLE_PLAN.test(opening));
  if (headlinePlan && !hasYear && compareDays(date, base) < 0) {
    if (bareWeekday) date = addDays(date, 7);
    else if (precision === "DAY") date = { ...date, year: date.year + 1 };
    else if (precision === "MONTH" && date.month < base.month)
      date = { ...date, year: date.year + 1 };
  }
  return {
    start: from,
    end: to,
    resolve: ({ reference }) => (reference === null && !hasYear ? null : { date, precision }),
  };
}

/** Headline future: a name or noun, then "to" and a verb of plans ("Unions to strike on", "X to visit Y"). */
const HEADLINE_PLAN = new RegExp(
  `^[^,:;]*?\\p{L}\\s+to\\s+(?:${HEADLINE_PLAN_VERBS.join("|")})\\b`,
  "iu",
);

/** The same in a body sentence: only a name (capitalised words, no article) before the "to". */
const HEADLINE_STYLE_PLAN = new RegExp(
  `^(?!(?:The|A|An)\\s)(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}to\\s+(?:${HEADLINE_PLAN_VERBS.join("|")})\\b`,
  "u",
);

/** "the night of", "the early hours of" before a calendar date (a weekday chrono reads itself). */
const PART_OF_DAY_OF = new RegExp(
  `\\b(?:the\\s+)?(?:early\\s+)?(?:night|morning|evening|afternoon|hours)\\s+of\\s+(?=(?:${MONTH_NAMES}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES}))\\b)`,
  "gi",
);

const PART_OF_PERIOD = new RegExp(
  `\\b(?:end|beginning|start|middle|rest)\\s+of\\s+(?:the\\s+|this\\s+|next\\s+|last\\s+)?(month|year|${MONTH_NAMES})\\b`,
  "i",
);

/** Takes "early"/"late" before and "night"/"morning" after a date into its span. */
function widenModifiers(
  sentence: Sentence,
  start: number,
  end: number,
): { start: number; end: number } {
  const local = start - sentence.start;
  const before = /\b(?:early|late|mid-)\s*$/i.exec(
    sentence.text.slice(Math.max(0, local - 8), local),
  );
  const after = /^\s(?:morning|afternoon|evening|night)\b/i.exec(
    sentence.text.slice(end - sentence.start, end - sentence.start + 12),
  );
  return {
    start: before ? start - before[0].length : start,
    end: after ? end + after[0].length : end,
  };
}

interface RelativeRule {
  pattern: RegExp;
  resolve(
    match: RegExpExecArray,
    context: ResolveContext,
  ): { date: DayDate; precision: DatePrecision } | null;
}

function quantity(word: string | undefined): number {
  if (!word) return 0;
  const lower = word.toLowerCase();
  return NUMBER_WORDS[lower] ?? Number(lower);
}

function shift(
  date: DayDate,
  amount: number,
  unit: string,
): { date: DayDate; precision: DatePrecision } {
  const lower = unit.toLowerCase();
  if (lower === "day") return { date: addDays(date, amount), precision: "DAY" };
  if (lower === "week") return { date: addDays(date, amount * 7), precision: "DAY" };
  if (lower === "month") return { date: addMonths(date, amount), precision: "MONTH" };
  return { date: { year: date.year + amount, month: 1, day: 1 }, precision: "YEAR" };
}

function periodOf(date: DayDate, unit: string): { date: DayDate; precision: DatePrecision } {
  return { date, precision: unit.toLowerCase() === "year" ? "YEAR" : "MONTH" };
}

/** The month May of a phrase chrono does not read, by "last"/"next"/"this" or the clause's tense. */
function resolveMay(
  match: RegExpExecArray,
  reference: DayDate | null,
): { date: DayDate; precision: DatePrecision } | null {
  if (!reference) return null;
  const word = (match[2] ?? "").toLowerCase();
  const ahead =
    word === "next" ||
    (word === "" &&
      (isFutureClause(match.input, match.index) || isScheduledDate(match.input, match.index)));
  let year = yearForMonth(reference, 5, null, ahead ? "forward" : "back");
  if (word === "this") year = reference.year;
  else if (reference.month === 5 && word === "last") year -= 1;
  else if (reference.month === 5 && word === "next") year += 1;
  return { date: { year, month: 5, day: 1 }, precision: "MONTH" };
}

/** A fixed-date holiday by its name as printed ("Christmas Day", "New Year’s Eve"). */
const HOLIDAY_PATTERN = new RegExp(
  `\\b(${Object.keys(FIXED_HOLIDAYS)
    .map((name) => name.replace(/\./g, "\\.").replace(/'/g, "['\u2019]").replace(/ /g, "\\s+"))
    .join("|")})(?![\\p{L}'\u2019])`,
  "gu",
);

/** The holidays by their names in lower case with straight apostrophes. */
const HOLIDAY_DAYS = new Map(
  Object.entries(FIXED_HOLIDAYS).map(([name, day]) => [name.toLowerCase(), day] as const),
);

const RELATIVE_RULES: RelativeRule[] = [
  {
    pattern: new RegExp(`\\b(${MONTH_NAMES})\\s+of\\s+(?:that|the\\s+same)\\s+year\\b`, "gi"),
    resolve: (match, { anchorYear }) => {
      if (anchorYear === null) return null;
      const month = MONTH_NAMES.split("|").indexOf((match[1] ?? "").toLowerCase()) + 1;
      return { date: { year: anchorYear, month, day: 1 }, precision: "MONTH" };
    },
  },
  {
    pattern: /\b(?:(?:earlier|later)\s+)?(?:that|the\s+same)\s+year\b/gi,
    resolve: (_match, { anchorYear }) =>
      anchorYear === null
        ? null
        : { date: { year: anchorYear, month: 1, day: 1 }, precision: "YEAR" },
  },
  {
    pattern: new RegExp(`\\b(${MONTH_NAMES})\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, "gi"),
    resolve: (match, { reference }) => {
      if (!reference) return null;
      const month = MONTH_NAMES.split("|").indexOf((match[1] ?? "").toLowerCase()) + 1;
      const word = (match[2] ?? "").toLowerCase();
      const year = reference.year + (word === "last" ? -1 : word === "next" ? 1 : 0);
      return { date: { year, month, day: 1 }, precision: "MONTH" };
    },
  },
  {
    pattern: /\bthe\s+day\s+(before\s+yesterday|after\s+tomorrow)\b/gi,
    resolve: (match, { reference }) => {
      if (!reference) return null;
      const before = /^before/i.test(match[1] ?? "");
      return { date: addDays(reference, before ? -2 : 2), precision: "DAY" };
    },
  },
  {
    // "on Christmas Day", "on New Year's Eve": the most recent one, or the next in a plan.
    pattern: HOLIDAY_PATTERN,
    resolve: (match, { reference }) => {
      if (!reference) return null;
      const name = (match[1] ?? "")
        .toLowerCase()
        .replace(/\s+/g, " ")
        .replace(/\u2019/g, "'");
      const holiday = HOLIDAY_DAYS.get(name);
      if (!holiday) return null;
      const [month, day] = holiday;
      const ahead =
        isFutureClause(match.input, match.index) || isScheduledDate(match.input, match.index);
      const year = yearForMonth(reference, month, day, ahead ? "forward" : "back");
      return { date: { year, month, day }, precision: "DAY" };
    },
  },
  {
    // "on Easter Sunday", "over Good Friday": days that move with Easter, the most recent one
    // (or the next, in a plan), as fixed holidays are read.
    pattern: /\b(Good\s+Friday|Holy\s+Saturday|Easter\s+(?:Sunday|Day|Monday))\b/g,
    resolve: (match, { reference }) => {
      if (!reference) return null;
      const name = (match[1] ?? "").toLowerCase();
      const shift = name.startsWith("good")
        ? -2
        : name.startsWith("holy")
          ? -1
          : name.endsWith("monday")
            ? 1
            : 0;
      const dayIn = (year: number) => addDays(easterSunday(year), shift);
      const ahead =
        isFutureClause(match.input, match.index) || isScheduledDate(match.input, match.index);
      const thisYear = dayIn(reference.year);
      const passed = compareDays(thisYear, reference) <= 0;
      if (ahead) return { date: passed ? dayIn(reference.year + 1) : thisYear, precision: "DAY" };
      return { date: passed ? thisYear : dayIn(reference.year - 1), precision: "DAY" };
    },
  },
  {
    // "this morning" is the publication day's, like "today".
    pattern: /\b(yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening))\b/gi,
    resolve: (match, { reference }) => {
      if (!reference) return null;
      const word = (match[1] ?? "").toLowerCase();
      const offset = word === "yesterday" ? -1 : word === "tomorrow" ? 1 : 0;
      return { date: addDays(reference, offset), precision: "DAY" };
    },
  },
  {
    // A bare "overnight" in a report is the night just ended, dated to the day before publication
    // ("Heavy rain fell overnight"). Not: "overnight Tuesday" (the weekday dates it), a plan
    // ("will stay overnight"), a figure of speech ("almost overnight"), or "an overnight stay".
    pattern:
      /(?<!\b(?:almost|nearly|virtually|practically|literally|seemingly|stay|stays|stayed|staying|spend|spent|remain|remained)\s+)\bovernight\b(?!\s+(?:on\s+|into\s+|to\s+|from\s+)?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|stays?|shifts?|trains?|flights?|bus|buses|trips?|parking|guests?|visitors?|accommodation|bags?|camps?|delivery|oats|success|sensation)\b)/gi,
    resolve: (match, { reference, anchor }) => {
      if (!reference || anchor) return null;
      if (isFutureClause(match.input, match.index)) return null;
      return { date: addDays(reference, -1), precision: "DAY" };
    },
  },
  {
    // A weekend is two days: the gold convention dates it to its month.
    pattern: /\b(this\s+past|this|last|over\s+the|at\s+the|the\s+past)\s+weekend\b/gi,
    resolve: (match, { reference }) => {
      if (!reference) return null;
      const last = /^last$/i.test(match[1] ?? "");
      const weekday = weekdayOf(reference);
      // On a Saturday or Sunday "this weekend" is the one under way, "last weekend" the one before.
      const during = weekday === 6 || weekday === 0;
      const ahead = !last && !during && isFutureClause(match.input, match.index);
      let saturday = nearestWeekday(reference, 6, ahead ? "forward" : "back");
      if (last && during) saturday = addDays(saturday, -7);
      return { date: saturday, precision: "MONTH" };
    },
  },
  {
    pattern: /\b(?:(?:earlier|later)\s+)?this\s+(week|month|year)\b/gi,
    resolve: (match, { reference }) => (reference ? periodOf(reference, match[1] ?? "") : null),
  },
  {
    pattern: /\b(?:(?:early|late|earlier|later)\s+)?(last|next)\s+(week|month|year)\b/gi,
    resolve: (match, { reference }) => {
      if (!reference) return null;
      const sign = (match[1] ?? "").toLowerCase() === "last" ? -1 : 1;
      const unit = match[2] ?? "";
      if (match.index > 3 && /\bthe\s$/i.test(match.input.slice(match.index - 4, match.index))) {
        return null;
      }
      return periodOf(shift(reference, sign, unit).date, unit);
    },
  },
  {
    pattern: /\bthe\s+(previous|following)\s+(week|month)\b/gi,
    resolve: (match, { reference, anchor }) => {
      const base = anchor ?? reference;
      if (!base) return null;
      const sign = (match[1] ?? "").toLowerCase() === "previous" ? -1 : 1;
      return periodOf(shift(base, sign, match[2] ?? "").date, match[2] ?? "");
    },
  },
  {
    pattern: new RegExp(`\\b(${NUMBER})\\s+(day|week|month|year)s?\\s+ago\\b`, "gi"),
    resolve: (match, { reference }) =>
      reference ? shift(reference, -quantity(match[1]), match[2] ?? "") : null,
  },
  {
    pattern: new RegExp(
      `\\b(${NUMBER})\\s+(day|week|month|year)s?\\s+(earlier|later|before|after)(?=\\s*[,.;)]|$)`,
      "gi",
    ),
    resolve: (match, { anchor, carried }) => {
      const base = anchor ?? carried;
      if (!base) return null;
      const sign = /^(?:earlier|before)$/i.test(match[3] ?? "") ? -1 : 1;
      return shift(base, sign * quantity(match[1]), match[2] ?? "");
    },
  },
  {
    // "met X on Thursday, two days after Y met Z": what follows "after" happened that much
    // before the day just told in the sentence ("before": after it). Without such a day the
    // sentence's happening is not dated by it ("Two days after the vote, protesters …").
    pattern: new RegExp(
      `\\b(${NUMBER})\\s+(day|week|month)s?\\s+(after|before)(?=\\s+\\p{L})`,
      "giu",
    ),
    resolve: (match, { sentenceAnchor }) => {
      if (!sentenceAnchor) return null;
      const sign = /^after$/i.test(match[3] ?? "") ? -1 : 1;
      return shift(sentenceAnchor, sign * quantity(match[1]), match[2] ?? "");
    },
  },
  {
    // chrono reads the May of "late May", "last May" as the verb and drops it.
    pattern:
      /\b(?:([Ee]arly|[Ll]ate|[Mm]id-?)\s*|([Ll]ast|[Nn]ext|[Tt]his)\s+)May\b(?!\s*,?\s*\d)/g,
    resolve: (match, { reference }) => resolveMay(match, reference),
  },
  {
    // … and "since May", "April and May"; there "May" must end its phrase (not "since May resigned").
    pattern: new RegExp(
      `(?<=\\b(?:[Ss]ince|[Uu]ntil|[Tt]ill|(?:${MONTH_NAMES})\\s+(?:and|or|to|through|until))\\s+)May\\b(?=\\s*[,.;:)]|\\s+(?:and|to|through|until|this|last|of|when|in|as|but)\\b)`,
      "gi",
    ),
    resolve: (match, { reference }) => (match[0] === "May" ? resolveMay(match, reference) : null),
  },
  {
    // … and "a May report", "the May election": a determiner before it and a common noun after it
    // make "May" a month (not the verb, nor a surname's "the May government").
    pattern:
      /(?<=\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+)May(?=\s+(?!(?:government|administration|cabinet|ministry|premiership|era|years|team|camp|family)\b)\p{Ll}{3,}\b)/gu,
    resolve: (match, { reference }) => resolveMay(match, reference),
  },
  {
    // "later that day", "the same morning", "That night, …": the day just told. A bare "that night"
    // must end its phrase, as "said that night raids would stop" does not.
    pattern:
      /\b(?:(?:later|earlier)\s+(?:that|the\s+same|in\s+the)\s+(?:day|morning|afternoon|evening|night)|the\s+same\s+(?:day|morning|afternoon|evening|night)|that\s+(?:day|morning|afternoon|evening|night)(?=\s*[,.;]|\s+(?:in|at|on|when|after|before|as|while|and)\b))\b/gi,
    resolve: (_match, { anchor, carried }) => {
      const base = anchor ?? carried;
      return base ? { date: base, precision: "DAY" } : null;
    },
  },
  {
    // "Hours later, police arrested …", "shortly afterwards": the same day as the day just told.
    pattern:
      /\b(?:(?:(?:a\s+few|several|two|three|four|five|six)\s+)?(?:hours|minutes|moments)\s+later|shortly\s+(?:afterwards?|thereafter))\b/gi,
    resolve: (_match, { anchor, carried }) => {
      const base = anchor ?? carried;
      return base ? { date: base, precision: "DAY" } : null;
    },
  },
  {
    // "the previous evening", "the following morning": a part of the day before or after the day told.
    pattern: /\bthe\s+(previous|next|following)\s+(?:morning|afternoon|evening|night)\b/gi,
    resolve: (match, { anchor, carried }) => {
      const base = anchor ?? carried;
      if (!base) return null;
      const sign = (match[1] ?? "").toLowerCase() === "previous" ? -1 : 1;
      return { date: addDays(base, sign), precision: "DAY" };
    },
  },
  {
    pattern: /\bthe\s+(?:(next|following|previous)\s+day|day\s+(before|after))\b/gi,
    resolve: (match, { anchor, carried, earlierDay }) => {
      // "Just the previous day, …" opening a paragraph counts from the day told before it.
      const base = anchor ?? carried ?? (match[1] ? earlierDay : null);
      if (!base) return null;
      const word = (match[1] ?? match[2] ?? "").toLowerCase();
      const sign = word === "previous" || word === "before" ? -1 : 1;
      return { date: addDays(base, sign), precision: "DAY" };
    },
  },
  {
    // "met on the 28th", "until the 3rd of this month": a day of the month told or, failing that,
    // of the publication's month, looking back (or ahead in a plan) across the month's end.
    // Not an ordinal of something else: "on the 15th floor", "the 20th anniversary".
    pattern:
      /(?<=\b(?:on|since|until|till|by|from|before|after)\s+)the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?:\s+of\s+(?:the|this)\s+month)?(?=\s*(?:[,.;:)]|$)|\s+(?:that|when|at|in|after|before|but|as|while|with|to|for|amid|following|and\s+(?!\d))\b)/gi,
    resolve: (match, { reference, anchor }) => {
      const day = Number(match[1]);
      // "On March 3 the talks opened; on the 25th they collapsed": later in the month told.
      if (anchor && day >= anchor.day && day <= daysInMonth(anchor.year, anchor.month))
        return { date: { ...anchor, day }, precision: "DAY" };
      if (!reference) return null;
      const ahead =
        isFutureClause(match.input, match.index) || isScheduledDate(match.input, match.index);
      let month: DayDate = { ...reference, day: 1 };
      if (ahead && day < reference.day) month = addMonths(reference, 1);
      if (!ahead && day > reference.day) month = addMonths(reference, -1);
      if (day > daysInMonth(month.year, month.month)) return null;
      return { date: { year: month.year, month: month.month, day }, precision: "DAY" };
    },
  },
  {
    pattern:
      /\b(?:in|since|by|until|till|during|from|through|before|after|of|early|late|mid-?)\s+((?:1[6-9]|20)\d\d)(?![\w/-])/gi,
    resolve: (match) => {
      const year = Number(match[1]);
      return { date: { year, month: 1, day: 1 }, precision: "YEAR" };
    },
  },
];

function relativeCandidates(sentence: Sentence): Candidate[] {
  const candidates: Candidate[] = [];
  for (const rule of RELATIVE_RULES) {
    rule.pattern.lastIndex = 0;
    for (
      let match = rule.pattern.exec(sentence.text);
      match;
      match = rule.pattern.exec(sentence.text)
    ) {
      const found = match;
      let start = sentence.start + found.index;
      const year = found[0].search(/\d{4}/);
      // A bare year keeps its preposition out of the span.
      if (rule === RELATIVE_RULES[RELATIVE_RULES.length - 1] && year > 0) start += year;
      candidates.push({
        start,
        end: sentence.start + found.index + found[0].length,
        resolve: (context) => rule.resolve(found, context),
      });
    }
  }
  return candidates;
}

/** Keeps the longest of overlapping candidates, in text order. */
function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const last = kept[kept.length - 1];
    if (last && candidate.start < last.end) {
      if (candidate.end - candidate.start > last.end - last.start)
        kept[kept.length - 1] = candidate;
      continue;
    }
    kept.push(candidate);
  }
  return kept;
}

/** Finds and resolves every temporal expression of the headline, subtitle and body. */
export function findDates(doc: Doc): TemporalExpression[] {
  const reference = parseIsoDay(doc.publishedAt);
  const found: TemporalExpression[] = [];
  let anchor: DayDate | null = null;
  let anchorYear: number | null = null;
  let anchorParagraph = -2;
  let earlierDay: DayDate | null = null;
  let carried: DayDate | null = null;
  for (const sentence of doc.sentences) {
    if (!DATED_ZONES.has(sentence.zone)) continue;
    if (sentence.paragraphIndex !== anchorParagraph) {
      // A story told over paragraphs goes on from the day the paragraph before ended on.
      carried = sentence.paragraphIndex === anchorParagraph + 1 ? anchor : null;
      earlierDay = anchor ?? earlierDay;
      anchor = null;
      anchorYear = null;
    }
    anchorParagraph = sentence.paragraphIndex;
    const candidates = dropOverlaps([
      ...chronoCandidates(sentence, reference, doc.layout.localDayMayBeAhead === true),
      ...relativeCandidates(sentence),
    ]);
    let sentenceAnchor: DayDate | null = null;
    for (const candidate of candidates) {
      const resolved = candidate.resolve({
        reference,
        anchor,
        anchorYear,
        carried,
        earlierDay,
        sentenceAnchor,
      });
      if (!resolved) continue;
      const value = formatDate(resolved.date, resolved.precision);
      found.push({
        start: candidate.start,
        end: candidate.end,
        text: doc.text.slice(candidate.start, candidate.end),
        sentenceIndex: sentence.index,
        value,
        precision: resolved.precision,
      });
      if (resolved.precision === "DAY") {
        anchor = parseDateValue(value)?.date ?? anchor;
        sentenceAnchor = anchor;
      }
      anchorYear = resolved.date.year;
    }
  }
  return found;
}

/** Stage 05: resolves temporal expressions against the publication date. */
export const datesStage: Stage = {
  name: "dates",
  run(doc: Doc): Doc {
    return { ...doc, dates: findDates(doc) };
  },
  fallback: (doc: Doc): Doc => ({ ...doc, dates: [] }),
};
