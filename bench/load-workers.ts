/**
 * The queue mode of bench/load.ts (`--workers N`): one API server answers
 * reads while articles go through the durable queue to N separate
 * `newsgraph worker` processes. Runs, against the same server and database:
 *
 *   1. reads only: every connection sends read queries;
 *   2. for comparison, the same readers while ingest clients send
 *      `ingestArticle` to the API server itself (extraction on its thread pool,
 *      the transaction from its event loop), one article at a time each;
 *   3. the same readers while the ingest clients enqueue one article at a time
 *      (`enqueueArticles`) and wait for a worker to store it;
 *   4. the same readers while one ~1 MB article is enqueued every few seconds;
 *   5. reads only again, to show how far the machine drifted meanwhile.
 *
 * The database is ANALYZEd after seeding, and 10 s of reads before run 1 warm the server up
 * uncounted.
 *
 * The queue is drained between runs, so each starts idle. Prints the runs
 * side by side with the read throughput and p99 against both reads-only runs, then errors
 * (failed requests, failed or unfinished jobs) and the graph's integrity.
 */
import type { ChildProcess } from "node:child_process";
import pg from "pg";
import { hashContent } from "../src/ingest/ingest.js";
import { graphIntegrity } from "./integrity.js";
import { API_KEY, READS, makeArticle } from "./load-mix.js";
import { startWorker, stopProcess } from "./workers.js";
import {
  createThrowawayDatabase,
  describeLoad,
  percentile,
  round,
  rssMbOf,
  startServer,
} from "./support.js";

export interface WorkersLoadOptions {
  adminUrl: string;
  /** Worker processes. */
  workers: number;
  /** Jobs each worker process runs at a time. */
  concurrency: number;
  durationS: number;
  /** Reader connections, the same in every run. */
  connections: number;
  /** Clients that enqueue an article and wait for it, in run 2. */
  ingestClients: number;
  /** Seconds between two ~1 MB articles in run 4. */
  bigEveryS: number;
  /** Niceness of the worker processes (0: the API server's priority). */
  workerNiceness: number;
  keep: boolean;
}

const ENQUEUE = `mutation Enqueue($input: [IngestArticleInput!]!) {
  enqueueArticles(input: $input) { __typename ... on MutationEnqueueArticlesSuccess { data } ... on Error { code message } }
}`;

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { __typename ... on MutationIngestArticleSuccess { data { id } } ... on Error { code message } }
}`;

const RUNS = [
  "reads only",
  "ingests on the server",
  "queue ingests",
  "1 MB articles",
  "reads only, again",
] as const;
type RunName = (typeof RUNS)[number] | "warm-up";

interface Run {
  name: RunName;
  seconds: number;
  reads: number[];
  enqueues: number[];
  /** Per article stored during the run: enqueue to done, or the ingestArticle round trip. */
  jobs: number[];
  stored: number;
  load: string;
  serverPeakRssMb: number;
}

interface JobWaiter {
  enqueuedAt: number;
  resolve(outcome: { state: string; ms: number; reason: string | null }): void;
}

/** Runs the warm-up and the five runs and prints them; returns the exit code (1 on errors or violations). */
export async function runWorkersLoad(options: WorkersLoadOptions): Promise<number> {
  const database = await createThrowawayDatabase(options.adminUrl, "loadq");
  console.log(
    `database ${database.name}; starting the API server and ${options.workers} worker(s)…`,
  );
  const server = await startServer({
    DATABASE_URL: database.url,
    SEED: "true",
    NEWSGRAPH_API_KEY: API_KEY,
    RATE_LIMIT_READS_PER_SECOND: "0",
    RATE_LIMIT_WRITES_PER_SECOND: "0",
    // Every ingest empties the response cache, so with it on a reads-only run would measure cache
    // hits against uncached reads in the others; bench/api.ts measures the cache on its own.
    RESPONSE_CACHE_MAX_BYTES: "0",
  });
  const workers: ChildProcess[] = [];
  const client = new pg.Client({ connectionString: database.url });
  const errors = new Map<string, number>();
  const noteError = (what: string) => errors.set(what, (errors.get(what) ?? 0) + 1);
  const storedHashes: string[] = [];
  const waiting = new Map<string, JobWaiter>();
  const runs: Run[] = [];
  let poller: NodeJS.Timeout | null = null;
  try {
    for (let i = 0; i < options.workers; i += 1) {
      workers.push(
        await startWorker(
          database.url,
          options.concurrency,
          {
            // A 1 MB article on a busy machine may take a while; it must not fail by timeout.
            EXTRACT_TIMEOUT_MS: "300000",
            INGEST_JOB_TIMEOUT_SECONDS: "900",
          },
          options.workerNiceness,
        ),
      );
    }
    await client.connect();
    // Fresh statistics for the seeded graph (as bench/api.ts does): without them the first
    // run reads with the plans of an empty database until autovacuum gets to it.
    await client.query("ANALYZE");
    const endpoint = `http://127.0.0.1:${server.port}/graphql`;
    const send = async (body: unknown) => {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${API_KEY}` },
        body: JSON.stringify(body),
      });
      return {
        status: response.status,
        json: (await response.json()) as {
          data?: {
            enqueueArticles?: { __typename: string; data?: string[]; code?: string };
            ingestArticle?: { __typename: string; code?: string };
          };
          errors?: { extensions?: { code?: string } }[];
        },
      };
    };

    // One statement every 200 ms settles every job a client waits for.
    let polling = false;
    poller = setInterval(() => {
      if (polling || waiting.size === 0) return;
      polling = true;
      void client
        .query<{
          id: string;
          state: string;
          output: { status?: string; error?: { code: string } };
        }>(
          `SELECT id::text AS id, state, output FROM pgboss.job
           WHERE id = ANY($1::uuid[]) AND state IN ('completed', 'failed', 'cancelled')`,
          [[...waiting.keys()]],
        )
        .then(({ rows }) => {
          for (const row of rows) {
            const waiter = waiting.get(row.id);
            if (!waiter) continue;
            waiting.delete(row.id);
            const failed = row.state !== "completed" || row.output?.status === "FAILED";
            waiter.resolve({
              state: failed ? "failed" : "done",
              ms: performance.now() - waiter.enqueuedAt,
              reason: failed ? (row.output?.error?.code ?? row.state) : null,
            });
          }
        })
        .catch((error: Error) => noteError(`job poll ${error.message}`))
        .finally(() => (polling = false));
    }, 200);

    let articleNumber = 0;
    /** Enqueues one article; resolves, once it is queued, with a promise of its job's end (or null). */
    const enqueue = async (article: { text: string; publishedAt: string }, run: Run) => {
      const started = performance.now();
      const { status, json } = await send({ query: ENQUEUE, variables: { input: [article] } });
      const id = json.data?.enqueueArticles?.data?.[0];
      if (status !== 200 || json.errors || !id) {
        noteError(
          `enqueue ${status} ${json.errors?.[0]?.extensions?.code ?? json.data?.enqueueArticles?.code ?? ""}`.trim(),
        );
        return null;
      }
      run.enqueues.push(performance.now() - started);
      const done = new Promise<number | null>((resolve) => {
        waiting.set(id, {
          enqueuedAt: started,
          resolve: ({ state, ms, reason }) => {
            if (state === "done") {
              storedHashes.push(hashContent(article.text));
              run.stored += 1;
              run.jobs.push(ms);
              resolve(ms);
            } else {
              noteError(`job failed ${reason}`);
              resolve(null);
            }
          },
        });
      });
      return { done };
    };

    /** Stores one article through the API server's own ingestArticle. */
    const ingestOnServer = async (article: { text: string; publishedAt: string }, run: Run) => {
      const started = performance.now();
      const { status, json } = await send({ query: INGEST, variables: { input: article } });
      const outcome = json.data?.ingestArticle;
      if (status !== 200 || json.errors || outcome?.__typename !== "MutationIngestArticleSuccess") {
        noteError(
          `ingest ${status} ${json.errors?.[0]?.extensions?.code ?? outcome?.code ?? ""}`.trim(),
        );
        return;
      }
      storedHashes.push(hashContent(article.text));
      run.stored += 1;
      run.jobs.push(performance.now() - started);
    };

    const read = async (connection: number, turn: number, run: Run) => {
      const started = performance.now();
      try {
        const { status, json } = await send({ query: READS[(connection + turn) % READS.length]! });
        if (status !== 200 || json.errors) {
          noteError(`read ${status} ${json.errors?.[0]?.extensions?.code ?? ""}`.trim());
          return;
        }
        run.reads.push(performance.now() - started);
      } catch (error) {
        noteError(`transport ${(error as Error).message}`);
      }
    };

    const execute = async (name: RunName, durationS: number) => {
      const run: Run = {
        name,
        seconds: 0,
        reads: [],
        enqueues: [],
        jobs: [],
        stored: 0,
        load: "",
        serverPeakRssMb: 0,
      };
      const pending: Promise<unknown>[] = [];
      const startedAt = performance.now();
      const deadline = startedAt + durationS * 1000;
      let peak = rssMbOf(server.pid);
      const sampler = setInterval(() => (peak = Math.max(peak, rssMbOf(server.pid))), 500);
      const readers = Array.from({ length: options.connections }, async (_, connection) => {
        for (let turn = 0; performance.now() < deadline; turn += 1) {
          await read(connection, turn, run);
        }
      });
      const ingesters =
        name === "ingests on the server"
          ? Array.from({ length: options.ingestClients }, async () => {
              while (performance.now() < deadline) {
                await ingestOnServer(makeArticle(articleNumber++), run).catch((error: Error) =>
                  noteError(`transport ${error.message}`),
                );
              }
            })
          : [];
      if (name === "queue ingests") {
        ingesters.push(
          ...Array.from({ length: options.ingestClients }, async () => {
            while (performance.now() < deadline) {
              const job = await enqueue(makeArticle(articleNumber++), run).catch(
                (error: Error) => void noteError(`transport ${error.message}`),
              );
              await job?.done;
            }
          }),
        );
      }
      if (name === "1 MB articles") {
        ingesters.push(
          (async () => {
            while (performance.now() < deadline) {
              const tick = performance.now();
              const job = await enqueue(bigArticle(articleNumber++), run).catch(
                (error: Error) => void noteError(`transport ${error.message}`),
              );
              if (job) pending.push(job.done);
              const wait = options.bigEveryS * 1000 - (performance.now() - tick);
              await new Promise((r) => setTimeout(r, Math.max(0, wait)));
            }
          })(),
        );
      }
      await Promise.all([...readers, ...ingesters]);
      run.seconds = (performance.now() - startedAt) / 1000;
      clearInterval(sampler);
      run.serverPeakRssMb = Math.max(peak, rssMbOf(server.pid));
      run.load = describeLoad();
      if (name !== "warm-up") runs.push(run);
      // The next run starts with an idle queue.
      await drain(waiting, 900_000);
      await Promise.all(pending);
      console.log(`${name}: ${run.reads.length} reads, ${run.stored} articles stored; ${run.load}`);
    };

    await execute("warm-up", Math.min(10, options.durationS));
    for (const name of RUNS) await execute(name, options.durationS);
  } finally {
    if (poller) clearInterval(poller);
    for (const waiter of waiting.values()) {
      noteError("job unfinished");
      waiter.resolve({ state: "unfinished", ms: 0, reason: "unfinished" });
    }
    await Promise.all(workers.map(stopProcess));
    await server.stop();
  }

  const integrity = await graphIntegrity(client, storedHashes);
  const jobStates = (
    await client.query<{ state: string; n: string }>(
      `SELECT state, count(*) AS n FROM pgboss.job WHERE name = 'ingest-article' GROUP BY state`,
    )
  ).rows;
  await client.end();
  if (!options.keep) await database.drop();

  // Both reads-only runs are baselines: on a busy machine they differ, and the runs between
  // them are compared with each ("first / again").
  const rateOf = (run: Run) => run.reads.length / run.seconds;
  const p99Of = (run: Run) => percentile(sorted(run.reads), 99);
  const baselines = runs.filter((run) => run.name.startsWith("reads only"));
  const against = (value: number, of: (run: Run) => number) =>
    baselines.map((baseline) => round(value / of(baseline), 2)).join(" / ");
  const table: Record<string, Record<string, number | string>> = {};
  for (const run of runs) {
    const reads = sorted(run.reads);
    table[run.name] = {
      "reads/s": round(rateOf(run)),
      "read p50 ms": round(percentile(reads, 50)),
      "read p99 ms": round(p99Of(run)),
      "reads/s vs reads only": against(rateOf(run), rateOf),
      "p99 vs reads only": against(p99Of(run), p99Of),
      "stored/s": round(run.stored / run.seconds),
      "enqueue p99 ms": run.enqueues.length ? round(percentile(sorted(run.enqueues), 99)) : "",
      // Enqueue to stored for queued articles, the mutation's answer for ingestArticle.
      "ingest p50 ms": run.jobs.length ? round(percentile(sorted(run.jobs), 50)) : "",
      "server RSS MB": run.serverPeakRssMb,
    };
  }
  console.log(
    `\n${options.connections} reader connections, ${options.durationS} s per run; ` +
      `${options.workers} worker process(es) × ${options.concurrency} jobs` +
      `${options.workerNiceness > 0 ? ` at nice ${options.workerNiceness}` : ""}; ` +
      `${options.ingestClients} ingest clients in runs 2 and 3, a ~1 MB article every ${options.bigEveryS} s in run 4; ` +
      "ratios against the first / the second reads-only run",
  );
  console.table(table);
  for (const run of runs) console.log(`${run.name}: ${run.load}`);
  const queued = table["queue ingests"]!;
  const big = table["1 MB articles"]!;
  console.log(
    `targets: queue ingests reads/s ≥ 0.8 × reads only: ${queued["reads/s vs reads only"]}; ` +
      `read p99 ≤ 1.5×: ${queued["p99 vs reads only"]}; 1 MB articles read p99 ≤ 2×: ${big["p99 vs reads only"]}`,
  );
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  const violations = Object.values(integrity).reduce((a, b) => a + b, 0);
  console.log(`errors: ${errorCount}`, errorCount ? Object.fromEntries(errors) : "");
  console.log(
    "jobs by pg-boss state:",
    Object.fromEntries(jobStates.map((r) => [r.state, Number(r.n)])),
  );
  console.log("integrity:", integrity);
  console.log(`integrity violations: ${violations}`);
  return errorCount > 0 || violations > 0 ? 1 : 0;
}

/** Waits until no client waits for a job, at most `ms`. */
async function drain(waiting: Map<string, JobWaiter>, ms: number) {
  const deadline = Date.now() + ms;
  while (waiting.size > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
  }
}

function sorted(values: number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** One unique ~1 MB wire story: a headline over the bodies of many generated stories. */
function bigArticle(n: number) {
  const parts = [`Trade talks drag on across Europe, part ${n}`];
  let bytes = 0;
  for (let i = 0; bytes < 1_000_000; i += 1) {
    const body = makeArticle(n * 10_000 + i)
      .text.split("\n\n")
      .slice(1)
      .join("\n\n");
    parts.push(body);
    bytes += Buffer.byteLength(body) + 2;
  }
  return { text: parts.join("\n\n"), publishedAt: "2024-03-15" };
}
