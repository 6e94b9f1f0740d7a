import path from "node:path";
import type { Config } from "../config.js";
import { openDatabase, type Database, type OpenOptions } from "./client.js";

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite under DATA_DIR. */
export function openConfiguredDatabase(
  config: Pick<Config, "databaseUrl" | "dataDir">,
  options?: OpenOptions,
): Promise<Database> {
  return openDatabase(
    config.databaseUrl
      ? { kind: "postgres", url: config.databaseUrl }
      : { kind: "pglite", dataDir: path.join(config.dataDir, "pglite") },
    options,
  );
}
