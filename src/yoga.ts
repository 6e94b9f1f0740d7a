import { randomUUID } from "node:crypto";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { GraphQLError } from "graphql";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import {
  DEFAULT_LIMITS,
  type Limits,
  type RateLimits,
  type ResponseCacheSettings,
} from "./config.js";
import { createContext, type Context } from "./context.js";
import { isConnectionFailure, isStatementTimeout, type Database } from "./db/client.js";
import {
  AppError,
  DatabaseUnreachableError,
  NotFoundError,
  QueryTimeoutError,
  ValidationError,
} from "./errors.js";
import { Prisma } from "./generated/prisma/client.js";
import { schema } from "./graphql/schema.js";
import { useCompiledReads } from "./graphql/compiled/read.js";
import { GRAPHIQL_TABS } from "./graphiql-tabs.js";
import { useBodyLimit } from "./http/body-limit.js";
import { useDashboard } from "./http/dashboard.js";
import { useErrorCodes } from "./http/error-codes.js";
import { useMetrics } from "./http/metrics.js";
import { useRateLimit } from "./http/rate-limit.js";
import { DatabaseReadiness, useReadiness } from "./http/readiness.js";
import { useRequestLog } from "./http/request-log.js";
import { useNewsResponseCache } from "./http/response-cache.js";
import {
  loadTrustedDocuments,
  operationNamesOf,
  useTrustedDocuments,
} from "./http/trusted-documents.js";
import type { ServerContext } from "./http/server-context.js";
import { useWellFormedStrings } from "./http/well-formed.js";
import type { AnyExtractor } from "./ingest/ingest.js";
import { reportingDegradedStages } from "./ingest/degraded-stages.js";
import type { Logger } from "./logger.js";
import type { IngestQueue } from "./queue/ingest-queue.js";
import { ChangeFeed, createNewsPubSub, relayChangesToPubSub } from "./pubsub.js";
import { createEventMatcher } from "./services/event-match.js";
import { useCostLimit } from "./security/cost.js";
import { useRequestDeadline } from "./security/request-deadline.js";
import { useResponseBudget } from "./security/response-budget.js";
import { useWriteAccess } from "./security/write-access.js";

const NO_RATE_LIMITS: RateLimits = {
  readsPerSecond: 0,
  readBurst: 0,
  writesPerSecond: 0,
  writeBurst: 0,
  maxSubscriptionsPerClient: 0,
  maxSubscriptions: 0,
};

/** Header a browser cannot send cross-site without a preflight; GraphiQL sends it. */
export const CSRF_HEADER = "x-graphql-yoga-csrf";

export interface YogaOptions {
  db: Database;
  logger: Logger;
  /** Bearer key for mutations; null (the default) allows writes from loopback clients only. */
  apiKey?: string | null;
  limits?: Limits;
  /**
   * Per-client request budgets and subscription caps. The server passes the
   * configured ones; without them (tests calling yoga.fetch) nothing is rate limited.
   */
  rateLimits?: RateLimits;
  /** Client operation names allowed as metric labels (besides GraphiQL's own). */
  metricsOperationNames?: readonly string[];
  /** Defaults to a database that is already migrated. */
  readiness?: DatabaseReadiness;
  /** Answer covered queries with one SQL statement (default true); false runs every query through the resolvers. */
  compiledReads?: boolean;
  /** How ingest mutations extract articles; the server passes its thread pool. Default: inline. */
  extractor?: AnyExtractor;
  /** The durable ingest queue behind enqueueArticles / ingestJob(s) once open; none on PGlite. */
  queue?: () => IngestQueue | null;
  /** Run only trusted documents (codegen's manifests), by documentId or exact text. */
  trustedDocumentsOnly?: boolean;
  /** Serve GraphiQL (default true); with trustedDocumentsOnly, also allows introspection. */
  graphiql?: boolean;
  /** Cache query responses until the next committed change; null (the default) caches nothing. */
  responseCache?: ResponseCacheSettings | null;
}

export type NewsgraphYoga = YogaServerInstance<ServerContext, Context>;

/** The GraphQL HTTP handler. Tests call `yoga.fetch` in-process; server.ts mounts it. */
export function createNewsgraphYoga({
  db,
  logger,
  apiKey = null,
  limits = DEFAULT_LIMITS,
  rateLimits = NO_RATE_LIMITS,
  metricsOperationNames = [],
  readiness = new DatabaseReadiness(db, { migrated: true }),
  compiledReads = true,
  extractor,
  queue = () => null,
  trustedDocumentsOnly = false,
  graphiql = true,
  responseCache = null,
}: YogaOptions): NewsgraphYoga {
  // One bus per server, fed by committed changes from every process (LISTEN/NOTIFY).
  const pubsub = createNewsPubSub();
  const eventMatcher = createEventMatcher(db.prisma);
  const changes = new ChangeFeed(db, logger);
  relayChangesToPubSub(changes, pubsub);
  const trustedDocuments = loadTrustedDocuments();
  const metrics = useMetrics({
    operationNames: [...metricsOperationNames, ...operationNamesOf(trustedDocuments)],
  });
  const reportingExtractor = reportingDegradedStages(extractor, logger, (degraded) =>
    metrics.countDegradedStages(degraded),
  );
  return createYoga<ServerContext, Context>({
    schema,
    context: () => createContext(db, pubsub, eventMatcher, reportingExtractor, changes, queue()),
    graphqlEndpoint: "/graphql",
    // useBodyLimit below enforces our limit with our error; Yoga's own 25 MB check piped
    // every body through another stream.
    maxRequestBodySize: false,
    healthCheckEndpoint: "/health",
    landingPage: false,
    graphiql: graphiql && {
      title: "newsgraph",
      defaultEditorToolsVisibility: true,
      defaultTabs: GRAPHIQL_TABS,
    },
    // Trusted documents by id (GraphQL over HTTP).
    extraParamNames: ["documentId"],
    // GraphiQL's scripts and styles inlined from npm instead of Yoga's default CDN (unpkg): works
    // offline. Imported on the first GraphiQL page: its 9 MB of inlined assets would slow every start.
    renderGraphiQL: async (options) =>
      (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(options),
    logging: yogaLogger(logger),
    plugins: [
      { onDispose: () => changes.close() },
      useRequestLog(logger),
      // Before anything that parses: a client over its budget costs nothing more.
      metrics,
      useRateLimit(rateLimits),
      // Static files under /dashboard, answered before any GraphQL processing.
      useDashboard(),
      useBodyLimit({ maxBytes: limits.maxBodyBytes }),
      // JSON POSTs (GraphiQL's too) are never "simple" requests; anything else must carry the header.
      useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
      ...useTrustedDocuments({
        documents: trustedDocuments,
        only: trustedDocumentsOnly,
        graphiql,
        maxTokens: limits.maxTokens,
      }),
      useWellFormedStrings(),
      useErrorCodes(),
      useReadiness(readiness),
      EnvelopArmorPlugin({
        maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
        maxAliases: { n: limits.maxAliases },
        maxDirectives: { n: limits.maxDirectives },
        maxTokens: { n: limits.maxTokens },
        // Armor's cost ignores page sizes; useCostLimit counts them.
        costLimit: { enabled: false },
      }),
      useCostLimit({ maxCost: limits.maxCost }),
      useResponseBudget({ maxBytes: limits.maxResponseBytes }),
      useWriteAccess({ apiKey }),
      // Late, so it wraps the execution every other plugin has set up.
      ...(compiledReads ? [useCompiledReads(logger, limits.maxResponseBytes)] : []),
      // After the compiled path, so the budget covers its statement too.
      useRequestDeadline({ ms: limits.statementTimeoutMs }),
      // Last: it wraps the whole execution, and a hit skips it (limits judged the same key before).
      ...(responseCache ? useNewsResponseCache(responseCache, changes).plugins : []),
    ],
    maskedErrors: {
      maskError(error, message) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        const location =
          error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {};
        const expected = expectedErrorFor(original);
        if (expected instanceof DatabaseUnreachableError || expected instanceof QueryTimeoutError) {
          logger.warn({ code: expected.code, cause: lastLine(original) }, expected.message);
        }
        if (expected) {
          const field = expected instanceof ValidationError ? expected.field : null;
          return new GraphQLError(expected.message, {
            ...location,
            extensions: { code: expected.code, ...(field ? { field } : {}) },
          });
        }
        // Errors GraphQL raises itself (validation, variable and scalar coercion) are safe to show.
        if (
          error instanceof GraphQLError &&
          (!error.originalError || error.originalError instanceof GraphQLError)
        ) {
          return error;
        }
        const errorId = randomUUID();
        if (original instanceof Prisma.PrismaClientValidationError) {
          // Usually an argument the schema let through (a malformed ID); a bug otherwise.
          logger.warn({ err: original, errorId }, "database rejected an argument");
          return new GraphQLError("an argument has an invalid value", {
            ...location,
            extensions: { code: "BAD_USER_INPUT", errorId },
          });
        }
        logger.error({ err: original, errorId }, "unexpected error in a GraphQL request");
        return new GraphQLError(message, {
          ...location,
          extensions: { code: "INTERNAL_SERVER_ERROR", errorId },
        });
      },
    },
  });
}

/** The expected error an exception stands for, or null when it is unexpected. */
function expectedErrorFor(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isConnectionFailure(error)) return new DatabaseUnreachableError();
  if (isStatementTimeout(error)) return new QueryTimeoutError();
  // findUniqueOrThrow on an id that does not exist (e.g. a record deleted while a request ran).
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
    return new NotFoundError("no record has this id");
  }
  return null;
}

/** The last line of an error message: where Prisma states the cause. */
function lastLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split("\n").at(-1) ?? "";
}

/**
 * Yoga's log calls routed to pino. Yoga logs every error it masks; maskError
 * already logs unexpected ones (with their error id) and expected ones need
 * no stack, so Yoga's copies of GraphQL errors go to debug.
 */
function yogaLogger(
  logger: Logger,
): Record<"debug" | "info" | "warn" | "error", (...args: unknown[]) => void> {
  const forward =
    (level: "debug" | "info" | "warn" | "error") =>
    (first: unknown, ...rest: unknown[]) => {
      if (first instanceof Error) {
        logger[level]({ err: first }, rest.map(String).join(" ") || first.message);
      } else {
        logger[level]([first, ...rest].map(String).join(" "));
      }
    };
  return {
    debug: forward("debug"),
    info: forward("info"),
    warn: forward("warn"),
    error: (first, ...rest) =>
      (first instanceof Error && first.name === "GraphQLError"
        ? forward("debug")
        : forward("error"))(first, ...rest),
  };
}
