import { createServer } from "node:http";
import { ConfigError, loadConfig } from "./config.js";
import { DatabaseUnavailableError } from "./db/client.js";
import { MigrationError } from "./db/migrate.js";
import { openConfiguredDatabase } from "./db/open.js";
import { loadSeeds } from "./ingest/seed.js";
import { createLogger } from "./logger.js";
import { createNewsgraphYoga } from "./yoga.js";

async function main() {
  const startedAt = performance.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openConfiguredDatabase(config);
  logger.info({ database: db.location }, "database ready");
  if (config.seed) {
    const seeded = await loadSeeds(db.prisma);
    logger.info(seeded, "seed articles loaded");
  }
  const yoga = createNewsgraphYoga({ db, logger });
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  }).catch(async (error: NodeJS.ErrnoException) => {
    await db.close();
    throw error.code === "EADDRINUSE"
      ? new ConfigError(`port ${config.port} is already in use (set PORT to another port)`)
      : error;
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  logger.info(
    {
      url: `http://localhost:${port}/graphql`,
      startupMs: Math.round(performance.now() - startedAt),
    },
    "newsgraph is serving GraphQL (GraphiQL in a browser at this URL)",
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    server.close(() => {
      void db.close().finally(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  const expected =
    error instanceof ConfigError ||
    error instanceof DatabaseUnavailableError ||
    error instanceof MigrationError;
  // One line for the errors a user can fix; a stack for anything else.
  console.error(
    `newsgraph: ${expected ? (error as Error).message : ((error as Error)?.stack ?? String(error))}`,
  );
  process.exit(1);
});
