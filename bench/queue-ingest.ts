/**
 * The queue mode of bench/ingest.ts (`--queue --workers 1,2`): for each worker
 * count, a throwaway PostgreSQL database and that many `newsgraph worker`
 * processes (each `concurrency` jobs at a time, one extraction thread),
 * started and ready before the articles are enqueued in one call; prints
 * articles/s from the enqueue to the last job done (both on the database's
 * clock), per worker count, and the scaling ratio against the first count.
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
): Promise<QueueRun[]> {
  const runs: QueueRun[] = [];
  for (const workers of workerCounts) {
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
        children.push(await startWorker(database.url, concurrency));
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
        workers,
        seconds: round(seconds, 1),
        articlesPerSecond: round(articles.length / seconds, 1),
        done: Number(row.finished),
        failed: Number(row.failed),
        load: describeLoad(),
      });
      console.log(
        `${workers} worker process(es) × ${concurrency} jobs: ${articles.length} articles in ${round(seconds, 1)} s = ${round(articles.length / seconds, 1)} articles/s (${row.failed} failed); ${describeLoad()}`,
      );
    } finally {
      await Promise.all(children.map(stopProcess));
      await database.drop();
    }
  }
  const base = runs[0]!;
  console.log(`\nqueue mode, ${describeLoad()}`);
  console.log("workers  articles/s  scaling");
  for (const run of runs) {
    console.log(
      `${String(run.workers).padStart(7)}  ${String(run.articlesPerSecond).padStart(10)}  ${round(run.articlesPerSecond / base.articlesPerSecond, 2)}×`,
    );
  }
  return runs;
}
