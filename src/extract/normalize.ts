/** Whether the text is plain ASCII letters and digits separated by single spaces. */
function isPlainWords(text: string): boolean {
  if (text.length === 0) return false;
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32;
    if (
      space
        ? previousSpace
        : !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))
    )
      return false;
    previousSpace = space;
  }
  return !previousSpace;
}

/**
 * Normalizes a name for matching: lower case, accents stripped, punctuation
 * removed, whitespace collapsed and a leading "the" dropped ("The U.S." → "us").
 */
export function key(text: string): string {
  // Most names are plain ASCII words: skip Unicode normalization for them.
  const folded = isPlainWords(text)
    ? text.toLowerCase()
    : text
        .normalize("NFKD")
        .replace(/\p{M}+/gu, "")
        .toLowerCase()
        .replace(/['’.]/g, "")
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
  if (folded === "the") return "";
  return folded.startsWith("the ") ? folded.slice(4) : folded;
}

/** Surnames shorter than this are too easily another name one letter away ("Law", "Lam"). */
export const MIN_TYPO_SURNAME = 5;

/** Whether two words differ by at most one edit (a typo such as "Magnitigorsk"). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
