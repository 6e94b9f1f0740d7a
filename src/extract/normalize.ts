const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * Normalizes a name for matching: lower case, accents stripped, punctuation
 * removed, whitespace collapsed and a leading "the" dropped ("The U.S." → "us").
 */
export function key(text: string): string {
  // Most names are plain ASCII words: skip Unicode normalization for them.
  const folded = PLAIN_WORDS.test(text)
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
