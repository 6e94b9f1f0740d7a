import { loadConfig } from "../config.js";
import { openConfiguredDatabase } from "../db/open.js";
import { IngestQueue } from "../queue/ingest-queue.js";

export const RETRY_FAILED_USAGE = `Usage: newsgraph retry-failed

Puts every failed ingest job (retries exhausted, or an unexpected error) back in the queue.
Jobs that failed validation are final: their input would fail again. Needs PostgreSQL.`;

/** `newsgraph retry-failed`. */
export async function runRetryFailedCommand(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(RETRY_FAILED_USAGE);
    return 0;
  }
  if (args.length > 0) {
    console.error(
      `newsgraph retry-failed: unexpected argument "${args[0]}"\n\n${RETRY_FAILED_USAGE}`,
    );
    return 2;
  }
  const config = loadConfig();
  if (!config.databaseUrl) {
    console.error(
      "newsgraph retry-failed: the ingest queue needs a PostgreSQL server; set DATABASE_URL",
    );
    return 1;
  }
  const db = await openConfiguredDatabase(config);
  try {
    const queue = await IngestQueue.open(db, config.databaseUrl, {
      settings: config.queue,
      supervise: false,
    });
    try {
      const count = await queue.retryFailed();
      console.log(`${count} failed job(s) queued again`);
      return 0;
    } finally {
      await queue.close();
    }
  } finally {
    await db.close();
  }
}
