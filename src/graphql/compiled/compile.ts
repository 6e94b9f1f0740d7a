import {
  getNamedType,
  getNullableType,
  isEnumType,
  isLeafType,
  isListType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type SelectionSetNode,
} from "graphql";
import { Prisma } from "../../generated/prisma/client.js";
import {
  collectFields,
  NotCompilable,
  type CollectedField,
  type OperationScope,
} from "./collect.js";
import { RESOLVER_FIELDS } from "./resolver-fields.js";

/** What the database returns for one compiled object: its field values in slot order. */
export type SlotRow = readonly unknown[];
/** Reads one response field from its object's slots. */
export type FieldReader = (row: SlotRow) => unknown;

/**
 * A selection on one object type: SQL building a JSON array of slots, and the
 * shaper reading it; in text form, SQL building the object's JSON text itself.
 */
export interface CompiledObject {
  sql: Prisma.Sql;
  shape: (row: SlotRow) => Record<string, unknown>;
}

/**
 * A field whose rule cannot write its JSON text in SQL (it needs slots and a
 * shaper): the operation is compiled again in slot form.
 */
export class NoTextForm extends Error {
  override name = "NoTextForm";
}

/** What a field rule gets: the field as selected, its parent row, and a way to add slots. */
export interface FieldContext {
  compiler: Compiler;
  field: CollectedField;
  /** SQL alias of the parent row. */
  row: Prisma.Sql;
  /** Adds a SQL value to the parent's JSON array; returns its index. */
  slot(sql: Prisma.Sql): number;
  /** One slot shared by every field of the parent that asks under `key`. */
  sharedSlot(key: string, sql: () => Prisma.Sql): number;
  /**
   * Present when the statement writes the response text itself (text form):
   * the field's value as SQL giving its JSON text, never NULL. A rule without
   * a text form uses slots, and the operation is compiled in slot form.
   */
  text?: (json: Prisma.Sql) => FieldReader;
}

/** Compiles one field of a selection into slots and a reader; NotCompilable when it cannot. */
export type FieldRule = (c: FieldContext) => FieldReader;

/**
 * The `extensions` of a field the compiled path answers: its rule, declared
 * with the field next to its resolver (as Grafast keeps a field's plan with
 * the field). A field without one sends the whole request through the resolvers.
 */
export function compiled(rule: FieldRule): { compiledRule: FieldRule } {
  return { compiledRule: rule };
}

/** The compiled rule a field declares, if any. */
export function ruleOf(field: GraphQLField<unknown, unknown>): FieldRule | undefined {
  return field.extensions.compiledRule as FieldRule | undefined;
}

/** PostgreSQL's limit on the arguments of json_build_array. */
export const MAX_SLOTS = 100;

/** Builds one response object per call: each reader gives its response key's value from the same inputs. */
export function objectShaper<Inputs extends unknown[]>(
  readers: readonly (readonly [string, (...inputs: Inputs) => unknown])[],
): (...inputs: Inputs) => Record<string, unknown> {
  return (...inputs) => {
    const out: Record<string, unknown> = {};
    for (const [key, read] of readers) out[key] = read(...inputs);
    return out;
  };
}

/** Walks one operation's selections, type by type, with each field's rule. */
export class Compiler {
  private aliases = 0;

  /** @param textForm Objects are written as JSON text by SQL (CompiledObject.shape unused). */
  constructor(
    readonly scope: OperationScope,
    readonly textForm = false,
  ) {}

  /** A table alias unique within the statement (t0, t1, …); fixed inner aliases never look like it. */
  alias(): Prisma.Sql {
    return Prisma.raw(`t${this.aliases++}`);
  }

  objectType(name: string): GraphQLObjectType {
    const type = this.scope.schema.getType(name);
    if (!isObjectType(type)) throw new NotCompilable(`${name} is not an object type`);
    return type;
  }

  /** The selection `selectionSets` on `typeName`, over the row aliased `row`. */
  object(
    typeName: string,
    row: Prisma.Sql,
    selectionSets: readonly SelectionSetNode[],
  ): CompiledObject {
    const type = this.objectType(typeName);
    const slots: Prisma.Sql[] = [];
    const shared = new Map<string, number>();
    const slot = (sql: Prisma.Sql) => slots.push(sql) - 1;
    const readers: [string, FieldReader][] = [];
    const texts: [string, Prisma.Sql][] = [];
    for (const field of collectFields(this.scope, type, selectionSets)) {
      if (field.fieldName === "__typename") {
        readers.push([field.responseKey, () => typeName]);
        texts.push([field.responseKey, sqlText(JSON.stringify(typeName))]);
        continue;
      }
      const rule = ruleOf(field.definition);
      const coordinate = `${typeName}.${field.fieldName}`;
      if (!rule) {
        throw new NotCompilable(
          `${coordinate} is not compiled`,
          coordinate in RESOLVER_FIELDS ? coordinate : "unlisted_field",
        );
      }
      if (this.textForm) {
        let written: Prisma.Sql | null = null;
        const noSlots = () => {
          throw new NoTextForm(`${coordinate} has no text form`);
        };
        rule({
          compiler: this,
          field,
          row,
          slot: noSlots,
          sharedSlot: noSlots,
          text(json) {
            written = json;
            return unread;
          },
        });
        if (written === null) throw new NoTextForm(`${coordinate} has no text form`);
        texts.push([field.responseKey, written]);
        continue;
      }
      readers.push([
        field.responseKey,
        rule({
          compiler: this,
          field,
          row,
          slot,
          sharedSlot(key, sql) {
            let index = shared.get(key);
            if (index === undefined) shared.set(key, (index = slot(sql())));
            return index;
          },
        }),
      ]);
    }
    if (this.textForm) return { sql: jsonObjectText(texts), shape: unshaped };
    if (slots.length > MAX_SLOTS)
      throw new NotCompilable(`more than ${MAX_SLOTS} values on ${typeName}`);
    return {
      sql:
        slots.length > 0
          ? Prisma.sql`json_build_array(${Prisma.join(slots)})`
          : Prisma.sql`json_build_array()`,
      shape: objectShaper(readers),
    };
  }
}

/** The reader a text-form field returns: the response is the statement's text, nothing is read. */
const unread: FieldReader = () => undefined;
const unshaped = (): Record<string, unknown> => {
  throw new Error("a text-form object has no shaper");
};

/** A constant text as an SQL string literal (typed text). */
export function sqlText(value: string): Prisma.Sql {
  return Prisma.raw(`'${value.replaceAll("'", "''")}'::text`);
}

/**
 * The JSON text of an object from its members' JSON texts, in order, with no
 * spaces (as JSON.stringify writes it). Response keys are GraphQL names, so
 * they need no escaping.
 */
export function jsonObjectText(members: readonly (readonly [string, Prisma.Sql])[]): Prisma.Sql {
  if (members.length === 0) return sqlText("{}");
  const parts: Prisma.Sql[] = [];
  members.forEach(([key, json], i) => {
    parts.push(sqlText(`${i === 0 ? "{" : ","}${JSON.stringify(key)}:`), Prisma.sql`(${json})`);
  });
  parts.push(sqlText("}"));
  return Prisma.sql`(${Prisma.join(parts, " || ")})`;
}

/**
 * The JSON text of an array of the texts `item` gives for the rows of `from`
 * (a FROM clause), in `orderBy` order: "[]" when there are none.
 */
export function jsonArrayText(item: Prisma.Sql, from: Prisma.Sql, orderBy: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce('[' || string_agg(${item}, ',' ORDER BY ${orderBy}) || ']', '[]')
    FROM ${from})`;
}

/** Serializes a database value as the field's leaf type (enum names, Date, DateTime …), lists element-wise. */
export function leafSerializer(type: GraphQLOutputType): (value: unknown) => unknown {
  const nullable = getNullableType(type);
  const named = getNamedType(type);
  if (!isLeafType(named)) throw new NotCompilable(`${named.name} is not a leaf type`);
  const one = (value: unknown) => (value == null ? null : named.serialize(value));
  if (isListType(nullable)) {
    return (value) => (value == null ? null : (value as unknown[]).map(one));
  }
  return one;
}

/**
 * A database value as the JSON text of the field's leaf type, as
 * JSON.stringify writes what leafSerializer gives ("null" for NULL, lists
 * element-wise). `value` may also be the text of a JSON value (a list's
 * element). Leaf types whose text SQL cannot write exactly as JavaScript does
 * (Float) have no text form.
 */
export function leafText(
  compiler: Compiler,
  type: GraphQLOutputType,
  value: Prisma.Sql,
): Prisma.Sql {
  const nullable = getNullableType(type);
  const named = getNamedType(type);
  if (!isLeafType(named)) throw new NotCompilable(`${named.name} is not a leaf type`);
  const one = (v: Prisma.Sql): Prisma.Sql => {
    if (isEnumType(named)) {
      const values = named.getValues();
      // Values stored under their own names (ACTOR, DAY …) are written as they are.
      if (values.every((each) => each.value === each.name && /^\w+$/.test(each.name))) {
        return Prisma.sql`'"' || (${v})::text || '"'`;
      }
      const cases = values.map((each) => {
        if (typeof each.value !== "string")
          throw new NoTextForm(`${named.name} is not a text enum`);
        return Prisma.sql`WHEN ${sqlText(each.value)} THEN ${sqlText(JSON.stringify(each.name))}`;
      });
      return Prisma.sql`CASE (${v})::text ${Prisma.join(cases, " ")} END`;
    }
    switch (named.name) {
      case "String":
      case "ID":
        // to_json escapes as JSON.stringify does: \" \\ \b \f \n \r \t, other controls as \u00xx.
        return Prisma.sql`to_json((${v})::text)::text`;
      case "Int":
        return Prisma.sql`(${v})::int::text`;
      case "Boolean":
        return Prisma.sql`CASE WHEN (${v})::boolean THEN 'true' WHEN NOT (${v})::boolean THEN 'false' END`;
      case "Date":
        return Prisma.sql`'"' || to_char((${v})::date, 'YYYY-MM-DD') || '"'`;
      case "DateTime":
        return Prisma.sql`'"' || to_char((${v})::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"'`;
      default:
        throw new NoTextForm(`${named.name} has no text form`);
    }
  };
  if (isListType(nullable)) {
    // A PostgreSQL array or a JSON array (json_agg): its elements as text, in order.
    const list = compiler.alias();
    return Prisma.sql`CASE WHEN (${value}) IS NULL THEN 'null' ELSE ${jsonArrayText(
      Prisma.sql`coalesce(${one(Prisma.sql`${list}.x`)}, 'null')`,
      Prisma.sql`json_array_elements_text(to_json(${value})) WITH ORDINALITY AS ${list}(x, o)`,
      Prisma.sql`${list}.o`,
    )} END`;
  }
  return Prisma.sql`coalesce(${one(value)}, 'null')`;
}
