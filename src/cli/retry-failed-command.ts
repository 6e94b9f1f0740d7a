import { loadConfig } from "../config.js";
import { parseCommandArgs } from "./args.js";
import { openConfiguredDatabase } from "../db/open.js";
import { IngestQueue } from "../queue/ingest-queue.js";

export const RETRY_FAILED_USAGE = `Usage: newsgraph retry-failed

Puts every failed ingest job (retries exhausted, or an unexpected error) back in the queue.
Jobs that failed validation are final: their input would fail again. Needs PostgreSQL.`;

/** `newsgraph retry-failed`. */
export async function runRetryFailedCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    { name: "retry-failed", usage: RETRY_FAILED_USAGE, options: {} },
    args,
  );
  if (typeof parsed === "number") return parsed;
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
