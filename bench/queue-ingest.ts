/**
 * The queue mode of bench/ingest.ts (`--queue --workers 1,2 [--rounds 2] [--worker-nice 0]`): for
 * each worker count, a throwaway PostgreSQL database and that many `newsgraph worker` processes
 * (each `concurrency` jobs at a time, one extraction thread, at niceness `--worker-nice`),
 * started and ready before the articles are enqueued in one call; articles/s run from the enqueue
 * to the last job done (both on the database's clock). The worker counts run `--rounds` times,
 * in reverse order every other round (1, 2, 2, 1 …), so a machine that gets busier or quieter
 * during the run does not favour one count; prints every run side by side, the median per count
 * and the scaling ratio of the medians against the first count, with per-round ratios.
 */
import type { ChildProcess } from "node:child_process";
import pg from "pg";
import { openDatabase } from "../src/db/client.js";
import { IngestQueue } from "../src/queue/ingest-queue.js";
import { DEFAULT_QUEUE_SETTINGS } from "../src/queue/settings.js";
import type { GeneratedArticle } from "./corpus.js";
import { createThrowawayDatabase, describeLoad, round } from "./support.js";
import { startWorker, stopProcess } from "./workers.js";

interface QueueRun {
  round: number;
  workers: number;
  articlesPerSecond: number;
  seconds: number;
  done: number;
  failed: number;
  load: string;
}

export async function runQueueBench(
  adminUrl: string,
  articles: GeneratedArticle[],
  workerCounts: number[],
  concurrency: number,
  { rounds = 1, workerNice = 0 }: { rounds?: number; workerNice?: number } = {},
): Promise<QueueRun[]> {
  const runs: QueueRun[] = [];
  const order = Array.from({ length: rounds }, (_, r) =>
    (r % 2 === 0 ? workerCounts : [...workerCounts].reverse()).map((workers) => ({
      round: r + 1,
      workers,
    })),
  ).flat();
  for (const { round: roundNumber, workers } of order) {
    const database = await createThrowawayDatabase(adminUrl, `queue${workers}`);
    const children: ChildProcess[] = [];
    try {
      const db = await openDatabase({ kind: "postgres", url: database.url });
      const queue = await IngestQueue.open(db, database.url, {
        settings: DEFAULT_QUEUE_SETTINGS,
        supervise: false,
      });
      // Every worker is up before the first job exists, so start-up is not timed.
      for (let i = 0; i < workers; i += 1) {
        children.push(
          await startWorker(database.url, concurrency, { WORKER_NICE: String(workerNice) }),
        );
      }
      await queue.enqueue(
        articles.map(({ text, publishedAt, source }) => ({ text, publishedAt, source })),
      );
      await queue.close();
      await db.close();
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      let row: { finished: string; failed: string; first: Date | null; last: Date | null };
      for (;;) {
        await new Promise((r) => setTimeout(r, 1000));
        const result = await client.query(
          `SELECT count(*) FILTER (WHERE state = 'completed') AS finished,
                  count(*) FILTER (WHERE state = 'failed') AS failed,
                  min(created_on) AS first, max(completed_on) AS last
           FROM pgboss.job WHERE name = 'ingest-article'`,
        );
        row = result.rows[0];
        if (Number(row.finished) + Number(row.failed) >= articles.length) break;
      }
      await client.end();
      const seconds = (row.last!.getTime() - row.first!.getTime()) / 1000;
      runs.push({
        round: roundNumber,
        workers,
        seconds: round(seconds, 1),
        articlesPerSecond: round(articles.length / seconds, 1),
        done: Number(row.finished),
        failed: Number(row.failed),
        load: describeLoad(),
      });
      console.log(
        `round ${roundNumber}, ${workers} worker process(es) × ${concurrency} jobs: ${articles.length} articles in ${round(seconds, 1)} s = ${round(articles.length / seconds, 1)} articles/s (${row.failed} failed); ${describeLoad()}`,
      );
    } finally {
      await Promise.all(children.map(stopProcess));
      await database.drop();
    }
  }
  console.log(
    `\nqueue mode, ${articles.length} articles per run, ${concurrency} jobs per worker, ` +
      `WORKER_NICE=${workerNice}, ${rounds} round(s); ${describeLoad()}`,
  );
  console.table(
    runs.map((run) => ({
      round: run.round,
      workers: run.workers,
      "articles/s": run.articlesPerSecond,
      seconds: run.seconds,
      done: run.done,
      failed: run.failed,
      load: run.load.replace(/^load average /, "").replace(/ on \d+ cores$/, ""),
    })),
  );
  const medianOf = (workers: number) =>
    median(runs.filter((run) => run.workers === workers).map((run) => run.articlesPerSecond));
  const base = medianOf(workerCounts[0]!);
  const perRound = (workers: number) =>
    Array.from({ length: rounds }, (_, r) => {
      const of = (w: number) => runs.find((run) => run.round === r + 1 && run.workers === w);
      return round(of(workers)!.articlesPerSecond / of(workerCounts[0]!)!.articlesPerSecond, 2);
    }).join(" / ");
  console.log("workers  median articles/s  scaling (ratio of medians)  per round");
  for (const workers of workerCounts) {
    console.log(
      `${String(workers).padStart(7)}  ${String(round(medianOf(workers), 1)).padStart(17)}  ` +
        `${`${round(medianOf(workers) / base, 2)}×`.padStart(26)}  ${perRound(workers)}`,
    );
  }
  return runs;
}

function median(values: number[]): number {
  const ordered = [...values].sort((a, b) => a - b);
  const middle = Math.floor(ordered.length / 2);
  return ordered.length % 2 === 1
    ? ordered[middle]!
    : (ordered[middle - 1]! + ordered[middle]!) / 2;
}
