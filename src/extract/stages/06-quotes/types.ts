import type { Doc, Mention, Quote, Sentence, Span } from "../../types.js";
import type { ParagraphInfo } from "./paragraphs.js";
import type { SpeakerContext } from "./speaker-context.js";

export type Resolution =
  | { kind: "entity"; entityId: number; how: "name" | "pronoun" | "role" }
  | { kind: "anonymous" }
  | { kind: "none" };

export const NONE: Resolution = { kind: "none" };
/** Role lookup result for a role last introduced without a name ("a spokesman said"). */
export const UNNAMED = -1;
export const ANONYMOUS: Resolution = { kind: "anonymous" };

export interface Unit extends Span {
  kind: "mention" | "word" | "punct";
  lower: string;
  capitalized: boolean;
  mention: Mention | null;
}

export interface QuoteSpan extends Span {
  open: number;
  /** Index of the closing mark, or the paragraph end when the quote stays open. */
  close: number;
  closed: boolean;
  words: number;
  paragraphIndex: number;
  /** The paragraph starts with this quote and the previous paragraph ended inside a quote. */
  continuesPrevious: boolean;
  /** Every content word capitalized and no sentence punctuation: a name or title ("the Sheikh of the North"). */
  titleLike: boolean;
  /** Nothing but white space precedes the opening mark in its paragraph. */
  opensParagraph: boolean;
}

export interface Attribution {
  speakerId: number | null;
  verb: string | null;
  confidence: number;
  /** Whether an attribution was found at all (a null speaker may be a deliberate "a source said"). */
  found: boolean;
}

export const UNATTRIBUTED: Attribution = {
  speakerId: null,
  verb: null,
  confidence: 0.3,
  found: false,
};

/** What the quote sub-steps share: each reads what the earlier ones wrote. */
export interface QuoteWork {
  doc: Doc;
  /** Body paragraphs with their quoted spans (and, after the sentence step, sentence starts). */
  paragraphs: ParagraphInfo[];
  /** Body sentences in text order. */
  bodySentences: Sentence[];
  /** Set by the speaker-context step. */
  speakers: SpeakerContext | null;
  quotes: Quote[];
  /** The attribution of each entry of `quotes`, same index. */
  attributions: Attribution[];
}

/** One sub-step of the quotes stage. */
export interface QuoteStep {
  name: string;
  run(work: QuoteWork): void;
}
