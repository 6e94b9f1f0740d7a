import { readdirSync } from "node:fs";
import { setPriority } from "node:os";
import { loadConfig } from "../config.js";
import { parseCommandArgs } from "./args.js";
import { openConfiguredDatabase } from "../db/open.js";
import { reportingDegradedStages } from "../ingest/degraded-stages.js";
import { ExtractionPool } from "../ingest/extract-pool.js";
import { createLogger } from "../logger.js";
import { IngestQueue } from "../queue/ingest-queue.js";

export const WORKER_USAGE = `Usage: newsgraph worker [--concurrency N]

Runs queued ingest jobs (enqueueArticles, newsgraph ingest --queue) until SIGTERM or SIGINT,
N at a time (default 2), extracting on EXTRACT_THREADS worker threads. The whole process runs at
niceness WORKER_NICE (default 10), yielding the CPU to API servers on the same machine. Start as
many worker processes as you like, on any machine that reaches the database. Needs PostgreSQL
(DATABASE_URL).`;

/** `newsgraph worker`: an ingest worker process. */
export async function runWorkerCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    {
      name: "worker",
      usage: WORKER_USAGE,
      options: { concurrency: { type: "string", short: "c" } },
    },
    args,
  );
  if (typeof parsed === "number") return parsed;
  const concurrency = Number(parsed.values.concurrency ?? "2");
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    console.error(
      `newsgraph worker: --concurrency must be an integer from 1 to 64\n\n${WORKER_USAGE}`,
    );
    return 2;
  }
  const config = loadConfig();
  if (!config.databaseUrl) {
    console.error("newsgraph worker: the ingest queue needs a PostgreSQL server; set DATABASE_URL");
    return 1;
  }
  const logger = createLogger(config.logLevel);
  lowerPriority(config.workerNiceness);
  const db = await openConfiguredDatabase(config);
  const pool = new ExtractionPool({
    threads: config.extractThreads,
    timeoutMs: config.extractTimeoutMs,
    niceness: config.workerNiceness,
  });
  let queue: IngestQueue;
  try {
    queue = await IngestQueue.open(db, config.databaseUrl, { settings: config.queue, logger });
  } catch (error) {
    await pool.close();
    await db.close();
    throw error;
  }
  await queue.work({
    concurrency,
    extractor: reportingDegradedStages(pool.extractor, logger),
    logger,
  });
  logger.info(
    { concurrency, threads: pool.threads, niceness: pool.niceness, database: db.location },
    "ingest worker running",
  );

  const stopped = new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, "worker stopping: finishing running jobs");
      resolve();
    };
    process.once("SIGTERM", () => stop("SIGTERM"));
    process.once("SIGINT", () => stop("SIGINT"));
  });
  await stopped;
  // Running jobs get the shutdown timeout; one cut short rolls back and runs again elsewhere.
  await queue.close(config.shutdownTimeoutMs);
  await pool.close();
  await db.close();
  logger.info("worker stopped");
  return 0;
}

/**
 * Gives every thread of this process niceness `niceness` (threads started later inherit it; the
 * extraction threads also set their own). Linux keeps a nice value per thread, so each running
 * thread is set by its id; elsewhere the call for pid 0 covers the process.
 */
function lowerPriority(niceness: number): void {
  if (niceness <= 0) return;
  let threads: number[] = [0];
  try {
    threads = readdirSync("/proc/self/task").map(Number);
  } catch {
    // No /proc: not Linux, where the nice value is per process.
  }
  for (const thread of threads) {
    try {
      setPriority(thread, niceness);
    } catch {
      // A thread that exited meanwhile, or a sandbox that forbids it: keep the priority it has.
    }
  }
}
