import {
  getNamedType,
  getNullableType,
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

/** A selection on one object type: SQL building a JSON array of slots, and the shaper reading it. */
export interface CompiledObject {
  sql: Prisma.Sql;
  shape: (row: SlotRow) => Record<string, unknown>;
  /** How many values the object reads from the database (0: only __typename). */
  slots: number;
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
  // An alias "__proto__" is a response key like any other (graphql-js builds results without a
  // prototype); on a plain object the assignment would set the prototype and drop the field.
  const create = readers.some(([key]) => key === "__proto__")
    ? (): Record<string, unknown> => Object.create(null) as Record<string, unknown>
    : (): Record<string, unknown> => ({});
  return (...inputs) => {
    const out = create();
    for (const [key, read] of readers) out[key] = read(...inputs);
    return out;
  };
}

/** Walks one operation's selections, type by type, with each field's rule. */
export class Compiler {
  private aliases = 0;

  constructor(readonly scope: OperationScope) {}

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
    for (const field of collectFields(this.scope, type, selectionSets)) {
      if (field.fieldName === "__typename") {
        readers.push([field.responseKey, () => typeName]);
        continue;
      }
      // __schema and __type describe the schema: GraphQL's own to answer.
      if (field.fieldName.startsWith("__")) {
        throw new NotCompilable(`${field.fieldName} is introspection`, "introspection");
      }
      const rule = ruleOf(field.definition);
      if (!rule) {
        const coordinate = `${typeName}.${field.fieldName}`;
        throw new NotCompilable(
          `${coordinate} is not compiled`,
          coordinate in RESOLVER_FIELDS ? coordinate : "unlisted_field",
        );
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
    if (slots.length > MAX_SLOTS)
      throw new NotCompilable(`more than ${MAX_SLOTS} values on ${typeName}`);
    return {
      sql:
        slots.length > 0
          ? Prisma.sql`json_build_array(${Prisma.join(slots)})`
          : Prisma.sql`json_build_array()`,
      shape: objectShaper(readers),
      slots: slots.length,
    };
  }
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
