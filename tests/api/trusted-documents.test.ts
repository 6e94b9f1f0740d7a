import pino from "pino";
import { expect, test } from "vitest";
import { dashboardSummary } from "../../examples/dashboard-client.js";
import { GRAPHIQL_TABS } from "../../src/graphiql-tabs.js";
import {
  documentIdOf,
  loadTrustedDocuments,
  TRUSTED_DOCUMENT_NOT_FOUND,
  TRUSTED_DOCUMENT_REQUIRED,
} from "../../src/http/trusted-documents.js";
import { createNewsgraphYoga, type YogaOptions } from "../../src/yoga.js";
import { describeEachBackend } from "../setup/backends.js";
import { seedNewsGraph } from "./news-graph.js";

const documents = loadTrustedDocuments();
const idOf = (operationName: string) => {
  for (const [id, text] of documents) {
    if (new RegExp(`(^|\\s)(query|mutation|subscription) ${operationName}\\b`).test(text))
      return id;
  }
  throw new Error(`no trusted document defines ${operationName}`);
};

const INTROSPECTION = "{ __schema { queryType { name } } }";

test("the trusted documents are codegen's manifests, the dashboard's and the example client's", () => {
  expect(documents.size).toBeGreaterThanOrEqual(10);
  for (const name of ["DashboardOverview", "DashboardEvents", "DashboardTimeline"]) {
    expect(documents.get(idOf(name))).toMatch(new RegExp(`\\b${name}\\b`));
  }
  for (const [id, text] of documents) expect(documentIdOf(text)).toBe(id);
});

describeEachBackend("trusted documents", (use) => {
  const yogaWith = (options: Partial<YogaOptions> = {}) =>
    createNewsgraphYoga({ db: use(), logger: pino({ level: "silent" }), ...options });
  const send = async (
    yoga: ReturnType<typeof yogaWith>,
    body: Record<string, unknown>,
  ): Promise<{ status: number; json: any }> => {
    const response = await yoga.fetch(
      "http://localhost/graphql",
      {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(body),
      },
      { clientAddress: "127.0.0.1" },
    );
    return { status: response.status, json: await response.json() };
  };

  test("a documentId runs its document, by POST and by GET; an unknown id is a typed error", async () => {
    await seedNewsGraph(use());
    const yoga = yogaWith();
    const id = idOf("DashboardTimeline");
    const posted = await send(yoga, { documentId: id, variables: { interval: "DAY" } });
    expect(posted.json.errors).toBeUndefined();
    expect(posted.json.data.eventTimeline).toContainEqual({
      bucket: "2017-04-07",
      total: 1,
      byType: [{ type: "FIGHT", count: 1 }],
    });

    const url = `http://localhost/graphql?documentId=${encodeURIComponent(id)}&variables=${encodeURIComponent('{"interval":"DAY"}')}`;
    const got = await yoga.fetch(
      url,
      { headers: { accept: "application/json", "x-graphql-yoga-csrf": "1" } },
      { clientAddress: "127.0.0.1" },
    );
    expect(await got.json()).toEqual(posted.json);

    const unknown = await send(yoga, { documentId: documentIdOf("{ events { totalCount } }") });
    expect(unknown.status).toBe(400);
    expect(unknown.json.errors[0].extensions.code).toBe(TRUSTED_DOCUMENT_NOT_FOUND);
    // Free documents still run by default.
    const free = await send(yoga, { query: "{ events(first: 1) { totalCount } }" });
    expect(free.json.data.events.totalCount).toBe(4);
  });

  test("TRUSTED_DOCUMENTS_ONLY refuses any other document before it runs", async () => {
    await seedNewsGraph(use());
    const yoga = yogaWith({ trustedDocumentsOnly: true, graphiql: false });
    const free = await send(yoga, { query: "{ events(first: 1) { totalCount } }" });
    expect(free.status).toBe(400);
    expect(free.json.data).toBeUndefined();
    expect(free.json.errors[0].extensions.code).toBe(TRUSTED_DOCUMENT_REQUIRED);
    // A trusted document's exact text is as good as its id.
    const text = documents.get(idOf("DashboardTimeline"))!;
    const byText = await send(yoga, { query: text, variables: { interval: "DAY" } });
    expect(byText.json.data.eventTimeline.length).toBeGreaterThan(0);
    // Without GraphiQL: no introspection, no GraphiQL page, no GraphiQL tabs.
    const introspection = await send(yoga, { query: INTROSPECTION });
    expect(introspection.json.errors[0].extensions.code).toBe(TRUSTED_DOCUMENT_REQUIRED);
    const tab = await send(yoga, { query: GRAPHIQL_TABS[0]!.query });
    expect(tab.json.errors[0].extensions.code).toBe(TRUSTED_DOCUMENT_REQUIRED);
    const page = await yoga.fetch("http://localhost/graphql", { headers: { accept: "text/html" } });
    expect(await page.text()).not.toMatch(/<title>newsgraph<\/title>/);
    // No body, no id.
    const empty = await send(yoga, { variables: {} });
    expect(empty.json.errors[0].extensions.code).toBe(TRUSTED_DOCUMENT_REQUIRED);

    // The example client sends ids only, so it works against such a server.
    const summary = await dashboardSummary("http://localhost/graphql", (url, init) =>
      Promise.resolve(yoga.fetch(url, init, { clientAddress: "127.0.0.1" })),
    );
    expect(summary).toContain("Rex Tillerson — Vladimir Putin: 1");
  });

  test("with GRAPHIQL=true, GraphiQL, its tabs and introspection stay available", async () => {
    const yoga = yogaWith({ trustedDocumentsOnly: true, graphiql: true });
    const introspection = await send(yoga, { query: INTROSPECTION });
    expect(introspection.json.data.__schema.queryType.name).toBe("Query");
    for (const { query } of GRAPHIQL_TABS) {
      const { json } = await send(yoga, { query });
      expect(json.errors?.map((e: any) => e.extensions.code) ?? []).not.toContain(
        TRUSTED_DOCUMENT_REQUIRED,
      );
    }
    const page = await yoga.fetch("http://localhost/graphql", { headers: { accept: "text/html" } });
    expect(await page.text()).toMatch(/<title>newsgraph<\/title>/);
    // Introspection mixed with a data field is not introspection.
    const mixed = await send(yoga, { query: "{ __typename events(first: 1) { totalCount } }" });
    expect(mixed.json.errors[0].extensions.code).toBe(TRUSTED_DOCUMENT_REQUIRED);
  });

  test("operation names of trusted documents are metric labels; other names stay 'other'", async () => {
    const yoga = yogaWith();
    await send(yoga, { documentId: idOf("DashboardTimeline"), variables: { interval: "DAY" } });
    await send(yoga, { query: "query MadeUpName { events(first: 1) { totalCount } }" });
    const metrics = await (await yoga.fetch("http://localhost/metrics")).text();
    expect(metrics).toMatch(
      /newsgraph_graphql_operations_total\{type="query",name="DashboardTimeline",outcome="ok"\} 1/,
    );
    expect(metrics).not.toContain("MadeUpName");
  });
});
