import { getOperationAST, Kind, parse, type DocumentNode, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { GRAPHIQL_TABS } from "../graphiql-tabs.js";
import { compiledReadFallback } from "../graphql/compiled/read.js";

// Every label value here comes from a fixed set the server defines, never from
// what a client sends (URL, query text, variables, Host, operation names), so
// the number of series is bounded however many distinct requests arrive.

const METHODS = new Set(["GET", "POST", "HEAD", "OPTIONS"]);
const OPERATION_TYPES = new Set(["query", "mutation", "subscription"]);
/** Distinct error codes kept as labels; codes are the server's own, this is a backstop. */
const MAX_ERROR_CODES = 50;

export interface MetricsOptions {
  /** Operation names that may appear as labels; any other named operation counts as "other". */
  operationNames?: readonly string[];
  endpoint?: string;
  graphqlEndpoint?: string;
  healthEndpoints?: readonly string[];
}

/** The operation names of the documents the server itself ships (GraphiQL's tabs). */
export function trustedOperationNames(): string[] {
  return GRAPHIQL_TABS.flatMap(({ query }) =>
    parse(query).definitions.flatMap((d) =>
      d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : [],
    ),
  );
}

export interface MetricsPlugin extends Plugin {
  /** Counts an article's extraction stages that failed and fell back (see reportingDegradedStages). */
  countDegradedStages(degraded: readonly { stage: string }[]): void;
}

/** Stage names are the pipeline's own; this shape is a backstop against a label explosion. */
const STAGE_LABEL = /^[a-z][a-z-]{0,39}$/;

/**
 * Prometheus metrics without user data: HTTP requests by method, route and
 * status; GraphQL operations by type, allow-listed name and outcome; errors
 * by code; open subscriptions; and the process' own (memory, CPU, event loop).
 */
export function useMetrics({
  operationNames = [],
  endpoint = "/metrics",
  graphqlEndpoint = "/graphql",
  healthEndpoints = ["/health", "/ready"],
}: MetricsOptions = {}): MetricsPlugin {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const routes = new Set([graphqlEndpoint, endpoint, ...healthEndpoints]);
  const allowedNames = new Set([...trustedOperationNames(), ...operationNames]);
  const errorCodes = new Set<string>();

  const httpRequests = new Counter({
    name: "newsgraph_http_requests_total",
    help: "HTTP requests by method, route (other for unknown paths) and status.",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: "newsgraph_http_request_duration_seconds",
    help: "Time to the response (its headers, for streams) by method and route.",
    labelNames: ["method", "route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const operations = new Counter({
    name: "newsgraph_graphql_operations_total",
    help: "GraphQL operations executed, by type, allow-listed name (anonymous, other) and outcome.",
    labelNames: ["type", "name", "outcome"] as const,
    registers: [registry],
  });
  const operationDuration = new Histogram({
    name: "newsgraph_graphql_execution_duration_seconds",
    help: "Execution time of GraphQL queries and mutations, by type and allow-listed name.",
    labelNames: ["type", "name"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: "newsgraph_graphql_errors_total",
    help: "Errors in GraphQL responses by extensions.code.",
    labelNames: ["code"] as const,
    registers: [registry],
  });
  const compiledFallbacks = new Counter({
    name: "newsgraph_compiled_read_fallbacks_total",
    help: "Queries the compiled read path left to the resolvers, by reason: a field of RESOLVER_FIELDS, unlisted_field, introspection, directive, argument, statement_failed, compiler_error or unsupported.",
    labelNames: ["reason"] as const,
    registers: [registry],
  });
  const degradedStages = new Counter({
    name: "newsgraph_extraction_degraded_stages_total",
    help: "Extraction stages that failed on an ingested article and fell back (the article is stored without their facts), by stage.",
    labelNames: ["stage"] as const,
    registers: [registry],
  });
  const openSubscriptions = new Gauge({
    name: "newsgraph_subscriptions_open",
    help: "Subscriptions (SSE streams) open now.",
    registers: [registry],
  });

  const started = new WeakMap<Request, number>();
  const routeOf = (url: URL) => (routes.has(url.pathname) ? url.pathname : "other");
  const methodOf = (request: Request) => (METHODS.has(request.method) ? request.method : "other");
  const labelsOf = (document: DocumentNode, operationName?: string | null) => {
    const operation = getOperationAST(document, operationName);
    const type =
      operation && OPERATION_TYPES.has(operation.operation) ? operation.operation : "none";
    const given = operation?.name?.value;
    const name = given === undefined ? "anonymous" : allowedNames.has(given) ? given : "other";
    return { type, name };
  };
  const countErrors = (result: ExecutionResult) => {
    for (const error of result.errors ?? []) {
      const code = error.extensions?.code;
      let label = typeof code === "string" && /^[A-Z][A-Z_]{0,39}$/.test(code) ? code : "other";
      if (!errorCodes.has(label)) {
        if (errorCodes.size >= MAX_ERROR_CODES) label = "other";
        else errorCodes.add(label);
      }
      errors.inc({ code: label });
    }
  };

  return {
    countDegradedStages(degraded) {
      for (const { stage } of degraded) {
        degradedStages.inc({ stage: STAGE_LABEL.test(stage) ? stage : "other" });
      }
    },
    async onRequest({ request, url, endResponse, fetchAPI }) {
      started.set(request, performance.now());
      if (url.pathname !== endpoint) return;
      endResponse(
        new fetchAPI.Response(await registry.metrics(), {
          headers: { "content-type": registry.contentType },
        }),
      );
    },
    onResponse({ request, response }) {
      const url = new URL(request.url);
      const labels = { method: methodOf(request), route: routeOf(url) };
      httpRequests.inc({ ...labels, status: String(response.status) });
      const since = started.get(request);
      if (since !== undefined) httpDuration.observe(labels, (performance.now() - since) / 1000);
    },
    onExecute({ args }) {
      const labels = labelsOf(args.document, args.operationName);
      const since = performance.now();
      return {
        onExecuteDone({ result }) {
          const single = Symbol.asyncIterator in result ? null : (result as ExecutionResult);
          operationDuration.observe(labels, (performance.now() - since) / 1000);
          operations.inc({ ...labels, outcome: single?.errors?.length ? "error" : "ok" });
          const fallback = compiledReadFallback(args.contextValue);
          if (fallback) compiledFallbacks.inc({ reason: fallback });
        },
      };
    },
    onSubscribe({ args }) {
      const labels = labelsOf(args.document, args.operationName);
      return {
        onSubscribeResult({ result }) {
          if (!(Symbol.asyncIterator in result)) {
            operations.inc({ ...labels, outcome: "error" });
            return;
          }
          operations.inc({ ...labels, outcome: "ok" });
          openSubscriptions.inc();
          return { onEnd: () => openSubscriptions.dec() };
        },
      };
    },
    onResultProcess({ result }) {
      // Every response's errors, those raised before execution (parse, validation, limits) too.
      for (const each of Array.isArray(result) ? result : [result]) {
        if ("errors" in each) countErrors(each as ExecutionResult);
      }
    },
  };
}
