import { GraphQLError, getOperationAST, Kind } from "graphql";
import type { Plugin } from "graphql-yoga";
import { isConnectionFailure, migrateDatabase, type Database } from "../db/client.js";
import { readMigrations } from "../db/migrate.js";
import { DatabaseUnreachableError } from "../errors.js";
import type { Logger } from "../logger.js";

export interface ReadinessReport {
  ready: boolean;
  /** Why not, in words safe to show a load balancer or an operator. */
  reason?: string;
}

/**
 * Tracks whether the database can serve: reachable and carrying every shipped
 * migration. When the server started before PostgreSQL was up, it keeps
 * retrying the migrations in the background until they are applied.
 */
export class DatabaseReadiness {
  #migrated: boolean;
  #retryTimer: NodeJS.Timeout | null = null;
  #stopped = false;

  constructor(
    private readonly db: Database,
    { migrated }: { migrated: boolean },
  ) {
    this.#migrated = migrated;
  }

  /** True once the shipped migrations are known to be applied. */
  get migrated(): boolean {
    return this.#migrated;
  }

  /** Applies migrations now or, while the server is unreachable, every `retryMs` until it answers. */
  migrateInBackground(logger: Logger, retryMs: number, onMigrated?: () => Promise<void>) {
    const attempt = async () => {
      this.#retryTimer = null;
      if (this.#stopped) return;
      try {
        const applied = await migrateDatabase(this.db);
        this.#migrated = true;
        logger.info({ database: this.db.location, applied }, "database ready");
        await onMigrated?.();
      } catch (error) {
        if (this.#stopped) return;
        if (isConnectionFailure(error)) {
          logger.warn({ database: this.db.location, retryMs }, "database unreachable; retrying");
        } else {
          logger.error({ err: error }, "migrations failed; retrying");
        }
        this.#retryTimer = setTimeout(() => void attempt(), retryMs);
      }
    };
    void attempt();
  }

  /** Checks reachability and migrations now. */
  async check(): Promise<ReadinessReport> {
    try {
      const expected = (await readMigrations()).map((m) => m.name);
      const applied = await this.db.withSession((session) =>
        session.query<{ migration_name: string }>(
          `SELECT migration_name FROM _prisma_migrations
           WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        ),
      );
      const appliedNames = new Set(applied.map((row) => row.migration_name));
      const pending = expected.filter((name) => !appliedNames.has(name));
      if (pending.length > 0) {
        return { ready: false, reason: `${pending.length} migration(s) not applied` };
      }
      return { ready: true };
    } catch (error) {
      if (isConnectionFailure(error)) return { ready: false, reason: "database unreachable" };
      if ((error as { code?: string }).code === "42P01") {
        return { ready: false, reason: "migrations not applied" };
      }
      return { ready: false, reason: "database check failed" };
    }
  }

  /** Stops background retries (shutdown). */
  stop() {
    this.#stopped = true;
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
  }
}

/**
 * Serves `/ready` (200 when the database is reachable and migrated, else 503)
 * and refuses GraphQL operations with DATABASE_UNAVAILABLE while the schema
 * has not been migrated yet. Introspection-only operations still run.
 */
export function useReadiness(readiness: DatabaseReadiness): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== "/ready" || (request.method !== "GET" && request.method !== "HEAD")) {
        return;
      }
      const report = await readiness.check();
      endResponse(
        fetchAPI.Response.json(
          {
            status: report.ready ? "ready" : "not ready",
            ...(report.reason ? { reason: report.reason } : {}),
          },
          { status: report.ready ? 200 : 503, headers: { "cache-control": "no-store" } },
        ),
      );
    },
    onExecute({ args, setResultAndStopExecution }) {
      if (readiness.migrated) return;
      const operation = getOperationAST(args.document, args.operationName);
      const introspectionOnly = operation?.selectionSet.selections.every(
        (s) => s.kind === Kind.FIELD && s.name.value.startsWith("__"),
      );
      if (introspectionOnly) return;
      const error = new DatabaseUnreachableError();
      setResultAndStopExecution({
        errors: [new GraphQLError(error.message, { extensions: { code: error.code } })],
      });
    },
  };
}
