import { availableParallelism } from "node:os";
import cliProgress from "cli-progress";
import { loadConfig } from "../config.js";
import { parseCommandArgs } from "./args.js";
import { openConfiguredDatabase } from "../db/open.js";
import type { DegradedStage } from "../extract/types.js";
import { collectBulkItems, runBulkIngest, type BulkOutcome } from "../ingest/bulk.js";
import { ExtractionPool } from "../ingest/extract-pool.js";
import { validateIngestInput, type IngestInput } from "../ingest/ingest.js";
import { IngestQueue } from "../queue/ingest-queue.js";

export const INGEST_USAGE = `Usage: newsgraph ingest PATH... [--concurrency N]
       newsgraph ingest --queue PATH...

With --queue, adds one job per article to the durable ingest queue (PostgreSQL) and prints
the job ids; \`newsgraph worker\` processes run them.

Runs N articles at a time (default: one per CPU core, at least 2).
PATH is a .txt file (one article), a .jsonl file (one {"text","url","publishedAt","source"}
per line), a directory (searched for .txt and .jsonl), or - for standard input.
Prints a summary; exits 1 when any article failed.`;

/** One ingest per core, at least 2 so that extraction overlaps a transaction's round trips. */
export function defaultIngestConcurrency(): number {
  return Math.min(8, Math.max(2, availableParallelism()));
}

/** A progress display: a bar on a terminal, one line per article otherwise. */
export interface Progress {
  advance(line: string): void;
  stop(): void;
}

/** Progress on stderr, so stdout carries only the summary. */
export function createProgress(total: number, unit: string): Progress {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: `{bar} {value}/{total} ${unit} | {percentage}% | ETA {eta_formatted} | {last}`,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { last: "" });
    return {
      advance: (line) => bar.increment(1, { last: line.slice(0, 60) }),
      stop: () => bar.stop(),
    };
  }
  let done = 0;
  const width = String(total).length;
  return {
    advance(line) {
      done += 1;
      process.stderr.write(`[${String(done).padStart(width)}/${total}] ${line}\n`);
    },
    stop: () => undefined,
  };
}

function describeOutcome(outcome: BulkOutcome): string {
  switch (outcome.status) {
    case "CREATED":
      return `ingested ${outcome.label} (article ${outcome.articleId})${degradedNote(outcome.degradedStages)}`;
    case "UPDATED":
      return `updated ${outcome.label} (article ${outcome.articleId}, same URL, new text)${degradedNote(outcome.degradedStages)}`;
    case "DUPLICATE":
      return `duplicate ${outcome.label} (already stored as article ${outcome.articleId})`;
    case "FAILED":
      return `FAILED ${outcome.label}: ${outcome.reason}`;
  }
}

/** The extraction stages that failed on an article, with each error's kind and place. */
export function describeStages(stages: readonly DegradedStage[]): string {
  return stages.map((s) => `${s.stage} (${s.error})`).join(", ");
}

/** What a stored article lacks because an extraction stage failed on it ("" when none did). */
export function degradedNote(stages: readonly DegradedStage[]): string {
  return stages.length === 0 ? "" : `, stored WITHOUT the facts of ${describeStages(stages)}`;
}

/** `newsgraph ingest PATH...`: bulk ingest into the configured database. */
export async function runIngestCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    {
      name: "ingest",
      usage: INGEST_USAGE,
      options: { concurrency: { type: "string", short: "c" }, queue: { type: "boolean" } },
      positionals: { min: 1, max: Number.MAX_SAFE_INTEGER, missing: "no PATH given" },
    },
    args,
  );
  if (typeof parsed === "number") return parsed;
  // Extraction runs on this one thread while transactions wait on the database: one ingest
  // per core keeps both busy; more only queue behind the merge locks (measured in bench/ingest.ts).
  const concurrency = Number(parsed.values.concurrency ?? String(defaultIngestConcurrency()));
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    console.error(
      `newsgraph ingest: --concurrency must be an integer from 1 to 64\n\n${INGEST_USAGE}`,
    );
    return 2;
  }

  if (parsed.values.queue) return enqueueFiles(parsed.positionals);

  const { items, failures } = await collectBulkItems(parsed.positionals, readStdin);
  const config = loadConfig();
  const db = await openConfiguredDatabase(config);
  // Extraction on worker threads (EXTRACT_THREADS), overlapping this thread's database round trips.
  const pool = new ExtractionPool({
    threads: config.extractThreads,
    timeoutMs: config.extractTimeoutMs,
  });
  try {
    const progress = createProgress(items.length, "articles");
    const started = Date.now();
    const summary = await runBulkIngest(db.prisma, items, {
      concurrency,
      onOutcome: (outcome) => progress.advance(describeOutcome(outcome)),
      extractor: pool.extractor,
    });
    progress.stop();
    const failed = [...failures, ...summary.failed];
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `ingested ${summary.created + summary.updated} (${summary.created} new, ${summary.updated} updated), ` +
        `${summary.duplicates} duplicate(s), ${failed.length} failed ` +
        `in ${seconds.toFixed(1)} s into ${db.location}`,
    );
    for (const failure of failed) console.log(`  failed ${failure.label}: ${failure.reason}`);
    if (summary.degraded.length > 0) {
      console.log(
        `${summary.degraded.length} stored without the facts of a failed extraction stage; ` +
          "`newsgraph reprocess --degraded` runs them again",
      );
    }
    for (const { label, articleId, stages } of summary.degraded) {
      console.log(`  degraded ${label} (article ${articleId}): ${describeStages(stages)}`);
    }
    return failed.length > 0 ? 1 : 0;
  } finally {
    await pool.close();
    await db.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** How many articles go into one enqueue statement (each holds the article's text). */
const ENQUEUE_BATCH = 100;

/** `newsgraph ingest --queue`: validates and enqueues; invalid articles are reported, not queued. */
async function enqueueFiles(paths: string[]): Promise<number> {
  const config = loadConfig();
  if (!config.databaseUrl) {
    console.error(
      "newsgraph ingest --queue: the ingest queue needs a PostgreSQL server; set DATABASE_URL",
    );
    return 1;
  }
  const { items, failures } = await collectBulkItems(paths, readStdin);
  const db = await openConfiguredDatabase(config);
  try {
    const queue = await IngestQueue.open(db, config.databaseUrl, {
      settings: config.queue,
      supervise: false,
    });
    let queued = 0;
    try {
      let batch: { label: string; input: IngestInput }[] = [];
      const flush = async () => {
        const ids = await queue.enqueue(batch.map((b) => b.input));
        ids.forEach((id, i) => console.log(`${id}\t${batch[i]!.label}`));
        queued += ids.length;
        batch = [];
      };
      for (const item of items) {
        try {
          const input = await item.load();
          validateIngestInput(input);
          batch.push({ label: item.label, input });
        } catch (error) {
          failures.push({ label: item.label, reason: (error as Error).message.split("\n")[0]! });
        }
        if (batch.length >= ENQUEUE_BATCH) await flush();
      }
      if (batch.length > 0) await flush();
    } finally {
      await queue.close();
    }
    console.error(`queued ${queued} job(s), ${failures.length} failed`);
    for (const failure of failures) console.error(`  failed ${failure.label}: ${failure.reason}`);
    return failures.length > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}
