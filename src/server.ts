import { ConfigError, loadConfig } from "./config.js";
import { DatabaseUnavailableError } from "./db/client.js";
import { MigrationError } from "./db/migrate.js";
import { startNewsgraph } from "./http/app.js";
import { createLogger } from "./logger.js";

async function main() {
  const startedAt = performance.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel, config.logFormat);
  const running = await startNewsgraph(config, logger);
  logger.info(
    {
      url: `http://localhost:${running.port}/graphql`,
      port: running.port,
      startupMs: Math.round(performance.now() - startedAt),
    },
    "newsgraph is serving GraphQL (GraphiQL in a browser at this URL)",
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing in-flight requests");
    // A last resort if closing the database hangs.
    setTimeout(() => process.exit(1), config.shutdownTimeoutMs + 5_000).unref();
    running.shutdown().then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
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
