import type { Span } from "../types.js";

/** A token as the tagger sees it: CoNLL-style, punctuation and a possessive 's apart, exact offsets. */
export interface TaggerToken extends Span {
  text: string;
}

// A word: letters/digits joined by inner dots, apostrophes, hyphens or ampersands, plus a final dot
// that is kept only for abbreviations; or any other single non-space character.
const TOKEN_PATTERN =
  /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[.'’&\-–](?=[\p{L}\p{N}]))*\.?|[^\s\p{L}\p{N}]/gu;

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr st jr sr sen rep gov gen lt col capt sgt adm prof rev inc corp co ltd mt ft no vs bros " +
    "jan feb mar apr aug sep sept oct nov dec ala ariz ark calif colo conn fla ill ind kan ky mass mich " +
    "minn miss mont neb nev okla ore tenn tex wash wis wyo"
  ).split(" "),
);

const POSSESSIVE = /^(.+?)(['’][sS])$/u;

/**
 * Splits `text` (a sentence starting at `offset` in the article) into tokens whose offsets index the
 * article: `article.slice(token.start, token.end) === token.text` always holds.
 */
export function tokenize(text: string, offset = 0): TaggerToken[] {
  const tokens: TaggerToken[] = [];
  const push = (surface: string, localStart: number): void => {
    tokens.push({
      text: surface,
      start: offset + localStart,
      end: offset + localStart + surface.length,
    });
  };
  TOKEN_PATTERN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_PATTERN.exec(text)) !== null) {
    let surface = match[0];
    const at = match.index;
    let finalDot = false;
    if (surface.length > 1 && surface.endsWith(".")) {
      const stem = surface.slice(0, -1);
      const abbreviation =
        stem.length === 1 || stem.includes(".") || ABBREVIATIONS.has(stem.toLowerCase());
      if (!abbreviation) {
        surface = stem;
        finalDot = true;
      }
    }
    const possessive = POSSESSIVE.exec(surface);
    if (possessive?.[1] && possessive[2]) {
      push(possessive[1], at);
      push(possessive[2], at + possessive[1].length);
    } else {
      push(surface, at);
    }
    if (finalDot) push(".", at + surface.length);
  }
  return tokens;
}
