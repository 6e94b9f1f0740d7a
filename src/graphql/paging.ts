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
