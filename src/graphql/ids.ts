import { decodeGlobalID } from "@pothos/plugin-relay";
import { ValidationError } from "../errors.js";

/** The largest key an integer (int4) id column can hold. */
const MAX_KEY = 2_147_483_647;

/** The key as a row id, or null when no row could have it (not a whole number within int4). */
function rowKey(key: string | number): number | null {
  const text = String(key);
  const id = Number(text);
  return /^\d{1,10}$/.test(text) && id <= MAX_KEY ? id : null;
}

/** The numeric database id inside a global ID of the expected type; ValidationError otherwise. */
export function decodeId(globalId: string | number, expectedType: string): number {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(String(globalId));
  } catch {
    throw new ValidationError(`"${String(globalId)}" is not a valid ID`, "id");
  }
  const id = rowKey(decoded.id);
  if (decoded.typename !== expectedType || id === null) {
    throw new ValidationError(`"${String(globalId)}" is not a ${expectedType} ID`, "id");
  }
  return id;
}

/**
 * `findUnique` for a node keyed by its integer id: node(id:) with a key no row
 * could have is a ValidationError instead of a database error.
 */
export function byRowKey(type: string) {
  return (key: string | number): { id: number } => {
    const id = rowKey(key);
    if (id === null) throw new ValidationError(`not a valid ${type} ID (key "${key}")`, "id");
    return { id };
  };
}

/** Decodes a list of global IDs of one type. */
export function decodeIds(globalIds: readonly (string | number)[], expectedType: string): number[] {
  return globalIds.map((id) => decodeId(id, expectedType));
}
