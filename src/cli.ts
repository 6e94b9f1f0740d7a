import { parseCommandArgs } from "./cli/args.js";
import { ConfigError, loadConfig } from "./config.js";

const USAGE = `newsgraph — news articles in, a knowledge graph of entities, quotes and events out

Usage:
  newsgraph extract FILE|- [--published YYYY-MM-DD] [--json]   extract one article (no database)
  newsgraph eval DIR                                          score NAME.txt against NAME.gold.json
  newsgraph migrate                                           apply pending database migrations
  newsgraph seed                                              load seeds/ (skips articles already stored)
  newsgraph ingest PATH... [--concurrency N]                  bulk ingest .txt, .jsonl, directories, - (stdin)
  newsgraph reprocess --all|--outdated|--degraded             re-run the current extractor over stored articles
  newsgraph ingest --queue PATH...                            add the articles to the ingest queue (PostgreSQL)
  newsgraph worker [--concurrency N]                          run queued ingest jobs until stopped (PostgreSQL)
  newsgraph retry-failed                                      queue failed ingest jobs again (PostgreSQL)

The database is PGlite under DATA_DIR (default .data/), or PostgreSQL when DATABASE_URL is set.
Every command takes --help.`;

const MIGRATE_USAGE = `Usage: newsgraph migrate

Applies the pending migrations of prisma/migrations to the configured database
(PGlite under DATA_DIR, or PostgreSQL at DATABASE_URL) and reports what it did.`;

const SEED_USAGE = `Usage: newsgraph seed

Loads the articles in seeds/ into the configured database; articles already
stored are skipped.`;

type Command = (args: string[]) => Promise<number>;

// Commands import their modules lazily: `extract` should not pay for loading the database driver.
const COMMANDS: Record<string, Command> = {
  async extract(args) {
    return (await import("./eval/commands.js")).runExtractCommand(args);
  },
  async eval(args) {
    return (await import("./eval/commands.js")).runEvalCommand(args);
  },
  async migrate(args) {
    const parsed = parseCommandArgs({ name: "migrate", usage: MIGRATE_USAGE, options: {} }, args);
    if (typeof parsed === "number") return parsed;
    const { openConfiguredDatabase } = await import("./db/open.js");
    const { migrateDatabase } = await import("./db/client.js");
    const db = await openConfiguredDatabase(loadConfig(), { migrate: false });
    try {
      const applied = await migrateDatabase(db);
      console.log(
        applied.length > 0
          ? `applied ${applied.length} migration(s) to ${db.location}: ${applied.join(", ")}`
          : `${db.location} is up to date`,
      );
      return 0;
    } finally {
      await db.close();
    }
  },
  async ingest(args) {
    return (await import("./cli/ingest-command.js")).runIngestCommand(args);
  },
  async reprocess(args) {
    return (await import("./cli/reprocess-command.js")).runReprocessCommand(args);
  },
  async worker(args) {
    return (await import("./cli/worker-command.js")).runWorkerCommand(args);
  },
  async "retry-failed"(args) {
    return (await import("./cli/retry-failed-command.js")).runRetryFailedCommand(args);
  },
  async seed(args) {
    const parsed = parseCommandArgs({ name: "seed", usage: SEED_USAGE, options: {} }, args);
    if (typeof parsed === "number") return parsed;
    const { openConfiguredDatabase } = await import("./db/open.js");
    const { loadSeeds } = await import("./ingest/seed.js");
    const db = await openConfiguredDatabase(loadConfig());
    try {
      const { ingested, alreadyPresent } = await loadSeeds(db.prisma);
      console.log(
        `seeds: ${ingested} ingested, ${alreadyPresent} already present (${db.location})`,
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};

/** Runs one CLI command and returns its exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`newsgraph: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(args);
  } catch (error) {
    // Expected failures a user can fix get one line; anything else keeps its stack.
    if (error instanceof ConfigError || isExpectedDatabaseError(error)) {
      console.error(`newsgraph: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
}

function isExpectedDatabaseError(error: unknown): boolean {
  const name = (error as Error | undefined)?.name;
  return name === "DatabaseUnavailableError" || name === "MigrationError";
}

process.exitCode = await runCli(process.argv.slice(2));
