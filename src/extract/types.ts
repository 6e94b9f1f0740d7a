/**
 * The contract of the extraction pipeline. Every offset is a UTF-16 index into
 * the original text exactly as given to `extract()`; spans are half-open
 * [start, end).
 */

export interface Span {
  start: number;
  end: number;
}

export type EntityType = "PERSON" | "ORGANIZATION" | "LOCATION";
export type DatePrecision = "DAY" | "MONTH" | "YEAR";
export type ParticipantRole = "ACTOR" | "TARGET" | "OTHER";

/** CAMEO root codes as GDELT writes them ("04" CONSULT … "20", "00" OTHER). */
export type CameoCode =
  | "00"
  | "01"
  | "02"
  | "03"
  | "04"
  | "05"
  | "06"
  | "07"
  | "08"
  | "09"
  | "10"
  | "11"
  | "12"
  | "13"
  | "14"
  | "15"
  | "16"
  | "17"
  | "18"
  | "19"
  | "20";

/** Where in the page a piece of text sits; only `body` feeds quotes and events. */
export type Zone = "headline" | "subtitle" | "byline" | "caption" | "dateline" | "body";

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD or a Date); wins over anything in the text. */
  publishedAt?: string | Date | null;
  /** Year to complete a dateline that gives only month and day. */
  year?: number | null;
  /**
   * Rethrow a stage's failure instead of storing the article without that stage's output
   * (tests and fuzzing, where a hidden failure is a bug nobody sees).
   */
  strict?: boolean;
}

/** A stage that threw on this article; its output was left at its fallback. */
export interface DegradedStage {
  stage: string;
  /** The error's kind and where it was thrown, for the operator's log; never its message. */
  error: string;
}

export interface Block extends Span {
  zone: Zone;
  text: string;
}

export interface Dateline extends Span {
  /** Place named in the dateline ("MOSCOW" → "Moscow"), or null. */
  place: string | null;
  placeSpan: Span | null;
  /** State, country or region written after the place ("KABUL, Afghanistan" → "Afghanistan"), as written. */
  region?: string | null;
  regionSpan?: Span | null;
  /** Wire agency named in the dateline ("UPI", "Reuters"), or null. */
  agency: string | null;
  month: number | null;
  day: number | null;
  year: number | null;
}

export interface Author extends Span {
  name: string;
}

export interface Layout {
  headline: Block | null;
  subtitle: Block | null;
  /** The byline line itself ("By A and B"). */
  byline: Block | null;
  authors: Author[];
  /** Photo captions, each distinct caption once (a verbatim repeat is dropped). */
  captions: Block[];
  /** People credited for photos ("Photo by Sergei Chirikov/EPA" → Sergei Chirikov). */
  credits: Author[];
  dateline: Dateline | null;
  /** Body paragraphs in order; the dateline's paragraph starts after the dateline. */
  paragraphs: Block[];
  /** Site furniture that must not feed extraction ("RELATED …", "Advertisement"). */
  furniture: Block[];
  /**
   * The publication date was read from a stamp whose clock time is already the next day where the
   * story is datelined ("Updated 11:42 PM EDT, June 15" over "KATHMANDU, Nepal (AP) —").
   */
  localDayMayBeAhead?: boolean;
}

export interface Token extends Span {
  text: string;
}

export interface Sentence extends Span {
  index: number;
  zone: Zone;
  /** Index into layout.paragraphs for body sentences, -1 elsewhere. */
  paragraphIndex: number;
  text: string;
  tokens: Token[];
}

export interface Mention extends Span {
  id: number;
  /** Surface text of the name, without a preceding title or a possessive 's. */
  text: string;
  type: EntityType;
  sentenceIndex: number;
  zone: Zone;
  /** Title or role written before the name ("Russian Foreign Minister"), or null. */
  title: string | null;
  /** Span of title + name ("U.S. Secretary of State Rex Tillerson"), when a title was found. */
  fullSpan: Span | null;
  /** Canonical entity after coreference; null until the coreference stage ran. */
  entityId: number | null;
}

export interface Entity {
  id: number;
  /** The fullest proper name used in the article (or the standard expansion of an acronym). */
  name: string;
  type: EntityType;
  /** Normalized name: lower case, accents, punctuation and a leading "the" removed. */
  key: string;
  /** Role or title, e.g. "Russian Foreign Minister". */
  description: string | null;
  /** Every other surface form, exactly as written (title + name forms included). */
  aliases: string[];
  mentionIds: number[];
}

export interface TemporalExpression extends Span {
  text: string;
  sentenceIndex: number;
  /** "2017-04-07", "2016-12" or "2017", according to precision. */
  value: string;
  precision: DatePrecision;
}

export interface Quote extends Span {
  /** The words between the quotation marks (the span excludes the marks). */
  text: string;
  speakerId: number | null;
  /** The attribution verb ("said", "warned", "according to"), when found. */
  verb: string | null;
  confidence: number;
  sentenceIndex: number;
  paragraphIndex: number;
  /** Indexes into `events` of the events this quote speaks about (see stage quote-events). */
  eventIndexes: number[];
}

export interface EventParticipant {
  entityId: number;
  role: ParticipantRole;
}

export interface Evidence extends Span {
  sentenceIndex: number;
}

/** Ends the summary of an event reported as a firm plan rather than as done (the gold files' convention). */
export const PLANNED_SUFFIX = " (Planned)";

export interface Event {
  code: CameoCode;
  trigger: string;
  triggerSpan: Span;
  summary: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY according to precision; null when undated. */
  date: string | null;
  precision: DatePrecision | null;
  /**
   * The date comes from the narrative (the story's day, a neighbouring sentence's date), not
   * from the event's own words; a report that recalls an earlier happening has such a date.
   */
  dateInferred?: boolean;
  locationId: number | null;
  participants: EventParticipant[];
  /** Every sentence of the article that reports this happening. */
  evidence: Evidence[];
  confidence: number;
}

/** The working document that flows through the stages. */
export interface Doc {
  text: string;
  options: ExtractOptions;
  /** Resolved publication date, YYYY-MM-DD, or null. */
  publishedAt: string | null;
  layout: Layout;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  dates: TemporalExpression[];
  quotes: Quote[];
  events: Event[];
  /** Stages that threw and fell back, in pipeline order. */
  degraded: DegradedStage[];
}

/** One named pipeline step: a pure function from document to document. */
export interface Stage {
  name: string;
  run(doc: Doc): Doc;
  /**
   * The document to go on with when `run` throws on an input nobody foresaw (usually the
   * stage's output left empty), so one stage's bug costs that stage's facts, not the ingest.
   * A stage without one fails the extraction: later stages cannot do without its output.
   */
  fallback?(doc: Doc): Doc;
}

/** What the pipeline returns and the ingest service stores. */
export interface Extraction {
  extractorVersion: string;
  title: string;
  subtitle: string | null;
  authors: string[];
  datelinePlace: string | null;
  agency: string | null;
  publishedAt: string | null;
  /** Body paragraphs joined by blank lines. */
  body: string;
  /** Every sentence's span, indexed like `sentenceIndex` on mentions, quotes and evidence. */
  sentences: Span[];
  entities: Entity[];
  mentions: Mention[];
  dates: TemporalExpression[];
  quotes: Quote[];
  events: Event[];
  /** Stages that failed on this article and fell back (empty when all ran): see Stage.fallback. */
  degradedStages: DegradedStage[];
}
