import { expect, test } from "vitest";
import { ingestArticle } from "../../src/ingest/ingest.js";
import { describeEachBackend } from "../setup/backends.js";
import { fakeExtractor } from "../setup/factories.js";
import { testClient } from "./client.js";

const ENTITIES = `{ entities(first: 5) { edges { node { name mentionCount } } } }`;

describeEachBackend("compiled reads run again and again", (use) => {
  test("answer the same whether or not their statement is prepared, and survive a migration under it", async () => {
    const db = use();
    await ingestArticle(
      db.prisma,
      { text: "Anna Berg met Karl Stein in Oslo.", publishedAt: "2017-04-12" },
      fakeExtractor({ entities: [{ name: "Anna Berg" }, { name: "Karl Stein" }] }),
    );
    const client = testClient(db);
    const first = await client.request(ENTITIES);
    expect(first.errors).toBeUndefined();
    // Past the uses after which PostgreSQL gets the statement prepared on the pool's connections.
    for (let i = 0; i < 12; i++) expect(await client.request(ENTITIES)).toEqual(first);
    if (db.kind === "postgres") {
      // Sequential requests reuse the pool's most recently released connection.
      const prepared = await db.query<{ name: string; statement: string }>(
        `SELECT name, statement FROM pg_prepared_statements`,
        [],
      );
      expect(prepared.filter((p) => p.name.startsWith("ng_"))).toEqual([
        expect.objectContaining({ statement: expect.stringContaining("mention_count") }),
      ]);
    }
    // A migration under the prepared statements (a column added to a table they read as `e.*`):
    // PostgreSQL plans them again, and a statement that can no longer run is retired.
    await db.withSession((s) => s.exec(`ALTER TABLE entity ADD COLUMN probe_column int`));
    for (let i = 0; i < 12; i++) expect(await client.request(ENTITIES)).toEqual(first);
  });
});
