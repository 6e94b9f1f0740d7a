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
