import { ValidationError } from "../errors.js";

/** Longest search string any filter accepts, in characters. */
export const MAX_SEARCH_CHARS = 200;
/** Most words a search string may hold (full-text queries grow with them). */
export const MAX_SEARCH_WORDS = 20;

/**
 * A filter's free text, checked before it reaches SQL: at most
 * MAX_SEARCH_CHARS characters and MAX_SEARCH_WORDS words, and no NUL (which
 * PostgreSQL text cannot hold). ValidationError naming `field` otherwise.
 */
export function checkedFilterText<T extends string | null | undefined>(value: T, field: string): T {
  if (value == null) return value;
  if (value.includes("\u0000")) {
    throw new ValidationError(`${field} must not contain NUL characters`, field);
  }
  if (value.length > MAX_SEARCH_CHARS) {
    throw new ValidationError(
      `${field} must be at most ${MAX_SEARCH_CHARS} characters, got ${value.length}`,
      field,
    );
  }
  const words = value.split(/\s+/).filter(Boolean).length;
  if (words > MAX_SEARCH_WORDS) {
    throw new ValidationError(
      `${field} must be at most ${MAX_SEARCH_WORDS} words, got ${words}`,
      field,
    );
  }
  return value;
}
