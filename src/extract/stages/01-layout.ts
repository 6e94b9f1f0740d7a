import type {
  Author,
  Block,
  Dateline,
  Doc,
  ExtractOptions,
  Layout,
  Span,
  Stage,
  Zone,
} from "../types.js";
import {
  AGENCY_NAMES,
  BEAT_WORDS,
  CREDITED_BODY_WORDS,
  NAME_PARTICLES,
  OUTLET_OR_ROLE_WORDS,
} from "../lexicon/layout-agencies.js";
import {
  FURNITURE_LINE_PATTERNS,
  MAX_MENU_WORDS,
  LINK_LIST_END,
  LINK_LIST_HEADING,
  MENU_ITEM_SPLITTER,
  MENU_SEPARATOR,
  BREADCRUMB,
  NON_PLACE_LEADS,
  NEWSLETTER_BOX_BUTTON,
  NEWSLETTER_BOX_END,
  NEWSLETTER_BOX_START,
  SITE_SUFFIX_WORDS,
} from "../lexicon/layout-furniture.js";
import { MONTH_NUMBERS, MONTH_PATTERN, WEEKDAY_PATTERN } from "../lexicon/layout-months.js";
import {
  CAPTION_PEOPLE,
  CAPTION_PERSON,
  CAPTION_POSITION,
  CAPTION_VERB,
} from "../lexicon/layout-captions.js";
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from "../lexicon/given-names.js";
import { SENTENCE_OPENERS } from "../lexicon/abbreviations.js";
import { isKnownPlace, leastUtcOffsetOf } from "../lexicon/gazetteer.js";
import { compromiseTags } from "../lexicon/compromise-lexicon.js";
import { key } from "../normalize.js";

/** A trimmed, non-empty line of the original text. */
interface Line extends Span {
  text: string;
}

/** "date" is a printed publication date line; it ends up in furniture. */
type LineKind = "furniture" | "date" | "byline" | "caption" | "candidate";

interface ClassifiedLine {
  line: Line;
  kind: LineKind;
  /** Byline authors, read while classifying. */
  authors?: Author[];
  /** A caption's photo credit, read while classifying. */
  credit?: Line | null;
  /** Agencies named on a date line ("… | Press Trust of India | Updated: …"). */
  agencies?: Author[];
}

interface CalendarDate {
  year: number | null;
  month: number;
  day: number;
  /** The printed clock time in UTC hours, when a time zone is printed (past 24: the UTC date is the next day). */
  utcHour?: number;
}

/** Lines longer than this are never furniture, bylines or date lines; patterns only see short lines. */
const SHORT_LINE_LIMIT = 300;
/** Page furniture above the headline is looked for in this many first lines only. */
const MAX_LEADING_FURNITURE = 20;
/** A headline or subtitle longer than this reads as a body paragraph. */
const MAX_HEADLINE_CHARS = 300;
const MAX_SUBTITLE_CHARS = 400;
/** Datelines sit in the first characters of a paragraph; regexes only see this prefix. */
const DATELINE_PREFIX_CHARS = 160;
/** Photo credits sit at the end of a caption; credit patterns only see this suffix. */
const CREDIT_SUFFIX_CHARS = 160;

function isSpaceCode(code: number): boolean {
  return (
    code <= 32 ||
    code === 0xa0 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x3000
  );
}

/** Splits text into trimmed non-empty lines on \n, \r\n and \r, keeping original offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    let start = lineStart;
    let end = i;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) lines.push({ start, end, text: text.slice(start, end) });
    lineStart = i + 1;
  }
  return lines;
}

function subLine(line: Line, from: number, to: number): Line {
  let start = line.start + from;
  let end = line.start + to;
  const text = line.text;
  while (start < end && isSpaceCode(text.charCodeAt(start - line.start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1 - line.start))) end--;
  return { start, end, text: text.slice(start - line.start, end - line.start) };
}

function block(line: Line, zone: Zone): Block {
  return { start: line.start, end: line.end, zone, text: line.text };
}

/** The characters `\s` matches (wordCount counts as `\S+` did). */
function isRegexSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Runs of non-space characters; counted without building the list (every line is measured). */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = isRegexSpace(text.charCodeAt(i));
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Normalizes `options.publishedAt` to YYYY-MM-DD, or null when absent or invalid. */
export function normalizePublishedAt(value: ExtractOptions["publishedAt"]): string | null {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value !== "string") return null;
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  // Also accept a written date ("April 12, 2017"), as long as the string is nothing but a date.
  const written = publicationDateOfLine(value.trim());
  return written?.date.year
    ? isoDate(written.date.year, written.date.month, written.date.day)
    : null;
}

function monthNumber(word: string): number | null {
  return MONTH_NUMBERS.get(word.toLowerCase().replace(/\.$/, "")) ?? null;
}

const MONTH_DAY_YEAR = new RegExp(
  `\\b(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
);
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN}),?\\s+(\\d{4})\\b`,
);
/**
 * "2024-04-12", also as an ISO time stamp ("2024-04-12T10:32:00Z"), and the year-first dates of
 * East Asian and European pages ("2024/04/12", "2024.4.12"): always year, month, day.
 */
const ISO_DATE =
  /\b(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b|\b(\d{4})([/.])(\d{1,2})\5(\d{1,2})\b/;
/** Numeric dates with slashes ("12/04/2024"): day first unless a US time zone is printed beside them. */
const SLASHED_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
/** US time zones, whose pages print numeric dates month first ("04/12/2024 10:32 AM EDT"). */
const US_TIME_ZONE = /\b(?:[ECMP][SD]?T|AKS?T|HST)\b/;
/** Hours from UTC of the time zones pages print beside a stamp ("11:42 PM EDT", "20.30 BST"). */
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  EDT: -4,
  EST: -5,
  ET: -4,
  CDT: -5,
  CST: -6,
  CT: -5,
  MDT: -6,
  MST: -7,
  MT: -6,
  PDT: -7,
  PST: -8,
  PT: -7,
  GMT: 0,
  UTC: 0,
  BST: 1,
  CET: 1,
  CEST: 2,
};
const ZONED_TIME = new RegExp(
  `\\b(\\d{1,2})[:.](\\d{2})\\s*([ap])?\\.?m?\\.?\\s*(${Object.keys(ZONE_OFFSETS).join("|")})\\b`,
  "i",
);

/** The stamp's clock time in UTC hours ("11:42 PM EDT" → 27.7), or undefined without a known zone. */
function utcHourOf(text: string): number | undefined {
  const match = ZONED_TIME.exec(text);
  const offset = ZONE_OFFSETS[(match?.[4] ?? "").toUpperCase()];
  if (!match || offset === undefined) return undefined;
  let hour = Number(match[1]);
  const half = (match[3] ?? "").toLowerCase();
  if (hour > 23 || (half !== "" && (hour < 1 || hour > 12))) return undefined;
  if (half === "p" && hour < 12) hour += 12;
  if (half === "a" && hour === 12) hour = 0;
  return hour + Number(match[2]) / 60 - offset;
}
/** European day-first dates as printed under some headlines ("09.04.2017"). */
const DOTTED_DAY_MONTH_YEAR = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;

/** Finds the first full calendar date written in a short string. */
function findFullDate(text: string): { date: CalendarDate; index: number; length: number } | null {
  let match = MONTH_DAY_YEAR.exec(text);
  if (match) {
    const month = monthNumber(match[1] ?? "");
    if (month)
      return {
        date: { year: Number(match[3]), month, day: Number(match[2]) },
        index: match.index,
        length: match[0].length,
      };
  }
  match = DAY_MONTH_YEAR.exec(text);
  if (match) {
    const month = monthNumber(match[2] ?? "");
    if (month)
      return {
        date: { year: Number(match[3]), month, day: Number(match[1]) },
        index: match.index,
        length: match[0].length,
      };
  }
  match = DOTTED_DAY_MONTH_YEAR.exec(text);
  if (match) {
    const month = Number(match[2]);
    return {
      date: { year: Number(match[3]), month, day: Number(match[1]) },
      index: match.index,
      length: match[0].length,
    };
  }
  match = SLASHED_DATE.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const monthFirst = second > 12 || (first <= 12 && US_TIME_ZONE.test(text));
    return {
      date: {
        year: Number(match[3]),
        month: monthFirst ? first : second,
        day: monthFirst ? second : first,
      },
      index: match.index,
      length: match[0].length,
    };
  }
  match = ISO_DATE.exec(text);
  if (match) {
    const dashed = match[1] !== undefined;
    return {
      date: {
        year: Number(dashed ? match[1] : match[4]),
        month: Number(dashed ? match[2] : match[6]),
        day: Number(dashed ? match[3] : match[7]),
      },
      index: match.index,
      length: match[0].length,
    };
  }
  return null;
}

/** A wire end mark glued to the last paragraph ("… millions. Enditem"). */
const TRAILING_END_MARK = /(?<=[.!?"”’)])\s+(?:Enditem|End\s+item|-30-|#{2,})$/i;
const END_MARK_WINDOW = 24;

/** An embedded post's picture or short link left at the end of its text ("… all night. pic.twitter.com/x1"). */
const TRAILING_POST_LINK = /\s+(?:pic\.twitter\.com|https?:\/\/t\.co)\/\S{1,40}$/i;
const POST_LINK_WINDOW = 70;

/** Index where a wire end mark glued to the text begins, or -1; only the last characters are searched. */
function endMarkIndex(text: string): number {
  const from = Math.max(0, text.length - END_MARK_WINDOW);
  const match = TRAILING_END_MARK.exec(text.slice(from));
  return match ? from + match.index : -1;
}

/** Index where a post's link glued to the text begins, or -1. */
function postLinkIndex(text: string): number {
  const from = Math.max(0, text.length - POST_LINK_WINDOW);
  const match = TRAILING_POST_LINK.exec(text.slice(from));
  return match ? from + match.index : -1;
}

/** Words a date line may carry besides the date itself: labels, weekdays, times, zones, "3 hours ago". */
const DATE_LINE_WORD = new RegExp(
  `^(?:date|published|publish|publication|updated|posted|originally|issued|last|first|modified|on|at|ago|an?|hours?|hrs?|minutes?|mins?|min|read|days?|weeks?|months?|years?|${WEEKDAY_PATTERN}|\\d{1,2}(?:[:.]\\d{2}){0,2}(?:[ap]\\.?m\\.?)?|[ap]\\.?m\\.?|\\d{1,2})$`,
  "i",
);
/** Upper-case time zones and markers in a date line ("GMT+3", "BST", "PM"). */
const DATE_LINE_ZONE = /^[A-Z]{2,5}(?:[+-]\d{1,2}(?::\d{2})?)?$/;

/** A whole weekday name or its abbreviation, in any case. */
const WEEKDAY_NAME = new RegExp(`^${WEEKDAY_PATTERN}$`, "i");

/**
 * Copying a page's date line can run its parts together ("February 12, 20244:39 PM
 * GMTUpdated 2 hours ago", "… PM GMT+1Updated …"): a year glued to a clock time, a time zone
 * (with its offset) to a label.
 */
function unglueDateLine(text: string): string {
  return (
    text
      .replace(/\b((?:19|20)\d{2})(?=\d{1,2}[:.]\d{2}\b)/g, "$1 ")
      // "12 Mar 202512 Mar 2025", "03/12/2025March 12, 2025": a date printed twice, run together.
      .replace(new RegExp(`\\b((?:19|20)\\d{2})(?=\\d{1,2}\\s+${MONTH_PATTERN}\\s)`, "g"), "$1 ")
      .replace(/\b((?:19|20)\d{2})(?=\p{Lu}\p{Ll}+\s+\d)/gu, "$1 ")
      // "WED, MARCH 12, 2025": month and weekday names set in capitals read as in prose.
      .replace(/\b\p{Lu}{3,9}\b/gu, (word) =>
        MONTH_NUMBERS.has(word.toLowerCase()) || WEEKDAY_NAME.test(word)
          ? word[0] + word.slice(1).toLowerCase()
          : word,
      )
      .replace(
        /\b([A-Z]{2,5}(?:[+-]\d{1,2}(?::\d{2})?)?)(?=(?:Updated|Published|Posted|Last)\b)/g,
        "$1 ",
      )
  );
}

/** A publication label after an update's ("Updated …, Published …"). */
const PUBLISHED_LABEL = /\b(?:(?:First|Originally)\s+)?(?:Published|Posted)\b/i;

/**
 * Reads a standalone publication date line ("Thursday, May 7, 2015",
 * "Published: 12 April 2017 10:32 BST", "October 26, 2023 2:14 PM GMT+3
 * Updated 3 hours ago"); returns its date, or null when the line says more
 * than a date and time.
 */
function publicationDateOfLine(text: string): PrintedDate | null {
  if (text.length > 100) return null;
  text = unglueDateLine(text);
  const found = findFullDate(text);
  if (!found) return null;
  let leftover = text.slice(0, found.index) + " " + text.slice(found.index + found.length);
  // A second date on the line is the update's ("12 Apr 2024 10:32 (Updated: 12 Apr 2024 11:02)").
  const again = findFullDate(leftover);
  if (again)
    leftover = leftover.slice(0, again.index) + " " + leftover.slice(again.index + again.length);
  const words = leftover
    .split(/[\s,;|/·•()\[\]–—]+|:\s|-\s/)
    .filter((word) => word.replace(/[:.-]/g, "").length > 0);
  const isDateWord = (word: string) => DATE_LINE_WORD.test(word) || DATE_LINE_ZONE.test(word);
  if (!words.every((word) => isDateWord(word.replace(/:$/, "")))) return null;
  // "Updated: March 31, 2025 (Published: March 30, 2025)": the update is printed first, and the
  // date after the publication label is the one the story was published on.
  const updatedFirst = /^(?:Updated|Last\s+updated|Modified)\b/i.test(text);
  const publishedLabel = updatedFirst ? PUBLISHED_LABEL.exec(text) : null;
  const published = publishedLabel ? findFullDate(text.slice(publishedLabel.index)) : null;
  if (publishedLabel && published) {
    const rest = text.slice(publishedLabel.index);
    return {
      date: { ...published.date, utcHour: utcHourOf(rest) },
      updated: false,
      labelled: true,
    };
  }
  return {
    date: { ...found.date, utcHour: utcHourOf(text) },
    updated: updatedFirst,
    labelled:
      /^(?:Published|Updated|Posted|Last\s+updated|(?:First|Originally)\s+published|Modified|Date)\b/i.test(
        text,
      ),
  };
}

/** Where a date line's parts divide: " | ", " · ", or before a trailing "by Name". */
const DATE_LINE_PART = /\s+[|·•/]\s+|\s+(?=[Bb]y\s+\p{Lu})/u;
/** A reading time printed beside the date ("4 min read", "5 minute read"). */
const READING_TIME = /^\d{1,3}\s*(?:-\s*)?(?:min|mins|minutes?)\.?\s+read$/i;
/** Longest part, in words, that a date line may carry besides its date (a section, an agency, a name). */
const MAX_DATE_LINE_PART_WORDS = 6;

interface PrintedDate {
  date: CalendarDate;
  updated: boolean;
  labelled: boolean;
}

interface DateLineWithNames {
  dated: PrintedDate;
  authors: Author[];
  agencies: Author[];
}

/**
 * A date line whose other parts are a section, an agency or the author ("India News | Press
 * Trust of India | Updated: February 15, 2024 1:34 pm IST", "Posted on April 12, 2024 by Jane
 * Doe"): the date, the people (a byline) and the agencies, or null.
 */
function dateLineWithNames(line: Line): DateLineWithNames | null {
  if (line.text.length > 200 || !DATE_LINE_PART.test(line.text)) return null;
  const parts: Line[] = [];
  let from = 0;
  for (const match of line.text.matchAll(new RegExp(DATE_LINE_PART.source, "gu"))) {
    parts.push(subLine(line, from, match.index ?? 0));
    from = (match.index ?? 0) + match[0].length;
  }
  parts.push(subLine(line, from, line.text.length));
  let dated: PrintedDate | null = null;
  const authors: Author[] = [];
  const agencies: Author[] = [];
  for (const part of parts) {
    const date: PrintedDate | null = dated ? null : publicationDateOfLine(part.text);
    if (date) {
      dated = date;
      continue;
    }
    // "4 min read", or the time on its own ("2:02 PM", "Updated 4:30 PM EDT").
    const words = part.text.split(/[\s,]+/).filter((word) => word.length > 0);
    const timeOnly = words.every(
      (word) => DATE_LINE_WORD.test(word.replace(/:$/, "")) || DATE_LINE_ZONE.test(word),
    );
    if (READING_TIME.test(part.text) || timeOnly) continue;
    // A section, an agency or a name is title-cased; "Rain came on Monday" is prose.
    const titled = part.text
      .split(/\s+/)
      .every((word) => /^[\p{Lu}\d&]/u.test(word) || /^(?:of|the|and|for|by|de)$/.test(word));
    if (!titled || wordCount(part.text) > MAX_DATE_LINE_PART_WORDS || /[.!?:;"”]$/.test(part.text))
      return null;
    const by = /^[Bb]y\s+/.exec(part.text);
    const names = by ? subLine(part, by[0].length, part.text.length) : part;
    if (AGENCY_NAMES.has(names.text.toLowerCase()) || looksLikeCreditedBody(names.text)) {
      agencies.push(toAuthor(names));
    } else {
      authors.push(...(parseByline(names, true) ?? []));
    }
  }
  return dated ? { dated, authors, agencies } : null;
}

function isFurnitureLine(text: string, allowBareMenu = true): boolean {
  if (text.length > SHORT_LINE_LIMIT) return false;
  for (const pattern of FURNITURE_LINE_PATTERNS) {
    if (pattern.test(text)) return true;
  }
  return isMenuLine(text, allowBareMenu);
}

/** Furniture above the headline: explicit patterns, or a section name of one or two words ("World", "US news"). */
function isLeadingFurniture(text: string): boolean {
  return (
    isFurnitureLine(text, false) ||
    (wordCount(text) <= 2 && isMenuLine(text, true)) ||
    isBreadcrumb(text)
  );
}

/** "News|Israel-Palestine conflict", "World › Europe": a section, then a topic; not "Headline | Site". */
function isBreadcrumb(text: string): boolean {
  if (!BREADCRUMB.test(text) || siteSuffixIndex(text) >= 0) return false;
  const [section = "", ...rest] = text.split(MENU_ITEM_SPLITTER);
  return wordCount(section) <= 3 && rest.every((item) => wordCount(item) <= 4);
}

const SITE_SUFFIX = /\s+[|–—-]\s+([^|–—]{2,40})$/;

/**
 * A desk's slug or a page's label before the headline: Reuters' "UPDATE 2-", "EXCLUSIVE-",
 * "RPT-", and "Live:", "Opinion |", "WATCH:". Not the headline's words: "EXCLUSIVE-Russia" is no name.
 */
const HEADLINE_LABEL =
  /^(?:(?:UPDATE|WRAPUP|RPT|REFILE|CORRECTED|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|EXPLAINER|FOCUS|PREVIEW|TIMELINE|BREAKINGVIEWS|BRIEF|GRAPHIC|POLL)(?:\s+\d{1,2})?\s*-(?=\S)|(?:Live|LIVE|Watch|WATCH|Opinion|OPINION|Analysis|ANALYSIS|Exclusive|EXCLUSIVE|Explainer|Breaking|BREAKING|Video|VIDEO)\s*(?:[:|]|\s[-–—])\s+(?=\p{Lu}|["“‘\d]))/u;

/** Index where a site name appended to a headline starts ("Storm hits | Example News"), or -1. */
function siteSuffixIndex(headline: string): number {
  const match = SITE_SUFFIX.exec(headline.slice(-60));
  if (!match?.[1]) return -1;
  const words = match[1].trim().split(/\s+/);
  const capitalised = words.every(
    (word) => /^[\p{Lu}\d]/u.test(word) || /\.(?:com|org|net|co\.uk)$/i.test(word),
  );
  const outlet = words.some(
    (word) =>
      SITE_SUFFIX_WORDS.has(word.toLowerCase()) ||
      AGENCY_NAMES.has(word.toLowerCase()) ||
      /\.(?:com|org|net)\b/i.test(word),
  );
  if (words.length > 4 || !capitalised || !outlet) return -1;
  return headline.length - match[0].length;
}

/** A navigation menu or share bar: "Home | World | Politics", or a bare run of a few capitalised words. */
function isMenuLine(text: string, allowBareMenu: boolean): boolean {
  if (text.length > 200) return false;
  const separators = text.match(MENU_SEPARATOR);
  if (separators && separators.length >= 2) {
    return text.split(MENU_ITEM_SPLITTER).every((item) => wordCount(item) <= 4);
  }
  if (!allowBareMenu || /[.!?,;:"“”'‘’)]$/.test(text) || /\d/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > MAX_MENU_WORDS) return false;
  return words.every((word) => /^(?:[\p{Lu}][\p{L}'’-]*|&|[|•·»›/+-])$/u.test(word));
}

function isInitial(word: string): boolean {
  return /^\p{Lu}\.(?:\p{Lu}\.)?$/u.test(word);
}

function isNameWord(word: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word) && /\p{Ll}/u.test(word);
}

/** True for "Doug G. Ware", "Charles de Gaulle", "Li Wei"; false for outlets and job titles. */
function looksLikePersonName(text: string): boolean {
  if (text.length < 3 || text.length > 60 || /\d/.test(text)) return false;
  if (AGENCY_NAMES.has(text.toLowerCase())) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  let nameWords = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (OUTLET_OR_ROLE_WORDS.has(lower) || AGENCY_NAMES.has(lower)) return false;
    if (isInitial(word)) continue;
    if (NAME_PARTICLES.has(lower)) continue;
    if (!isNameWord(word) && !/^\p{Lu}{2,}$/u.test(word)) return false;
    nameWords++;
  }
  const last = words[words.length - 1] ?? "";
  return nameWords >= 1 && !isInitial(last) && !NAME_PARTICLES.has(last.toLowerCase());
}

/** Drops agency acronyms written before a name ("NASA Bill Ingalls" → "Bill Ingalls"). */
function stripLeadingAgency(piece: Line): Line {
  let current = piece;
  for (let guard = 0; guard < 3; guard++) {
    const match = /^(\S+)\s+/.exec(current.text);
    if (!match) break;
    const word = (match[1] ?? "").replace(/[.,:]$/, "");
    const lower = word.toLowerCase();
    const isAgency =
      AGENCY_NAMES.has(lower) || /^\p{Lu}{2,6}$/u.test(word) || OUTLET_OR_ROLE_WORDS.has(lower);
    if (!isAgency) break;
    current = subLine(current, match[0].length, current.text.length);
  }
  return current;
}

/** Splits a list of names at commas, semicolons, "&", "/" (optionally) and "and". */
function splitNameList(list: Line, splitter: RegExp): Line[] {
  const pieces: Line[] = [];
  let from = 0;
  for (const match of list.text.matchAll(splitter)) {
    const index = match.index ?? 0;
    pieces.push(subLine(list, from, index));
    from = index + match[0].length;
  }
  pieces.push(subLine(list, from, list.text.length));
  return pieces.filter((piece) => piece.end > piece.start);
}

function toAuthor(piece: Line): Author {
  return { start: piece.start, end: piece.end, name: piece.text };
}

const BYLINE_LEAD =
  /^(?:(?:By|BY|Written\s+by|Words\s+by|Story\s+by|Posted\s+by)\s+|(?:Author|Reporter|Written\s+by|By)\s*:\s*)(?=\p{Lu})/u;
const BYLINE_SPLITTER = /\s*(?:,|;|&|\band\b)\s*/gi;
/** Where the names of a byline end: an outlet, a place, a date or a time stamp follows. */
const BYLINE_STOP =
  /\s*(?:\||[•·]|\s[-–—]\s|\(|\s@\w|\bin\s+\p{Lu}|\bat\s+\p{Lu}|\bfor\s+\p{Lu}|\bon\s+(?:\p{Lu}|\d)|\bUpdated\b|\bPublished\b|\bPosted\b)/u;
/** Longest bare byline ("Jane Doe and John Roe in Paris") read without a leading "By". */
const MAX_BARE_BYLINE_WORDS = 10;

/**
 * Reads the authors of a byline line, or null when the line is not a byline.
 * With `bare`, the line has no leading "By" and must consist of names only.
 */
function parseByline(line: Line, bare = false): Author[] | null {
  if (line.text.length > 200) return null;
  const lead = bare ? null : BYLINE_LEAD.exec(line.text);
  if (!bare && !lead) return null;
  if (bare && (wordCount(line.text) > MAX_BARE_BYLINE_WORDS || /[.!?:;"”]$/.test(line.text)))
    return null;
  const leadLength = lead ? lead[0].length : 0;
  const rest = line.text.slice(leadLength);
  const stop = BYLINE_STOP.exec(rest);
  const names = subLine(line, leadLength, leadLength + (stop ? stop.index : rest.length));
  // "By Sarah Jones, Local Democracy Reporter": a role after the name is no second author.
  const isRole = (piece: Line, index: number) =>
    index > 0 &&
    ROLE_AFTER_NAMES.test(piece.text) &&
    !GIVEN_NAMES.has((/^\S+/.exec(piece.text)?.[0] ?? "").toLowerCase());
  // "Jane Roe, Reuters", "… and John Doe, The Washington Post": an outlet after the names is no author.
  const isPerson = (piece: Line) => looksLikePersonName(piece.text) && !/^The\s/.test(piece.text);
  const pieces = splitNameList(names, BYLINE_SPLITTER)
    .filter((piece, index) => !isRole(piece, index) && !(index > 0 && isWireCredit(piece.text)))
    .map(trimTrailingPeriod)
    .map((piece) => ({ piece, trimmed: trimTrailingOutletWords(piece) }))
    .filter(({ piece, trimmed }) => isPerson(trimmed) || !isBylineOutlet(piece.text))
    .map(({ trimmed }) => trimmed);
  const authors = pieces.filter(isPerson);
  if (bare && (authors.length !== pieces.length || stop?.index === 0)) return null;
  return authors.length > 0 ? authors.map(toAuthor) : null;
}

/**
 * A byline's unnamed wire credit after the authors ("Jane Roe and agencies", "… and wire
 * services"): no author, and no outlet to credit either.
 */
const WIRE_CREDIT =
  /^(?:(?:news\s+)?agenc(?:y|ies)|wires|wire\s+(?:services|reports)|agency\s+reports)$/i;

function isWireCredit(text: string): boolean {
  return WIRE_CREDIT.test(text.trim());
}

/** An agency or outlet named in a byline: "Reuters", "The Washington Post", "Getty Images". */
function isBylineOutlet(text: string): boolean {
  const bare = text.replace(/^The\s+/, "");
  return isOutletName(bare) || looksLikeCreditedBody(bare) || isOutletName(text);
}

/**
 * The agencies and outlets a byline names besides its authors ("By Jane Roe, Bloomberg",
 * "Jane Roe | AP", "By The Associated Press"): the news organizations the article credits.
 */
function bylineAgencies(line: Line): Author[] {
  const lead = BYLINE_LEAD.exec(line.text);
  const rest = subLine(line, lead ? lead[0].length : 0, line.text.length);
  return splitNameList(rest, /\s*(?:[,;|•·()]|\s[-–—]\s|\band\b)\s*/g)
    .map(trimTrailingPeriod)
    .map(outletAfterName)
    .map((piece) => (/^The\s/.test(piece.text) ? subLine(piece, 4, piece.text.length) : piece))
    .filter((piece) => piece.text.length > 1 && isBylineOutlet(piece.text))
    .map(toAuthor);
}

/** "Zeke Miller Associated Press" → "Associated Press": the outlet printed after an author's name. */
function outletAfterName(piece: Line): Line {
  const name = trimTrailingOutletWords(piece);
  const isPerson = looksLikePersonName(name.text) && !/^The\s/.test(name.text);
  if (name.end === piece.end || !isPerson) return piece;
  return subLine(piece, name.end - piece.start, piece.text.length);
}

/**
 * Drops outlet words and job titles written after a name ("Zeke Miller
 * Associated Press" → "Zeke Miller", "Jane Doe Environment correspondent" →
 * "Jane Doe").
 */
function trimTrailingOutletWords(piece: Line): Line {
  let current = piece;
  let trimmedRole = false;
  for (let guard = 0; guard < 6; guard++) {
    const match = /\s+(\S+)$/.exec(current.text);
    if (!match) break;
    const lower = (match[1] ?? "").toLowerCase();
    const isOutletOrRole = OUTLET_OR_ROLE_WORDS.has(lower) || AGENCY_NAMES.has(lower);
    if (!isOutletOrRole && !(trimmedRole && BEAT_WORDS.has(lower))) break;
    trimmedRole ||= isOutletOrRole;
    current = subLine(current, 0, match.index);
  }
  // "Jane Doe The Associated Press": the outlet's article goes with it.
  const article = trimmedRole ? /\s+The$/.exec(current.text) : null;
  return article ? subLine(current, 0, article.index) : current;
}

function trimTrailingPeriod(piece: Line): Line {
  // Keep the period of an initial or suffix ("Jr."), drop a sentence period.
  if (piece.text.endsWith(".") && !/(?:\b\p{Lu}|Jr|Sr)\.$/u.test(piece.text)) {
    return subLine(piece, 0, piece.text.length - 1);
  }
  return piece;
}

/** A label some pages print before a caption ("Image caption Rescuers …"); it is not part of the caption. */
const CAPTION_LABEL = /^(?:Image|Photo|Picture|Media)\s+caption\s*[:,]?\s+(?=\S)/i;
/** The label on a line of its own ("Image caption,"): the line after it is the caption. */
const CAPTION_LABEL_LINE = /^(?:Image|Photo|Picture|Media)\s+caption\s*[:,]?$/i;

// "…on Tuesday.Credit...Ann Wang/Reuters": some pages print the credit run into the caption.
const CREDIT_KEYWORD =
  /(?:^|[\s(\[|–—.-])(?:(?:File|FILE|Handout|Pool|Staff|AP|AFP|EPA|Reuters)\s+)?(?:[Pp]hoto(?:graph)?s?|PHOTO|[Pp]ictures?|Pic|[Ii]mages?|IMAGE|Credit|CREDIT|Photo\s+credit|Photographer|Image\s+source|Source|SOURCE)\s*(?:by\b|BY\b|:|courtesy\s+(?:of\s+)?|\/|\.{2,}|…)\s*|(?:^|[\s(\[])©\s*/g;
/** Longest credit after its keyword, in words ("Photo by A and B/Agency via Getty Images"). */
const MAX_CREDIT_WORDS = 12;
// A word of the name ends in a period only as an initial: "Antakya. Jane Roe/AFP" credits Jane Roe.
const AGENCY_SLASH_CREDIT =
  /(?:^|[\s(\[])((?:[\p{Lu}](?:\.|[\p{L}'’-]*)\s+){0,3}[\p{Lu}][\p{L}.'’-]*\s*\/\s*[\p{Lu}][^/()\[\]]{1,60}(?:\/[^/()\[\]]{1,30})?)[)\]]?\.?$/u;
const CREDIT_SPLITTER = /\s*(?:\/|\||;|,|\bvia\b|\bfor\b|\band\b|&)\s*/g;

const LICENSING_TRAILER = /\s*Purchase\s+Licen[cs]ing\s+Rights\b.{0,20}$/i;
/** Longest LICENSING_TRAILER worth finding, with the spaces before it. */
const LICENSING_TRAILER_CHARS = 80;

/**
 * Finds the photo credit at the end of a caption line. Returns the credit text
 * (as a sub-line) or null when the line carries no credit.
 */
function findCredit(whole: Line): Line | null {
  // "… REUTERS/Jane Doe Purchase Licensing Rights": a picture desk's link after the credit.
  // Only a line's tail can hold it: every paragraph passes here, and the pattern ends at "$".
  const tailStart = Math.max(0, whole.text.length - LICENSING_TRAILER_CHARS);
  const trailer = LICENSING_TRAILER.exec(whole.text.slice(tailStart));
  const line = trailer ? subLine(whole, 0, tailStart + trailer.index) : whole;
  const suffixStart = Math.max(0, line.text.length - CREDIT_SUFFIX_CHARS);
  const suffix = line.text.slice(suffixStart);
  let lastEnd = -1;
  for (const match of suffix.matchAll(CREDIT_KEYWORD)) {
    const start = match.index ?? 0;
    // A lower-case "photo:" inside a sentence ("released a photo: rescuers …") is prose.
    const keyword = match[0].trimStart();
    const before = suffix.slice(Math.max(0, start - 2), start + match[0].length - keyword.length);
    if (/^\p{Ll}/u.test(keyword) && !/(?:^|[.!?"”)\]|–—]\s*)$/u.test(before)) continue;
    lastEnd = start + match[0].length;
  }
  if (lastEnd >= 0) {
    let credit = subLine(line, suffixStart + lastEnd, line.text.length);
    credit = stripClosers(credit);
    // A credit names someone or something: "a photo by the agency showed …" is prose.
    const looksLikeCredit =
      /^(?:the\s+)?[\p{Lu}\d]/u.test(credit.text) &&
      credit.text.length <= 120 &&
      wordCount(credit.text) <= MAX_CREDIT_WORDS &&
      !/[.!?]\s+\p{Ll}/u.test(credit.text);
    if (looksLikeCredit) return credit;
  }
  const tail = agencyTailCredit(line, suffix, suffixStart);
  if (tail) return tail;
  const slash = AGENCY_SLASH_CREDIT.exec(suffix);
  if (slash && slash[1]) {
    const from = suffixStart + (slash.index ?? 0) + slash[0].indexOf(slash[1]);
    const credit = stripClosers(subLine(line, from, from + slash[1].length));
    const parts = credit.text.split("/").map((part) => part.trim());
    // "Jane Roe/The New York Times": an outlet's name is as good as an agency's.
    const isKnownAgency = (part: string) =>
      AGENCY_NAMES.has(part.toLowerCase()) ||
      /\b(?:images|photo|pool|handout)\b/i.test(part) ||
      isOutletName(part.replace(/^The\s+/, ""));
    // "EPA-EFE/JANE ROE": two agencies' acronyms joined.
    const isAcronym = (part: string) => /^\p{Lu}{2,6}(?:-\p{Lu}{2,6})?$/u.test(part);
    // Only a credit when one side of the slash is an agency ("REUTERS/Name", "Name/EPA"); an
    // unknown acronym counts only beside a person's name ("XNA/Li Wei", not "EU/UK relations").
    const credited =
      parts.some(isKnownAgency) ||
      (parts.some(isAcronym) && parts.some((part) => looksLikePersonName(part)));
    if (credited) return credit;
  }
  return null;
}

/**
 * Credits that end a caption after its last sentence without a keyword: "… on Tuesday. AFP via
 * Getty Images", "… Antakya. Jane Roe | Getty Images", "… Antakya. (Reuters)". The part after
 * "via", the pipe or inside the brackets must be an agency or picture library.
 */
const VIA_CREDIT =
  /(?:^|[.!?)]\s+)((?:[\p{Lu}][\p{L}'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*(?:\s*\/\s*[\p{Lu}][\p{L}'’-]*)?\s+via\s+([\p{Lu}][\p{L}&'’ -]{1,40}))$/u;
const PIPE_CREDIT =
  /(?:^|[.!?)]\s+)((?:[\p{Lu}][\p{L}'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*\s*\|\s*([\p{Lu}][\p{L}&'’ -]{1,40}))$/u;
const BRACKETED_AGENCY = /[.!?]\s*\(\s*([\p{Lu}][\p{L}&'’ .-]{1,40}?)\s*\)$/u;

function agencyTailCredit(line: Line, suffix: string, suffixStart: number): Line | null {
  const isBody = (text: string) =>
    AGENCY_NAMES.has(text.toLowerCase()) || looksLikeCreditedBody(text);
  for (const pattern of [VIA_CREDIT, PIPE_CREDIT, BRACKETED_AGENCY]) {
    const match = pattern.exec(suffix);
    const credit = match?.[1];
    const body = (pattern === BRACKETED_AGENCY ? credit : match?.[2])?.trim();
    if (!match || !credit || !body || !isBody(body)) continue;
    const from = suffixStart + match.index + match[0].lastIndexOf(credit);
    return subLine(line, from, from + credit.length);
  }
  return null;
}

function stripClosers(piece: Line): Line {
  let end = piece.text.length;
  while (end > 0 && /[)\].\s]/.test(piece.text.charAt(end - 1))) end--;
  let start = 0;
  while (start < end && /[(\[\s]/.test(piece.text.charAt(start))) start++;
  return subLine(piece, start, end);
}

/** "Image copyright Reuters", "Photo source Ann Lee": a credit printed on a line of its own. */
const COPYRIGHT_CREDIT =
  /^(?:Image|Photo|Picture|Video)\s+(?:copyright|source|credit)\s*[:,]?\s+(?=\p{Lu})/u;

/** "PA Media", "Getty Images", "Reuters": an agency or picture library named in a credit. */
function looksLikeCreditedBody(text: string): boolean {
  if (AGENCY_NAMES.has(text.toLowerCase())) return true;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5 || !words.every((w) => /^[\p{Lu}\d]/u.test(w)))
    return false;
  return CREDITED_BODY_WORDS.has(words[words.length - 1]?.toLowerCase() ?? "");
}

/** People and agencies credited on a copyright line ("Image copyright PA Media"). */
function creditedNames(credit: Line): Author[] {
  return splitNameList(credit, CREDIT_SPLITTER)
    .map(trimTrailingPeriod)
    .filter((piece) => looksLikePersonName(piece.text) || looksLikeCreditedBody(piece.text))
    .map(toAuthor);
}

/** The people credited in a photo credit ("Sergei Chirikov/EPA" → Sergei Chirikov). */
function creditedPeople(credit: Line): Author[] {
  return splitNameList(credit, CREDIT_SPLITTER)
    .map(stripLeadingAgency)
    .map(trimTrailingPeriod)
    .filter((piece) => looksLikePersonName(piece.text))
    .map(toAuthor);
}

const CAPS_PLACE =
  "\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}(?:\\/\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3})?";
// A capital after a hyphen stays inside the word: "Port-au-Prince", "Aix-en-Provence".
const TITLE_WORD = "\\p{Lu}[\\p{Ll}.'’-]+(?:\\p{Lu}[\\p{Ll}.'’-]+)*";
const TITLE_PLACE = `${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2}`;
const REGION = "(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]+(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}.'’-]+){0,3}";
/** "April 12", "Jan. 5, 2019" or day first, "12 April 2017". */
const DATE = `(?:(?<month>${MONTH_PATTERN})\\s+(?<day>\\d{1,2})|(?<dayFirst>\\d{1,2})\\s+(?<monthAfter>${MONTH_PATTERN}))(?:,?\\s+(?<year>\\d{4}))?`;
// Digits too: "(bdnews24.com)".
const AGENCY =
  "(?:\\(\\s*(?<agency>\\p{L}[\\p{L}\\d.&'’ -]{0,30}?)\\s*\\)|\\/\\s*(?<wireService>\\p{L}[\\p{L}\\d.&'’ -]{0,30}?)\\s*\\/)";
/**
 * A dash or colon ends a dateline; after a bracketed agency some desks and copied pages print
 * none ("LONDON, 4 April (IANS) The …", "Washington (CNN)The …"), so a capital right after the
 * bracket will do (checked against the agency list by the caller).
 */
const SEPARATOR =
  '(?:(?<separator>\\s+-\\s+|\\s*(?:--|—|–)\\s*|:\\s+)|(?<=\\))\\s*(?=[\\p{Lu}"“]))';

// The region after a comma, or in square brackets as some Indian wires print it ("New Delhi [India]").
const PLACE_DATELINE = new RegExp(
  `^(?:(?<capsPlace>${CAPS_PLACE})|(?<titlePlace>${TITLE_PLACE}))(?:,\\s+(?<region>${REGION}(?:,\\s+${REGION})?)|\\s+\\[(?<bracketRegion>${REGION})\\])?(?:,?\\s+${DATE})?\\s*${AGENCY}?${SEPARATOR}`,
  "u",
);
/**
 * Press-release wires: "SAN FRANCISCO--(BUSINESS WIRE)--Apr. 4, 2017--",
 * "NEW YORK, NY / ACCESSWIRE / April 4, 2017 /": the agency before the date.
 */
const RELEASE_DATELINE = new RegExp(
  `^(?<capsPlace>${CAPS_PLACE}|${TITLE_PLACE})(?:,\\s+(?<region>${REGION}))?(?:\\s*--\\s*\\(\\s*(?<agency>\\p{L}[\\p{L}\\d.&'’ -]{1,30}?)\\s*\\)\\s*--|\\s+\\/\\s+(?<wireService>\\p{Lu}[\\p{L}\\d.&'’ -]{1,30}?)\\s+\\/)\\s*${DATE}\\s*(?:--|\\/)\\s*`,
  "u",
);
const WEEKDAY = new RegExp(`^${WEEKDAY_PATTERN}$`, "i");
const DATE_DATELINE = new RegExp(`^${DATE}\\s*${AGENCY}?${SEPARATOR}`, "u");
/**
 * "Thursday, March 15, 2012 The city council …": a full date with its weekday
 * run into the first paragraph, as pages that print the date above the text
 * come out when copied. No separator, so the weekday must agree with the date.
 */
const WEEKDAY_DATE_LEAD = new RegExp(
  `^(?<weekday>${WEEKDAY_PATTERN}),?\\s+${DATE}\\s+(?=\\p{Lu})`,
  "u",
);
/** "(CNN) —": a dateline that names only the agency. */
const AGENCY_DATELINE = new RegExp(`^${AGENCY}${SEPARATOR}`, "u");
/** Words the agency list holds for photo credits ("Pool", "Handout"), never a dateline's agency. */
const CREDIT_ONLY_WORDS: ReadonlySet<string> = new Set([
  "pool",
  "handout",
  "file",
  "file photo",
  "staff",
]);

/**
 * "Washington CNN —", "Hong Kong, China CNN —": the agency without brackets, as copied from pages
 * that set it apart by style alone; only a known agency and a dash will do.
 */
const BARE_AGENCY_DATELINE = new RegExp(
  `^(?<titlePlace>${TITLE_PLACE}|${CAPS_PLACE})(?:,\\s+(?<region>${REGION}))?\\s+(?<bareAgency>\\p{Lu}[\\p{L}]{1,12}(?:\\s+\\p{Lu}[\\p{L}]{1,12})?)\\s*(?:—|–|--)\\s*`,
  "u",
);

function titleCasePlace(place: string): string {
  if (/\p{Ll}/u.test(place)) return place;
  return place
    .toLowerCase()
    .replace(
      /(^|[\s'’-]|\.\s*)(\p{Ll})/gu,
      (_all, before: string, letter: string) => before + letter.toUpperCase(),
    );
}

interface DatelineParts {
  place: string | null;
  placeSpan: Span | null;
  regionSpan: Span | null;
  agency: string | null;
  monthWord: string | undefined;
  dayText: string | undefined;
  yearText: string | undefined;
}

/** Agency and date fields shared by every dateline form. */
function agencyAndDate(groups: Record<string, string | undefined>) {
  const agency = groups.agency ?? groups.wireService;
  return {
    agency: agency ? agency.trim() : null,
    monthWord: groups.month ?? groups.monthAfter,
    dayText: groups.day ?? groups.dayFirst,
    yearText: groups.year,
  };
}

/**
 * Parses a wire dateline at the start of a paragraph. `place` is the city
 * title-cased ("KABUL, Afghanistan" → "Kabul"): the region after the comma goes
 * to `region`, because the city is what the story is datelined from.
 */
export function parseDateline(paragraph: Line): { dateline: Dateline; bodyStart: number } | null {
  const prefix = paragraph.text.slice(0, DATELINE_PREFIX_CHARS);
  const base = paragraph.start;
  // Before the place forms: "LONDON CNN —" would otherwise read as a place with no agency.
  const bare =
    bareAgencyDateline(paragraph, prefix) ??
    releaseDateline(paragraph, prefix) ??
    datedPlaceDateline(paragraph, prefix);
  if (bare) return bare;
  const placeMatch = PLACE_DATELINE.exec(prefix);
  const placeGroups = placeMatch?.groups;
  if (placeMatch && placeGroups) {
    const { capsPlace, titlePlace } = placeGroups;
    // Of a shared dateline ("SINGAPORE/SEOUL") the first city is kept.
    const placeText = (capsPlace ?? titlePlace ?? "").split("/")[0] ?? "";
    const rest = agencyAndDate(placeGroups);
    const hasDate = rest.monthWord !== undefined;
    const separated = placeGroups.separator !== undefined || isWireAgency(rest.agency);
    const vouched = hasDate || rest.agency !== null;
    const isLabel = NON_PLACE_LEADS.has(placeText.toLowerCase());
    // "UN —" is an acronym, not a city, unless an agency or a date vouches for it.
    const capsLooksLikePlace =
      capsPlace !== undefined && /\p{Lu}{2}/u.test(capsPlace) && (placeText.length > 3 || vouched);
    // "On Monday, March 3 - …" opens a sentence, not a dateline; a title-case place needs an agency or date.
    const titleLooksLikePlace =
      titlePlace !== undefined &&
      (vouched ||
        knownRegionBeforeDash(placeGroups) ||
        knownPlaceBeforeMark(placeGroups, prefix.slice(placeMatch[0].length))) &&
      titlePlace
        .split(/\s+/)
        .every((word) => !SENTENCE_OPENERS.has(word.toLowerCase()) && !WEEKDAY.test(word));
    if (separated && !isLabel && (capsLooksLikePlace || titleLooksLikePlace)) {
      return finishDateline(paragraph, placeMatch[0], {
        place: titleCasePlace(placeText),
        placeSpan: { start: base, end: base + placeText.length },
        regionSpan: regionSpanOf(placeMatch, base),
        ...rest,
      });
    }
  }
  const agencyMatch = AGENCY_DATELINE.exec(prefix);
  const agencyOnly = agencyMatch?.groups ? agencyAndDate(agencyMatch.groups).agency : null;
  const agencySeparated = agencyMatch?.groups?.separator !== undefined || isWireAgency(agencyOnly);
  if (
    agencyMatch &&
    agencyOnly &&
    agencySeparated &&
    (AGENCY_NAMES.has(agencyOnly.toLowerCase()) || /^\p{Lu}{2,6}$/u.test(agencyOnly))
  ) {
    return finishDateline(paragraph, agencyMatch[0], {
      place: null,
      placeSpan: null,
      regionSpan: null,
      ...agencyAndDate(agencyMatch.groups ?? {}),
    });
  }
  const dateMatch = DATE_DATELINE.exec(prefix);
  if (dateMatch?.groups) {
    const rest = agencyAndDate(dateMatch.groups);
    const separator = dateMatch.groups.separator;
    const separated = separator !== undefined || isWireAgency(rest.agency);
    if (separated && (rest.agency !== null || !(separator ?? "").includes(":"))) {
      return finishDateline(paragraph, dateMatch[0], {
        place: null,
        placeSpan: null,
        regionSpan: null,
        ...rest,
      });
    }
  }
  return weekdayDateLead(paragraph);
}

/** "SAN FRANCISCO--(BUSINESS WIRE)--Apr. 4, 2017--": a press-release wire's dateline, or null. */
/**
 * A newspaper's dated dateline: "WASHINGTON — March 4, 2025 —", "WASHINGTON (March 4, 2025) —"
 * (the date set apart after the place), or "Tuesday, March 4, 2025 — WASHINGTON:" (before it).
 */
const PLACE_THEN_DATE_DATELINE = new RegExp(
  `^(?<capsPlace>${CAPS_PLACE}|${TITLE_PLACE})(?:,\\s+(?<region>${REGION}))?\\s*(?:\\(|—|–|--)\\s*${DATE}\\s*\\)?\\s*(?:—|–|--|:)\\s*`,
  "u",
);
const DATE_THEN_PLACE_DATELINE = new RegExp(
  `^(?:${WEEKDAY_PATTERN},?\\s+)?${DATE}\\s*(?:—|–|--)\\s*(?<capsPlace>${CAPS_PLACE})(?:,\\s+(?<region>${REGION}))?\\s*(?:—|–|--|:)\\s*`,
  "u",
);

function datedPlaceDateline(
  paragraph: Line,
  prefix: string,
): { dateline: Dateline; bodyStart: number } | null {
  const match = PLACE_THEN_DATE_DATELINE.exec(prefix) ?? DATE_THEN_PLACE_DATELINE.exec(prefix);
  const placeText = match?.groups?.capsPlace;
  // A title-case word before a date may open a sentence: only a full date vouches for it.
  if (!match?.groups || placeText === undefined || match.groups.year === undefined) return null;
  if (NON_PLACE_LEADS.has(placeText.toLowerCase()) || WEEKDAY.test(placeText)) return null;
  // "Jane Roe (May 1, 1920 – June 2, 2001)": a bracket opened before the date must close after it.
  if (match[0].includes("(") !== match[0].includes(")")) return null;
  const placeAt = match[0].indexOf(placeText);
  return finishDateline(paragraph, match[0], {
    place: titleCasePlace(placeText),
    placeSpan: {
      start: paragraph.start + placeAt,
      end: paragraph.start + placeAt + placeText.length,
    },
    regionSpan: regionSpanOf(match, paragraph.start),
    ...agencyAndDate(match.groups),
  });
}

function releaseDateline(
  paragraph: Line,
  prefix: string,
): { dateline: Dateline; bodyStart: number } | null {
  const match = RELEASE_DATELINE.exec(prefix);
  const placeText = match?.groups?.capsPlace;
  if (!match?.groups || placeText === undefined) return null;
  if (NON_PLACE_LEADS.has(placeText.toLowerCase())) return null;
  return finishDateline(paragraph, match[0], {
    place: titleCasePlace(placeText),
    placeSpan: { start: paragraph.start, end: paragraph.start + placeText.length },
    regionSpan: regionSpanOf(match, paragraph.start),
    ...agencyAndDate(match.groups),
  });
}

/** A news agency from the list, not a word the list holds for photo credits. */
function isWireAgency(agency: string | null): boolean {
  if (agency === null) return false;
  const lower = agency.toLowerCase();
  return AGENCY_NAMES.has(lower) && !CREDIT_ONLY_WORDS.has(lower);
}

/** "Washington CNN —": a known agency after the place, unbracketed, then a dash; null if none. */
function bareAgencyDateline(
  paragraph: Line,
  prefix: string,
): { dateline: Dateline; bodyStart: number } | null {
  const bare = BARE_AGENCY_DATELINE.exec(prefix);
  const base = paragraph.start;
  const bareAgency = bare?.groups?.bareAgency;
  if (
    bare?.groups &&
    bareAgency &&
    AGENCY_NAMES.has(bareAgency.toLowerCase()) &&
    !CREDIT_ONLY_WORDS.has(bareAgency.toLowerCase())
  ) {
    const placeText = bare.groups.titlePlace ?? "";
    if (
      !NON_PLACE_LEADS.has(placeText.toLowerCase()) &&
      !SENTENCE_OPENERS.has(placeText.split(/\s+/)[0]?.toLowerCase() ?? "")
    ) {
      return finishDateline(paragraph, bare[0], {
        place: titleCasePlace(placeText),
        placeSpan: { start: base, end: base + placeText.length },
        regionSpan: regionSpanOf(bare, base),
        agency: bareAgency,
        monthWord: undefined,
        dayText: undefined,
        yearText: undefined,
      });
    }
  }
  return null;
}

/** A place as printed on a dateline line of its own: "Taipei, Taiwan", "LONDON". */
const PLACE_LINE =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?$/u;
const DASH_LINE = /^[—–-]{1,2}$/;

/**
 * A dateline copied one element a line ("Taipei, Taiwan" / "CNN" / "—", or "CNN" / "—"):
 * the dateline and how many lines it takes, or null.
 */
function lineByLineDateline(
  lines: Line[],
  i: number,
): { dateline: Dateline; lines: number } | null {
  const isAgency = (line: Line | undefined) =>
    line !== undefined &&
    (AGENCY_NAMES.has(line.text.toLowerCase()) || /^\p{Lu}{2,6}$/u.test(line.text));
  const first = lines[i] as Line;
  const agencyOnly = isAgency(first) && DASH_LINE.test(lines[i + 1]?.text ?? "");
  const withPlace =
    !agencyOnly &&
    PLACE_LINE.test(first.text) &&
    !BYLINE_LEAD.test(first.text) &&
    !NON_PLACE_LEADS.has(first.text.toLowerCase()) &&
    isAgency(lines[i + 1]) &&
    DASH_LINE.test(lines[i + 2]?.text ?? "");
  if (!agencyOnly && !withPlace) return null;
  const agencyLine = (agencyOnly ? first : lines[i + 1]) as Line;
  const last = (agencyOnly ? lines[i + 1] : lines[i + 2]) as Line;
  const comma = first.text.indexOf(",");
  const placeText = withPlace ? (comma < 0 ? first.text : first.text.slice(0, comma)) : null;
  const region = withPlace && comma >= 0 ? subLine(first, comma + 1, first.text.length) : null;
  return {
    dateline: {
      start: first.start,
      end: last.end,
      place: placeText === null ? null : titleCasePlace(placeText),
      placeSpan:
        placeText === null ? null : { start: first.start, end: first.start + placeText.length },
      region: region?.text ?? null,
      regionSpan: region ? { start: region.start, end: region.end } : null,
      agency: agencyLine.text,
      month: null,
      day: null,
      year: null,
    },
    lines: agencyOnly ? 2 : 3,
  };
}

/** Weekday names in the order of Date.getUTCDay(). */
const WEEKDAY_NAMES = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];

function weekdayDateLead(paragraph: Line): { dateline: Dateline; bodyStart: number } | null {
  const match = WEEKDAY_DATE_LEAD.exec(paragraph.text.slice(0, DATELINE_PREFIX_CHARS));
  const groups = match?.groups;
  if (!match || !groups?.year || !groups.weekday) return null;
  const parts = agencyAndDate(groups);
  const month = monthNumber(parts.monthWord ?? "");
  const day = Number(parts.dayText);
  const iso = month === null ? null : isoDate(Number(groups.year), month, day);
  if (!iso) return null;
  const weekday = WEEKDAY_NAMES[new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? "";
  if (!weekday.startsWith(groups.weekday.toLowerCase().replace(/\.$/, ""))) return null;
  return finishDateline(paragraph, match[0], {
    place: null,
    placeSpan: null,
    regionSpan: null,
    ...parts,
  });
}

/**
 * Span of the region after the place: the last of the comma-separated parts,
 * without a leading "the" ("PALM BEACH, the United States" → "United States").
 */
/**
 * "Taipei, Taiwan — The festival …", "Dayton, Ohio, United States - …": with no agency or date,
 * a title-case place is a dateline when a known state or country follows it after a comma and
 * a dash (not a colon) ends it, as community and wiki news pages print them.
 */
function knownRegionBeforeDash(groups: Record<string, string | undefined>): boolean {
  const region = groups.region ?? groups.bracketRegion;
  const separator = groups.separator;
  if (region === undefined || separator === undefined || separator.includes(":")) return false;
  const last = /(?:^|,\s+)(?:the\s+)?([^,]+)$/.exec(region)?.[1];
  return last !== undefined && isKnownPlace(key(last));
}

/**
 * "Mumbai: The city's …", "Karachi — Police …": a lone title-case place needs the gazetteer to
 * know it, and a capital after the mark, before it reads as a dateline.
 */
function knownPlaceBeforeMark(groups: Record<string, string | undefined>, after: string): boolean {
  const { titlePlace, separator } = groups;
  if (titlePlace === undefined || separator === undefined || !/^\p{Lu}/u.test(after)) return false;
  if (groups.region !== undefined || groups.bracketRegion !== undefined) return false;
  return isKnownPlace(key(titlePlace));
}

function regionSpanOf(match: RegExpExecArray, base: number): Span | null {
  const region = match.groups?.region ?? match.groups?.bracketRegion;
  if (region === undefined) return null;
  const placeLength = (match.groups?.capsPlace ?? match.groups?.titlePlace ?? "").length;
  const regionStart = match[0].indexOf(region, placeLength);
  if (regionStart < 0) return null;
  const lastPart = /(?:^|,\s+)(?:the\s+)?([^,]+)$/.exec(region);
  if (!lastPart?.[1]) return null;
  const start = base + regionStart + region.length - lastPart[1].length;
  return { start, end: base + regionStart + region.length };
}

function finishDateline(
  paragraph: Line,
  matched: string,
  parts: DatelineParts,
): { dateline: Dateline; bodyStart: number } {
  const month = parts.monthWord ? monthNumber(parts.monthWord) : null;
  const day = parts.dayText ? Number(parts.dayText) : null;
  const validDay = month !== null && day !== null && day >= 1 && day <= 31;
  const year = parts.yearText ? Number(parts.yearText) : null;
  const datelineText = matched.trimEnd();
  return {
    dateline: {
      start: paragraph.start,
      end: paragraph.start + datelineText.length,
      place: parts.place,
      placeSpan: parts.placeSpan,
      region: parts.regionSpan
        ? paragraph.text.slice(
            parts.regionSpan.start - paragraph.start,
            parts.regionSpan.end - paragraph.start,
          )
        : null,
      regionSpan: parts.regionSpan,
      agency: parts.agency,
      month: validDay ? month : null,
      day: validDay ? day : null,
      year: validDay ? year : null,
    },
    bodyStart: matched.length,
  };
}

interface PublicationDates {
  published: CalendarDate | null;
  updated: CalendarDate | null;
  /** The year of the page's copyright line, if it prints one. */
  copyrightYear: number | null;
}

interface LineContext {
  /** Texts of the captions read so far. */
  captionTexts: ReadonlySet<string>;
  next: Line | undefined;
  dates: PublicationDates;
  hasByline: boolean;
  /** Before the second text line: where a bare byline may stand. */
  inHeader: boolean;
  /** The line before was the byline. */
  afterByline: boolean;
  /** The line before, when it names a picture agency alone ("Getty Images", "PA Media"). */
  creditLine: Line | null;
  /** The line before was a caption label alone ("Image caption,"). */
  afterCaptionLabel: boolean;
}

/** Longest caption read under a picture agency's line. */
const MAX_CAPTION_WORDS = 40;

/** "BBC News", "Reuters": an outlet named after a job title. */
function isOutletName(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    AGENCY_NAMES.has(text.toLowerCase()) ||
    (words.length <= 4 &&
      words.every((word) => /^\p{Lu}/u.test(word)) &&
      words.some((word) => SITE_SUFFIX_WORDS.has(word.toLowerCase())))
  );
}

/** Longest line under a byline that may be the author's job title ("Business reporter, BBC News"). */
const MAX_ROLE_LINE_WORDS = 8;

const GIVEN_NAMES: ReadonlySet<string> = new Set([...MALE_GIVEN_NAMES, ...FEMALE_GIVEN_NAMES]);
const ROLE_AFTER_NAMES =
  /\b(?:correspondent|editor|reporter|writer|columnist|contributor|staff)\b/i;

/**
 * A line of bare names is a byline only with support, because title-case
 * headlines look like names too: a job title after the names, "in Place", a
 * known given name first, or a publication date line right below.
 */
function hasBylineEvidence(line: Line, next: Line | undefined): boolean {
  if (ROLE_AFTER_NAMES.test(line.text) || /\s(?:in|at)\s+\p{Lu}/u.test(line.text)) return true;
  if (GIVEN_NAMES.has((/^\S+/.exec(line.text)?.[0] ?? "").toLowerCase())) return true;
  if (next !== undefined && isAffiliationLine(next.text) && onlyNameWords(line.text)) return true;
  return next !== undefined && publicationDateOfLine(next.text) !== null;
}

/** Tags compromise's lexicon gives names; any other tag marks a common word ("Heavy", "Rain"). */
const NAME_TAGS = new Set([
  "FirstName",
  "MaleName",
  "FemaleName",
  "LastName",
  "Person",
  "Honorific",
]);

/** Every word is a name or unknown to the lexicon: "Wanjiru Kamau", not "Heavy Rain". */
function onlyNameWords(text: string): boolean {
  return text
    .split(/\s+/)
    .every((word) => compromiseTags(word.toLowerCase()).every((tag) => NAME_TAGS.has(tag)));
}

/**
 * The line under a byline that gives the author's desk: a job title ("Business reporter, BBC
 * News") or an outlet and a place ("BBC News, Nairobi").
 */
function isAffiliationLine(text: string): boolean {
  if (wordCount(text) > MAX_ROLE_LINE_WORDS || /[.!?"”]$/.test(text)) return false;
  const [first = "", ...rest] = text.split(/\s*,\s*/);
  if (ROLE_AFTER_NAMES.test(text) && rest.length > 0) return true;
  return isOutletName(first) && rest.length <= 1 && rest.every((part) => /^\p{Lu}/u.test(part));
}

/** A furniture line that only names a picture agency: "Getty Images", "PA Media". */
function pictureAgencyLine(entry: ClassifiedLine | undefined): Line | null {
  if (entry?.kind !== "furniture") return null;
  const words = entry.line.text.split(/\s+/);
  return words.length >= 2 && looksLikeCreditedBody(entry.line.text) ? entry.line : null;
}

/**
 * The signature under an embedded post, as copied: "— Jane Roe (@janeroe) April 3, 2017",
 * "— Jane Roe (@janeroe.bsky.social) April 3, 2017 at 9:15 PM", "A post shared by Jane Roe
 * (@janeroe)". Group 1 is the poster's name.
 */
const POST_SIGNATURE = new RegExp(
  `^(?:[—–―-]{1,2}|A\\s+post\\s+shared\\s+by)\\s*(\\p{Lu}[^()@]{0,60}?)\\s*\\(@\\w{1,30}(?:\\.\\w{1,30}){0,3}\\)\\s*(?:(?:${MONTH_PATTERN}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_PATTERN}\\s+\\d{4})(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?)?)?$`,
  "u",
);

/** The signature line of an embedded post is furniture; its poster is credited like a photographer. */
function postSignature(line: Line): ClassifiedLine | null {
  const match = POST_SIGNATURE.exec(line.text);
  if (!match?.[1]) return null;
  const at = line.text.indexOf(match[1]);
  const poster = subLine(line, at, at + match[1].length);
  return { line, kind: "furniture", agencies: [toAuthor(poster)] };
}

function classifyLine(line: Line, context: LineContext): ClassifiedLine {
  const { dates, hasByline } = context;
  const signature = postSignature(line);
  if (signature) return signature;
  // A caption printed twice (once over the photo, once under it) counts once.
  if (context.captionTexts.has(line.text)) return { line, kind: "furniture" };
  const isRoleLine =
    context.afterByline &&
    wordCount(line.text) <= MAX_ROLE_LINE_WORDS &&
    (ROLE_AFTER_NAMES.test(line.text) || isAffiliationLine(line.text)) &&
    !/[.!?"”]$/.test(line.text);
  if (isRoleLine) {
    const agencies = splitNameList(line, /\s*,\s*/g)
      .filter((piece) => looksLikeCreditedBody(piece.text) || isOutletName(piece.text))
      .map(toAuthor);
    return { line, kind: "furniture", agencies };
  }
  if (CAPTION_LABEL_LINE.test(line.text)) return { line, kind: "furniture" };
  if (context.afterCaptionLabel && wordCount(line.text) <= MAX_CAPTION_WORDS)
    return { line, kind: "caption", credit: findCredit(line) };
  // "Getty Images" on a line of its own, then the caption of the photo it credits.
  const isCaptionUnderCredit =
    context.creditLine !== null &&
    wordCount(line.text) <= MAX_CAPTION_WORDS &&
    !parseDateline(line) &&
    !isFurnitureLine(line.text, false) &&
    publicationDateOfLine(line.text) === null;
  if (isCaptionUnderCredit) {
    const agencies = context.creditLine ? [toAuthor(context.creditLine)] : [];
    return { line, kind: "caption", credit: null, agencies };
  }
  if (line.text.length <= SHORT_LINE_LIMIT) {
    const dated = publicationDateOfLine(line.text);
    if (dated) {
      // A bare date deep in the body (a timeline entry) says nothing about publication; one
      // right under the byline does, however many lines (standfirst, caption) came before.
      if (context.inHeader || dated.labelled || context.afterByline) {
        if (dated.updated) dates.updated ??= dated.date;
        else dates.published ??= dated.date;
      }
      return { line, kind: "date" };
    }
    const withNames = dateLineWithNames(line);
    if (withNames) {
      const { dated, authors, agencies } = withNames;
      if (context.inHeader || dated.labelled) {
        if (dated.updated) dates.updated ??= dated.date;
        else dates.published ??= dated.date;
      }
      const people = hasByline ? [] : authors;
      return people.length > 0
        ? { line, kind: "byline", authors: people, agencies }
        : { line, kind: "date", agencies };
    }
    const byline = hasByline ? null : parseByline(line);
    // Explicit furniture patterns first; a bare run of capitalised words may still be a byline.
    const furniture = byline === null && isFurnitureLine(line.text, false);
    const bareAuthors =
      furniture || byline || hasByline || !context.inHeader ? null : parseByline(line, true);
    const authors =
      byline ?? (bareAuthors && hasBylineEvidence(line, context.next) ? bareAuthors : null);
    if (authors) {
      const dated = findFullDate(line.text);
      if (dated) dates.published ??= dated.date;
      return { line, kind: "byline", authors, agencies: bylineAgencies(line) };
    }
    // "By The Associated Press", "By AFP": a byline naming only the agency credits it.
    const agencyByline = BYLINE_LEAD.test(line.text) && context.inHeader;
    const agencies = agencyByline ? bylineAgencies(line) : [];
    if (agencies.length > 0) return { line, kind: "furniture", agencies };
    if (furniture || isMenuLine(line.text, true)) return { line, kind: "furniture" };
  }
  const credit = findCredit(line);
  if (credit || CAPTION_LABEL.test(line.text)) return { line, kind: "caption", credit };
  return { line, kind: "candidate" };
}

function resolvePublishedAt(
  options: ExtractOptions,
  dateline: Dateline | null,
  dates: PublicationDates,
): string | null {
  const fromOptions = normalizePublishedAt(options.publishedAt);
  if (fromOptions) return fromOptions;
  if (dateline?.year && dateline.month && dateline.day) {
    const full = isoDate(dateline.year, dateline.month, dateline.day);
    if (full) return full;
  }
  const printed = dates.published ?? dates.updated;
  if (printed?.year) {
    const full = isoDate(printed.year, printed.month, printed.day);
    if (full) return full;
  }
  // A yearless dateline ("LONDON, April 4 (Reuters) -") takes the year the caller gives, else
  // the year of the page's copyright line ("© 2017 Reuters"), printed in the year of publication.
  const given = options.year;
  const year = typeof given === "number" && Number.isInteger(given) ? given : dates.copyrightYear;
  if (dateline?.month && dateline.day && year !== null) {
    return isoDate(year, dateline.month, dateline.day);
  }
  return null;
}

/** A publication label inside a longer line ("© 2025 Acme News. Posted: Mar 4, 2025"). */
const INNER_PUBLICATION_LABEL =
  /\b(?:(?:First|Originally)\s+published|Published|Posted|(?:Last\s+)?[Uu]pdated)\b/i;

/**
 * The date printed under the story, after its last paragraph (a bare "March 4, 2025" below the
 * reporting credits, "Posted: …" in the copyright line), for pages that print none above it.
 * Dates in the body (a timeline's entries) are not read: the search stops at the last paragraph.
 */
function closingPublicationDate(classified: ClassifiedLine[]): PrintedDate | null {
  for (let i = classified.length - 1; i >= 0; i--) {
    const { line, kind } = classified[i] as ClassifiedLine;
    if (kind === "candidate") return null;
    if (kind === "date") {
      const dated = publicationDateOfLine(line.text) ?? dateLineWithNames(line)?.dated;
      if (dated) return dated;
    }
    if (kind !== "furniture") continue;
    const label = INNER_PUBLICATION_LABEL.exec(line.text);
    const dated = label ? publicationDateOfLine(line.text.slice(label.index)) : null;
    if (dated) return dated;
  }
  return null;
}

/** "© 2017 Reuters", "Copyright 2023 The Associated Press. All rights reserved.": one year, no range. */
const COPYRIGHT_YEAR = /^(?:©|\(c\)|Copyright)\s*(?:©\s*)?((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)/i;

/** The year of a copyright line, or null. */
function copyrightYearOf(text: string): number | null {
  const match = COPYRIGHT_YEAR.exec(text);
  return match ? Number(match[1]) : null;
}

/** Short unpunctuated lines that close a page or sit under "Related content"-style headings. */
const MAX_LINK_WORDS = 20;
const MAX_TRAILING_WORDS = 6;

function blankLineBetween(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  const newlines = gap.split("\n").length - 1;
  return newlines >= 2 || (newlines === 0 && gap.split("\r").length - 1 >= 2);
}

/**
 * Reclassifies as furniture the link lines listed under a link-list heading
 * (up to the next blank line) and the short unpunctuated lines at the very end
 * of the page (topic tags, menus).
 */
function markTrailingFurniture(classified: ClassifiedLine[], text: string): void {
  let inLinkList = false;
  for (let i = 0; i < classified.length; i++) {
    const entry = classified[i] as ClassifiedLine;
    const previous = classified[i - 1];
    const continuesList: boolean =
      inLinkList &&
      previous !== undefined &&
      !blankLineBetween(text, previous.line.end, entry.line.start);
    if (
      continuesList &&
      entry.kind === "candidate" &&
      wordCount(entry.line.text) <= MAX_LINK_WORDS &&
      !entry.line.text.endsWith(".")
    ) {
      entry.kind = "furniture";
      continue;
    }
    inLinkList =
      (entry.kind === "furniture" && LINK_LIST_HEADING.test(entry.line.text)) ||
      (continuesList && entry.kind === "furniture" && !LINK_LIST_END.test(entry.line.text));
  }
  const isShortUnpunctuated = (line: Line) => {
    const markAt = endMarkIndex(line.text);
    const text = markAt >= 0 ? line.text.slice(0, markAt) : line.text;
    return wordCount(text) <= MAX_TRAILING_WORDS && !/[.!?:"”'’)]$/.test(text);
  };
  let lastRealParagraph = -1;
  classified.forEach((entry, index) => {
    if (entry.kind === "candidate" && !isShortUnpunctuated(entry.line)) lastRealParagraph = index;
  });
  // Only lines after the last real paragraph are trailing junk; a lone unpunctuated body stays body.
  if (lastRealParagraph < 0) return;
  for (let i = lastRealParagraph + 1; i < classified.length; i++) {
    const entry = classified[i] as ClassifiedLine;
    if (entry.kind === "candidate") entry.kind = "furniture";
  }
}

/** A line that is one quotation and nothing else: “Every neighborhood deserves shade”. */
const WHOLE_LINE_QUOTE = /^["“]([^"“”]{20,600})["”][.!?]?$/;
/** The attribution printed under a pull quote: "— Mike Johnston, Denver mayor". */
const PULL_QUOTE_SOURCE = /^[—–―-]\s*\p{Lu}[^.!?]{0,100}$/u;

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Reclassifies as furniture a pull quote: a line that only repeats, in quotation marks, words
 * quoted in another paragraph, with the "— Name, role" line under it. Counted once, in the text.
 */
/** Most lines a newsletter box spans between its sign-up line and its end marker. */
const MAX_NEWSLETTER_BOX_LINES = 8;
/** A box closed by its button alone: at most this many lines, none longer than a blurb. */
const MAX_BUTTON_BOX_LINES = 4;
const MAX_BOX_BLURB_WORDS = 30;

/**
 * A newsletter box copied with the article ("Sign up to Down to Earth" … "after newsletter
 * promotion"): its blurb, often quoted, is furniture like its first and last lines.
 */
function markNewsletterBoxes(classified: ClassifiedLine[]): void {
  classified.forEach((entry, end) => {
    // A box may also end with its button ("Sign up", "Subscribe"): then it is a short one.
    const button = NEWSLETTER_BOX_BUTTON.test(entry.line.text);
    if (!button && !NEWSLETTER_BOX_END.test(entry.line.text)) return;
    const maxLines = button ? MAX_BUTTON_BOX_LINES : MAX_NEWSLETTER_BOX_LINES;
    for (let start = end - 1; start >= 0 && end - start <= maxLines; start--) {
      const line = (classified[start] as ClassifiedLine).line.text;
      if (button && wordCount(line) > MAX_BOX_BLURB_WORDS) return;
      if (!NEWSLETTER_BOX_START.test(line)) continue;
      for (let k = start; k <= end; k++) (classified[k] as ClassifiedLine).kind = "furniture";
      return;
    }
  });
}

function markPullQuotes(classified: ClassifiedLine[]): void {
  let texts: string[] | null = null;
  for (let i = 0; i < classified.length; i++) {
    const entry = classified[i] as ClassifiedLine;
    if (entry.kind !== "candidate") continue;
    const quoted = WHOLE_LINE_QUOTE.exec(entry.line.text)?.[1];
    if (!quoted) continue;
    texts ??= classified.map((other) =>
      other.kind === "candidate" ? comparable(other.line.text) : "",
    );
    const words = comparable(quoted);
    const repeated = texts.some(
      (other, j) => j !== i && other.length > words.length && other.includes(words),
    );
    if (!repeated) continue;
    entry.kind = "furniture";
    const next = classified[i + 1];
    if (next?.kind === "candidate" && PULL_QUOTE_SOURCE.test(next.line.text))
      next.kind = "furniture";
  }
}

const CAPTION_NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|of|the|and|de|al|bin))*";
/** A caption's opening: who the picture shows, then what they do in the present tense. */
const NAMED_CAPTION_LEAD = new RegExp(
  `^${CAPTION_NAME}(?:,\\s+${CAPTION_POSITION},\\s+(?:and\\s+${CAPTION_NAME})?)?\\s+${CAPTION_VERB}\\b`,
  "u",
);
/** "Governor Ana Ruiz at a rally …", "Ana Ruiz speaking in …": a name, then no finite verb. */
const VERBLESS_CAPTION_LEAD = new RegExp(
  `^${CAPTION_NAME}(?:,\\s+${CAPTION_POSITION},\\s+(?:and\\s+${CAPTION_NAME})?)?\\s+(?:at|during|in|on|outside|inside|near|with|after|before|\\p{Ll}{3,}ing)\\s`,
  "u",
);
/** Words that make a clause of a line: finite verbs, and the past tense a lexicon may lack. */
const FINITE_VERB_TAGS = new Set(["PastTense", "PresentTense", "Copula", "Modal", "Auxiliary"]);

function hasFiniteVerb(text: string): boolean {
  return (text.match(/\p{Ll}[\p{Ll}'’-]*/gu) ?? []).some(
    (word) =>
      (word.length >= 5 && word.endsWith("ed")) ||
      /^(?:will|would|has|have|had|can|could)$/.test(word) ||
      compromiseTags(word).some((tag) => FINITE_VERB_TAGS.has(tag)),
  );
}
const UNNAMED_CAPTION_LEAD = new RegExp(
  `^(?:(?:the|some|many|local)\\s+)?(?:\\p{Ll}+\\s+)?(?:${CAPTION_PEOPLE}|${CAPTION_PERSON})(?:\\s+(?:from|of|at|with)\\s+(?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?)?\\s+${CAPTION_VERB}\\b`,
  "u",
);
/** A caption ends by saying where or when the picture was taken ("… in Denver in May."). */
const CAPTION_TAIL = new RegExp(
  `(?:\\b(?:in|at|near|outside|on)\\s+\\p{Lu}[\\p{L}.'’-]*(?:[\\s,]+\\p{Lu}[\\p{L}.'’-]*)*|\\b(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN}|\\d{4})\\b[^.]{0,20})\\.?$`,
  "u",
);
const MAX_BARE_CAPTION_WORDS = 40;
/** A caption with no verb is a short label ("Ana Ruiz at a rally in Austin in May."). */
const MAX_VERBLESS_CAPTION_WORDS = 20;
/** Abbreviations whose period does not end a sentence, for the one-sentence test. */
const NON_FINAL_PERIOD =
  /\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\./gu;

/**
 * A photo caption copied without its credit, between two paragraphs: one short sentence with
 * no quotation or attribution, whose subject does something in the present tense, closed by
 * a place or a date. Such a line is no paragraph: a "he said" after it means the speaker before.
 */
function isBareCaption(text: string): boolean {
  if (wordCount(text) > MAX_BARE_CAPTION_WORDS || /["“”]/.test(text)) return false;
  if (/[.!?]\s+\p{Lu}/u.test(text.replace(NON_FINAL_PERIOD, ""))) return false;
  if (/\b(?:said|says|told|according)\b/.test(text) || !CAPTION_TAIL.test(text)) return false;
  const first = /^\S+/.exec(text)?.[0] ?? "";
  const opensWithName = !SENTENCE_OPENERS.has(first.toLowerCase());
  if (opensWithName && NAMED_CAPTION_LEAD.test(text)) return true;
  const verbless =
    wordCount(text) <= MAX_VERBLESS_CAPTION_WORDS &&
    VERBLESS_CAPTION_LEAD.test(text) &&
    !hasFiniteVerb(text);
  if (opensWithName && verbless) return true;
  return UNNAMED_CAPTION_LEAD.test(first.toLowerCase() + text.slice(first.length));
}

/**
 * Marks as captions the bare captions after the lede (see isBareCaption): after the paragraph
 * that opens with the dateline, or, on a page without one, after the first two text lines
 * (a standfirst, then the lede).
 */
function markBareCaptions(classified: ClassifiedLine[]): void {
  let candidates = 0;
  let afterLede = false;
  for (const entry of classified) {
    if (entry.kind !== "candidate") continue;
    candidates++;
    if ((afterLede || candidates > 2) && isBareCaption(entry.line.text)) entry.kind = "caption";
    if (candidates <= 2 && parseDateline(entry.line) !== null) afterLede = true;
  }
}

/** "A version of this article appears in print on …, Section A, Page 9 …": a newspaper's print note. */
const PRINT_EDITION_NOTE =
  /^A\s+version\s+of\s+this\s+(?:article|story|report|review)\s+(?:appears|appeared|will\s+appear)\s+in\s+print\b/i;
/** What an author's biography says about the author's work. */
const AUTHOR_BIO_WORDS =
  /\b(?:correspondent|reporter|editor|writer|journalist|columnist|bureau\s+chief|reports\s+(?:on|for|from)|covers|writes\s+(?:about|on|for))\b/i;

/**
 * Reclassifies as furniture the notes a page closes with, after its last paragraph of
 * news: the print-edition note, and a byline author's biography ("Ana Ruiz, the paper's
 * Mexico correspondent, covers …"), whose people, papers and places are not the story's.
 */
function markClosingNotes(classified: ClassifiedLine[]): void {
  const authors = classified.flatMap((entry) => entry.authors ?? []).map((a) => a.name);
  const isAuthorBio = (text: string) =>
    AUTHOR_BIO_WORDS.test(text) &&
    authors.some(
      (name) =>
        text.startsWith(name) &&
        /^(?:,|\s+(?:is|was|has|covers|reports|writes)\b)/.test(text.slice(name.length)),
    );
  for (let i = classified.length - 1; i >= 0; i--) {
    const entry = classified[i] as ClassifiedLine;
    if (entry.kind !== "candidate") continue;
    if (!PRINT_EDITION_NOTE.test(entry.line.text) && !isAuthorBio(entry.line.text)) return;
    entry.kind = "furniture";
  }
}

/**
 * Index of the subtitle (dek) among the classified lines, or -1. The first
 * text line after the headline is a subtitle when it is short, does not open
 * with a dateline, and either a byline, caption or date line follows it, the next text
 * line opens with a dateline, or it reads like a second headline (no closing
 * punctuation) with more text after it.
 */
function findSubtitle(classified: ClassifiedLine[]): number {
  const candidates = classified
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.kind === "candidate");
  const firstCandidate = candidates[0];
  if (!firstCandidate) return -1;
  const secondCandidate = candidates[1];
  const line = firstCandidate.entry.line;
  if (line.text.length > MAX_SUBTITLE_CHARS || parseDateline(line) !== null) return -1;
  const nextIndex = secondCandidate ? secondCandidate.index : classified.length;
  const headerBetween = classified
    .slice(firstCandidate.index + 1, nextIndex)
    .some(({ kind }) => kind === "byline" || kind === "caption" || kind === "date");
  const nextHasDateline = secondCandidate
    ? parseDateline(secondCandidate.entry.line) !== null
    : false;
  const headlineLike =
    secondCandidate !== undefined && line.text.length <= 200 && !/[.!?:"”'’)]$/.test(line.text);
  return headerBetween || nextHasDateline || headlineLike ? firstCandidate.index : -1;
}

/** Hard-wrapped lines are long; a short line before a lower-case one is more likely a list item. */
const MIN_WRAPPED_LINE = 40;
/** Widest margin text is hard-wrapped at (e-mail and PDF copies wrap at 60 to 80 characters). */
const MAX_WRAP_MARGIN = 100;
/** How far short of the margin a wrapped line may end (the next word did not fit). */
const WRAP_SLACK = 25;
/** Fewest lines that must run into a next line before the text counts as hard-wrapped. */
const MIN_WRAPPED_LINES = 3;
/** A hard-wrapped text may hold one unwrapped line, or one per this many lines. */
const LINES_PER_UNWRAPPED_LINE = 10;
/** A line ending a sentence (closing quotation marks and brackets may follow the stop). */
const SENTENCE_END_AT_LINE_END = /[.!?:]["”'’)]*$/;

/**
 * The margin a hard-wrapped text is wrapped at, or 0 when it is not: paragraphs are set apart
 * by blank lines, no text line is longer than the margin, and several lines reach it with
 * another line of the same paragraph below. Then a line that reaches the margin goes on in
 * the next, whatever its first letter ("… said on" / "Monday, …").
 */
function wrapMargin(classified: ClassifiedLine[], text: string): number {
  const lines = classified.filter((entry) => entry.kind === "candidate").map((entry) => entry.line);
  // A rare line past the margin (a one-line paragraph pasted unwrapped) does not hide it.
  const lengths = lines.map((line) => line.text.length);
  const beyond = lengths.filter((length) => length > MAX_WRAP_MARGIN).length;
  if (beyond > Math.max(1, lines.length / LINES_PER_UNWRAPPED_LINE)) return 0;
  const widest = Math.max(0, ...lengths.filter((length) => length <= MAX_WRAP_MARGIN));
  if (widest < MIN_WRAPPED_LINE) return 0;
  let wrapped = 0;
  let paragraphBreaks = 0;
  let midSentenceEnds = 0;
  let lowerCaseStarts = 0;
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (!next) return;
    if (blankLineBetween(text, line.end, next.start)) paragraphBreaks++;
    else if (line.text.length >= widest - WRAP_SLACK && line.text.length <= widest) {
      wrapped++;
      if (!SENTENCE_END_AT_LINE_END.test(line.text)) midSentenceEnds++;
      if (/^\p{Ll}/u.test(next.text)) lowerCaseStarts++;
    }
  });
  if (wrapped < MIN_WRAPPED_LINES) return 0;
  if (paragraphBreaks > 0) return widest;
  // One block with no blank lines: single-line paragraphs end their sentences and lists start
  // capitalised, while wrapped lines mostly stop mid-sentence, often go on in lower case, and
  // most lines reach the margin.
  const linesBelow = lines.length - 1;
  const runsOn = midSentenceEnds * 2 >= wrapped && lowerCaseStarts * 4 >= wrapped;
  return runsOn && wrapped * 3 >= linesBelow * 2 ? widest : 0;
}

/** Columns of white space before the text of the line that starts at `lineStart` (a tab counts four). */
function indentOf(text: string, lineStart: number): number {
  let columns = 0;
  for (let i = lineStart - 1; i >= 0 && text[i] !== "\n" && text[i] !== "\r"; i--) {
    columns += text[i] === "\t" ? 4 : 1;
  }
  return columns;
}

/**
 * Joins a text line with the next when the paragraph was hard-wrapped: the
 * line ends mid-clause (comma, dash, open bracket) or the next line goes on in
 * lower case. Lines separated by a blank line are never joined.
 */
function joinWrappedLines(classified: ClassifiedLine[], text: string): ClassifiedLine[] {
  const joined: ClassifiedLine[] = [];
  const margin = wrapMargin(classified, text);
  let lastLineLength = 0;
  let lastLineIndent = 0;
  for (const entry of classified) {
    const previous = joined[joined.length - 1];
    const continues =
      previous !== undefined &&
      previous.kind === "candidate" &&
      entry.kind === "candidate" &&
      (/[,;(–—-]$/.test(previous.line.text) ||
        (previous.line.text.length >= MIN_WRAPPED_LINE && /^\p{Ll}/u.test(entry.line.text)) ||
        (margin > 0 &&
          lastLineLength >= margin - WRAP_SLACK &&
          lastLineLength <= margin &&
          // An indented first line starts a paragraph of a wrapped text that has no blank lines.
          indentOf(text, entry.line.start) <= lastLineIndent)) &&
      !blankLineBetween(text, previous.line.end, entry.line.start);
    lastLineIndent = indentOf(text, entry.line.start);
    lastLineLength = entry.line.text.length;
    if (continues) {
      const start = previous.line.start;
      previous.line = { start, end: entry.line.end, text: text.slice(start, entry.line.end) };
    } else {
      joined.push({ ...entry });
    }
  }
  return joined;
}

/** Splits a raw article into headline, subtitle, byline, captions, dateline, body and furniture. */
export function analyzeLayout(
  text: string,
  options: ExtractOptions,
): { layout: Layout; publishedAt: string | null } {
  const layout: Layout = {
    headline: null,
    subtitle: null,
    byline: null,
    authors: [],
    captions: [],
    credits: [],
    dateline: null,
    paragraphs: [],
    furniture: [],
  };
  const dates: PublicationDates = { published: null, updated: null, copyrightYear: null };
  const lines = splitLines(text);

  let first = 0;
  // A short capitalised first line may be the headline: of bare menus only one or two words are skipped here.
  while (first < Math.min(lines.length - 1, MAX_LEADING_FURNITURE)) {
    const text = lines[first]?.text ?? "";
    // A date printed above the headline ("FOR IMMEDIATE RELEASE / March 5, 2024 / Headline").
    const dated = text.length <= SHORT_LINE_LIMIT ? publicationDateOfLine(text) : null;
    if (!dated && !isLeadingFurniture(text)) break;
    if (dated && dated.updated) dates.updated ??= dated.date;
    else if (dated) dates.published ??= dated.date;
    layout.furniture.push(block(lines[first] as Line, "body"));
    first++;
  }
  const headlineLine = lines[first];
  const isHeadline =
    headlineLine !== undefined &&
    lines.length - first > 1 &&
    headlineLine.text.length <= MAX_HEADLINE_CHARS &&
    parseDateline(headlineLine) === null;
  if (headlineLine && isHeadline) {
    const label = HEADLINE_LABEL.exec(headlineLine.text);
    if (label) layout.furniture.push(block(subLine(headlineLine, 0, label[0].length), "body"));
    const titled = label
      ? subLine(headlineLine, label[0].length, headlineLine.text.length)
      : headlineLine;
    const suffixAt = siteSuffixIndex(titled.text);
    if (suffixAt > 0) {
      layout.headline = block(subLine(titled, 0, suffixAt), "headline");
      layout.furniture.push(block(subLine(titled, suffixAt, titled.text.length), "body"));
    } else {
      layout.headline = block(titled, "headline");
    }
    first++;
  }

  const classified: ClassifiedLine[] = [];
  // A bare byline is only looked for in the header: before the second text line (the first may be a subtitle).
  let textLinesSoFar = 0;
  const captionTexts = new Set<string>();
  for (let i = first; i < lines.length; i++) {
    const line = lines[i] as Line;
    const split = layout.dateline || textLinesSoFar > 2 ? null : lineByLineDateline(lines, i);
    if (split) {
      layout.dateline = split.dateline;
      i += split.lines - 1;
      continue;
    }
    const entry = classifyLine(line, {
      captionTexts,
      next: lines[i + 1],
      dates,
      hasByline: layout.byline !== null,
      inHeader: textLinesSoFar <= 1,
      afterByline: classified[classified.length - 1]?.kind === "byline",
      creditLine: pictureAgencyLine(classified[classified.length - 1]),
      afterCaptionLabel: CAPTION_LABEL_LINE.test(
        classified[classified.length - 1]?.line.text ?? "",
      ),
    });
    if (entry.kind === "candidate") textLinesSoFar++;
    if (entry.kind === "caption") captionTexts.add(line.text);
    if (entry.agencies) layout.credits.push(...entry.agencies);
    if (entry.kind === "byline") {
      layout.byline = block(line, "byline");
      layout.authors = entry.authors ?? [];
    }
    classified.push(entry);
  }

  const merged = joinWrappedLines(classified, text);
  markNewsletterBoxes(merged);
  markPullQuotes(merged);
  markTrailingFurniture(merged, text);
  markClosingNotes(merged);
  markBareCaptions(merged);
  const subtitleIndex = layout.headline ? findSubtitle(merged) : -1;

  let datelineChecked = layout.dateline !== null;
  // A short line copied above the lede (a caption without its credit) does not hide its dateline.
  let shortLineBeforeLede: Block | null = null;
  for (let i = 0; i < merged.length; i++) {
    const { line, kind, credit } = merged[i] as ClassifiedLine;
    if (kind === "furniture" || kind === "date") {
      layout.furniture.push(block(line, "body"));
      if (kind === "furniture") dates.copyrightYear ??= copyrightYearOf(line.text);
      const copyright = kind === "furniture" ? COPYRIGHT_CREDIT.exec(line.text) : null;
      if (copyright) {
        const credit = stripClosers(subLine(line, copyright[0].length, line.text.length));
        layout.credits.push(...creditedNames(credit));
      }
    } else if (kind === "caption") {
      const label = CAPTION_LABEL.exec(line.text);
      layout.captions.push(
        block(label ? subLine(line, label[0].length, line.text.length) : line, "caption"),
      );
      if (credit) layout.credits.push(...creditedPeople(credit));
    } else if (kind === "candidate") {
      if (i === subtitleIndex) {
        layout.subtitle = block(line, "subtitle");
        continue;
      }
      let paragraph = line;
      if (!datelineChecked) {
        const found = parseDateline(line);
        const mayComeNext =
          !found && !shortLineBeforeLede && wordCount(line.text) <= MAX_CAPTION_WORDS;
        datelineChecked = !mayComeNext;
        if (found) {
          layout.dateline = found.dateline;
          paragraph = subLine(line, found.bodyStart, line.text.length);
          if (shortLineBeforeLede) {
            layout.paragraphs = layout.paragraphs.filter((p) => p !== shortLineBeforeLede);
            layout.captions.push({ ...shortLineBeforeLede, zone: "caption" });
          }
        }
      }
      const linkAt = postLinkIndex(paragraph.text);
      if (linkAt >= 0) {
        layout.furniture.push(block(subLine(paragraph, linkAt, paragraph.text.length), "body"));
        paragraph = subLine(paragraph, 0, linkAt);
      }
      const markAt = endMarkIndex(paragraph.text);
      if (markAt >= 0) {
        layout.furniture.push(block(subLine(paragraph, markAt, paragraph.text.length), "body"));
        paragraph = subLine(paragraph, 0, markAt);
      }
      if (paragraph.end > paragraph.start) {
        const body = block(paragraph, "body");
        if (!datelineChecked) shortLineBeforeLede = body;
        layout.paragraphs.push(body);
      }
    }
  }

  if (dates.published === null && dates.updated === null) {
    const closing = closingPublicationDate(merged);
    if (closing?.updated) dates.updated = closing.date;
    else if (closing) dates.published = closing.date;
  }
  const publishedAt = resolvePublishedAt(optionsOrEmpty(options), layout.dateline, dates);
  const printed = dates.published ?? dates.updated;
  const fromPrinted =
    printed?.year != null &&
    publishedAt === isoDate(printed.year, printed.month, printed.day) &&
    normalizePublishedAt(optionsOrEmpty(options).publishedAt) === null;
  const localOffset = datelineOffset(layout.dateline);
  if (fromPrinted && printed.utcHour !== undefined && localOffset !== undefined) {
    if (printed.utcHour + localOffset >= 24) layout.localDayMayBeAhead = true;
  }
  return { layout, publishedAt };
}

/** The least UTC offset of a dateline's country ("KATHMANDU, Nepal (AP) —" → 3.5), if known. */
function datelineOffset(dateline: Dateline | null): number | undefined {
  if (!dateline) return undefined;
  return (
    (dateline.region ? leastUtcOffsetOf(key(dateline.region)) : undefined) ??
    (dateline.place ? leastUtcOffsetOf(key(dateline.place)) : undefined)
  );
}

function linesAsParagraphs(text: string): Layout {
  return {
    headline: null,
    subtitle: null,
    byline: null,
    authors: [],
    captions: [],
    credits: [],
    dateline: null,
    paragraphs: splitLines(text).map((line) => block(line, "body")),
    furniture: [],
  };
}

function optionsOrEmpty(options: ExtractOptions | undefined | null): ExtractOptions {
  return options && typeof options === "object" ? options : {};
}

/** Stage 01: page layout (headline, byline, captions, dateline, body, furniture) and publication date. */
export const layoutStage: Stage = {
  name: "layout",
  run(doc: Doc): Doc {
    const text = typeof doc.text === "string" ? doc.text : "";
    const { layout, publishedAt } = analyzeLayout(text, optionsOrEmpty(doc.options));
    return { ...doc, layout, publishedAt };
  },
  // Every later stage reads the layout: a plain reading (one paragraph per line) keeps them going.
  fallback(doc: Doc): Doc {
    const text = typeof doc.text === "string" ? doc.text : "";
    return { ...doc, layout: linesAsParagraphs(text), publishedAt: null };
  },
};
