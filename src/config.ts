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
  /** Load `seeds/` into an empty database at start. */
  seed: boolean;
  /** Answer queries the compiled read path covers with one SQL statement (src/graphql/compiled). */
  compiledReads: boolean;
  /** Bearer key required for mutations; null accepts writes from loopback clients only. */
  apiKey: string | null;
  /** "fail" exits when PostgreSQL is unreachable at start; "wait" serves (not ready) and retries. */
  dbStartup: "fail" | "wait";
  limits: Limits;
  /** How long SIGTERM waits for in-flight requests before exiting anyway. */
  shutdownTimeoutMs: number;
  /** Worker threads that extract articles off the request thread (EXTRACT_THREADS). */
  extractThreads: number;
  /** Longest one article's extraction may run before it fails (EXTRACT_TIMEOUT_MS). */
  extractTimeoutMs: number;
  /** The durable ingest queue's retries and timeouts (INGEST_*). */
  queue: QueueSettings;
}

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
  /** PostgreSQL statement_timeout for every statement (0 disables; PGlite ignores it). */
  statementTimeoutMs: number;
}

/** The limits used when the environment sets none. */
export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2_000,
  maxBodyBytes: 2 * 1024 * 1024,
  statementTimeoutMs: 10_000,
};

/** Environment variable for each limit. */
const LIMIT_VARIABLES: Record<keyof Limits, string> = {
  maxDepth: "MAX_QUERY_DEPTH",
  maxCost: "MAX_QUERY_COST",
  maxAliases: "MAX_QUERY_ALIASES",
  maxDirectives: "MAX_QUERY_DIRECTIVES",
  maxTokens: "MAX_QUERY_TOKENS",
  maxBodyBytes: "MAX_BODY_BYTES",
  statementTimeoutMs: "STATEMENT_TIMEOUT_MS",
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
  const apiKey = env.NEWSGRAPH_API_KEY?.trim() || null;
  if (apiKey !== null && apiKey.length < 16) {
    throw new ConfigError("NEWSGRAPH_API_KEY must be at least 16 characters long");
  }
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    dataDir: path.resolve(env.DATA_DIR ?? ".data"),
    databaseUrl,
    logLevel: logLevel as Config["logLevel"],
    seed: env.SEED !== "false" && env.SEED !== "0",
    compiledReads: env.COMPILED_READS !== "false" && env.COMPILED_READS !== "0",
    apiKey,
    dbStartup,
    limits,
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
    queue: readQueueSettings(env),
  };
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
