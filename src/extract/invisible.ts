/**
 * Invisible formatting characters that pages put inside words and copying keeps: soft hyphens
 * (hyphenation hints, "Braver\u00ADman"), zero-width spaces and joiners, word joiners and byte
 * order marks. Inside a name they would split it in two.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const HAS_INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/** A text without invisible characters, and for each of its indexes the index in the original. */
export interface VisibleText {
  text: string;
  /** `toOriginal[i]` is the original index of visible index `i`; one entry past the end. */
  toOriginal: Int32Array;
}

/** The text without its invisible characters, or null when it has none (the common case). */
export function visibleText(original: string): VisibleText | null {
  if (!HAS_INVISIBLE.test(original)) return null;
  const toOriginal = new Int32Array(original.length + 1);
  let text = "";
  let visible = 0;
  let runStart = 0;
  for (const match of original.matchAll(INVISIBLE)) {
    const at = match.index;
    text += original.slice(runStart, at);
    for (let i = runStart; i < at; i++) toOriginal[visible++] = i;
    runStart = at + 1;
  }
  text += original.slice(runStart);
  for (let i = runStart; i < original.length; i++) toOriginal[visible++] = i;
  toOriginal[visible] = original.length;
  return { text, toOriginal: toOriginal.subarray(0, visible + 1) };
}

/**
 * Moves every span ({ start, end } object) in `value`, found at any depth, from visible indexes
 * to the original text's; a span keeps covering the same characters, and any invisible ones
 * between them.
 */
export function remapSpans(value: unknown, toOriginal: Int32Array, seen = new Set<object>()): void {
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) remapSpans(item, toOriginal, seen);
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.start === "number" && typeof record.end === "number") {
    const { start, end } = record;
    record.start = toOriginal[start] ?? start;
    // The end is exclusive: one past the original index of the span's last character.
    record.end = end > start ? (toOriginal[end - 1] ?? end - 1) + 1 : record.start;
  }
  for (const item of Object.values(record)) remapSpans(item, toOriginal, seen);
}
