import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.js";
import { withDatabase } from "../setup/global.js";

// Real processes on loopback: two API servers and two queue workers on one PostgreSQL database.
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const server = inject("postgres");
const ARTICLES = 40;
const PEOPLE = ["Karl Brenner", "Pavel Novak", "Ilona Szabo", "Marta Kowalska"];

/** Distinct texts whose people overlap, so concurrent workers merge the same entities. */
function story(n: number): string {
  const a = PEOPLE[n % PEOPLE.length]!;
  const b = PEOPLE[(n + 1) % PEOPLE.length]!;
  return `Border trade talks continue, round ${n}

VIENNA (Reuters) - ${a} met ${b} in Vienna on Tuesday to discuss border trade, officials said in statement number ${n}.

"We agreed to keep talking," ${a.split(" ")[1]} told reporters after round ${n} of the meeting.`;
}

interface Proc {
  child: ChildProcess;
  output: string;
}

function start(args: string[], env: Record<string, string>): Proc {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: "info", EXTRACT_THREADS: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const proc: Proc = { child, output: "" };
  child.stdout!.on("data", (chunk: Buffer) => (proc.output += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (proc.output += chunk.toString("utf8")));
  return proc;
}

async function until<T>(
  what: string,
  ms: number,
  probe: () => Promise<T | null | undefined | false>,
) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function startServer(env: Record<string, string>): Promise<Proc & { url: string }> {
  const proc = start(["--import", "tsx", "src/server.ts"], {
    PORT: "0",
    HOST: "127.0.0.1",
    SEED: "false",
    ...env,
  });
  const port = await until("a server to listen", 180_000, async () => {
    if (proc.child.exitCode !== null) throw new Error(`server exited: ${proc.output}`);
    return /"port":(\d+)/.exec(proc.output)?.[1];
  });
  return { ...proc, url: `http://127.0.0.1:${port}/graphql` };
}

async function gql(url: string, query: string, variables: object = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as any;
}

/** Article ids announced on `url`'s articleIngested subscription, collected as they arrive. */
function subscribe(url: string, signal: AbortSignal): { ids: Set<string>; opened: Promise<void> } {
  const ids = new Set<string>();
  let opened!: () => void;
  const openedPromise = new Promise<void>((r) => (opened = r));
  void (async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { accept: "text/event-stream", "content-type": "application/json" },
      body: JSON.stringify({ query: "subscription { articleIngested { id } }" }),
      signal,
    });
    opened();
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (const match of buffer.matchAll(/"articleIngested":\{"id":"([^"]+)"\}/g))
        ids.add(match[1]!);
    }
  })().catch(() => opened());
  return { ids, opened: openedPromise };
}

describe.runIf(server)("two API servers and two workers on one PostgreSQL database", () => {
  const name = `newsgraph_scale_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  let admin: Database;
  let db: Database;
  let env: Record<string, string>;
  const procs: Proc[] = [];
  const abort = new AbortController();
  let dir: string;

  beforeAll(async () => {
    admin = await openDatabase({ kind: "postgres", url: server!.url }, { migrate: false });
    await admin.withSession((s) => s.exec(`CREATE DATABASE ${name} TEMPLATE ${server!.template}`));
    const url = withDatabase(server!.url, name);
    db = await openDatabase({ kind: "postgres", url }, { migrate: false });
    // Short job timeout so a killed worker's job runs again within the test.
    env = {
      DATABASE_URL: url,
      INGEST_JOB_TIMEOUT_SECONDS: "8",
      INGEST_MAINTENANCE_SECONDS: "2",
      INGEST_RETRY_DELAY_SECONDS: "1",
    };
    dir = await mkdtemp(path.join(os.tmpdir(), "newsgraph-scale-"));
  }, 120_000);

  afterAll(async () => {
    abort.abort();
    for (const proc of procs) if (proc.child.exitCode === null) proc.child.kill("SIGKILL");
    await db?.close();
    await admin?.withSession((s) => s.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    await admin?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 60_000);

  test(`${ARTICLES} queued articles: none lost, no duplicate entity, a SIGKILLed worker's job recovered, server B streams what A, the CLI and workers store`, async () => {
    const [a, b] = await Promise.all([startServer(env), startServer(env)]);
    procs.push(a, b);
    const subscription = subscribe(b.url, abort.signal);
    await subscription.opened;
    // Server A stores one article synchronously; B must hear of it.
    const direct = await gql(
      a.url,
      `mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { ... on MutationIngestArticleSuccess { data { id } } } }`,
      { i: { text: story(1000) } },
    );
    const directId = direct.data.ingestArticle.data.id as string;

    const enqueued = await gql(
      a.url,
      `mutation($i: [IngestArticleInput!]!) { enqueueArticles(input: $i) { ... on MutationEnqueueArticlesSuccess { data } } }`,
      {
        i: Array.from({ length: ARTICLES }, (_, n) => ({ text: story(n) })),
      },
    );
    const jobIds = enqueued.data.enqueueArticles.data as string[];
    expect(jobIds).toHaveLength(ARTICLES);

    const workerArgs = ["bin/newsgraph.js", "worker", "--concurrency", "2"];
    const victim = start(workerArgs, env);
    procs.push(victim, start(workerArgs, env));
    // Kill the first worker as soon as a job is running (with 2 at a time, it is mid-job).
    await until(
      "a running job",
      240_000,
      async () =>
        (await gql(a.url, "{ ingestJobs(state: RUNNING, first: 1) { edges { node { id } } } }"))
          .data.ingestJobs.edges.length > 0,
    );
    victim.child.kill("SIGKILL");

    // The CLI stores one more article; B must hear of it too.
    const file = path.join(dir, "cli.txt");
    await writeFile(file, story(2000));
    const cli = start(["bin/newsgraph.js", "ingest", file], env);
    const cliCode = await new Promise<number | null>((r) => cli.child.once("exit", r));
    expect(cliCode, cli.output).toBe(0);

    const states = await until("every job to finish", 360_000, async () => {
      const answer = await gql(
        a.url,
        "{ ingestJobs(first: 100) { edges { node { id state attempts error { code message } article { id } } } } }",
      );
      const nodes = answer.data.ingestJobs.edges.map((e: any) => e.node);
      return nodes.length === ARTICLES &&
        nodes.every((n: any) => n.state === "DONE" || n.state === "FAILED")
        ? nodes
        : null;
    });
    expect(states.filter((n: any) => n.state !== "DONE")).toEqual([]);
    expect(new Set(states.map((n: any) => n.id))).toEqual(new Set(jobIds));
    expect(await db.prisma.article.count()).toBe(ARTICLES + 2);

    // Concurrent workers merged the shared people into one entity each.
    const duplicates = await db.query<{ name: string }>(
      "SELECT name FROM entity GROUP BY name, type HAVING count(*) > 1",
      [],
    );
    expect(duplicates).toEqual([]);
    const people = await db.prisma.entity.count({ where: { name: { in: PEOPLE } } });
    expect(people).toBe(PEOPLE.length);

    // B streamed the article stored through A, through the CLI and through the workers.
    const stored = new Set<string>(states.map((n: any) => n.article.id as string));
    const cliArticle = await db.prisma.article.findFirstOrThrow({
      where: { text: { contains: "round 2000" } },
    });
    await until(
      "server B to stream every article",
      30_000,
      async () =>
        subscription.ids.has(directId) &&
        [...stored].every((id) => subscription.ids.has(id)) &&
        subscription.ids.size >= ARTICLES + 2,
    );
    expect(subscription.ids.size).toBe(ARTICLES + 2);
    expect(cliArticle.id).toBeGreaterThan(0);
  }, 900_000);
});
