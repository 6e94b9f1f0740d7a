import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import type { Database } from "../db/client.js";
import { isConnectionFailure } from "../db/client.js";
import {
  AppError,
  DuplicateArticleError,
  QueueUnavailableError,
  ValidationError,
} from "../errors.js";
import {
  ingestArticle,
  isTransientConflict,
  validateIngestInput,
  type AnyExtractor,
  type IngestInput,
} from "../ingest/ingest.js";
import type { Logger } from "../logger.js";
import { DEFAULT_QUEUE_SETTINGS, type QueueSettings } from "./settings.js";

/** The pg-boss queue that holds one job per article to ingest. */
export const INGEST_QUEUE = "ingest-article";
/** pg-boss keeps its tables in this schema, apart from the graph's. */
const BOSS_SCHEMA = "pgboss";

/** What a finished job stored: the article, or the permanent error that ended it. */
export type JobOutput =
  | { status: "CREATED" | "UPDATED" | "DUPLICATE"; articleId: number }
  | { status: "FAILED"; error: { code: string; message: string } };

export type JobState = "QUEUED" | "RUNNING" | "DONE" | "FAILED" | "CANCELLED";

export interface IngestJob {
  id: string;
  state: JobState;
  /** Times a worker started it (1 on the first run). */
  attempts: number;
  /** Further attempts allowed for transient faults. */
  retryLimit: number;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  /** The stored article (also for a duplicate: the article already holding this text). */
  articleId: number | null;
  outcome: "CREATED" | "UPDATED" | "DUPLICATE" | null;
  error: { code: string; message: string } | null;
}

interface JobRow {
  id: string;
  state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
  output: unknown;
}

/** Attempts to start the queue before giving up, and the delay that grows between them. */
const QUEUE_OPEN_ATTEMPTS = 5;
const QUEUE_OPEN_RETRY_MS = 500;

/**
 * The durable ingest queue on PostgreSQL (pg-boss): API servers and the CLI
 * enqueue articles, `newsgraph worker` processes run them. A job is done only
 * when its ingest transaction committed; a worker that dies mid-job leaves no
 * rows (the transaction rolls back) and the job runs again after
 * `jobTimeoutSeconds`. Running twice stores once: the second run finds the
 * article by its content hash and reports it as a duplicate of the first.
 */
export class IngestQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly db: Database,
    private readonly settings: QueueSettings,
  ) {}

  /** Connects to the queue (installing or upgrading pg-boss's schema once). */
  static async open(
    db: Database,
    databaseUrl: string | null,
    {
      settings = DEFAULT_QUEUE_SETTINGS,
      logger = null,
      supervise = true,
    }: { settings?: QueueSettings; logger?: Logger | null; supervise?: boolean } = {},
  ): Promise<IngestQueue> {
    if (db.kind !== "postgres" || !databaseUrl) throw new QueueUnavailableError();
    const createBoss = () =>
      new PgBoss({
        connectionString: databaseUrl,
        schema: BOSS_SCHEMA,
        max: 4,
        application_name: "newsgraph-queue",
        supervise,
        schedule: false,
        maintenanceIntervalSeconds: settings.maintenanceSeconds,
        // Finished jobs stay queryable (ingestJob) for a week, failed ones until retried or purged.
        archiveCompletedAfterSeconds: 7 * 24 * 3600,
        archiveFailedAfterSeconds: 30 * 24 * 3600,
        deleteAfterDays: 30,
      });
    // Several processes starting at once on a new database race to create pg-boss's schema; the
    // loser's start fails, and a later attempt finds the schema in place.
    for (let attempt = 1; ; attempt += 1) {
      const boss = createBoss();
      boss.on("error", (error) => logger?.warn({ err: error }, "job queue error"));
      try {
        await boss.start();
        await boss.createQueue(INGEST_QUEUE);
        return new IngestQueue(boss, db, settings);
      } catch (error) {
        await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
        if (attempt >= QUEUE_OPEN_ATTEMPTS) throw error;
        logger?.warn({ err: error, attempt }, "the job queue did not start; trying again");
        await new Promise((resolve) => setTimeout(resolve, attempt * QUEUE_OPEN_RETRY_MS));
      }
    }
  }

  /**
   * Validates every article, then adds one job each in one statement and
   * returns their ids in input order. Invalid input adds nothing and throws
   * ValidationError naming the article (`input[2].text`).
   */
  async enqueue(inputs: IngestInput[]): Promise<string[]> {
    inputs.forEach((input, index) => {
      try {
        validateIngestInput(input);
      } catch (error) {
        if (error instanceof ValidationError) {
          throw new ValidationError(
            `article ${index + 1}: ${error.message}`,
            `input[${index}]${error.field ? `.${error.field}` : ""}`,
          );
        }
        throw error;
      }
    });
    const jobs = inputs.map((input) => ({
      id: randomUUID(),
      name: INGEST_QUEUE,
      data: {
        text: input.text,
        url: input.url ?? null,
        publishedAt:
          input.publishedAt instanceof Date
            ? input.publishedAt.toISOString()
            : (input.publishedAt ?? null),
        source: input.source ?? null,
      },
      retryLimit: this.settings.retryLimit,
      retryDelay: this.settings.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.settings.jobTimeoutSeconds,
    }));
    if (jobs.length > 0) await this.boss.insert(jobs);
    return jobs.map((job) => job.id);
  }

  /** One job, or null for an unknown id. */
  async job(id: string): Promise<IngestJob | null> {
    if (!UUID.test(id)) return null;
    const rows = await this.db.query<JobRow>(
      `SELECT ${JOB_COLUMNS} FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND id = $2::uuid
       UNION ALL SELECT ${JOB_COLUMNS} FROM ${BOSS_SCHEMA}.archive WHERE name = $1 AND id = $2::uuid
       LIMIT 1`,
      [INGEST_QUEUE, id],
    );
    return rows[0] ? toJob(rows[0]) : null;
  }

  /**
   * Jobs newest first, optionally in one state, `first` at a time after the
   * job whose id is `after`. Returns one more than asked when there is a next page.
   */
  async jobs({
    state,
    first,
    after,
  }: {
    state: JobState | null;
    first: number;
    after: string | null;
  }): Promise<IngestJob[]> {
    const values: unknown[] = [INGEST_QUEUE, first + 1];
    const conditions = ["name = $1"];
    if (state) conditions.push(STATE_CONDITIONS[state]);
    if (after) {
      values.push(after);
      const n = values.length;
      conditions.push(
        `(created_on, id) < (SELECT created_on, id FROM (SELECT created_on, id FROM ${BOSS_SCHEMA}.job WHERE id = $${n}::uuid UNION ALL SELECT created_on, id FROM ${BOSS_SCHEMA}.archive WHERE id = $${n}::uuid) cursor LIMIT 1)`,
      );
    }
    const where = conditions.join(" AND ");
    const rows = await this.db.query<JobRow>(
      `SELECT * FROM (SELECT ${JOB_COLUMNS} FROM ${BOSS_SCHEMA}.job WHERE ${where}
         UNION ALL SELECT ${JOB_COLUMNS} FROM ${BOSS_SCHEMA}.archive WHERE ${where}) jobs
       ORDER BY created_on DESC, id DESC LIMIT $2`,
      values,
    );
    return rows.map(toJob);
  }

  /** Puts every failed job back in the queue; returns how many. */
  async retryFailed(): Promise<number> {
    const failed = await this.db.query<{ id: string }>(
      `SELECT id FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND state = 'failed'`,
      [INGEST_QUEUE],
    );
    if (failed.length > 0) {
      await this.boss.retry(
        INGEST_QUEUE,
        failed.map((row) => row.id),
      );
    }
    return failed.length;
  }

  /**
   * Runs ingest jobs until `close()`: `concurrency` at a time in this
   * process. Transient faults are thrown back to pg-boss, which retries them
   * with backoff; permanent ones (validation, extraction limits) complete the
   * job with the typed error and are not retried.
   */
  async work({
    concurrency,
    extractor,
    logger = null,
    pollingSeconds = 1,
  }: {
    concurrency: number;
    extractor: AnyExtractor;
    logger?: Logger | null;
    pollingSeconds?: number;
  }): Promise<void> {
    for (let i = 0; i < concurrency; i += 1) {
      let workerId: string | null = null;
      workerId = await this.boss.work<IngestInput>(
        INGEST_QUEUE,
        { batchSize: 1, pollingIntervalSeconds: pollingSeconds },
        async ([job]) => {
          if (!job) return;
          try {
            const output = await runIngestJob(this.db, job.data, extractor);
            logger?.info({ jobId: job.id, ...output }, "ingest job finished");
            return output;
          } finally {
            // pg-boss waits out the polling interval after every fetch, even one that found a
            // job, which held each slot to one job per interval (about 1 article/s): a slot that
            // just finished a job asks for the next at once, and waits only when the queue is empty.
            if (workerId) this.boss.notifyWorker(workerId);
          }
        },
      );
    }
  }

  /** Stops workers (letting running jobs finish for up to `timeoutMs`) and disconnects. */
  async close(timeoutMs = 30_000): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
  }
}

/**
 * One job's ingest. Returns the job's output for outcomes that are final;
 * throws for faults worth retrying.
 */
export async function runIngestJob(
  db: Database,
  input: IngestInput,
  extractor: AnyExtractor,
): Promise<JobOutput> {
  try {
    const result = await ingestArticle(db.prisma, input, extractor);
    return { status: result.status, articleId: result.articleId };
  } catch (error) {
    if (error instanceof DuplicateArticleError) {
      return { status: "DUPLICATE", articleId: error.articleId };
    }
    if (isConnectionFailure(error) || isTransientConflict(error)) {
      throw retryable(
        "DATABASE_UNAVAILABLE",
        "the database was unavailable or a transaction conflicted",
      );
    }
    if (error instanceof AppError) {
      return { status: "FAILED", error: { code: error.code, message: error.message } };
    }
    throw error;
  }
}

function retryable(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const JOB_COLUMNS =
  "id::text AS id, state, retry_count, retry_limit, created_on, started_on, completed_on, output";

/**
 * The rows behind each state we show, in SQL so that a page holds `first` jobs of that state:
 * a permanent failure (validation, extraction limit) completes in pg-boss terms with our
 * FAILED output, so DONE and FAILED look at the output too.
 */
const STATE_CONDITIONS: Record<JobState, string> = {
  QUEUED: "state IN ('created', 'retry')",
  RUNNING: "state = 'active'",
  DONE: "state = 'completed' AND (output->>'status') IS DISTINCT FROM 'FAILED'",
  FAILED: "(state = 'failed' OR (state = 'completed' AND output->>'status' = 'FAILED'))",
  CANCELLED: "state = 'cancelled'",
};

function toJob(row: JobRow): IngestJob {
  // Our JobOutput for completed jobs; pg-boss's serialized error for failed ones.
  const output = (row.output ?? null) as {
    status?: unknown;
    articleId?: unknown;
    error?: { code: string; message: string };
    message?: unknown;
    code?: unknown;
    value?: { message?: unknown };
  } | null;
  const base = {
    id: row.id,
    // pg-boss counts retries; a job that started once has one attempt.
    attempts: row.retry_count + (row.started_on ? 1 : 0),
    retryLimit: row.retry_limit,
    createdAt: new Date(row.created_on),
    startedAt: row.started_on ? new Date(row.started_on) : null,
    completedAt: row.completed_on ? new Date(row.completed_on) : null,
    articleId: null,
    outcome: null,
    error: null,
  };
  switch (row.state) {
    case "created":
    case "retry":
      return { ...base, state: "QUEUED" };
    case "active":
      return { ...base, state: "RUNNING" };
    case "cancelled":
      return { ...base, state: "CANCELLED" };
    case "failed":
      return {
        ...base,
        state: "FAILED",
        error: {
          code: typeof output?.code === "string" ? output.code : "JOB_FAILED",
          message: String(output?.message ?? output?.value?.message ?? "the job failed"),
        },
      };
    case "completed":
      if (output?.status === "FAILED" && output.error) {
        return { ...base, state: "FAILED", error: output.error };
      }
      return {
        ...base,
        state: "DONE",
        articleId: typeof output?.articleId === "number" ? output.articleId : null,
        outcome: (output?.status as IngestJob["outcome"]) ?? null,
      };
  }
}
