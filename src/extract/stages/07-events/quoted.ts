/** Where the article quotes someone: triggers and names inside quotation marks report no act. */
import type { Doc, Span } from "../../types.js";

/** Spans inside double quotation marks, per body paragraph (an unclosed quote ends with its paragraph). */
export function quotedSpans(doc: Doc): Span[] {
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

export function isQuoted(spans: Span[], position: number): boolean {
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

/** Sorted, non-overlapping cover of a list of spans. */
export function unionOf(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const union: Span[] = [];
  for (const span of sorted) {
    const last = union[union.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else union.push({ start: span.start, end: span.end });
  }
  return union;
}
