import { expect, test } from "vitest";
import { ingestArticle } from "../../src/ingest/ingest.js";
import { describeEachBackend } from "../setup/backends.js";
import { summitExtractor as summit } from "../setup/factories.js";

describeEachBackend("ingests run again and again", (use) => {
  test("store the same rows whether or not their statements are prepared, and survive a migration under them", async () => {
    const db = use();
    const ingest = (i: number) =>
      ingestArticle(
        db.prisma,
        { text: `Tillerson meets Putin, day ${i}\n\nBody ${i}.`, source: "Wire" },
        summit,
      );
    // Past the uses after which the pool's connections prepare the ingest's statements.
    for (let i = 0; i < 6; i++) expect((await ingest(i)).status).toBe("CREATED");
    if (db.kind === "postgres") {
      // Sequential work reuses the pool's most recently released connection.
      const prepared = await db.query<{ statement: string }>(
        `SELECT statement FROM pg_prepared_statements WHERE name LIKE 'nga\\_%'`,
        [],
      );
      const statements = prepared.map((p) => p.statement).join("\n");
      expect(statements).toContain("INSERT INTO mention");
      expect(statements).toContain("INSERT INTO event_mention");
    }
    // A migration under the prepared statements: PostgreSQL plans them again.
    await db.withSession((s) => s.exec(`ALTER TABLE mention ADD COLUMN probe_column int`));
    for (let i = 6; i < 9; i++) expect((await ingest(i)).status).toBe("CREATED");
    expect(await db.prisma.article.count()).toBe(9);
    expect(await db.prisma.mention.count()).toBe(27);
    expect(await db.prisma.quote.count()).toBe(9);
    // One event, reported by every article.
    expect(await db.prisma.event.count()).toBe(1);
    expect(await db.prisma.eventMention.count()).toBe(9);
  });
});
