import { getOperationAST, GraphQLError, type DocumentNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { RateLimits } from "../config.js";
import { clientAddressOf, type ServerContext } from "./server-context.js";
import { clientKey, TokenBuckets } from "./token-bucket.js";

export const RATE_LIMITED = "RATE_LIMITED";

/** How long a client refused a subscription is told to wait before trying again. */
const SUBSCRIPTION_RETRY_AFTER_S = 30;

const keyOf = (context: ServerContext) => clientKey(clientAddressOf(context));

const operationType = (document: DocumentNode, operationName?: string | null) =>
  getOperationAST(document, operationName)?.operation;

function refusal(message: string, retryAfterS: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: RATE_LIMITED,
      http: { status: 429, headers: { "retry-after": String(retryAfterS) } },
    },
  });
}

/**
 * Per-client limits keyed on the socket address (never on a header a client
 * could forge):
 * - every request to the GraphQL endpoint spends a read token before its body
 *   is parsed, so a flood of invalid documents costs the flooder, not the server;
 * - a mutation gives that read token back and spends a write token instead, so
 *   reads and writes have separate budgets;
 * - open subscriptions are capped per client and in total.
 * A refusal is HTTP 429 with Retry-After and the code RATE_LIMITED.
 */
export function useRateLimit(
  limits: RateLimits,
  { graphqlEndpoint = "/graphql", now }: { graphqlEndpoint?: string; now?: () => number } = {},
): Plugin<ServerContext> {
  const reads = new TokenBuckets(
    { perSecond: limits.readsPerSecond, burst: limits.readBurst },
    now,
  );
  const writes = new TokenBuckets(
    { perSecond: limits.writesPerSecond, burst: limits.writeBurst },
    now,
  );
  const openPerClient = new Map<string, number>();
  let openTotal = 0;

  return {
    onRequest({ url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== graphqlEndpoint) return;
      const wait = reads.take(keyOf(serverContext as ServerContext));
      if (wait === 0) return;
      const error = refusal(`too many requests; retry after ${wait} s`, wait);
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [{ message: error.message, extensions: { code: RATE_LIMITED } }],
          }),
          {
            status: 429,
            headers: {
              "content-type": "application/json; charset=utf-8",
              "retry-after": String(wait),
            },
          },
        ),
      );
    },
    onExecute({ args, setResultAndStopExecution }) {
      if (operationType(args.document, args.operationName) !== "mutation") return;
      const key = keyOf(args.contextValue as ServerContext);
      const wait = writes.take(key);
      if (wait === 0) {
        reads.refund(key);
        return;
      }
      setResultAndStopExecution({
        errors: [refusal(`too many writes; retry after ${wait} s`, wait)],
      });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const key = keyOf(args.contextValue as ServerContext);
      const mine = openPerClient.get(key) ?? 0;
      const perClientFull =
        limits.maxSubscriptionsPerClient > 0 && mine >= limits.maxSubscriptionsPerClient;
      const serverFull = limits.maxSubscriptions > 0 && openTotal >= limits.maxSubscriptions;
      if (perClientFull || serverFull) {
        setResultAndStopExecution({
          errors: [
            refusal(
              perClientFull
                ? `too many open subscriptions from this client (at most ${limits.maxSubscriptionsPerClient})`
                : "the server has too many open subscriptions; try again later",
              SUBSCRIPTION_RETRY_AFTER_S,
            ),
          ],
        });
        return;
      }
      openPerClient.set(key, mine + 1);
      openTotal += 1;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        openTotal -= 1;
        const left = (openPerClient.get(key) ?? 1) - 1;
        if (left > 0) openPerClient.set(key, left);
        else openPerClient.delete(key);
      };
      return {
        onSubscribeResult({ result }) {
          // A subscription that failed to start (bad arguments) holds nothing.
          if (!(Symbol.asyncIterator in result)) {
            release();
            return;
          }
          return { onEnd: release };
        },
      };
    },
  };
}
