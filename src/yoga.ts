import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { createContext, type Context } from "./context.js";
import type { Database } from "./db/client.js";
import { AppError } from "./errors.js";
import { schema } from "./graphql/schema.js";
import { GRAPHIQL_TABS } from "./graphiql-tabs.js";
import type { Logger } from "./logger.js";

export interface YogaOptions {
  db: Database;
  logger: Logger;
}

/** The GraphQL HTTP handler. Tests call `yoga.fetch` in-process; server.ts mounts it. */
export function createNewsgraphYoga({ db, logger }: YogaOptions): YogaServerInstance<Record<string, unknown>, Context> {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: () => createContext(db),
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: {
      title: "newsgraph",
      defaultEditorToolsVisibility: true,
      defaultTabs: GRAPHIQL_TABS,
    },
    logging: logger,
    maskedErrors: {
      maskError(error, message) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (original instanceof AppError) {
          return new GraphQLError(original.message, {
            ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
            extensions: { code: original.code },
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
        logger.error({ err: original, errorId }, "unexpected error in a GraphQL request");
        return new GraphQLError(message, {
          ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
          extensions: { code: "INTERNAL_SERVER_ERROR", errorId },
        });
      },
    },
  });
}
