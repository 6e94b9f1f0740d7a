import { AsyncLocalStorage } from "node:async_hooks";
import { mkdir } from "node:fs/promises";
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import type pg from "pg";
import { PrismaClient } from "../generated/prisma/client.js";
import {
  applyMigrations,
  migrationsUpToDate,
  readMigrations,
  type MigrationSession,
} from "./migrate.js";
import {
  isPreparedStatementFault,
  MAX_PREPARED_STATEMENTS,
  PreparedStatements,
  preparingClient,
} from "./prepared-statements.js";

// Each backend's driver is imported when that backend is opened: a PGlite
// server never loads pg, a PostgreSQL one never loads PGlite (start-up time).
async function importPGlite() {
  const [{ PGlite }, { pg_trgm }, { unaccent }, { PrismaPGlite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
    import("@electric-sql/pglite/contrib/unaccent"),
    import("pglite-prisma-adapter"),
  ]);
  return { PGlite, pg_trgm, unaccent, PrismaPGlite };
}

async function importPg() {
  const [{ default: pg }, { PrismaPg }] = await Promise.all([
    import("pg"),
    import("@prisma/adapter-pg"),
  ]);
  return { pg, PrismaPg };
}

export type DatabaseTarget =
  | { kind: "pglite"; /** null keeps it in memory */ dataDir: string | null; loadDataDir?: Blob }
  | { kind: "postgres"; url: string };

/** The deadline of the request whose code is running, when it has one. */
const requestDeadline = new AsyncLocalStorage<{ at: number }>();

/** Raised instead of sending a statement once the request's time budget is spent. */
export class RequestTimeBudgetError extends Error {
  override name = "RequestTimeBudgetError";
  /** PostgreSQL's query_canceled, so isStatementTimeout recognizes it however it is wrapped. */
  readonly code = "57014";
  constructor() {
    super("request time budget exhausted (57014)");
  }
}

/**
 * Runs `fn` with a time budget of `ms`: every statement it issues afterwards
 * through this module (Prisma's and the compiled path's) fails with
 * RequestTimeBudgetError instead of running. PGlite cannot cancel a running
 * statement, so this bounds a request between statements there; PostgreSQL
 * also cancels each statement at statement_timeout.
 */
export function withRequestDeadline<T>(ms: number, fn: () => T): T {
  return ms > 0 ? requestDeadline.run({ at: Date.now() + ms }, fn) : fn();
}

function checkRequestDeadline(): void {
  const deadline = requestDeadline.getStore();
  if (deadline && Date.now() > deadline.at) throw new RequestTimeBudgetError();
}

/** Called with the SQL text of every statement Prisma sends. */
export type SqlListener = (sql: string) => void;

export interface Database {
  kind: DatabaseTarget["kind"];
  /** Human-readable location for logs ("PGlite in .data/pglite", "PostgreSQL at host:5432/db"). */
  location: string;
  prisma: PrismaClient;
  /** Listeners notified of every statement; tests use this to count SQL. */
  sqlListeners: Set<SqlListener>;
  /**
   * One read statement outside Prisma, for the compiled read path: `$n`
   * placeholders, rows as objects (json columns parsed). Listeners see it.
   */
  query<Row>(text: string, values: readonly unknown[], options?: QueryOptions): Promise<Row[]>;
  /** A raw session for migrations and health checks. */
  withSession<T>(fn: (session: MigrationSession) => Promise<T>): Promise<T>;
  /**
   * PGlite only: re-reads the database's array types. PGlite writes an array
   * parameter by the array types it read when it opened; one a migration
   * created afterwards (an enum's array) would be sent as plain text.
   */
  refreshTypes?: () => Promise<void>;
  /**
   * Receives the payload of every notification on `channel` (PostgreSQL
   * LISTEN/NOTIFY; PGlite delivers them in process). On PostgreSQL a dedicated
   * connection listens and reconnects after an outage, calling `onReconnect`
   * since notifications sent meanwhile were missed.
   */
  listen(channel: string, handlers: NotificationHandlers): Promise<Listener>;
  /** PGlite only: a gzip tarball of the data directory (test templates). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

export interface QueryOptions {
  /**
   * A statement run again and again (a compiled read): on PostgreSQL it may run
   * as a named prepared statement, see prepared-statements.ts.
   */
  repeated?: boolean;
}

export interface NotificationHandlers {
  onNotification(payload: string): void;
  onReconnect?(): void;
}

export interface Listener {
  /**
   * Resolves after a round trip on the listening connection: notifications of
   * transactions that committed before the call have been delivered by then.
   * Rejects while the connection is down.
   */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** A database that cannot be reached or used; the message is one line naming host and cause. */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

export interface OpenOptions {
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** PostgreSQL only: statement_timeout for every statement on the pool, in ms (0 = none). */
  statementTimeoutMs?: number;
  /**
   * PostgreSQL only: return a database whose server is unreachable right now
   * instead of throwing; the pool connects once it answers. Misconfiguration
   * (authentication, missing database) still throws.
   */
  tolerateUnreachable?: boolean;
}

/** Opens the database, applies pending migrations, and returns a ready Prisma client. */
export async function openDatabase(
  target: DatabaseTarget,
  { migrate = true, statementTimeoutMs = 0, tolerateUnreachable = false }: OpenOptions = {},
): Promise<Database> {
  const db =
    target.kind === "pglite"
      ? await openPGlite(target)
      : await openPostgres(target.url, { statementTimeoutMs, tolerateUnreachable });
  if (migrate) {
    try {
      await migrateDatabase(db);
    } catch (error) {
      await db.close();
      throw error;
    }
  }
  return db;
}

/** Applies the migrations shipped in prisma/migrations; returns the names applied. */
export async function migrateDatabase(db: Database): Promise<string[]> {
  const migrations = await readMigrations();
  const applied = await db.withSession(async (session) =>
    // One read settles the common case (nothing to apply) without the lock and DDL.
    (await migrationsUpToDate(session, migrations)) ? [] : applyMigrations(session, migrations),
  );
  if (applied.length > 0) await db.refreshTypes?.();
  return applied;
}

async function openPGlite(target: Extract<DatabaseTarget, { kind: "pglite" }>): Promise<Database> {
  const [{ PGlite, pg_trgm, unaccent, PrismaPGlite }] = await Promise.all([
    importPGlite(),
    target.dataDir ? mkdir(target.dataDir, { recursive: true }) : undefined,
  ]);
  const pglite = await PGlite.create({
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
    extensions: { unaccent, pg_trgm },
  });
  const sqlListeners = new Set<SqlListener>();
  const prisma = new PrismaClient({
    adapter: observeStatements(new PrismaPGlite(pglite), sqlListeners),
  });
  const session: MigrationSession = {
    query: async <Row>(sql: string, params?: unknown[]) =>
      (await pglite.query<Row>(sql, params)).rows,
    exec: async (script) => {
      await pglite.exec(script);
    },
  };
  return {
    kind: "pglite",
    location: target.dataDir ? `PGlite in ${target.dataDir}` : "PGlite in memory",
    prisma,
    sqlListeners,
    async query<Row>(text: string, values: readonly unknown[]) {
      checkRequestDeadline();
      for (const listener of sqlListeners) listener(text);
      // PGlite queues this behind any transaction Prisma holds open.
      return (await pglite.query<Row>(text, [...values])).rows;
    },
    // PGlite is a single connection; Prisma's queue and ours share it.
    withSession: (fn) => fn(session),
    async listen(channel, { onNotification }) {
      const unlisten = await pglite.listen(channel, onNotification);
      return {
        // PGlite delivers notifications in process as the committing statement returns.
        sync: () => Promise.resolve(),
        close: () => (pglite.closed ? Promise.resolve() : unlisten()),
      };
    },
    refreshTypes: () => pglite.refreshArrayTypes(),
    dumpDataDir: () => pglite.dumpDataDir("gzip"),
    async close() {
      await prisma.$disconnect();
      // The adapter's dispose does not close PGlite, and an open file-backed
      // PGlite keeps the event loop alive.
      if (!pglite.closed) await pglite.close();
    },
  };
}

async function openPostgres(
  url: string,
  options: { statementTimeoutMs: number; tolerateUnreachable: boolean },
): Promise<Database> {
  const location = describePostgresUrl(url);
  const { pg: driver, PrismaPg } = await importPg();
  const probe = new driver.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await probe.connect();
    await probe.query("SELECT 1");
  } catch (error) {
    if (!(options.tolerateUnreachable && isConnectionFailure(error))) {
      throw new DatabaseUnavailableError(
        `cannot use PostgreSQL at ${location}: ${describeCause(error)}`,
      );
    }
  } finally {
    await probe.end().catch(() => undefined);
  }
  // Compiled reads choose their names themselves (`repeated`); every other statement text that
  // comes back (the ingest's, Prisma's) is prepared by the pool's clients, in slots of its own.
  const prepared = new PreparedStatements();
  const pool = new driver.Pool({
    Client: preparingClient(driver.Client, new PreparedStatements(MAX_PREPARED_STATEMENTS, "nga_")),
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    // Sent at connection start-up, so every statement of every request is bounded.
    ...(options.statementTimeoutMs > 0 ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  // A client losing its server must not crash the process, idle (the pool
  // replaces it) or checked out (its current or next query fails instead).
  pool.on("error", () => undefined);
  pool.on("connect", (client) => client.on("error", () => undefined));
  const sqlListeners = new Set<SqlListener>();
  const prisma = new PrismaClient({
    adapter: observeStatements(new PrismaPg(pool), sqlListeners),
  });
  return {
    kind: "postgres",
    location: `PostgreSQL at ${location}`,
    prisma,
    sqlListeners,
    async query<Row>(text: string, values: readonly unknown[], options?: QueryOptions) {
      checkRequestDeadline();
      for (const listener of sqlListeners) listener(text);
      const name = options?.repeated ? prepared.nameFor(text) : undefined;
      try {
        return (await pool.query({ text, values: [...values], name })).rows as Row[];
      } catch (error) {
        if (name !== undefined && isPreparedStatementFault(error)) prepared.retire(text);
        throw error;
      }
    },
    async withSession(fn) {
      const client = await pool.connect();
      try {
        return await fn({
          query: async <Row>(sql: string, params?: unknown[]) =>
            (await client.query(sql, params)).rows as Row[],
          exec: async (script) => {
            await client.query(script);
          },
        });
      } finally {
        client.release();
      }
    },
    listen: (channel, handlers) => listenPostgres(driver, url, channel, handlers),
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

const LISTEN_RETRY_MIN_MS = 250;
const LISTEN_RETRY_MAX_MS = 5_000;

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other
 * statements), reconnecting with capped backoff whenever it is lost.
 */
async function listenPostgres(
  driver: typeof pg,
  url: string,
  channel: string,
  { onNotification, onReconnect }: NotificationHandlers,
): Promise<Listener> {
  let closed = false;
  let current: pg.Client | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let delay = LISTEN_RETRY_MIN_MS;
  let connectedBefore = false;

  const scheduleRetry = () => {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, delay);
    delay = Math.min(delay * 2, LISTEN_RETRY_MAX_MS);
  };
  const connect = async () => {
    const client = new driver.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      if (current === client) current = null;
      client.end().catch(() => undefined);
      scheduleRetry();
    };
    client.on("error", onLost);
    client.on("end", onLost);
    client.on("notification", (message) => {
      if (message.channel === channel && message.payload != null) onNotification(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${driver.escapeIdentifier(channel)}`);
    } catch (error) {
      onLost();
      if (!connectedBefore) throw error;
      return;
    }
    if (closed) {
      await client.end().catch(() => undefined);
      return;
    }
    current = client;
    delay = LISTEN_RETRY_MIN_MS;
    if (connectedBefore) onReconnect?.();
    connectedBefore = true;
  };
  try {
    await connect();
  } catch {
    // Unreachable at start: keep trying in the background; the first connection counts as a reconnect.
    connectedBefore = true;
  }
  return {
    async sync() {
      if (!current) throw new Error("the change listener is not connected");
      // A commit signals every listening backend before it is acknowledged; an idle backend
      // forwards the notification at once, so it arrives ahead of this query's answer.
      await current.query("SELECT 1");
    },
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      await current?.end().catch(() => undefined);
      current = null;
    },
  };
}

/** "user@host:port/database" without the password. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const database = parsed.pathname.replace(/^\//, "") || "(default database)";
    return `${parsed.hostname || "localhost"}:${parsed.port || "5432"}/${database}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

const CONNECTION_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  // admin_shutdown, crash_shutdown, cannot_connect_now
  "57P01",
  "57P02",
  "57P03",
  // Prisma: cannot reach server, timed out, server closed the connection, pool timeout
  "P1001",
  "P1002",
  "P1017",
  "P2024",
]);

const CONNECTION_ERROR_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

const CONNECTION_ERROR_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Connection closed|Client has encountered a connection error|ECONNRESET|ECONNREFUSED|server closed the connection|Can't reach database server/i;

/**
 * True when `error` (from pg, a driver adapter or Prisma, possibly wrapped)
 * means the server could not be reached or dropped the connection, as
 * opposed to a problem with the statement or the configuration.
 */
export function isConnectionFailure(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, message, kind, meta, cause } = error as {
    code?: unknown;
    message?: unknown;
    kind?: unknown;
    meta?: { driverAdapterError?: unknown };
    cause?: unknown;
  };
  if (typeof code === "string" && (CONNECTION_ERROR_CODES.has(code) || code.startsWith("08"))) {
    return true;
  }
  if (typeof kind === "string" && CONNECTION_ERROR_KINDS.has(kind)) return true;
  if (typeof message === "string" && CONNECTION_ERROR_MESSAGES.test(message)) return true;
  if (
    error instanceof AggregateError &&
    error.errors.some((e) => isConnectionFailure(e, depth + 1))
  ) {
    return true;
  }
  return (
    isConnectionFailure(meta?.driverAdapterError, depth + 1) ||
    isConnectionFailure(cause, depth + 1)
  );
}

/** True when `error` is PostgreSQL cancelling a statement for statement_timeout. */
export function isStatementTimeout(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, originalCode, meta, cause } = error as {
    code?: unknown;
    originalCode?: unknown;
    meta?: { driverAdapterError?: unknown };
    cause?: unknown;
  };
  if (code === "57014" || originalCode === "57014") return true;
  const { message } = error as { message?: unknown };
  if (typeof message === "string" && message.includes("request time budget exhausted (57014)")) {
    return true;
  }
  return (
    isStatementTimeout(meta?.driverAdapterError, depth + 1) || isStatementTimeout(cause, depth + 1)
  );
}

function describeCause(error: unknown): string {
  if (error && typeof error === "object") {
    const { code, message } = error as { code?: string; message?: string };
    const text = (message || "").split("\n")[0] || "unknown error";
    if (code === "ECONNREFUSED") return "connection refused (is the server running?)";
    if (code === "ENOTFOUND") return "host not found";
    if (code === "ETIMEDOUT") return "connection timed out";
    if (code === "3D000") return `database does not exist (${text})`;
    if (code === "28P01" || code === "28000") return `authentication failed (${text})`;
    if (text === "Connection terminated due to connection timeout") return "connection timed out";
    return code ? `${text} (${code})` : text;
  }
  return String(error);
}

/**
 * Wraps a driver adapter factory so every statement, inside transactions too,
 * is reported to the listeners.
 */
function observeStatements(
  factory: SqlDriverAdapterFactory,
  listeners: Set<SqlListener>,
): SqlDriverAdapterFactory {
  const notify = (query: SqlQuery) => {
    checkRequestDeadline();
    for (const listener of listeners) listener(query.sql);
  };
  const wrapTransaction = (tx: Transaction): Transaction => {
    // When the connection dies inside a transaction, Prisma neither commits nor
    // rolls back, so the adapter never releases its pooled client: release it
    // here (the pool discards a dead client) and ignore the later commit/rollback.
    let released = false;
    const release = async () => {
      if (released) return;
      released = true;
      await tx.rollback();
    };
    return new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === "queryRaw" || prop === "executeRaw") {
          return async (query: SqlQuery) => {
            notify(query);
            try {
              return await target[prop](query);
            } catch (error) {
              if (isConnectionFailure(error)) await release().catch(() => undefined);
              throw error;
            }
          };
        }
        if (prop === "commit" || prop === "rollback") {
          return async () => {
            if (released) return;
            released = true;
            await target[prop]();
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  };
  const wrapAdapter = (adapter: SqlDriverAdapter): SqlDriverAdapter =>
    new Proxy(adapter, {
      get(target, prop, receiver) {
        if (prop === "queryRaw" || prop === "executeRaw") {
          return (query: SqlQuery) => {
            notify(query);
            return target[prop](query);
          };
        }
        if (prop === "startTransaction") {
          return async (...args: Parameters<SqlDriverAdapter["startTransaction"]>) =>
            wrapTransaction(await target.startTransaction(...args));
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  return new Proxy(factory, {
    get(target, prop, receiver) {
      if (prop === "connect") return async () => wrapAdapter(await target.connect());
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
