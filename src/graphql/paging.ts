import { ValidationError } from "../errors.js";
import { MAX_PAGE_SIZE } from "./builder.js";

/**
 * Connection `maxSize` option that refuses, rather than silently clamps, a
 * page larger than MAX_PAGE_SIZE or a negative one.
 */
export function checkedPageSize(args: { first?: number | null; last?: number | null }): number {
  for (const name of ["first", "last"] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw new ValidationError(
        `${name} must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`,
        name,
      );
    }
  }
  return MAX_PAGE_SIZE;
}

/** The `first` of a ranked list (top entities, network nodes): 1 to MAX_PAGE_SIZE. */
export function checkedLimit(first: number): number {
  if (first < 1 || first > MAX_PAGE_SIZE) {
    throw new ValidationError(
      `first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`,
      "first",
    );
  }
  return first;
}
