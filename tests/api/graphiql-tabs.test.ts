import { getOperationAST, parse, validate } from "graphql";
import { expect, test } from "vitest";
import { DEFAULT_LIMITS } from "../../src/config.js";
import { GRAPHIQL_TABS } from "../../src/graphiql-tabs.js";
import { schema } from "../../src/graphql/schema.js";
import { loadSeeds } from "../../src/ingest/seed.js";
import { estimateCost } from "../../src/security/cost.js";
import { describeEachBackend } from "../setup/backends.js";
import { testClient } from "./client.js";

const tabName = (query: string) => getOperationAST(parse(query))?.name?.value ?? "(anonymous)";

/** A root field's value has something in it: list items, connection edges, or both of a network's lists. */
function isFilled(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if ("edges" in record) return isFilled(record.edges);
    return Object.values(record).every(isFilled);
  }
  return value !== null && value !== undefined;
}

test("every GraphiQL tab is a named, described operation, valid and within the query limits", () => {
  const names = GRAPHIQL_TABS.map((tab) => tabName(tab.query));
  expect(new Set(names).size).toBe(names.length);
  expect(names).toEqual(
    expect.arrayContaining(["Timeline", "WhoMetWhom", "WhatWasSaid", "WhoSaidWhat"]),
  );
  for (const tab of GRAPHIQL_TABS) {
    const name = tabName(tab.query);
    expect(tab.query, name).toMatch(/^# \S/);
    const document = parse(tab.query, { maxTokens: DEFAULT_LIMITS.maxTokens });
    expect(validate(schema, document), name).toEqual([]);
    expect(estimateCost(schema, document), name).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  }
});

describeEachBackend("GraphiQL tabs over the seeds", (use) => {
  test("GraphiQL is served by the server itself, with the example tabs and no CDN", async () => {
    const { yoga } = testClient(use());
    const response = await yoga.fetch("http://localhost/graphql", {
      headers: { accept: "text/html" },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    // Scripts and styles inline: no <script src> or stylesheet link to another host.
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/i);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
    expect(html).toContain("renderYogaGraphiQL");
    for (const tab of GRAPHIQL_TABS)
      expect(html).toContain(JSON.stringify(tabName(tab.query)).slice(1, -1));
  });

  test("every tab returns data without errors, and no root field comes back empty", async () => {
    const db = use();
    const seeded = await loadSeeds(db.prisma);
    expect(seeded.ingested).toBeGreaterThan(0);
    const { request } = testClient(db);
    for (const tab of GRAPHIQL_TABS) {
      const name = tabName(tab.query);
      const result = await request(tab.query);
      expect(result.errors, name).toBeUndefined();
      for (const [field, value] of Object.entries(result.data ?? {})) {
        expect(isFilled(value), `${name}: ${field} is empty`).toBe(true);
      }
      if (name === "WhatWasSaid") {
        const quotes = result.data!.events.edges.flatMap((e: any) => e.node.quotes.edges);
        expect(quotes.length, "quotes about Tillerson's talks").toBeGreaterThan(0);
        expect(quotes[0].node.speaker?.name).toBeTruthy();
      }
    }
  }, 120_000);
});
