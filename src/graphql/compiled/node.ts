import { decodeGlobalID } from "@pothos/plugin-relay";
import { isObjectType } from "graphql";
import { Prisma } from "../../generated/prisma/client.js";
import { byRowKey } from "../ids.js";
import { LIST_LIMITS } from "../list-limits.js";
import { NotCompilable } from "./collect.js";
import { MAX_SLOTS, type FieldContext, type FieldRule, type SlotRow } from "./compile.js";

/**
 * The `extensions` of a Node type the compiled path can look up by global ID:
 * the table its rows live in, keyed by an integer `id`. Declared with the type.
 */
export function compiledNode(table: string): { compiledTable: string } {
  return { compiledTable: table };
}

/**
 * One global ID as SQL: the row of its type's table, selected as that type
 * (null when there is none), with the type read from the ID as the resolvers
 * read it. IDs the resolvers reject are left to them.
 */
function nodeLookup(c: FieldContext, globalId: unknown) {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(String(globalId));
  } catch {
    throw new NotCompilable("not a global ID", "argument");
  }
  const type = c.compiler.scope.schema.getType(decoded.typename);
  const table = isObjectType(type) ? (type.extensions.compiledTable as string | undefined) : null;
  if (!table) throw new NotCompilable(`${decoded.typename} is no compiled node`, "argument");
  const { id } = byRowKey(decoded.typename)(decoded.id);
  const alias = c.compiler.alias();
  const node = c.compiler.object(decoded.typename, alias, c.field.selectionSets);
  return {
    sql: Prisma.sql`(SELECT ${node.sql} FROM ${Prisma.raw(table)} ${alias} WHERE ${alias}.id = ${id})`,
    read: (value: unknown) => (value == null ? null : node.shape(value as SlotRow)),
  };
}

/** Query.node(id:): the object of any Node type by its global ID. */
export const nodeRule: FieldRule = (c) => {
  const node = nodeLookup(c, c.field.args.id);
  const index = c.slot(node.sql);
  return (values) => node.read(values[index]);
};

/** Query.nodes(ids:): each ID's object or null, in the order given. */
export const nodesRule: FieldRule = (c) => {
  const ids = c.field.args.ids as unknown[];
  if (ids.length > LIST_LIMITS.nodeIds) throw new NotCompilable("too many ids", "argument");
  if (ids.length > MAX_SLOTS) throw new NotCompilable(`more than ${MAX_SLOTS} ids`);
  const nodes = ids.map((id) => nodeLookup(c, id));
  const index = c.slot(
    nodes.length > 0
      ? Prisma.sql`json_build_array(${Prisma.join(nodes.map((n) => n.sql))})`
      : Prisma.sql`json_build_array()`,
  );
  return (values) => (values[index] as unknown[]).map((value, i) => nodes[i]!.read(value));
};
