import { randomUUID } from "node:crypto";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "../logger.js";

/** Paths polled by probes and scrapers: logged at debug level only. */
const QUIET_PATHS = new Set(["/health", "/ready", "/metrics"]);

const CLIENT_REQUEST_ID = /^[\w.:-]{1,64}$/;

/**
 * Gives every request an id (the caller's `x-request-id` when it is sane),
 * returns it in the response header, logs one JSON line per request, and
 * logs the request id with the error ids of masked errors.
 */
export function useRequestLog(logger: Logger): Plugin {
  const requests = new WeakMap<Request, { requestId: string; startedAt: number }>();
  return {
    onRequest({ request }) {
      const given = request.headers.get("x-request-id");
      const requestId = given && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
      requests.set(request, { requestId, startedAt: performance.now() });
    },
    onResultProcess({ request, result }) {
      const errorIds = (Array.isArray(result) ? result : [result]).flatMap((each) =>
        "errors" in each && Array.isArray(each.errors)
          ? each.errors.flatMap((e: { extensions?: Record<string, unknown> }) =>
              typeof e.extensions?.errorId === "string" ? [e.extensions.errorId] : [],
            )
          : [],
      );
      if (errorIds.length > 0) {
        logger.error(
          { requestId: requests.get(request)?.requestId, errorIds },
          "request answered with masked errors",
        );
      }
    },
    onResponse({ request, response }) {
      const info = requests.get(request);
      if (!info) return;
      response.headers.set("x-request-id", info.requestId);
      const path = new URL(request.url).pathname;
      const line = {
        requestId: info.requestId,
        method: request.method,
        path,
        status: response.status,
        durationMs: Math.round((performance.now() - info.startedAt) * 10) / 10,
      };
      if (QUIET_PATHS.has(path)) logger.debug(line, "request");
      else logger.info(line, "request");
    },
  };
}
