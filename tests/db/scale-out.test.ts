import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.js";
import { ingestArticle } from "../../src/ingest/ingest.js";
import { withDatabase } from "../setup/global.js";

// Real processes on loopback: two API servers and two queue workers on one PostgreSQL database.
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const server = inject("postgres");
const ARTICLES = 200;
const PEOPLE = ["Karl Brenner", "Pavel Novak", "Ilona Szabo", "Marta Kowalska"];

/** Distinct texts whose people overlap, so concurrent workers merge the same entities. */
function story(n: number): string {
  const a = PEOPLE[n % PEOPLE.length]!;
  const b = PEOPLE[(n + 1) % PEOPLE.length]!;
  return `Border trade talks continue, round ${n}

VIENNA (Reuters) - ${a} met ${b} in Vienna on Tuesday to discuss border trade, officials said in statement number ${n}.

"We agreed to keep talking," ${a.split(" ")[1]} told reporters after round ${n} of the meeting.`;
}

/** Four publication days: the same meeting reported by many articles, so events merge across workers. */
function publishedAt(n: number): string {
  return `2024-05-0${(n % 4) + 1}`;
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

/** The `data` of every `next` message of subscription `query` on `url`, in arrival order (null for an error). */
function subscribe(
  url: string,
  query: string,
  signal: AbortSignal,
): { messages: (Record<string, any> | null)[]; opened: Promise<void> } {
  const messages: (Record<string, any> | null)[] = [];
  let opened!: () => void;
  const openedPromise = new Promise<void>((r) => (opened = r));
  void (async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { accept: "text/event-stream", "content-type": "application/json" },
      body: JSON.stringify({ query }),
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
      for (let end = buffer.indexOf("\n\n"); end !== -1; end = buffer.indexOf("\n\n")) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!/^event: next$/m.test(block)) continue;
        const data = /^data: (.*)$/m.exec(block)?.[1];
        messages.push(data ? (JSON.parse(data).data ?? null) : null);
      }
    }
  })().catch(() => opened());
  return { messages, opened: openedPromise };
}

/** Every job through server `url`'s ingestJobs, a page of 100 at a time. */
async function allJobs(url: string) {
  const jobs: any[] = [];
  let after: string | null = null;
  for (;;) {
    const answer = await gql(
      url,
      `query($after: String) { ingestJobs(first: 100, after: $after) {
         edges { node { id state attempts error { code message } article { id } } }
         pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    const page = answer.data.ingestJobs;
    jobs.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) return jobs;
    after = page.pageInfo.endCursor;
  }
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

  test(`${ARTICLES} articles queued through A and the CLI: none lost, no duplicate entity or event, a SIGKILLed worker's jobs recovered, server B streams the articles and events A, the CLI and workers commit and nothing rolled back, both servers answer alike`, async () => {
    const [a, b] = await Promise.all([startServer(env), startServer(env)]);
    procs.push(a, b);
    const articlesOnB = subscribe(
      b.url,
      "subscription { articleIngested { id title } }",
      abort.signal,
    );
    const eventsOnB = subscribe(b.url, "subscription { eventRecorded { id } }", abort.signal);
    await Promise.all([articlesOnB.opened, eventsOnB.opened]);
    // Server A stores one article synchronously; B must hear of it.
    const direct = await gql(
      a.url,
      `mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { ... on MutationIngestArticleSuccess { data { id } } } }`,
      { i: { text: story(1000), publishedAt: publishedAt(1000) } },
    );
    const directId = direct.data.ingestArticle.data.id as string;

    // A whole ingest (extraction, rows, its notification) whose transaction then rolls back.
    const rollingBack = new Proxy(db.prisma, {
      get(target, property) {
        if (property !== "$transaction") return Reflect.get(target, property);
        return (run: (tx: unknown) => Promise<unknown>, options: unknown) =>
          target.$transaction(async (tx) => {
            await run(tx);
            throw new Error("rolled back on purpose");
          }, options as never);
      },
    });
    await expect(
      ingestArticle(rollingBack, { text: `Rolled back ${story(3000)}`, publishedAt: "2024-05-01" }),
    ).rejects.toThrow("rolled back on purpose");

    // Most jobs through server A's mutation, the rest through `newsgraph ingest --queue`.
    const throughCli = 50;
    const enqueued = await gql(
      a.url,
      `mutation($i: [IngestArticleInput!]!) { enqueueArticles(input: $i) { ... on MutationEnqueueArticlesSuccess { data } } }`,
      {
        i: Array.from({ length: ARTICLES - throughCli }, (_, n) => ({
          text: story(n),
          publishedAt: publishedAt(n),
        })),
      },
    );
    const feed = path.join(dir, "feed.jsonl");
    await writeFile(
      feed,
      Array.from({ length: throughCli }, (_, i) => {
        const n = ARTICLES - throughCli + i;
        return JSON.stringify({ text: story(n), publishedAt: publishedAt(n) });
      }).join("\n"),
    );
    const enqueuer = start(["bin/newsgraph.js", "ingest", "--queue", feed], env);
    const enqueuerCode = await new Promise<number | null>((r) => enqueuer.child.once("exit", r));
    expect(enqueuerCode, enqueuer.output).toBe(0);
    const cliJobIds = [...enqueuer.output.matchAll(/^([0-9a-f-]{36})\t/gm)].map((m) => m[1]!);
    expect(cliJobIds).toHaveLength(throughCli);
    expect(enqueued.data?.enqueueArticles?.data, JSON.stringify(enqueued)).toBeInstanceOf(Array);
    const jobIds = [...(enqueued.data.enqueueArticles.data as string[]), ...cliJobIds];
    expect(new Set(jobIds).size).toBe(ARTICLES);

    // A worker alone picks jobs up and is SIGKILLed while it holds some: those jobs are
    // orphaned mid-ingest. (Should it have finished them in the instant before the kill,
    // the next one tries again.)
    const workerArgs = ["bin/newsgraph.js", "worker", "--concurrency", "2"];
    let orphaned: string[] = [];
    for (let victims = 0; orphaned.length === 0; victims += 1) {
      expect(victims, "a worker killed mid-job").toBeLessThan(3);
      const victim = start(workerArgs, env);
      procs.push(victim);
      await until("the worker to run a job", 240_000, async () => {
        if (victim.child.exitCode !== null) throw new Error(`worker exited: ${victim.output}`);
        const running = await db.query<{ id: string }>(
          "SELECT id FROM pgboss.job WHERE state = 'active' LIMIT 1",
          [],
        );
        return running.length > 0;
      });
      victim.child.kill("SIGKILL");
      await new Promise((r) => victim.child.once("exit", r));
      orphaned = (
        await db.query<{ id: string }>(
          "SELECT id::text AS id FROM pgboss.job WHERE state = 'active'",
          [],
        )
      ).map((row) => row.id);
    }
    procs.push(start(workerArgs, env), start(workerArgs, env));

    // The CLI stores one more article while the workers run; B must hear of it too.
    const file = path.join(dir, "cli.txt");
    await writeFile(file, story(2000));
    const cli = start(["bin/newsgraph.js", "ingest", file], env);
    const cliCode = await new Promise<number | null>((r) => cli.child.once("exit", r));
    expect(cliCode, cli.output).toBe(0);

    const jobs = await until("every job to end", 480_000, async () => {
      const all = await allJobs(a.url);
      return all.length === ARTICLES &&
        all.every((job: any) => job.state === "DONE" || job.state === "FAILED")
        ? all
        : null;
    });
    // No job lost; every one done (a failure would have to carry its reason, and none is expected).
    expect(new Set(jobs.map((job: any) => job.id))).toEqual(new Set(jobIds));
    expect(jobs.filter((job: any) => job.state !== "DONE")).toEqual([]);
    // The killed worker's jobs ran again, and stored their article once.
    const rerun = jobs.filter((job: any) => orphaned.includes(job.id));
    expect(rerun).toHaveLength(orphaned.length);
    for (const job of rerun) expect(job.attempts).toBeGreaterThanOrEqual(2);
    expect(new Set(jobs.map((job: any) => job.article.id)).size).toBe(ARTICLES);
    expect(await db.prisma.article.count()).toBe(ARTICLES + 2);
    expect(await db.prisma.article.count({ where: { text: { startsWith: "Rolled back" } } })).toBe(
      0,
    );

    // Concurrent workers merged the shared people into one entity each, and each meeting into one event.
    const duplicateEntities = await db.query<{ name: string }>(
      "SELECT key AS name FROM entity GROUP BY type, key HAVING count(*) > 1",
      [],
    );
    expect(duplicateEntities).toEqual([]);
    expect(await db.prisma.entity.count({ where: { name: { in: PEOPLE } } })).toBe(PEOPLE.length);
    const duplicateEvents = await db.query<{ code: string }>(
      `SELECT code FROM (
         SELECT e.code, e.anchor_date, e.location_id,
                (SELECT array_agg(p.entity_id ORDER BY p.entity_id, p.role)
                 FROM event_participant p WHERE p.event_id = e.id) AS who,
                (SELECT array_agg(DISTINCT m.article_id) FROM event_mention m WHERE m.event_id = e.id) AS reports
         FROM event e) x
       GROUP BY code, anchor_date, location_id, who
       HAVING count(*) > 1 AND count(DISTINCT reports) > 1`,
      [],
    );
    expect(duplicateEvents).toEqual([]);
    // The meetings merged across articles stored by different workers.
    const [merged] = await db.query<{ n: number }>(
      "SELECT max(reports)::int AS n FROM (SELECT count(DISTINCT article_id) AS reports FROM event_mention GROUP BY event_id) r",
      [],
    );
    expect(merged!.n).toBeGreaterThan(10);

    // B streamed each committed article once — through A, the CLI and the workers — and
    // nothing for the rolled-back ingest or the killed worker's rolled-back transactions.
    const cliArticle = await db.prisma.article.findFirstOrThrow({
      where: { text: { contains: "round 2000" } },
    });
    const expected = new Set<string>([directId, ...jobs.map((job: any) => job.article.id)]);
    await until(
      "server B to stream every article",
      60_000,
      async () => articlesOnB.messages.length >= ARTICLES + 2,
    );
    // Anything late would arrive within this pause.
    await new Promise((r) => setTimeout(r, 2_000));
    // A message for an article that is not there (a rolled-back ingest) would arrive as null.
    const streamed = articlesOnB.messages.map((m) => m?.articleIngested ?? null);
    expect(streamed).toHaveLength(ARTICLES + 2);
    expect(streamed.filter((article) => article === null)).toEqual([]);
    const streamedIds = streamed.map((article) => article.id as string);
    expect(new Set(streamedIds).size).toBe(ARTICLES + 2);
    for (const id of expected) expect(streamedIds).toContain(id);
    expect(streamed.some((article) => article.title.includes("round 2000"))).toBe(true);
    expect(streamed.some((article) => article.title.startsWith("Rolled back"))).toBe(false);
    expect(cliArticle.id).toBeGreaterThan(0);
    // eventRecorded on B: every stored event, each time an article reports it, and no other.
    expect(eventsOnB.messages.filter((m) => !m?.eventRecorded)).toEqual([]);
    const [reports] = await db.query<{ events: number; reports: number }>(
      `SELECT count(DISTINCT event_id)::int AS events,
              count(DISTINCT (event_id, article_id))::int AS reports FROM event_mention`,
      [],
    );
    expect(new Set(eventsOnB.messages.map((m) => m!.eventRecorded.id)).size).toBe(reports!.events);
    expect(eventsOnB.messages).toHaveLength(reports!.reports);

    // Both servers give the same answers over the same database.
    const overview = `{
      events(first: 20) { totalCount edges { node { id label date participants { role entity { name } } } } }
      entities(first: 20) { totalCount edges { node { id name mentionCount } } }
      articles(first: 5) { edges { node { id title } } } }`;
    const [fromA, fromB] = await Promise.all([gql(a.url, overview), gql(b.url, overview)]);
    expect(fromA.errors).toBeUndefined();
    expect(fromB).toEqual(fromA);
  }, 900_000);
});
