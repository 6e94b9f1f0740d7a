import type { Doc, EntityType, Mention, Span, Zone } from "../../types.js";
import { AGENCY_NAMES, CREDITED_BODY_WORDS } from "../../lexicon/layout-agencies.js";
import {
  CREDIT_AGENCY_PATTERN,
  ORGANIZATION_CUE_WORDS,
  ORGANIZATION_NOUNS,
  isKnownOrganization,
} from "../../lexicon/organizations.js";
import { key } from "../../normalize.js";
import type { Candidate } from "./candidate.js";
import type { Word } from "./words.js";

export function toMention(doc: Doc, candidate: Candidate, type: EntityType): Mention {
  const first = candidate.words[0] as Word;
  const last = candidate.words[candidate.words.length - 1] as Word;
  return {
    id: 0,
    start: first.start,
    end: last.end,
    text: doc.text.slice(first.start, last.end),
    type,
    sentenceIndex: candidate.sentence.index,
    zone: candidate.sentence.zone,
    title: candidate.title,
    fullSpan:
      candidate.titleStart !== null || candidate.epithetEnd !== undefined
        ? {
            start: candidate.titleStart ?? first.start,
            end: candidate.epithetEnd ?? last.end,
          }
        : null,
    entityId: null,
  };
}

function sentenceIndexAt(doc: Doc, offset: number): number {
  for (const sentence of doc.sentences) {
    if (offset >= sentence.start && offset < sentence.end) return sentence.index;
  }
  return -1;
}

/** Where `word` occurs in `text` as a whole word ("AP" in "BUDAPEST (AP)" is the second), or -1. */
function indexOfWord(text: string, word: string): number {
  let at = text.indexOf(word);
  while (at >= 0) {
    const before = text[at - 1] ?? " ";
    const after = text[at + word.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
    at = text.indexOf(word, at + 1);
  }
  return -1;
}

/**
 * A credit names a person unless it is a known agency or organization or ends in an
 * organization's cue word ("Image: Australian Rowing Federation", "Image copyright PA Media").
 */
export function creditType(name: string): EntityType {
  const last = name.split(/\s+/).pop()?.toLowerCase() ?? "";
  const body =
    AGENCY_NAMES.has(name.toLowerCase()) ||
    isKnownOrganization(key(name)) ||
    ORGANIZATION_CUE_WORDS.has(last) ||
    CREDITED_BODY_WORDS.has(last);
  return body ? "ORGANIZATION" : "PERSON";
}

/** Persons from the byline and photo credits, agencies after a credit's slash, the dateline's agency. */
export function layoutMentions(doc: Doc): Mention[] {
  const mentions: Mention[] = [];
  const add = (span: Span, type: EntityType, zone: Zone): void => {
    if (span.end <= span.start) return;
    mentions.push({
      id: 0,
      start: span.start,
      end: span.end,
      text: doc.text.slice(span.start, span.end),
      type,
      sentenceIndex: sentenceIndexAt(doc, span.start),
      zone,
      title: null,
      fullSpan: null,
      entityId: null,
    });
  };
  for (const author of doc.layout.authors) add(author, "PERSON", "byline");
  for (const credit of doc.layout.credits) {
    add(credit, creditType(credit.name), "caption");
    const after = doc.text.slice(credit.end, credit.end + 60);
    const agency = CREDIT_AGENCY_PATTERN.exec(after);
    if (agency?.[1]) {
      const start = credit.end + after.indexOf(agency[1]);
      add({ start, end: start + agency[1].length }, "ORGANIZATION", "caption");
    }
  }
  const dateline = doc.layout.dateline;
  if (dateline) {
    const datelineText = doc.text.slice(dateline.start, dateline.end);
    const agencyAcronym = dateline.agency ? null : /\((\p{Lu}{2,6})\)/u.exec(datelineText);
    if (agencyAcronym?.[1]) {
      const start = dateline.start + agencyAcronym.index + 1;
      add({ start, end: start + agencyAcronym[1].length }, "ORGANIZATION", "dateline");
    }
    if (dateline.agency) {
      const at = indexOfWord(datelineText, dateline.agency);
      if (at >= 0)
        add(
          { start: dateline.start + at, end: dateline.start + at + dateline.agency.length },
          "ORGANIZATION",
          "dateline",
        );
    }
    if (dateline.placeSpan) add(dateline.placeSpan, "LOCATION", "dateline");
    if (dateline.regionSpan) add(dateline.regionSpan, "LOCATION", "dateline");
  }
  return mentions;
}

/** Keeps one mention per stretch of text: layout mentions and longer names win overlaps. */
export function removeOverlaps(preferred: Mention[], others: Mention[]): Mention[] {
  const byStart = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;
  const kept: Mention[] = [];
  let lastEnd = -1;
  for (const mention of [...preferred].sort(byStart)) {
    if (mention.start < lastEnd) continue;
    kept.push(mention);
    lastEnd = mention.end;
  }
  const layout = [...kept];
  lastEnd = -1;
  for (const mention of [...others].sort(byStart)) {
    if (mention.start < lastEnd || overlapsAny(layout, mention)) continue;
    kept.push(mention);
    lastEnd = mention.end;
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  return kept.map((m, id) => ({ ...m, id }));
}

/** Whether `mention` overlaps one of `sorted` (sorted by start, not overlapping each other). */
function overlapsAny(sorted: Mention[], mention: Mention): boolean {
  let low = 0;
  let high = sorted.length - 1;
  let candidate = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.start ?? 0) < mention.end) {
      candidate = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  const before = sorted[candidate];
  return before !== undefined && before.end > mention.start;
}

const LOWERCASE_ACRONYM_DEFINITION = /\b([a-z]{3,40})\s\((\p{Lu}{2,6})\)/gu;

/**
 * Acronyms the article defines for common nouns ("iodine deficiency disorders (IDD)"): not
 * entities. A body described in lower case ("Mexico's statistics agency (INEGI)") is one.
 */
export function acronymsOfCommonNouns(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(LOWERCASE_ACRONYM_DEFINITION))
    if (match[2] && !isBodyNoun(match[1] ?? "")) found.add(match[2]);
  return found;
}

/** "agency", "ministry", "regulator": a lower-case noun that describes an organization. */
export function isBodyNoun(lower: string): boolean {
  return ORGANIZATION_NOUNS.has(lower) || ORGANIZATION_CUE_WORDS.has(lower);
}
