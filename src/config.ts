import path from "node:path";
import { DEFAULT_EXTRACT_TIMEOUT_MS, defaultExtractThreads } from "./ingest/extract-pool.js";
import { DEFAULT_QUEUE_SETTINGS, type QueueSettings } from "./queue/settings.js";

/** Runtime configuration, read from the environment once and validated. */
export interface Config {
  port: number;
  host: string;
  /** Where the embedded PGlite database lives when DATABASE_URL is unset. */
  dataDir: string;
  /** A PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl: string | null;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** "auto": readable lines on a terminal, JSON lines otherwise. */
  logFormat: "auto" | "json" | "pretty";
  /** Load `seeds/` into an empty database at start. */
  seed: boolean;
  /** Answer queries the compiled read path covers with one SQL statement (src/graphql/compiled). */
  compiledReads: boolean;
  /** Bearer key required for mutations; null accepts writes from loopback clients only. */
  apiKey: string | null;
  /** "fail" exits when PostgreSQL is unreachable at start; "wait" serves (not ready) and retries. */
  dbStartup: "fail" | "wait";
  limits: Limits;
  rateLimits: RateLimits;
  /** Operation names allowed as metric labels (METRICS_OPERATION_NAMES); others count as "other". */
  metricsOperationNames: string[];
  /** How long SIGTERM waits for in-flight requests before exiting anyway. */
  shutdownTimeoutMs: number;
  /** Worker threads that extract articles off the request thread (EXTRACT_THREADS). */
  extractThreads: number;
  /** Longest one article's extraction may run before it fails (EXTRACT_TIMEOUT_MS). */
  extractTimeoutMs: number;
  /**
   * Niceness (0–19) of a `newsgraph worker` process, every thread of it (WORKER_NICE): a batch
   * worker sharing cores with API servers yields the CPU to them. The server's threads keep 0.
   */
  workerNiceness: number;
  /** The durable ingest queue's retries and timeouts (INGEST_*). */
  queue: QueueSettings;
  /** Refuse every document but the trusted ones (TRUSTED_DOCUMENTS_ONLY). */
  trustedDocumentsOnly: boolean;
  /** Serve GraphiQL (and, with trusted documents only, allow introspection): GRAPHIQL. */
  graphiql: boolean;
  /** The in-memory response cache (RESPONSE_CACHE_MAX_BYTES, RESPONSE_CACHE_TTL_MS); null when off. */
  responseCache: ResponseCacheSettings | null;
}

export interface ResponseCacheSettings {
  /** Bytes of cached responses (their JSON) kept in memory. */
  maxBytes: number;
  /** Longest a response is served from the cache, in ms, even if no change arrives. */
  ttlMs: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheSettings = {
  maxBytes: 64 * 1024 * 1024,
  ttlMs: 5 * 60_000,
};

/** Limits that keep one request from monopolizing the server or the database. */
export interface Limits {
  /** Deepest field nesting (introspection excluded). */
  maxDepth: number;
  /** Largest estimated cost: fields weighted by the page sizes (`first`/`last`) above them. */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Tokens in one GraphQL document, checked while parsing. */
  maxTokens: number;
  /** Request bodies larger than this are refused with HTTP 413 before parsing. */
  maxBodyBytes: number;
  /**
   * PostgreSQL statement_timeout for every statement; on both backends also the
   * time after which a request issues no further statement (0 disables).
   */
  statementTimeoutMs: number;
  /** Largest response a query may produce, in bytes (0 disables). */
  maxResponseBytes: number;
}

/** The limits used when the environment sets none. */
export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxCost: 100_000,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2_000,
  maxBodyBytes: 2 * 1024 * 1024,
  statementTimeoutMs: 10_000,
  maxResponseBytes: 10 * 1024 * 1024,
};

/**
 * Per-client budgets (clients are told apart by socket address). Rates are
 * tokens per second refilling a bucket of `burst`; a rate of 0 turns that
 * limit off, and so does a subscription cap of 0.
 */
export interface RateLimits {
  /** Every GraphQL request (query, subscription, or one that fails to parse). */
  readsPerSecond: number;
  readBurst: number;
  /** Mutations, counted apart from reads. */
  writesPerSecond: number;
  writeBurst: number;
  /** Open subscriptions (SSE streams) one client may hold. */
  maxSubscriptionsPerClient: number;
  /** Open subscriptions on the whole server. */
  maxSubscriptions: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  readsPerSecond: 50,
  readBurst: 100,
  writesPerSecond: 10,
  writeBurst: 20,
  maxSubscriptionsPerClient: 10,
  maxSubscriptions: 500,
};

const RATE_LIMIT_VARIABLES: Record<keyof RateLimits, string> = {
  readsPerSecond: "RATE_LIMIT_READS_PER_SECOND",
  readBurst: "RATE_LIMIT_READ_BURST",
  writesPerSecond: "RATE_LIMIT_WRITES_PER_SECOND",
  writeBurst: "RATE_LIMIT_WRITE_BURST",
  maxSubscriptionsPerClient: "RATE_LIMIT_SUBSCRIPTIONS_PER_CLIENT",
  maxSubscriptions: "RATE_LIMIT_SUBSCRIPTIONS",
};

/** At most this many operation names may become metric labels. */
export const MAX_METRICS_OPERATION_NAMES = 100;

/** Environment variable for each limit. */
const LIMIT_VARIABLES: Record<keyof Limits, string> = {
  maxDepth: "MAX_QUERY_DEPTH",
  maxCost: "MAX_QUERY_COST",
  maxAliases: "MAX_QUERY_ALIASES",
  maxDirectives: "MAX_QUERY_DIRECTIVES",
  maxTokens: "MAX_QUERY_TOKENS",
  maxBodyBytes: "MAX_BODY_BYTES",
  statementTimeoutMs: "STATEMENT_TIMEOUT_MS",
  maxResponseBytes: "MAX_RESPONSE_BYTES",
};

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Thrown for a setting that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates the configuration from `env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const portText = env.PORT ?? "4000";
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${portText}"`);
  }
  const logLevel = (env.LOG_LEVEL ?? "info").toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${logLevel}"`);
  }
  const logFormat = (env.LOG_FORMAT || "auto").toLowerCase();
  if (logFormat !== "auto" && logFormat !== "json" && logFormat !== "pretty") {
    throw new ConfigError(`LOG_FORMAT must be auto, json or pretty, got "${logFormat}"`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError("DATABASE_URL must start with postgresql:// or postgres://");
  }
  const dbStartup = (env.DB_STARTUP ?? "fail").toLowerCase();
  if (dbStartup !== "fail" && dbStartup !== "wait") {
    throw new ConfigError(`DB_STARTUP must be "fail" or "wait", got "${dbStartup}"`);
  }
  const limits = { ...DEFAULT_LIMITS };
  for (const [name, variable] of Object.entries(LIMIT_VARIABLES) as [keyof Limits, string][]) {
    const value = env[variable];
    if (value !== undefined && value !== "") limits[name] = readNonNegativeInteger(variable, value);
  }
  const rateLimits = { ...DEFAULT_RATE_LIMITS };
  for (const [name, variable] of Object.entries(RATE_LIMIT_VARIABLES) as [
    keyof RateLimits,
    string,
  ][]) {
    const value = env[variable];
    if (value !== undefined && value !== "") {
      rateLimits[name] = readNonNegativeInteger(variable, value);
    }
  }
  const metricsOperationNames = (env.METRICS_OPERATION_NAMES ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  const badName = metricsOperationNames.find((name) => !/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name));
  if (badName !== undefined) {
    throw new ConfigError(
      `METRICS_OPERATION_NAMES holds "${badName}", which is not a GraphQL name`,
    );
  }
  if (metricsOperationNames.length > MAX_METRICS_OPERATION_NAMES) {
    throw new ConfigError(
      `METRICS_OPERATION_NAMES may list at most ${MAX_METRICS_OPERATION_NAMES} names`,
    );
  }
  const apiKey = env.NEWSGRAPH_API_KEY?.trim() || null;
  if (apiKey !== null && apiKey.length < 16) {
    throw new ConfigError("NEWSGRAPH_API_KEY must be at least 16 characters long");
  }
  const trustedDocumentsOnly = readBoolean(
    "TRUSTED_DOCUMENTS_ONLY",
    env.TRUSTED_DOCUMENTS_ONLY,
    false,
  );
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    dataDir: path.resolve(env.DATA_DIR ?? ".data"),
    databaseUrl,
    logLevel: logLevel as Config["logLevel"],
    logFormat,
    seed: env.SEED !== "false" && env.SEED !== "0",
    compiledReads: env.COMPILED_READS !== "false" && env.COMPILED_READS !== "0",
    apiKey,
    dbStartup,
    limits,
    rateLimits,
    metricsOperationNames,
    shutdownTimeoutMs: readNonNegativeInteger(
      "SHUTDOWN_TIMEOUT_MS",
      env.SHUTDOWN_TIMEOUT_MS || "10000",
    ),
    extractThreads: env.EXTRACT_THREADS
      ? Math.max(1, readNonNegativeInteger("EXTRACT_THREADS", env.EXTRACT_THREADS))
      : defaultExtractThreads(),
    extractTimeoutMs: Math.max(
      1,
      readNonNegativeInteger(
        "EXTRACT_TIMEOUT_MS",
        env.EXTRACT_TIMEOUT_MS || String(DEFAULT_EXTRACT_TIMEOUT_MS),
      ),
    ),
    workerNiceness: readWorkerNiceness(env.WORKER_NICE),
    queue: readQueueSettings(env),
    trustedDocumentsOnly,
    // GraphiQL runs free-form documents: off by default when only trusted ones may run.
    graphiql: readBoolean("GRAPHIQL", env.GRAPHIQL, !trustedDocumentsOnly),
    responseCache: readResponseCache(env),
  };
}

function readBoolean(variable: string, text: string | undefined, fallback: boolean): boolean {
  const value = (text ?? "").trim().toLowerCase();
  if (value === "") return fallback;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw new ConfigError(`${variable} must be true or false, got "${text}"`);
}

function readResponseCache(env: NodeJS.ProcessEnv): ResponseCacheSettings | null {
  const maxBytes = env.RESPONSE_CACHE_MAX_BYTES
    ? readNonNegativeInteger("RESPONSE_CACHE_MAX_BYTES", env.RESPONSE_CACHE_MAX_BYTES)
    : DEFAULT_RESPONSE_CACHE.maxBytes;
  const ttlMs = env.RESPONSE_CACHE_TTL_MS
    ? readNonNegativeInteger("RESPONSE_CACHE_TTL_MS", env.RESPONSE_CACHE_TTL_MS)
    : DEFAULT_RESPONSE_CACHE.ttlMs;
  return maxBytes > 0 && ttlMs > 0 ? { maxBytes, ttlMs } : null;
}

/** Default niceness of a worker's extraction threads: well below an API server's, never starved. */
export const DEFAULT_WORKER_NICE = 10;

function readWorkerNiceness(text: string | undefined): number {
  if (text === undefined || text.trim() === "") return DEFAULT_WORKER_NICE;
  const value = readNonNegativeInteger("WORKER_NICE", text.trim());
  if (value > 19) throw new ConfigError(`WORKER_NICE must be from 0 to 19, got "${text}"`);
  return value;
}

const QUEUE_VARIABLES: Record<keyof QueueSettings, string> = {
  retryLimit: "INGEST_RETRY_LIMIT",
  retryDelaySeconds: "INGEST_RETRY_DELAY_SECONDS",
  jobTimeoutSeconds: "INGEST_JOB_TIMEOUT_SECONDS",
  maintenanceSeconds: "INGEST_MAINTENANCE_SECONDS",
};

function readQueueSettings(env: NodeJS.ProcessEnv): QueueSettings {
  const settings = { ...DEFAULT_QUEUE_SETTINGS };
  for (const [name, variable] of Object.entries(QUEUE_VARIABLES) as [
    keyof QueueSettings,
    string,
  ][]) {
    const value = env[variable];
    if (value !== undefined && value !== "")
      settings[name] = readNonNegativeInteger(variable, value);
  }
  // pg-boss refuses intervals and timeouts under one second.
  for (const name of ["retryDelaySeconds", "jobTimeoutSeconds", "maintenanceSeconds"] as const) {
    if (settings[name] < 1) throw new ConfigError(`${QUEUE_VARIABLES[name]} must be at least 1`);
  }
  return settings;
}

function readNonNegativeInteger(variable: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new ConfigError(`${variable} must be a non-negative integer, got "${text}"`);
  }
  return value;
}
