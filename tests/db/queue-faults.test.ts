import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.js";
import { ExtractionLimitError } from "../../src/errors.js";
import { extract } from "../../src/extract/pipeline.js";
import type { ExtractOptions } from "../../src/extract/types.js";
import { hashContent, ingestArticle } from "../../src/ingest/ingest.js";
import { ChangeFeed } from "../../src/pubsub.js";
import { IngestQueue, runIngestJob, type IngestJob } from "../../src/queue/ingest-queue.js";
import { withDatabase } from "../setup/global.js";
import { startProxy } from "../setup/tcp-proxy.js";

// Faults a queue worker meets on PostgreSQL: the database going away mid-job,
// inputs that can never succeed, bugs that use up the retries, and the live-update
// listener losing its connection.
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const server = inject("postgres");

/** A short wire story of our own; `tag` makes the text distinct and tells the extractor what to do. */
function story(tag: string): string {
  return `Rail link talks resume in Ljubljana

LJUBLJANA (Reuters) - Slovenian Transport Minister Ana Kovac met Croatian envoy Ivo Maric in Ljubljana on Thursday to discuss a rail link, officials said (${tag}).

"The line will be built," Kovac told reporters after the talks.`;
}

async function until<T>(what: string, ms: number, probe: () => Promise<T | null | false>) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.runIf(server)("ingest queue faults on PostgreSQL", () => {
  const name = `newsgraph_qfault_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  let admin: Database;
  let url: string;
  /** The graph as the worker sees it: through a proxy the tests can cut. */
  let proxied: Database;
  let direct: Database;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let queue: IngestQueue;
  /** What the worker's extractor does before extracting a text that contains the key. */
  const faults = new Map<string, () => void | Promise<void>>();
  const extractor = async (text: string, options: ExtractOptions) => {
    for (const [marker, fault] of faults) if (text.includes(marker)) await fault();
    return extract(text, options);
  };

  beforeAll(async () => {
    admin = await openDatabase({ kind: "postgres", url: server!.url }, { migrate: false });
    await admin.withSession((s) => s.exec(`CREATE DATABASE ${name} TEMPLATE ${server!.template}`));
    url = withDatabase(server!.url, name);
    const target = new URL(url);
    proxy = await startProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const throughProxy = new URL(url);
    throughProxy.hostname = "127.0.0.1";
    throughProxy.port = String(proxy.port);
    direct = await openDatabase({ kind: "postgres", url }, { migrate: false });
    proxied = await openDatabase(
      { kind: "postgres", url: throughProxy.toString() },
      { migrate: false },
    );
    // pg-boss itself talks to the database directly: only the ingest loses it.
    queue = await IngestQueue.open(proxied, url, {
      settings: {
        retryLimit: 2,
        retryDelaySeconds: 1,
        jobTimeoutSeconds: 60,
        maintenanceSeconds: 30,
      },
    });
    await queue.work({ concurrency: 1, extractor, pollingSeconds: 0.5 });
  }, 120_000);

  afterAll(async () => {
    await queue?.close(5_000);
    await proxied?.close();
    await proxy?.close();
    await direct?.close();
    await admin?.withSession((s) => s.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    await admin?.close();
  }, 60_000);

  const settled = (id: string, ms = 60_000) =>
    until(`job ${id} to end`, ms, async () => {
      // The queue reads jobs through the proxy too: while a test has it cut, try again.
      const job = await queue.job(id).catch(() => null);
      return job && (job.state === "DONE" || job.state === "FAILED") ? job : null;
    });

  const storedCopies = async (text: string) =>
    direct.prisma.article.count({ where: { contentHash: hashContent(text) } });

  test("an ingest that loses its database throws a retryable DATABASE_UNAVAILABLE, not a final outcome", async () => {
    const text = story("classify outage");
    faults.set("classify outage", () => proxy.cut());
    try {
      await expect(runIngestJob(proxied, { text }, extractor)).rejects.toMatchObject({
        code: "DATABASE_UNAVAILABLE",
      });
    } finally {
      faults.delete("classify outage");
      proxy.restore();
    }
    expect(await storedCopies(text)).toBe(0);
  });

  test("a job whose database goes away mid-ingest is retried after a delay and stored once", async () => {
    const text = story("outage");
    let outages = 0;
    faults.set("outage", () => {
      if (outages++ > 0) return;
      // Cut between extraction and the transaction; back before the first retry is due.
      proxy.cut();
      setTimeout(() => proxy.restore(), 300);
    });
    const enqueuedAt = Date.now();
    const [id] = await queue.enqueue([{ text }]);
    const job = await settled(id!);
    expect(job).toMatchObject({ state: "DONE", attempts: 2, outcome: "CREATED", error: null });
    // pg-boss held the retry back for at least INGEST_RETRY_DELAY_SECONDS (1 s here).
    expect(job.startedAt!.getTime() - enqueuedAt).toBeGreaterThanOrEqual(900);
    expect(outages).toBe(2);
    expect(await storedCopies(text)).toBe(1);
  }, 90_000);

  test("permanent faults end the job at once as FAILED with their typed error: an extraction limit, an input that fails validation", async () => {
    const runaway = story("runaway");
    faults.set("runaway", () => {
      throw new ExtractionLimitError("extraction ran past 20000 ms");
    });
    const [limitId] = await queue.enqueue([{ text: runaway }]);
    // A job added without enqueue()'s validation (another client, an older version): empty text.
    const [{ id: invalidId }] = (await direct.query<{ id: string }>(
      `INSERT INTO pgboss.job (name, data, retry_limit, retry_delay, retry_backoff)
         VALUES ('ingest-article', '{"text": "   "}', 2, 1, true) RETURNING id::text AS id`,
      [],
    )) as [{ id: string }];
    const limited = await settled(limitId!);
    const invalid = await settled(invalidId);
    // Past the first retry's delay: still one attempt each.
    await new Promise((r) => setTimeout(r, 2_500));
    const again = await Promise.all([queue.job(limitId!), queue.job(invalidId)]);
    for (const job of [limited, invalid, ...again] as IngestJob[]) {
      expect(job).toMatchObject({ state: "FAILED", attempts: 1, articleId: null });
    }
    expect(limited.error?.code).toBe("EXTRACTION_LIMIT_EXCEEDED");
    expect(invalid.error?.code).toBe("VALIDATION_FAILED");
    expect(await storedCopies(runaway)).toBe(0);
    faults.delete("runaway");
  }, 90_000);

  test("an unexpected error uses up the retries and stays FAILED; newsgraph retry-failed queues it again and it is stored", async () => {
    const text = story("bug");
    let broken = true;
    faults.set("bug", () => {
      if (broken) throw new Error("extractor bug on purpose");
    });
    const [id] = await queue.enqueue([{ text }]);
    const failed = await settled(id!);
    expect(failed).toMatchObject({ state: "FAILED", attempts: 3, retryLimit: 2 });
    expect(failed.error?.message).toContain("extractor bug on purpose");
    expect(await storedCopies(text)).toBe(0);

    broken = false;
    const cli = spawn(process.execPath, ["bin/newsgraph.js", "retry-failed"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    cli.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    cli.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    const code = await new Promise<number | null>((r) => cli.once("exit", r));
    expect(code, output).toBe(0);
    expect(output).toContain("1 failed job(s) queued again");

    const done = await settled(id!);
    expect(done).toMatchObject({ state: "DONE", outcome: "CREATED", error: null });
    expect(await storedCopies(text)).toBe(1);
    faults.delete("bug");
  }, 180_000);

  test("ingestJobs pages by DONE and FAILED hold jobs of that state only, whatever is newer", async () => {
    faults.set("paging failure", () => {
      throw new ExtractionLimitError("extraction ran past 20000 ms");
    });
    const failing = await queue.enqueue([
      { text: story("paging failure 1") },
      { text: story("paging failure 2") },
    ]);
    await Promise.all(failing.map((id) => settled(id)));
    // Newer jobs that end DONE sit in front of the failures.
    const succeeding = await queue.enqueue(
      [1, 2, 3].map((n) => ({ text: story(`paging success ${n}`) })),
    );
    await Promise.all(succeeding.map((id) => settled(id)));
    faults.delete("paging failure");

    const everything = await queue.jobs({ state: null, first: 1000, after: null });
    for (const state of ["DONE", "FAILED"] as const) {
      const paged: IngestJob[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await queue.jobs({ state, first: 1, after });
        expect(page.length).toBeGreaterThan(0);
        paged.push(page[0]!);
        if (page.length === 1) break;
        after = page[0]!.id;
      }
      expect(paged.every((job) => job.state === state)).toBe(true);
      expect(paged.map((job) => job.id)).toEqual(
        everything.filter((job) => job.state === state).map((job) => job.id),
      );
    }
  }, 90_000);

  test("the live-update listener reconnects after its connection is terminated and delivers later commits once", async () => {
    const feed = new ChangeFeed(direct);
    await feed.ready;
    const seen: number[] = [];
    let gaps = 0;
    feed.subscribe((change) => seen.push(change.articleId));
    feed.onGap(() => (gaps += 1));
    try {
      const terminated = await admin.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity
         WHERE datname = $1 AND query ILIKE 'LISTEN%' AND pg_terminate_backend(pid)`,
        [name],
      );
      expect(terminated.length).toBe(1);
      await until("the listener to reconnect", 20_000, async () => gaps === 1);

      const first = await ingestArticle(direct.prisma, { text: story("after reconnect 1") });
      const second = await ingestArticle(direct.prisma, { text: story("after reconnect 2") });
      await until("both commits to arrive", 20_000, async () => seen.includes(second.articleId));
      expect(seen.filter((id) => id === first.articleId)).toHaveLength(1);
      expect(seen.filter((id) => id === second.articleId)).toHaveLength(1);
      expect(gaps).toBe(1);
    } finally {
      await feed.close();
    }
  }, 60_000);
});

describe.runIf(server)("a worker process stopped with SIGTERM", () => {
  const name = `newsgraph_qstop_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  let admin: Database;
  let db: Database;
  let url: string;
  let queue: IngestQueue;

  beforeAll(async () => {
    admin = await openDatabase({ kind: "postgres", url: server!.url }, { migrate: false });
    await admin.withSession((s) => s.exec(`CREATE DATABASE ${name} TEMPLATE ${server!.template}`));
    url = withDatabase(server!.url, name);
    db = await openDatabase({ kind: "postgres", url }, { migrate: false });
    // Only adds and reads jobs: the worker process runs them.
    queue = await IngestQueue.open(db, url, { supervise: false });
  }, 120_000);

  afterAll(async () => {
    await queue?.close();
    await db?.close();
    await admin?.withSession((s) => s.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    await admin?.close();
  }, 60_000);

  test("finishes the job it is running, then exits 0", async () => {
    // Long enough that the signal arrives mid-job: a few hundred paragraphs of wire copy.
    const text = [
      "Rail link talks drag on",
      ...Array.from(
        { length: 1500 },
        (_, n) =>
          `LJUBLJANA (Reuters) - Transport Minister Ana Kovac met envoy Ivo Maric on Thursday, round ${n}, officials said. "The line will be built," Kovac told reporters.`,
      ),
    ].join("\n\n");
    const worker = spawn(process.execPath, ["bin/newsgraph.js", "worker", "--concurrency", "1"], {
      cwd: ROOT,
      // The job runs at WORKER_NICE 10 on a loaded CI machine: give it the time to finish, since
      // what is tested is that it finishes, not how fast (a job cut short is re-queued).
      env: {
        ...process.env,
        DATABASE_URL: url,
        LOG_LEVEL: "info",
        EXTRACT_THREADS: "1",
        SHUTDOWN_TIMEOUT_MS: "120000",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    worker.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    worker.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    const exited = new Promise<number | null>((r) => worker.once("exit", r));
    try {
      await until("the worker to start", 180_000, async () =>
        output.includes("ingest worker running"),
      );
      if (process.platform === "linux") {
        // WORKER_NICE (default 10) holds for every thread of the worker, extraction and main alike.
        const niceValues = readdirSync(`/proc/${worker.pid}/task`).map((tid) => {
          const stat = readFileSync(`/proc/${worker.pid}/task/${tid}/stat`, "utf8");
          return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
        });
        expect(niceValues.length).toBeGreaterThan(2);
        expect(new Set(niceValues)).toEqual(new Set([10]));
      }
      const [id] = await queue.enqueue([{ text }]);
      await until("the job to run", 60_000, async () => {
        const job = await queue.job(id!);
        if (job?.state === "DONE") throw new Error("the job finished before the signal");
        return job?.state === "RUNNING";
      });
      worker.kill("SIGTERM");
      expect(await exited, output).toBe(0);
      expect(await queue.job(id!)).toMatchObject({
        state: "DONE",
        attempts: 1,
        outcome: "CREATED",
      });
      expect(output).toContain("worker stopped");
    } finally {
      if (worker.exitCode === null) worker.kill("SIGKILL");
    }
  }, 300_000);
});
