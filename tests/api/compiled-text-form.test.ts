import { encodeGlobalID } from "@pothos/plugin-relay";
import { parse } from "graphql";
import pino from "pino";
import { expect, test } from "vitest";
import { compileRead } from "../../src/graphql/compiled/read.js";
import { schema } from "../../src/graphql/schema.js";
import { createNewsgraphYoga } from "../../src/yoga.js";
import type { Database } from "../../src/db/client.js";
import { describeEachBackend } from "../setup/backends.js";
import { seedNewsGraph } from "./news-graph.js";

/** The raw response body, as a client receives it. */
async function body(db: Database, query: string, compiledReads: boolean): Promise<string> {
  const yoga = createNewsgraphYoga({ db, logger: pino({ level: "silent" }), compiledReads });
  const response = await yoga.fetch(
    "http://localhost/graphql",
    {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query }),
    },
    { clientAddress: "127.0.0.1" },
  );
  return response.text();
}

/** Every character JSON escapes, and some it must not. */
const AWKWARD =
  'a "quoted" \\ back\bspace\fform\nline\rreturn\ttab\u0001\u001f\u007f \u2028\u2029 é 😀';

const DASHBOARD = `{ events(first: 50) { edges { node { id label date datePrecision location { name }
  participants { role entity { id name type } } quotes(first: 3) { edges { cursor node { text speaker { name } } } } } } }
  eventTimeline(interval: DAY) { bucket total byType { type label count } } }`;

describeEachBackend("the statement writes the response text (text form)", (use) => {
  test("the dashboard's document is written by SQL, byte for byte what the resolvers answer", async () => {
    const db = use();
    await seedNewsGraph(db);
    const read = compileRead({ schema, document: parse(DASHBOARD) });
    expect("text" in read && read.shape === null, "compiled in text form").toBe(true);
    const written = await body(db, DASHBOARD, true);
    expect(written).toBe(await body(db, DASHBOARD, false));
    expect(JSON.parse(written).data.events.edges.length).toBeGreaterThan(0);
  });

  test("strings with every JSON escape, lists, enums, dates, instants and ids come out as JavaScript writes them", async () => {
    const db = use();
    await seedNewsGraph(db);
    const [entity] = await db.query<{ id: number }>(
      `INSERT INTO entity (name, type, key, match_key, description) VALUES ($1, 'PERSON', $2, $2, $1) RETURNING id`,
      [AWKWARD, "awkward-test-key"],
    );
    await db.query(
      `INSERT INTO entity_alias (entity_id, alias, key) VALUES ($1, $2, $3), ($1, $4, $5)`,
      [entity!.id, AWKWARD, "awkward-alias-1", "plain alias", "awkward-alias-2"],
    );
    const id = encodeGlobalID("Entity", entity!.id);
    const query = `{ node(id: "${id}") { __typename id ... on Entity { name type description aliases
      mentionCount events(first: 2) { totalCount pageInfo { hasNextPage startCursor endCursor } } } }
      nodes(ids: ["${id}", "${encodeGlobalID("Entity", 987654)}"]) { id }
      articles(first: 2) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id title publishedAt ingestedAt authors } } } }`;
    const read = compileRead({ schema, document: parse(query) });
    expect("text" in read && read.shape === null, "compiled in text form").toBe(true);
    const written = await body(db, query, true);
    expect(written).toBe(await body(db, query, false));
    expect(JSON.parse(written).data.node.name).toBe(AWKWARD);
  });

  test("a document with a field that has no text form (a Float) is compiled with slots, and answers the same", async () => {
    const db = use();
    await seedNewsGraph(db);
    const query = `{ events(first: 5) { edges { node { id confidence label } } } }`;
    const read = compileRead({ schema, document: parse(query) });
    expect("text" in read && read.shape !== null, "compiled with slots").toBe(true);
    expect(await body(db, query, true)).toBe(await body(db, query, false));
  });

  test("a plugin reading or replacing data gets the parsed answer, and the response is written from it", async () => {
    const db = use();
    await seedNewsGraph(db);
    const query = `{ events(first: 3) { edges { node { id label } } } }`;
    const yoga = createNewsgraphYoga({
      db,
      logger: pino({ level: "silent" }),
      // The response cache (on by default) reads and rewrites `data` of every answer it stores.
      responseCache: { maxBytes: 1_000_000, ttlMs: 60_000 },
    });
    const fetchBody = async () =>
      (
        await yoga.fetch("http://localhost/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify({ query }),
        })
      ).text();
    const first = await fetchBody();
    expect(first).not.toContain("__responseCache");
    expect(first).toBe(await body(db, query, false));
    expect(await fetchBody()).toBe(first);
  });
});
