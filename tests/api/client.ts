import pino from "pino";
import type { Database } from "../../src/db/client.js";
import { createNewsgraphYoga } from "../../src/yoga.js";

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

/**
 * Runs GraphQL requests in-process through yoga.fetch: no port.
 * `compiledReads: false` sends every query through the resolvers.
 */
export function testClient(db: Database, { compiledReads = true } = {}) {
  const yoga = createNewsgraphYoga({ db, logger: pino({ level: "silent" }), compiledReads });
  return {
    yoga,
    async request<T = any>(
      query: string,
      variables?: Record<string, unknown>,
    ): Promise<GraphQLResponse<T>> {
      const response = await yoga.fetch(
        "http://localhost/graphql",
        {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify({ query, variables }),
        },
        { clientAddress: "127.0.0.1" },
      );
      return (await response.json()) as GraphQLResponse<T>;
    },
  };
}
