import pino from "pino";
import { expect, test } from "vitest";
import { loadConfig } from "../../src/config.js";
import { extract, STAGES } from "../../src/extract/pipeline.js";
import { createNewsgraphYoga } from "../../src/yoga.js";
import { describeEachBackend } from "../setup/backends.js";

/** The series in a Prometheus text exposition: every line that is not a comment. */
function seriesOf(text: string): string[] {
  return text.split("\n").filter((line) => line !== "" && !line.startsWith("#"));
}

/** Series without their values and without the process' own metrics (whose labels are fixed). */
function seriesNames(text: string): Set<string> {
  return new Set(
    seriesOf(text)
      .map((line) => line.slice(0, line.lastIndexOf(" ")))
      .filter((name) => name.startsWith("newsgraph_")),
  );
}

describeEachBackend("metrics without user data", (use) => {
  test("10,000 distinct requests do not add a series, and no client text reaches a label", async () => {
    const yoga = createNewsgraphYoga({
      db: use(),
      logger: pino({ level: "silent" }),
      metricsOperationNames: ["AllowedDashboard"],
    });
    // Every kind of request once, so each series that can exist exists.
    const request = (i: number) => {
      const secret = `hunter2-${i}`;
      const name = `Op${i}`;
      const host = { host: `tenant-${i}.example.com` };
      switch (i % 6) {
        case 0: // GET with the query and a password variable in the URL
          return yoga.fetch(
            `http://localhost/graphql?query=${encodeURIComponent(`query ${name} { __typename }`)}&variables=${encodeURIComponent(JSON.stringify({ password: secret }))}`,
            { headers: { "x-graphql-yoga-csrf": "1", accept: "application/json", ...host } },
          );
        case 1: // POST with a new operation name each time
          return yoga.fetch("http://localhost/graphql", {
            method: "POST",
            headers: { "content-type": "application/json", ...host },
            body: JSON.stringify({
              query: `query ${name} { __typename }`,
              variables: { password: secret },
            }),
          });
        case 2: // an allow-listed name and an anonymous operation
          return yoga.fetch("http://localhost/graphql", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              query: i % 4 === 0 ? "query AllowedDashboard { __typename }" : "{ __typename }",
            }),
          });
        case 3: // errors: parse and validation failures carrying client text
          return yoga.fetch("http://localhost/graphql", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              query: i % 4 === 1 ? `query ${name} { ${secret.replace("-", "_")} }` : `{ ${secret}`,
            }),
          });
        case 4: // unknown paths and methods
          return yoga.fetch(`http://localhost/${name}/${secret}?password=${secret}`, {
            method: i % 4 === 0 ? "PATCH" : "GET",
            headers: host,
          });
        default: // a subscription that fails to start, with a new name
          return yoga.fetch("http://localhost/graphql", {
            method: "POST",
            headers: { "content-type": "application/json", accept: "text/event-stream" },
            body: JSON.stringify({
              query: `subscription ${name} { eventRecorded(filter: { from: "2020-02-02", to: "2020-01-01" }) { label } }`,
            }),
          });
      }
    };
    const drain = async (i: number) => void (await (await request(i)).text());
    for (let i = 0; i < 24; i++) await drain(i);
    const metrics = async () => (await yoga.fetch("http://localhost/metrics")).text();
    await metrics(); // so that /metrics' own series exist too
    const before = await metrics();
    const seriesBefore = seriesNames(before);

    const total = 10_000;
    for (let start = 24; start < total; start += 50) {
      await Promise.all(Array.from({ length: 50 }, (_, k) => drain(start + k)));
    }
    const after = await metrics();
    const seriesAfter = seriesNames(after);
    expect([...seriesAfter].filter((s) => !seriesBefore.has(s))).toEqual([]);
    // The process' own metrics have fixed label sets but appear lazily (a GC kind's first run).
    expect(seriesNames(after).size).toBe(seriesNames(before).size);
    expect(after.length).toBeLessThan(64 * 1024);
    for (const leaked of ["hunter2", "password", "tenant-", "example.com", "Op1", "variables"]) {
      expect(after).not.toContain(leaked);
    }
    // The counters did count: allow-listed and anonymous names, other names, errors by code.
    expect(after).toMatch(/name="AllowedDashboard",outcome="ok"\} \d+/);
    expect(after).toMatch(/type="query",name="anonymous",outcome="ok"\} \d+/);
    expect(after).toMatch(/type="query",name="other",outcome="ok"\} \d+/);
    expect(after).toMatch(/type="subscription",name="other",outcome="error"\} \d+/);
    expect(after).toMatch(/newsgraph_graphql_errors_total\{code="GRAPHQL_PARSE_FAILED"\} \d+/);
    expect(after).toMatch(
      /newsgraph_http_requests_total\{method="other",route="other",status="\d+"\}/,
    );
    const posts =
      /newsgraph_http_requests_total\{method="POST",route="\/graphql",status="200"\} (\d+)/.exec(
        after,
      );
    expect(Number(posts?.[1])).toBeGreaterThan(total / 3);
  }, 400_000);

  test("queries the compiled read path leaves to the resolvers are counted by reason", async () => {
    const yoga = createNewsgraphYoga({ db: use(), logger: pino({ level: "silent" }) });
    const post = async (query: string) =>
      void (await (
        await yoga.fetch("http://localhost/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        })
      ).text());
    await post(`{ events(first: 2) { totalCount edges { node { id label } } } }`);
    await post(`{ ingestJob(id: "SW5nZXN0Sm9iOjE=") { state } }`);
    await post(`{ a: events(first: 1) { edges { node { quotes(last: 1) { totalCount } } } } }`);
    await post(`{ events(first: 1, after: "not a cursor") { totalCount } }`);
    const fallbacks = (await (await yoga.fetch("http://localhost/metrics")).text())
      .split("\n")
      .filter((line) => line.startsWith("newsgraph_compiled_read_fallbacks_total{"));
    expect(fallbacks.sort()).toEqual([
      'newsgraph_compiled_read_fallbacks_total{reason="Query.ingestJob"} 1',
      'newsgraph_compiled_read_fallbacks_total{reason="argument"} 2',
    ]);
  });

  test("an ingest whose extraction degraded is stored with its stages, logged and counted", async () => {
    // The events stage throws on every article, as an unforeseen input would make it.
    const stages = STAGES.map((stage) =>
      stage.name === "events"
        ? {
            ...stage,
            run(): never {
              throw new RangeError("offset out of range");
            },
          }
        : stage,
    );
    const lines: string[] = [];
    const logger = pino({ level: "warn" }, { write: (line: string) => void lines.push(line) });
    const yoga = createNewsgraphYoga({
      db: use(),
      logger,
      extractor: (text, options) => extract(text, options, stages),
    });
    const response = await yoga.fetch(
      "http://localhost/graphql",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
          ... on MutationIngestArticleSuccess { data { degradedStages events { id } quotes { totalCount } } } } }`,
          variables: {
            input: {
              text:
                "Ministers meet in Oslo\n\nOSLO (Reuters) - Foreign Minister Ana Ruiz met Tom Reed in " +
                'Oslo on Friday. "We agreed on the next steps of the ceasefire talks," Ruiz said.',
              publishedAt: "2026-03-06",
            },
          },
        }),
      },
      // Writes without an API key are taken from loopback only.
      { clientAddress: "127.0.0.1" },
    );
    const body = (await response.json()) as { data: { ingestArticle: { data: unknown } } };
    expect(body).not.toHaveProperty("errors");
    const { data } = body;
    expect(data.ingestArticle.data).toEqual({
      degradedStages: ["events"],
      events: [],
      quotes: { totalCount: 1 },
    });
    const warning = lines.map((line) => JSON.parse(line)).find((l) => l.degradedStages);
    expect(warning.degradedStages).toEqual([
      {
        stage: "events",
        error: expect.stringMatching(/^RangeError at metrics\.test\.ts:\d+:\d+$/),
      },
    ]);
    // The article's text never reaches the log, only its length.
    expect(JSON.stringify(warning)).not.toContain("Ruiz");
    const metrics = await (await yoga.fetch("http://localhost/metrics")).text();
    expect(metrics).toContain('newsgraph_extraction_degraded_stages_total{stage="events"} 1');
  });

  test("METRICS_OPERATION_NAMES takes GraphQL names only, and a bounded number of them", () => {
    expect(
      loadConfig({ METRICS_OPERATION_NAMES: "Dashboard, Timeline" }).metricsOperationNames,
    ).toEqual(["Dashboard", "Timeline"]);
    expect(() => loadConfig({ METRICS_OPERATION_NAMES: "a b" })).toThrow(/not a GraphQL name/);
    const many = Array.from({ length: 101 }, (_, i) => `Op${i}`).join(",");
    expect(() => loadConfig({ METRICS_OPERATION_NAMES: many })).toThrow(/at most 100 names/);
  });
});
