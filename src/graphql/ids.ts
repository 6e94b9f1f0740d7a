import { decodeGlobalID } from "@pothos/plugin-relay";
import { ValidationError } from "../errors.js";

/** The numeric database id inside a global ID of the expected type; ValidationError otherwise. */
export function decodeId(globalId: string | number, expectedType: string): number {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(String(globalId));
  } catch {
    throw new ValidationError(`"${String(globalId)}" is not a valid ID`, "id");
  }
  const id = Number(decoded.id);
  if (decoded.typename !== expectedType || !Number.isSafeInteger(id)) {
    throw new ValidationError(`"${String(globalId)}" is not a ${expectedType} ID`, "id");
  }
  return id;
}

/** Decodes a list of global IDs of one type. */
export function decodeIds(globalIds: readonly (string | number)[], expectedType: string): number[] {
  return globalIds.map((id) => decodeId(id, expectedType));
}
