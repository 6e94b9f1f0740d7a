import { AsyncLocalStorage } from "node:async_hooks";
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  parse,
} from "graphql";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { beforeAll, describe, expect, test } from "vitest";
import { DEFAULT_LIMITS } from "../../src/config.js";
import { ruleOf } from "../../src/graphql/compiled/compile.js";
import { CONNECTION_FIELDS, connectionPart } from "../../src/graphql/compiled/fields.js";
import { compileRead } from "../../src/graphql/compiled/read.js";
import { schema } from "../../src/graphql/schema.js";
import { estimateCost } from "../../src/security/cost.js";
import type { Database } from "../../src/db/client.js";
import { createTestDatabase, testBackends } from "../setup/backends.js";
import { testClient, type GraphQLResponse } from "./client.js";
import { queryableObjectTypes, seedGraph } from "./compiled-schema.js";

/**
 * Differential test of the compiled read path: documents generated from the
 * schema over every field that declares a compiled rule (arguments, aliases,
 * fragments, directives, nesting, page sizes and cursors) must get the same
 * response, byte for byte, from the compiled path and from the resolvers, on
 * every backend. A field whose rule answers differently from its resolver
 * fails here, however it is reached.
 */

type AnyField = GraphQLField<unknown, unknown>;

/** Fields the compiled path answers on `type`: declared rules, or the connection rule's parts. */
function compiledFields(type: GraphQLObjectType): AnyField[] {
  const part = connectionPart(type);
  return Object.values(type.getFields()).filter((field) =>
    part !== null
      ? (CONNECTION_FIELDS[part] as readonly string[]).includes(field.name)
      : ruleOf(field) !== undefined,
  );
}

/** Every field with a compiled rule, as Type.field. */
function compiledCoordinates(): string[] {
  return queryableObjectTypes(schema).flatMap((type) =>
    connectionPart(type) !== null
      ? []
      : compiledFields(type).map((field) => `${type.name}.${field.name}`),
  );
}

/** Values taken from the seeded database, so arguments find rows. */
interface ValuePool {
  /** Entity IDs: most ID arguments name entities. */
  entityIds: string[];
  /** IDs of other types. */
  otherIds: string[];
  words: string[];
  dates: string[];
  /** Cursors of root (Prisma) connections and of child connections. */
  rootCursors: string[];
  childCursors: string[];
}

/** The shortest chain of compiled fields from Query to `typeName` (connections pass through edges.node). */
function pathTo(typeName: string): string[] | null {
  const queue: [GraphQLObjectType, string[]][] = [[schema.getQueryType()!, []]];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const [type, path] = queue.shift()!;
    if (type.name === typeName) return path;
    if (seen.has(type.name)) continue;
    seen.add(type.name);
    for (const field of compiledFields(type)) {
      const target = getNamedType(field.type);
      if (isObjectType(target)) queue.push([target, [...path, field.name]]);
    }
  }
  return null;
}

/** Builds one document from a random source; `forced` is a path of field names it must select. */
class DocumentGenerator {
  private aliases = 0;
  private fragments: string[] = [];

  constructor(
    private readonly random: () => number,
    private readonly pool: ValuePool,
  ) {}

  document(forced: string[]): string {
    const root = this.selection(schema.getQueryType()!, 0, forced);
    return [`query Generated { ${root} }`, ...this.fragments].join("\n");
  }

  private chance(p: number) {
    return this.random() < p;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private selection(type: GraphQLObjectType, depth: number, forced: string[]): string {
    const candidates = compiledFields(type);
    const chosen = candidates.filter(
      (field) =>
        field.name === forced[0] ||
        // Fewer other root fields beside a forced path: any error anywhere voids the document.
        this.chance(depth > 0 ? 0.45 : forced.length > 0 ? 0.15 : 0.35),
    );
    const parts: string[] = [];
    for (const field of chosen) {
      const path = field.name === forced[0] ? forced.slice(1) : null;
      const text = this.field(field, depth, path);
      if (text) parts.push(text);
      // The same field again under an alias, with its own arguments and selection.
      if (text && path === null && this.chance(0.1)) {
        const again = this.field(field, depth, null, true);
        if (again) parts.push(again);
      }
    }
    if (this.chance(0.2)) parts.push("__typename");
    if (parts.length === 0) parts.push("__typename");
    return this.wrap(type, parts);
  }

  /** Some selections inside an inline fragment, a named fragment or under @include/@skip. */
  private wrap(type: GraphQLObjectType, parts: string[]): string {
    if (parts.length < 2 || !this.chance(0.3)) return parts.join(" ");
    const cut = 1 + Math.floor(this.random() * (parts.length - 1));
    const inner = parts.slice(cut).join(" ");
    const head = parts.slice(0, cut);
    const kind = this.pick(["inline", "named", "include", "skipped"] as const);
    if (kind === "inline") return `${head.join(" ")} ... on ${type.name} { ${inner} }`;
    if (kind === "named") {
      const name = `F${this.fragments.length}`;
      this.fragments.push(`fragment ${name} on ${type.name} { ${inner} }`);
      return `${head.join(" ")} ...${name}`;
    }
    if (kind === "include") return `${head.join(" ")} ... @include(if: true) { ${inner} }`;
    // Skipped fields still count for validation, so they must be valid selections.
    return `${head.join(" ")} ... @skip(if: true) { ${inner} } ${inner}`;
  }

  private field(
    field: AnyField,
    depth: number,
    path: string[] | null,
    alias = false,
  ): string | null {
    const named = getNamedType(field.type);
    let key = field.name;
    if (alias || (this.chance(0.15) && this.aliases < 8)) {
      // The first alias of a document is sometimes "__proto__": a response key, not a prototype.
      const name = this.aliases++ === 0 && this.chance(0.5) ? "__proto__" : `a${this.aliases}`;
      key = `${name}: ${field.name}`;
    }
    const args = this.args(field.args, depth === 0);
    const head = `${key}${args.length > 0 ? `(${args.join(", ")})` : ""}`;
    if (isLeafType(named)) return head;
    if (isAbstractType(named)) {
      // node(id:) and nodes(ids:): a fragment on the type of the first ID asked for, mostly.
      if (path === null && depth + 1 > 3) return null;
      const types = schema.getPossibleTypes(named);
      const asked = /"([^"]*)"/.exec(args.join(" "))?.[1];
      let typename = this.pick(types).name;
      try {
        if (asked !== undefined && this.chance(0.8)) typename = decodeGlobalID(asked).typename;
      } catch {
        // Not a global ID: the resolvers report it.
      }
      const type = schema.getType(typename);
      const fragment = isObjectType(type)
        ? ` ... on ${type.name} { ${this.selection(type, depth + 1, [])} }`
        : "";
      return `${head} { __typename${this.chance(0.5) ? " id" : ""}${fragment} }`;
    }
    if (!isObjectType(named)) return null;
    const deep = connectionPart(named) === null ? 1 : 0;
    if (path === null && depth + deep > 3) return null;
    return `${head} { ${this.selection(named, depth + deep, path ?? [])} }`;
  }

  private args(args: readonly GraphQLArgument[], root: boolean): string[] {
    const out: string[] = [];
    for (const arg of args) {
      // Relay's page size: nested connections always take a small one, or
      // default pages multiply into documents that outlast the statement timeout.
      const required = isNonNullType(arg.type) || (!root && arg.name === "first");
      // Backward pages less often, and seldom below the root (child connections refuse them).
      const p = arg.name === "last" || arg.name === "before" ? (root ? 0.2 : 0.04) : 0.4;
      if (!required && !this.chance(p)) continue;
      // The String arguments of fields are connection cursors: Prisma's at the
      // root, Prisma's (an article's mentions and quotes) or child cursors below.
      const cursors = root || this.chance(0.4) ? this.pool.rootCursors : this.pool.childCursors;
      const value =
        getNamedType(arg.type).name === "String"
          ? JSON.stringify(this.pick(cursors))
          : this.value(arg.type);
      if (value !== null) out.push(`${arg.name}: ${value}`);
    }
    return out;
  }

  /** A literal of an input type; input objects set each field with some chance. */
  private value(type: GraphQLInputType): string | null {
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const items = Array.from({ length: 1 + Math.floor(this.random() * 3) }, () =>
        this.value(nullable.ofType as GraphQLInputType),
      );
      return `[${items.join(", ")}]`;
    }
    if (isEnumType(nullable)) return this.pick(nullable.getValues()).name;
    if (isInputObjectType(nullable)) {
      const fields = Object.values(nullable.getFields()).flatMap((f) => {
        if (!this.chance(0.25)) return [];
        const value = this.value(f.type);
        return value === null ? [] : [`${f.name}: ${value}`];
      });
      return `{ ${fields.join(", ")} }`;
    }
    switch (nullable.name) {
      case "Int":
        return String(this.pick([0, 1, 2, 3, 4, 12]));
      case "ID":
        return JSON.stringify(
          this.pick(this.chance(0.75) ? this.pool.entityIds : this.pool.otherIds),
        );
      case "Date":
        return JSON.stringify(this.pick(this.pool.dates));
      case "String":
        return JSON.stringify(this.pick(this.pool.words));
      case "Boolean":
        return String(this.chance(0.5));
      default:
        throw new Error(`no generator for ${nullable.name}`);
    }
  }
}

/**
 * The statements `fn` itself issues. An error nulls its parent and GraphQL
 * answers while sibling resolvers still query, so statements of an earlier
 * request can arrive meanwhile: those run in another async context.
 */
async function recordOwnSql<T>(
  db: Database,
  fn: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const own = new AsyncLocalStorage<true>();
  const statements: string[] = [];
  const listener = (sql: string) => {
    if (own.getStore()) statements.push(sql);
  };
  db.sqlListeners.add(listener);
  try {
    return { result: await own.run(true, fn), statements };
  } finally {
    db.sqlListeners.delete(listener);
  }
}

/** The request was cancelled at the statement timeout or the request deadline. */
function timedOut(response: GraphQLResponse): boolean {
  return (response.errors ?? []).some((e) => e.extensions?.code === "QUERY_TIMEOUT");
}

/**
 * The document's estimated cost is over a tenth of the server's limit: the
 * resolvers answer an article's 60 entities' nested connections for 20
 * articles slowly enough to hit the statement timeout on a loaded machine,
 * and a timeout says nothing about the two paths. (Bad arguments are for the
 * server to report.)
 */
function overCostBudget(query: string): boolean {
  try {
    return (estimateCost(schema, parse(query)) ?? 0) > DEFAULT_LIMITS.maxCost / 10;
  } catch {
    return false;
  }
}

/** A document from `seed` within the cost budget (the seed's successors are tried in turn). */
function documentWithin(seed: number, pool: ValuePool, forced: string[]): string | null {
  for (let next = seed; next < seed + 20; next++) {
    const query = new DocumentGenerator(randomFrom(next), pool).document(forced);
    if (!overCostBudget(query)) return query;
  }
  return null;
}

/** A seeded source of random numbers in [0, 1). */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** IDs, words, dates and cursors of the seeded graph, read through the resolvers. */
async function valuePool(client: ReturnType<typeof testClient>): Promise<ValuePool> {
  const { data } = await client.request(`{
    entities(first: 40) { edges { cursor node { id name aliases
      quotes(first: 2) { edges { cursor } } events(first: 2) { edges { cursor } }
      mentions(first: 2) { edges { cursor } } articles(first: 2) { edges { cursor } } } } }
    events(first: 40) { edges { cursor node { id date trigger } } }
    quotes(first: 20) { edges { cursor node { id article { id source publishedAt } } } }
    articles(first: 8) { edges { cursor node { id
      mentions(first: 3) { edges { cursor node { id } } } quotes(first: 2) { edges { cursor } } } } } }`);
  const entities = data.entities.edges.map((e: any) => e.node);
  const events = data.events.edges;
  const quotes = data.quotes.edges;
  const articles = data.articles.edges;
  const articleChildren = articles.flatMap((a: any) => [
    ...a.node.mentions.edges,
    ...a.node.quotes.edges,
  ]);
  const words = [
    ...entities.flatMap((e: any) => [e.name.split(" ")[0], ...e.aliases.slice(0, 1)]),
    ...events.map((e: any) => e.node.trigger),
    ...quotes.map((q: any) => q.node.article.source ?? "Reuters"),
    "nothing-matches-this",
  ];
  return {
    entityIds: entities.map((e: any) => e.id),
    otherIds: [
      ...events.map((e: any) => e.node.id),
      ...quotes.map((q: any) => q.node.article.id),
      ...quotes.map((q: any) => q.node.id),
      ...articles.flatMap((a: any) => a.node.mentions.edges.map((m: any) => m.node.id)),
    ],
    words: [...new Set<string>(words)],
    dates: [
      ...new Set<string>([
        ...events.flatMap((e: any) => (e.node.date ? [e.node.date] : [])),
        "2017-01-01",
        "2030-01-01",
      ]),
    ],
    rootCursors: [
      ...events.map((e: any) => e.cursor),
      ...quotes.map((q: any) => q.cursor),
      ...data.entities.edges.map((e: any) => e.cursor),
      ...articles.map((a: any) => a.cursor),
      ...articleChildren.map((m: any) => m.cursor),
    ],
    childCursors: entities.flatMap((e: any) => [
      ...e.quotes.edges.map((q: any) => q.cursor),
      ...e.events.edges.map((q: any) => q.cursor),
      ...e.mentions.edges.map((q: any) => q.cursor),
      ...e.articles.edges.map((q: any) => q.cursor),
    ]),
  };
}

for (const kind of testBackends()) {
  describe(`generated documents over every compiled field [${kind}]`, () => {
    let db: Database;
    let compiled: ReturnType<typeof testClient>;
    let resolvers: ReturnType<typeof testClient>;
    let pool: ValuePool;
    beforeAll(async () => {
      db = await createTestDatabase(kind);
      await seedGraph(db);
      compiled = testClient(db);
      resolvers = testClient(db, { compiledReads: false });
      pool = await valuePool(resolvers);
      return () => db.close();
      // Seeding extracts every article: minutes on a loaded two-core machine.
    }, 300_000);

    /**
     * Runs `query` both ways and compares; true when the compiled path answered
     * it, in one statement, without errors. Documents it does not compile
     * (ARTICLE_COUNT_DESC, backward pages, an argument the resolvers reject)
     * are compared all the same.
     */
    async function sameAnswer(query: string): Promise<boolean> {
      let fast = await recordOwnSql(db, () => compiled.request(query));
      let slow = await resolvers.request(query);
      // A request past the deadline on a loaded machine says nothing about the two paths: once
      // more, and if it still times out the document is not compared.
      for (let retry = 0; timedOut(fast.result) || timedOut(slow); retry++) {
        if (retry === 1) return false;
        fast = await recordOwnSql(db, () => compiled.request(query));
        slow = await resolvers.request(query);
      }
      const read = compileRead({ schema, document: parse(query) });
      const compiles = "text" in read;
      if (!compiles && fast.result.errors) {
        // Both ran the resolvers: which sibling's error nulls the data first is their timing, and
        // graphql-js reports a sibling's error only if it came before the null reached the root,
        // so one run may list an error the other did not get to. Same data, and the errors of
        // either run are errors the other run could give.
        const messages = (r: GraphQLResponse) => [...new Set(r.errors!.map((e) => e.message))];
        const errors = JSON.stringify([fast.result.errors, slow.errors]);
        expect(fast.result.data ?? null, `${query}\nerrors: ${errors}`).toEqual(slow.data ?? null);
        const [fewer, more] = [messages(fast.result), messages(slow)].sort(
          (a, b) => a.length - b.length,
        );
        expect(fewer?.length, query).toBeGreaterThan(0);
        expect(more, query).toEqual(expect.arrayContaining(fewer ?? []));
        return false;
      }
      expect(JSON.stringify(fast.result), `${query}\nerrors: ${JSON.stringify(slow.errors)}`).toBe(
        JSON.stringify(slow),
      );
      if (!compiles || fast.result.errors) return false;
      // A document of only __typename (at any depth of empty connections) reads nothing.
      expect(fast.statements, query).toHaveLength(read.withoutDatabase ? 0 : 1);
      return true;
    }

    test("every compiled field answers as its resolver, with random arguments and company", async () => {
      const missing: string[] = [];
      for (const [index, coordinate] of compiledCoordinates().entries()) {
        const [typeName, fieldName] = coordinate.split(".") as [string, string];
        const path = pathTo(typeName);
        expect(path, `${typeName} is reachable through compiled fields`).not.toBeNull();
        // Documents until one is answered by the compiled path without errors.
        let answered = 0;
        for (let attempt = 0; attempt < 30 && answered === 0; attempt++) {
          const query = documentWithin(index * 1000 + attempt * 20, pool, [...path!, fieldName]);
          if (query === null) continue;
          if (await sameAnswer(query)) answered += 1;
          else if (process.env.DEBUG_DIFFERENTIAL) {
            const read = compileRead({ schema, document: parse(query) });
            const errors = (await resolvers.request(query)).errors?.map((e) => e.message);
            console.log(coordinate, "notCompilable" in read ? read.notCompilable : "", errors);
          }
        }
        if (answered === 0) missing.push(coordinate);
      }
      expect(missing, "compiled fields no generated document could exercise").toEqual([]);
    }, 600_000);

    test("random documents over the compiled fields", async () => {
      // About a third of random documents compile without errors (the rest use what the compiled
      // path leaves to the resolvers, or an argument both paths reject), so a fixed number of runs
      // sometimes compared too few real answers: documents are drawn until enough were answered.
      const wanted = 40;
      const base = Math.floor(Math.random() * 2 ** 31);
      let answered = 0;
      let drawn = 0;
      for (; drawn < 400 && answered < wanted; drawn++) {
        const query = documentWithin(base + drawn * 20, pool, []);
        if (query !== null && (await sameAnswer(query))) answered += 1;
      }
      expect(answered, `documents from seed ${base}: ${answered} of ${drawn} answered`).toBe(
        wanted,
      );
    }, 600_000);
  });
}
