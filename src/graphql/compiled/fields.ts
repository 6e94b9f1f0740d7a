import { formatPrismaCursor } from "@pothos/plugin-prisma";
import { encodeGlobalID } from "@pothos/plugin-relay";
import {
  getNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type SelectionSetNode,
} from "graphql";
import { Prisma } from "../../generated/prisma/client.js";
import { childPage, encodeChildCursor, type ChildConnectionArgs } from "../child-connection.js";
import { DEFAULT_PAGE_SIZE } from "../builder.js";
import { checkedPageSize, cursorRowId } from "../paging.js";
import { collectFields, NotCompilable } from "./collect.js";
import {
  leafSerializer,
  MAX_SLOTS,
  objectShaper,
  type FieldContext,
  type FieldRule,
  type SlotRow,
} from "./compile.js";

// Building blocks of the type rules: each turns one selected field into
// slots of its parent's JSON array and a reader of them.

/** A column of the parent row, serialized as the field's leaf type. */
export function column(name: string): FieldRule {
  return sqlValue((row) => Prisma.sql`${row}.${Prisma.raw(name)}`);
}

/** Any SQL value over the parent row (a count, an aggregate of children), serialized as the field's leaf type. */
export function sqlValue(sql: (row: Prisma.Sql) => Prisma.Sql): FieldRule {
  return (c) => {
    const index = c.slot(sql(c.row));
    const serialize = leafSerializer(c.field.definition.type);
    return (values) => serialize(values[index]);
  };
}

/** A value computed from a column, as the schema's resolver computes it. */
export function fromColumn(name: string, compute: (value: never) => unknown): FieldRule {
  return (c) => {
    const index = c.slot(Prisma.sql`${c.row}.${Prisma.raw(name)}`);
    return (values) => (values[index] == null ? null : compute(values[index] as never));
  };
}

/** The Relay global ID of a row keyed by its integer `id` column. */
export function globalId(typename: string): FieldRule {
  return fromColumn("id", (id: number) => encodeGlobalID(typename, String(id)));
}

/** The row of `table` whose id the parent's `foreignKey` holds, or null. */
export function toOne(typeName: string, table: string, foreignKey: string): FieldRule {
  return (c) => {
    const alias = c.compiler.alias();
    const target = c.compiler.object(typeName, alias, c.field.selectionSets);
    const index = c.slot(Prisma.sql`(SELECT ${target.sql} FROM ${Prisma.raw(table)} ${alias}
      WHERE ${alias}.id = ${c.row}.${Prisma.raw(foreignKey)})`);
    return (values) => (values[index] == null ? null : target.shape(values[index] as SlotRow));
  };
}

/** An object over the parent's own row (a quote's or mention's evidence span). */
export function sameRow(typeName: string): FieldRule {
  return (c) => {
    const target = c.compiler.object(typeName, c.row, c.field.selectionSets);
    const index = c.slot(target.sql);
    return (values) => target.shape(values[index] as SlotRow);
  };
}

/**
 * Child rows as a list: `from` names the table (aliased) and its condition on
 * the parent; at most `limit` of them in `orderBy` order when given (the
 * field's declared maximum, see list-limits.ts).
 */
export function toMany(
  typeName: string,
  from: (alias: Prisma.Sql, parent: Prisma.Sql) => Prisma.Sql,
  orderBy: (alias: Prisma.Sql) => Prisma.Sql,
  limit?: number,
): FieldRule {
  return (c) => {
    const alias = c.compiler.alias();
    const child = c.compiler.object(typeName, alias, c.field.selectionSets);
    const rows =
      limit === undefined
        ? from(alias, c.row)
        : Prisma.sql`(SELECT * FROM ${from(alias, c.row)} ORDER BY ${orderBy(alias)} LIMIT ${limit}) ${alias}`;
    const index =
      c.slot(Prisma.sql`(SELECT coalesce(json_agg(${child.sql} ORDER BY ${orderBy(alias)}), '[]'::json)
      FROM ${rows})`);
    return (values) => (values[index] as SlotRow[]).map(child.shape);
  };
}

/** The fields connection() answers on a connection type, its edge type and PageInfo. */
export const CONNECTION_FIELDS = {
  connection: ["totalCount", "pageInfo", "edges"],
  edge: ["cursor", "node"],
  pageInfo: ["hasNextPage", "hasPreviousPage", "startCursor", "endCursor"],
} as const;

/** Which part of a Relay connection `type` is, by its shape; null for any other type. */
export function connectionPart(type: GraphQLObjectType): keyof typeof CONNECTION_FIELDS | null {
  const fields = type.getFields();
  if (type.name === "PageInfo") return "pageInfo";
  if ("pageInfo" in fields && "edges" in fields) return "connection";
  if ("cursor" in fields && "node" in fields) return "edge";
  return null;
}

/** A page of a connection as the compiled path fetches it. */
export interface ConnectionPage {
  nodeType: string;
  /** Rows requested; one more is fetched to know whether there is a next page. */
  size: number;
  /** The page was asked for after a cursor (Relay's hasPreviousPage for forward pages). */
  after: boolean;
  /**
   * A backward page (`last`/`before`): `rows` selects from the end, the extra
   * row is the one before the page, and hasNextPage says whether `before` was given.
   */
  backward?: { before: boolean };
  /**
   * SELECT of at most `limit` node rows (every column) past the cursor: the
   * first ones in page order, or for a backward page the last ones.
   */
  rows: (limit: number) => Prisma.Sql;
  /** Page order over the page's alias, for json_agg. */
  orderBy: (alias: Prisma.Sql) => Prisma.Sql;
  /** Number of nodes in the whole connection, when totalCount is selected. */
  count: () => Prisma.Sql;
  cursor: (id: number) => string;
}

/**
 * A Relay connection: totalCount, pageInfo and edges { cursor node } from one
 * page subquery (LIMIT size + 1) and, when asked, one count. Page info as
 * Pothos gives it (wrapConnectionResult).
 */
export function connection(page: (c: FieldContext) => ConnectionPage): FieldRule {
  return (c) => {
    const spec = page(c);
    const connectionType = c.compiler.objectType(namedTypeName(c.field.definition.type));
    const alias = c.compiler.alias();
    // Each page item is [id, node selection…]; the id makes the cursor.
    const itemSlots: Prisma.Sql[] = [Prisma.sql`${alias}.id`];
    let pageWanted = false;
    const cursorOf = (item: SlotRow) => spec.cursor(item[0] as number);
    type Reader = (items: SlotRow[], page: PageFlags, values: SlotRow) => unknown;
    const readers: [string, Reader][] = [];
    for (const field of collectFields(c.compiler.scope, connectionType, c.field.selectionSets)) {
      const key = field.responseKey;
      if (field.fieldName === "__typename") {
        readers.push([key, () => connectionType.name]);
      } else if (field.fieldName === "totalCount") {
        const index = c.slot(spec.count());
        readers.push([key, (_items, _page, values) => values[index]]);
      } else if (field.fieldName === "pageInfo") {
        pageWanted = true;
        readers.push([key, pageInfoReader(c, field.selectionSets, cursorOf)]);
      } else if (field.fieldName === "edges") {
        pageWanted = true;
        const edgeType = c.compiler.objectType(namedTypeName(field.definition.type));
        const edgeReaders: [string, (item: SlotRow) => unknown][] = [];
        for (const edgeField of collectFields(c.compiler.scope, edgeType, field.selectionSets)) {
          if (edgeField.fieldName === "__typename") {
            edgeReaders.push([edgeField.responseKey, () => edgeType.name]);
          } else if (edgeField.fieldName === "cursor") {
            edgeReaders.push([edgeField.responseKey, cursorOf]);
          } else if (edgeField.fieldName === "node") {
            const node = c.compiler.object(spec.nodeType, alias, edgeField.selectionSets);
            const index = itemSlots.push(node.sql) - 1;
            edgeReaders.push([edgeField.responseKey, (item) => node.shape(item[index] as SlotRow)]);
          } else {
            unsupported(`${edgeType.name}.${edgeField.fieldName}`);
          }
        }
        const edge = objectShaper(edgeReaders);
        readers.push([key, (items) => items.map((item) => edge(item))]);
      } else {
        unsupported(`${connectionType.name}.${field.fieldName}`);
      }
    }
    if (itemSlots.length > MAX_SLOTS) unsupported("so many node selections");
    const pageIndex = pageWanted
      ? c.slot(Prisma.sql`(SELECT coalesce(json_agg(json_build_array(${Prisma.join(itemSlots)})
            ORDER BY ${spec.orderBy(alias)}), '[]'::json)
          FROM (${spec.rows(spec.size + 1)}) ${alias})`)
      : null;
    const shape = objectShaper(readers);
    const { backward } = spec;
    return (values) => {
      const fetched = pageIndex === null ? [] : (values[pageIndex] as SlotRow[]);
      const more = fetched.length > spec.size;
      if (!backward) {
        const page = { hasNextPage: more, hasPreviousPage: spec.after };
        return shape(fetched.slice(0, spec.size), page, values);
      }
      const page = { hasNextPage: backward.before, hasPreviousPage: more };
      return shape(more ? fetched.slice(1) : fetched, page, values);
    };
  };
}

/** Whether a page has neighbours, as Relay's PageInfo says. */
interface PageFlags {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

function pageInfoReader(
  c: FieldContext,
  selectionSets: readonly SelectionSetNode[],
  cursorOf: (item: SlotRow) => string,
) {
  const fields = collectFields(c.compiler.scope, c.compiler.objectType("PageInfo"), selectionSets);
  const values: Record<string, (items: SlotRow[], page: PageFlags) => unknown> = {
    __typename: () => "PageInfo",
    hasNextPage: (_items, page) => page.hasNextPage,
    hasPreviousPage: (_items, page) => page.hasPreviousPage,
    startCursor: (items) => (items.length > 0 ? cursorOf(items[0]!) : null),
    endCursor: (items) => (items.length > 0 ? cursorOf(items.at(-1)!) : null),
  };
  const readers = fields.map((f) => {
    const read = values[f.fieldName];
    if (!read) unsupported(`PageInfo.${f.fieldName}`);
    return [f.responseKey, read] as const;
  });
  return objectShaper(readers);
}

function namedTypeName(type: GraphQLOutputType): string {
  return getNamedType(type).name;
}

function unsupported(what: string): never {
  throw new NotCompilable(`${what} is not compiled`);
}

/** The cursor Pothos' Prisma connections give a row keyed by `id`. */
export function prismaCursor(id: number): string {
  return formatPrismaCursor({ id }, "id");
}

/** The row id in a Prisma connection's `after` cursor, or null without one (ValidationError when invalid). */
export function prismaCursorId(after: string | null | undefined): number | null {
  return after != null ? cursorRowId(after, "after") : null;
}

/** Relay page arguments. */
export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** A page of a Pothos Prisma connection as Prisma is asked for it (prismaCursorConnectionQuery). */
export interface PrismaPage {
  size: number;
  /** `last` or `before` given: Prisma takes from the end (a negative take). */
  backward: boolean;
  /** Row id of the `after` or `before` cursor. */
  cursorId: number | null;
  /** For ConnectionPage: `after` given, and `backward` with whether `before` was. */
  after: boolean;
  backwardPage: { before: boolean } | undefined;
}

/**
 * The page Pothos asks Prisma for with these arguments. Sizes and cursors
 * the resolvers reject (ValidationError), and combinations Pothos refuses
 * (before with after or first, after with last), are left to the resolvers.
 */
export function prismaPage(args: PageArgs): PrismaPage {
  checkedPageSize(args);
  const { first, last, after, before } = args;
  if (
    (before != null && after != null) ||
    (before != null && first != null) ||
    (after != null && last != null)
  ) {
    throw new NotCompilable("page arguments Pothos refuses together", "argument");
  }
  const backward = before != null || last != null;
  return {
    size: first ?? last ?? DEFAULT_PAGE_SIZE,
    backward,
    cursorId: before != null ? cursorRowId(before, "before") : prismaCursorId(after),
    after: after != null,
    backwardPage: backward ? { before: before != null } : undefined,
  };
}

/**
 * A forward child connection (child-connection.ts), newest id first: `rows`
 * selects a page of node rows of the parent past the cursor, `count` counts them all.
 */
export function childConnection(
  name: string,
  nodeType: string,
  rows: (parent: Prisma.Sql, afterId: number | null, limit: number) => Prisma.Sql,
  count: (parent: Prisma.Sql) => Prisma.Sql,
): FieldRule {
  return connection((c) => {
    const { size, afterId } = childPage(name, c.field.args as ChildConnectionArgs);
    return {
      nodeType,
      size,
      after: afterId !== null,
      rows: (limit) => rows(c.row, afterId, limit),
      orderBy: (alias) => Prisma.sql`${alias}.id DESC`,
      count: () => count(c.row),
      cursor: encodeChildCursor,
    };
  });
}

/**
 * Rows `e` after the cursor row `c` in the order `column` (ASC or DESC,
 * NULLS LAST), then id the same way: Prisma's cursor pages over a nullable
 * column, which find the cursor row among the matching rows and take those
 * after it (so a cursor row outside the filter gives an empty page; select
 * `c` under the filter for that).
 */
export function pastCursor(column: string, ascending: boolean): Prisma.Sql {
  const [e, c] = [Prisma.raw(`e.${column}`), Prisma.raw(`c.${column}`)];
  const beyond = ascending ? Prisma.sql`>` : Prisma.sql`<`;
  return Prisma.sql`CASE
    WHEN ${c} IS NULL THEN ${e} IS NULL AND e.id ${beyond} c.id
    ELSE ${e} ${beyond} ${c} OR (${e} = ${c} AND e.id ${beyond} c.id) OR ${e} IS NULL END`;
}

/** Rows `e` before the cursor row `c` in the order of pastCursor: a backward page's rows. */
export function beforeCursor(column: string, ascending: boolean): Prisma.Sql {
  const [e, c] = [Prisma.raw(`e.${column}`), Prisma.raw(`c.${column}`)];
  const before = ascending ? Prisma.sql`<` : Prisma.sql`>`;
  return Prisma.sql`CASE
    WHEN ${c} IS NULL THEN ${e} IS NOT NULL OR e.id ${before} c.id
    ELSE ${e} ${before} ${c} OR (${e} = ${c} AND e.id ${before} c.id) END`;
}
