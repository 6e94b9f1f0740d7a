/**
 * The queue mode of bench/load.ts (`--workers N`): one API server answers
 * reads while articles go through the durable queue to N separate
 * `newsgraph worker` processes. The same reader connections run through
 * every phase; each ingest phase sits between two reads-only phases, and the
 * sequence repeats for `--rounds` rounds, so each ingest phase is compared
 * with the reads-only phases right before and after it, in the same run:
 *
 *   reads only | ingests on the server | reads only | queue ingests | reads only |
 *   1 MB articles | reads only | … (next round) … | reads only
 *
 * - ingests on the server: ingest clients send `ingestArticle` to the API server
 *   itself (extraction on its thread pool, the transaction from its event loop),
 *   for comparison;
 * - queue ingests: the same clients enqueue one article at a time
 *   (`enqueueArticles`) and wait for a worker to store it;
 * - 1 MB articles: one ~1 MB article is enqueued every `--big-every` seconds.
 *
 * With several worker niceness values (`--worker-nice 0,10`), the queue phases
 * run once per value in each round (in alternating order from round to round),
 * with the workers restarted at that WORKER_NICE: the effect of the setting in
 * one run.
 *
 * Between phases the queue is drained and autovacuum left to finish, so every
 * phase starts idle: a 1 MB article is charged the CPU of its own phase, not the
 * next one's. The database grows meanwhile (a 1 MB article adds ~24,000
 * mentions of the same few people, and counting them is part of the reads), so
 * reads get slower over a run; comparing with the neighbouring reads-only
 * phases (their mean) takes that drift out. The summary gives, per kind of
 * phase, the median over the rounds of those ratios, and the ratio of the
 * medians.
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
  /** Seconds per phase. */
  durationS: number;
  /** Reader connections, the same in every phase. */
  connections: number;
  /** Clients that send or enqueue one article at a time and wait for it. */
  ingestClients: number;
  /** Seconds between two ~1 MB articles. */
  bigEveryS: number;
  /**
   * WORKER_NICE values to run the queue phases with (null: the worker's default); "p10" runs the
   * whole worker process at niceness 10 (`nice -n 10`, every thread), not only its extraction.
   */
  workerNiceness: (string | null)[];
  /** Times the sequence of phases runs. */
  rounds: number;
  /** Which ingest phases run: "server", "queue", "big". */
  kinds: Kind[];
  keep: boolean;
}

export type Kind = "server" | "queue" | "big";
export const KINDS: Kind[] = ["server", "queue", "big"];

const ENQUEUE = `mutation Enqueue($input: [IngestArticleInput!]!) {
  enqueueArticles(input: $input) { __typename ... on MutationEnqueueArticlesSuccess { data } ... on Error { code message } }
}`;

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { __typename ... on MutationIngestArticleSuccess { data { id } } ... on Error { code message } }
}`;

interface Phase {
  kind: "reads" | Kind;
  /** WORKER_NICE of the workers in a queue phase ("p10": the whole process at 10). */
  nice: string | null;
  round: number;
}

interface Run extends Phase {
  name: string;
  seconds: number;
  reads: number[];
  enqueues: number[];
  /** Per article stored during the phase: enqueue to done, or the ingestArticle round trip. */
  jobs: number[];
  stored: number;
  load: string;
  serverPeakRssMb: number;
}

interface JobWaiter {
  enqueuedAt: number;
  resolve(outcome: { state: string; ms: number; reason: string | null }): void;
}

const LABELS: Record<Phase["kind"], string> = {
  reads: "reads only",
  server: "ingests on the server",
  queue: "queue ingests",
  big: "1 MB articles",
};

function phaseName(phase: Phase, niceValues: number): string {
  const nice =
    phase.nice === null
      ? "default"
      : phase.nice.startsWith("p")
        ? `${phase.nice.slice(1)}, whole process`
        : phase.nice;
  const suffix = (phase.kind === "queue" || phase.kind === "big") && niceValues > 1;
  return `${LABELS[phase.kind]}${suffix ? ` (nice ${nice})` : ""}`;
}

/** The phases in order: each ingest phase after a reads-only one, a reads-only one at the end. */
export function schedule(rounds: number, kinds: Kind[], niceness: (string | null)[]): Phase[] {
  const phases: Phase[] = [];
  for (let r = 1; r <= rounds; r += 1) {
    const order = r % 2 === 1 ? niceness : [...niceness].reverse();
    const ingests: Phase[] = [];
    if (kinds.includes("server")) ingests.push({ kind: "server", nice: null, round: r });
    for (const nice of order) {
      if (kinds.includes("queue")) ingests.push({ kind: "queue", nice, round: r });
      if (kinds.includes("big")) ingests.push({ kind: "big", nice, round: r });
    }
    for (const phase of ingests) {
      phases.push({ kind: "reads", nice: null, round: r }, phase);
    }
  }
  phases.push({ kind: "reads", nice: null, round: rounds });
  return phases;
}

/** Runs the warm-up and the phases and prints them; returns the exit code (1 on errors or violations). */
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
  let workers: ChildProcess[] = [];
  let workersNice: string | null | undefined;
  const client = new pg.Client({ connectionString: database.url });
  const errors = new Map<string, number>();
  const noteError = (what: string) => errors.set(what, (errors.get(what) ?? 0) + 1);
  const storedHashes: string[] = [];
  const waiting = new Map<string, JobWaiter>();
  const runs: Run[] = [];
  const phases = schedule(options.rounds, options.kinds, options.workerNiceness);
  let poller: NodeJS.Timeout | null = null;
  try {
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
    const newRun = (phase: Phase, name: string): Run => ({
      ...phase,
      name,
      seconds: 0,
      reads: [],
      enqueues: [],
      jobs: [],
      stored: 0,
      load: "",
      serverPeakRssMb: 0,
    });

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

    /** Workers at the given WORKER_NICE, restarted only when it changes; ready to take jobs. */
    const ensureWorkers = async (nice: string | null) => {
      if (workers.length > 0 && workersNice === nice) return;
      await Promise.all(workers.map(stopProcess));
      workers = [];
      for (let i = 0; i < options.workers; i += 1) {
        workers.push(
          await startWorker(
            database.url,
            options.concurrency,
            {
              // A 1 MB article on a busy machine may take a while; it must not fail by timeout.
              EXTRACT_TIMEOUT_MS: "300000",
              INGEST_JOB_TIMEOUT_SECONDS: "900",
              ...(nice === null ? {} : { WORKER_NICE: nice.replace(/^p/, "") }),
            },
            nice?.startsWith("p") ? Number(nice.slice(1)) : 0,
          ),
        );
      }
      workersNice = nice;
      // A job per slot, so every extraction thread has loaded the pipeline before a phase counts.
      const warm = newRun({ kind: "queue", nice, round: 0 }, "worker warm-up");
      const jobs = await Promise.all(
        Array.from({ length: options.workers * options.concurrency }, () =>
          enqueue(makeArticle(articleNumber++), warm),
        ),
      );
      await Promise.all(jobs.map((job) => job?.done));
    };

    /** Waits until no job is waited for and autovacuum has finished on the database. */
    const settle = async (pending: Promise<unknown>[]) => {
      await drain(waiting, 900_000);
      await Promise.all(pending);
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline) {
        const { rows } = await client.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_stat_activity
           WHERE backend_type = 'autovacuum worker' AND datname = current_database()`,
        );
        if (Number(rows[0]?.n) === 0) break;
        await new Promise((r) => setTimeout(r, 500));
      }
    };

    const execute = async (phase: Phase, name: string) => {
      if (phase.kind === "queue" || phase.kind === "big") await ensureWorkers(phase.nice);
      const run = newRun(phase, name);
      const pending: Promise<unknown>[] = [];
      const startedAt = performance.now();
      const deadline = startedAt + options.durationS * 1000;
      let peak = rssMbOf(server.pid);
      const sampler = setInterval(() => (peak = Math.max(peak, rssMbOf(server.pid))), 500);
      const readers = Array.from({ length: options.connections }, async (_, connection) => {
        for (let turn = 0; performance.now() < deadline; turn += 1) {
          await read(connection, turn, run);
        }
      });
      const ingesters: Promise<void>[] = [];
      if (phase.kind === "server") {
        for (let i = 0; i < options.ingestClients; i += 1) {
          ingesters.push(
            (async () => {
              while (performance.now() < deadline) {
                await ingestOnServer(makeArticle(articleNumber++), run).catch((error: Error) =>
                  noteError(`transport ${error.message}`),
                );
              }
            })(),
          );
        }
      }
      if (phase.kind === "queue") {
        for (let i = 0; i < options.ingestClients; i += 1) {
          ingesters.push(
            (async () => {
              while (performance.now() < deadline) {
                const job = await enqueue(makeArticle(articleNumber++), run).catch(
                  (error: Error) => void noteError(`transport ${error.message}`),
                );
                await job?.done;
              }
            })(),
          );
        }
      }
      if (phase.kind === "big") {
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
      if (phase.round > 0) runs.push(run);
      await settle(pending);
      console.log(
        `round ${phase.round}, ${name}: ${run.reads.length} reads, p99 ${round(percentile(sorted(run.reads), 99))} ms, ` +
          `${run.stored} articles stored; ${run.load}`,
      );
    };

    // Workers run (idle in the reads-only phases) from the start, so every reads-only phase
    // shares the machine with the same processes.
    await ensureWorkers(options.workerNiceness[0] ?? null);
    await execute({ kind: "reads", nice: null, round: 0 }, "warm-up");
    for (const phase of phases) {
      await execute(phase, phaseName(phase, options.workerNiceness.length));
    }
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

  const rateOf = (run: Run) => run.reads.length / run.seconds;
  const p99Of = (run: Run) => percentile(sorted(run.reads), 99);
  /** The reads-only phases right before and after an ingest phase. */
  const neighbours = (index: number) => [runs[index - 1], runs[index + 1]] as const;
  const ratios = (index: number, of: (run: Run) => number) => {
    const [before, after] = neighbours(index);
    const value = of(runs[index]!);
    return {
      before: value / of(before!),
      after: value / of(after!),
      mean: value / ((of(before!) + of(after!)) / 2),
    };
  };
  const table: Record<string, Record<string, number | string>> = {};
  runs.forEach((run, index) => {
    const reads = sorted(run.reads);
    const row: Record<string, number | string> = {
      "reads/s": round(rateOf(run)),
      "read p50 ms": round(percentile(reads, 50)),
      "read p99 ms": round(p99Of(run)),
      "reads/s vs neighbours": "",
      "p99 vs neighbours": "",
      "stored/s": run.stored ? round(run.stored / run.seconds) : "",
      "enqueue p99 ms": run.enqueues.length ? round(percentile(sorted(run.enqueues), 99)) : "",
      // Enqueue to stored for queued articles, the mutation's answer for ingestArticle.
      "ingest p50 ms": run.jobs.length ? round(percentile(sorted(run.jobs), 50)) : "",
      "server RSS MB": run.serverPeakRssMb,
      load: run.load.replace(/^load average /, "").replace(/ on \d+ cores$/, ""),
    };
    if (run.kind !== "reads") {
      const rate = ratios(index, rateOf);
      const p99 = ratios(index, p99Of);
      // "before / after → against their mean"
      row["reads/s vs neighbours"] =
        `${round(rate.before, 2)} / ${round(rate.after, 2)} → ${round(rate.mean, 2)}`;
      row["p99 vs neighbours"] =
        `${round(p99.before, 2)} / ${round(p99.after, 2)} → ${round(p99.mean, 2)}`;
    }
    table[`${String(index + 1).padStart(2)}. round ${run.round}, ${run.name}`] = row;
  });
  console.log(
    `\n${options.connections} reader connections, ${options.durationS} s per phase, ${options.rounds} round(s); ` +
      `${options.workers} worker process(es) × ${options.concurrency} jobs; ` +
      `${options.ingestClients} ingest clients in the server and queue phases, a ~1 MB article every ` +
      `${options.bigEveryS} s in the 1 MB phases; ratios against the reads-only phase before / after → ` +
      "against their mean",
  );
  console.table(table);

  // Per kind of ingest phase: medians over the rounds.
  const readsOnly = runs.filter((run) => run.kind === "reads");
  const summary: Record<string, Record<string, number | string>> = {
    "reads only": {
      phases: readsOnly.length,
      "median reads/s": round(median(readsOnly.map(rateOf))),
      "median p99 ms": round(median(readsOnly.map(p99Of))),
      "reads/s vs neighbours (median)": "",
      "p99 vs neighbours (median)": "",
      "p99 ratio of medians": "",
    },
  };
  const verdicts: string[] = [];
  for (const name of [...new Set(runs.filter((r) => r.kind !== "reads").map((r) => r.name))]) {
    const indexes = runs.flatMap((run, i) => (run.name === name ? [i] : []));
    const ofKind = indexes.map((i) => runs[i]!);
    const rate = median(indexes.map((i) => ratios(i, rateOf).mean));
    const p99 = median(indexes.map((i) => ratios(i, p99Of).mean));
    summary[name] = {
      phases: ofKind.length,
      "median reads/s": round(median(ofKind.map(rateOf))),
      "median p99 ms": round(median(ofKind.map(p99Of))),
      "reads/s vs neighbours (median)": round(rate, 2),
      "p99 vs neighbours (median)": round(p99, 2),
      "p99 ratio of medians": round(median(ofKind.map(p99Of)) / median(readsOnly.map(p99Of)), 2),
    };
    const kind = ofKind[0]!.kind;
    if (kind === "queue") {
      verdicts.push(
        `${name}: reads/s ${round(rate, 2)}× (target ≥ 0.8: ${rate >= 0.8 ? "met" : "NOT met"}), ` +
          `read p99 ${round(p99, 2)}× (target ≤ 1.5: ${p99 <= 1.5 ? "met" : "NOT met"})`,
      );
    }
    if (kind === "big") {
      verdicts.push(
        `${name}: read p99 ${round(p99, 2)}× (target ≤ 2: ${p99 <= 2 ? "met" : "NOT met"})`,
      );
    }
  }
  console.log(
    "\nmedians over the rounds (ratios against the mean of the neighbouring reads-only phases)",
  );
  console.table(summary);
  for (const verdict of verdicts) console.log(`target, ${verdict}`);
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

function median(values: number[]): number {
  const ordered = sorted(values);
  if (ordered.length === 0) return Number.NaN;
  const middle = Math.floor(ordered.length / 2);
  return ordered.length % 2 === 1
    ? ordered[middle]!
    : (ordered[middle - 1]! + ordered[middle]!) / 2;
}

/** One unique ~1 MB wire story: a headline over the bodies of many generated stories. */
export function bigArticle(n: number) {
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
