/**
 * The queue mode of bench/ingest.ts (`--queue --workers 1,2`): for each worker
 * count, a throwaway PostgreSQL database, the articles enqueued, then that many
 * `newsgraph worker` processes started; prints articles/s from the first job
 * started to the last one done, per worker count, and the scaling ratio.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { openDatabase } from "../src/db/client.js";
import { IngestQueue } from "../src/queue/ingest-queue.js";
import { DEFAULT_QUEUE_SETTINGS } from "../src/queue/settings.js";
import type { GeneratedArticle } from "./corpus.js";
import { createThrowawayDatabase, describeLoad, round } from "./support.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

interface QueueRun {
  workers: number;
  articlesPerSecond: number;
  seconds: number;
  done: number;
  failed: number;
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
      await queue.enqueue(
        articles.map(({ text, publishedAt, source }) => ({ text, publishedAt, source })),
      );
      await queue.close();
      await db.close();
      for (let i = 0; i < workers; i += 1) {
        children.push(
          spawn(
            process.execPath,
            ["bin/newsgraph.js", "worker", "--concurrency", String(concurrency)],
            {
              cwd: ROOT,
              env: {
                ...process.env,
                DATABASE_URL: database.url,
                LOG_LEVEL: "warn",
                EXTRACT_THREADS: "1",
              },
              stdio: "inherit",
            },
          ),
        );
      }
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      let row: { finished: string; failed: string; first: Date | null; last: Date | null };
      for (;;) {
        await new Promise((r) => setTimeout(r, 1000));
        const result = await client.query(
          `SELECT count(*) FILTER (WHERE state = 'completed') AS finished,
                  count(*) FILTER (WHERE state = 'failed') AS failed,
                  min(started_on) AS first, max(completed_on) AS last
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
      });
      console.log(
        `${workers} worker process(es) × ${concurrency} jobs: ${articles.length} articles in ${round(seconds, 1)} s = ${round(articles.length / seconds, 1)} articles/s (${row.failed} failed)`,
      );
    } finally {
      for (const child of children) child.kill("SIGTERM");
      await Promise.all(
        children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null)),
      );
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
