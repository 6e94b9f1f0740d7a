import { ConfigError, loadConfig } from "./config.js";
import { DatabaseUnavailableError, migrateDatabase } from "./db/client.js";
import { MigrationError } from "./db/migrate.js";
import { openConfiguredDatabase } from "./db/open.js";
import { runEvalCommand, runExtractCommand } from "./eval/commands.js";
import { loadSeeds } from "./ingest/seed.js";

const USAGE = `newsgraph — news articles in, a knowledge graph of entities, quotes and events out

Usage:
  newsgraph extract FILE|- [--published YYYY-MM-DD] [--json]   extract one article (no database)
  newsgraph eval DIR                                          score NAME.txt against NAME.gold.json
  newsgraph migrate                                           apply pending database migrations
  newsgraph seed                                              load seeds/ (skips articles already stored)

The database is PGlite under DATA_DIR (default .data/), or PostgreSQL when DATABASE_URL is set.`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  extract: runExtractCommand,
  eval: runEvalCommand,
  async migrate() {
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
  async seed() {
    const db = await openConfiguredDatabase(loadConfig());
    try {
      const { ingested, alreadyPresent } = await loadSeeds(db.prisma);
      console.log(`seeds: ${ingested} ingested, ${alreadyPresent} already present (${db.location})`);
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
    if (
      error instanceof ConfigError ||
      error instanceof DatabaseUnavailableError ||
      error instanceof MigrationError
    ) {
      console.error(`newsgraph: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await runCli(process.argv.slice(2));
