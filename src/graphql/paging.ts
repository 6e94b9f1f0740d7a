import { parsePrismaCursor } from "@pothos/plugin-prisma";
import { ValidationError } from "../errors.js";
import { MAX_PAGE_SIZE } from "./builder.js";

/** The largest id an integer (int4) column holds: no cursor may point past it. */
export const MAX_ROW_ID = 2_147_483_647;

/**
 * The row id inside a connection cursor; ValidationError naming the argument
 * when the cursor is not one this server gives out (a number past int4, JSON
 * or anything else), so it never reaches the database.
 */
export function cursorRowId(cursor: string, argument: "after" | "before"): number {
  let id: unknown;
  try {
    id = parsePrismaCursor(cursor);
  } catch {
    id = null;
  }
  if (typeof id !== "number" || !Number.isInteger(id) || id < 0 || id > MAX_ROW_ID) {
    throw new ValidationError(`${argument} is not a valid cursor`, argument);
  }
  return id;
}

/**
 * Connection `maxSize` option that refuses, rather than silently clamps, a
 * page larger than MAX_PAGE_SIZE or a negative one, and refuses cursors this
 * server cannot have given out.
 */
export function checkedPageSize(args: {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}): number {
  if (args.after != null) cursorRowId(args.after, "after");
  if (args.before != null) cursorRowId(args.before, "before");
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
