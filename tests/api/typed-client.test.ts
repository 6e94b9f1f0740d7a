import { readFile } from "node:fs/promises";
import { generate } from "@graphql-codegen/cli";
import ts from "typescript";
import { expect, test } from "vitest";
import config from "../../codegen.js";
import { dashboardSummary } from "../../examples/dashboard-client.js";
import { describeEachBackend } from "../setup/backends.js";
import { testClient } from "./client.js";
import { seedNewsGraph } from "./news-graph.js";

test("the committed typed client matches what GraphQL Code Generator makes from schema.graphql", async () => {
  const outputs: { filename: string; content: string }[] = await generate(
    { ...config, silent: true },
    false,
  );
  expect(outputs.length).toBeGreaterThan(0);
  for (const output of outputs) {
    const committed = await readFile(output.filename, "utf8");
    expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
  }
}, 60_000);

test("the example client compiles under the project's strict compiler options", () => {
  const configFile = ts.readConfigFile("tsconfig.json", (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, process.cwd());
  const program = ts.createProgram(["examples/dashboard-client.ts"], options);
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  expect(diagnostics).toEqual([]);
  // The generated types are real, not `any`: reading a field the query did not select fails.
  const probePath = `${process.cwd()}/examples/typed-probe.ts`;
  const probe = `import type { DashboardTimelineQuery } from "./gql/graphql.js";
declare const data: DashboardTimelineQuery;
const total: number = data.eventTimeline[0]!.total;
const bucket: string = data.eventTimeline[0]!.bucket;
const missing = data.eventTimeline[0]!.notSelected;
export { total, bucket, missing };
`;
  const host = ts.createCompilerHost(options);
  const readSource = host.getSourceFile.bind(host);
  host.getSourceFile = (path, version, ...rest) =>
    path === probePath
      ? ts.createSourceFile(path, probe, version)
      : readSource(path, version, ...rest);
  host.fileExists = (
    (exists) => (path: string) =>
      path === probePath || exists(path)
  )(host.fileExists.bind(host));
  const probeProgram = ts.createProgram([probePath], options, host);
  const probeErrors = ts
    .getPreEmitDiagnostics(probeProgram)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  expect(probeErrors).toHaveLength(1);
  expect(probeErrors[0]).toMatch(/notSelected/);
}, 60_000);

describeEachBackend("typed dashboard client", (use) => {
  test("runs its generated operations against the API and prints timeline, network and quotes", async () => {
    const db = use();
    await seedNewsGraph(db);
    const { yoga } = testClient(db);
    const summary = await dashboardSummary("http://localhost/graphql", (url, init) =>
      Promise.resolve(yoga.fetch(url, init, { clientAddress: "127.0.0.1" })),
    );
    const lines = summary.split("\n");
    expect(lines[0]).toBe("Timeline (events per day):");
    expect(lines).toContain("  2017-04-07  1  (FIGHT 1)");
    expect(lines).toContain("Who met whom (shared events):");
    expect(summary).toMatch(/Rex Tillerson — Vladimir Putin: 1|Vladimir Putin — Rex Tillerson: 1/);
    expect(summary).toContain(
      '  [04 CONSULT] 2017-04-12 Rex Tillerson and Vladimir Putin met (1 articles, 1 sources)\n    Rex Tillerson: "There is a low level of trust between our two countries"',
    );
  });
});
