import { createServer, type Server } from "node:http";
import type { Config } from "../config.js";
import { ConfigError } from "../config.js";
import type { Database } from "../db/client.js";
import { openConfiguredDatabase } from "../db/open.js";
import { ExtractionPool } from "../ingest/extract-pool.js";
import type { IngestQueue } from "../queue/ingest-queue.js";
import type { Logger } from "../logger.js";
import type { NewsgraphYoga } from "../yoga.js";
import { DatabaseReadiness } from "./readiness.js";

/** How often a server started before its database retries the migrations. */
const MIGRATION_RETRY_MS = 2_000;
/** How long after listening the extraction threads start when no article has started them. */
const EXTRACTION_WARM_UP_DELAY_MS = 1_000;

export interface RunningServer {
  server: Server;
  port: number;
  db: Database;
  yoga: NewsgraphYoga;
  readiness: DatabaseReadiness;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  shutdown(): Promise<void>;
}

/**
 * Opens the database (or, with DB_STARTUP=wait and PostgreSQL unreachable,
 * starts without it), builds the GraphQL handler and listens on
 * `config.host:config.port`.
 */
export async function startNewsgraph(config: Config, logger: Logger): Promise<RunningServer> {
  if (config.apiKey === null) {
    logger.warn("NEWSGRAPH_API_KEY is not set: mutations are accepted from loopback clients only");
  }
  const deferMigrations = config.dbStartup === "wait" && config.databaseUrl !== null;
  // The GraphQL modules load while the database starts (PGlite compiles its
  // WebAssembly off the main thread meanwhile): start-up time.
  const [db, { createNewsgraphYoga }] = await Promise.all([
    openConfiguredDatabase(config, {
      migrate: !deferMigrations,
      statementTimeoutMs: config.limits.statementTimeoutMs,
      tolerateUnreachable: deferMigrations,
    }),
    import("../yoga.js"),
  ]);
  const seed = async () => {
    if (!config.seed) return;
    const { loadSeeds } = await import("../ingest/seed.js");
    const seeded = await loadSeeds(db.prisma);
    logger.info(seeded, "seed articles loaded");
  };
  // On PostgreSQL, enqueueArticles hands articles to worker processes; this server only adds jobs.
  let queue: IngestQueue | null = null;
  const openQueue = async () => {
    if (!config.databaseUrl) return;
    // pg-boss is loaded only where it is used: PostgreSQL.
    const { IngestQueue } = await import("../queue/ingest-queue.js");
    queue = await IngestQueue.open(db, config.databaseUrl, {
      settings: config.queue,
      logger,
      supervise: false,
    }).catch((error: unknown) => {
      logger.error({ err: error }, "the ingest queue is unavailable; enqueueArticles will fail");
      return null;
    });
  };
  const onDatabaseReady = async () => {
    await openQueue();
    await seed();
  };
  const readiness = new DatabaseReadiness(db, { migrated: !deferMigrations });
  if (deferMigrations) {
    readiness.migrateInBackground(logger, MIGRATION_RETRY_MS, onDatabaseReady);
  } else {
    logger.info({ database: db.location }, "database ready");
    await onDatabaseReady();
  }

  // Articles are extracted on worker threads, so reads keep answering during an ingest. The
  // threads start after the server answers (or on the first article): loading the pipeline on
  // them would otherwise share the cores with start-up.
  const extractionPool = new ExtractionPool({
    threads: config.extractThreads,
    timeoutMs: config.extractTimeoutMs,
    start: "on-demand",
  });
  const yoga = createNewsgraphYoga({
    db,
    logger,
    apiKey: config.apiKey,
    limits: config.limits,
    rateLimits: config.rateLimits,
    metricsOperationNames: config.metricsOperationNames,
    readiness,
    compiledReads: config.compiledReads,
    trustedDocumentsOnly: config.trustedDocumentsOnly,
    graphiql: config.graphiql,
    responseCache: config.responseCache,
    extractor: extractionPool.extractor,
    queue: () => queue,
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  }).catch(async (error: NodeJS.ErrnoException) => {
    readiness.stop();
    await extractionPool.close();
    await (queue as IngestQueue | null)?.close();
    await db.close();
    throw error.code === "EADDRINUSE"
      ? new ConfigError(`port ${config.port} is already in use (set PORT to another port)`)
      : error;
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  setTimeout(() => extractionPool.warmUp(), EXTRACTION_WARM_UP_DELAY_MS).unref();

  let closing: Promise<void> | null = null;
  const shutdown = () => {
    closing ??= (async () => {
      readiness.stop();
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = setTimeout(() => server.closeAllConnections(), config.shutdownTimeoutMs);
      await drained;
      clearTimeout(deadline);
      await yoga.dispose();
      await extractionPool.close();
      await (queue as IngestQueue | null)?.close();
      await db.close();
    })();
    return closing;
  };
  return { server, port, db, yoga, readiness, shutdown };
}
