import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  type ExecutionArgs,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { PothosValidationError } from "@pothos/core";
import type { Context } from "../../context.js";
import { AppError } from "../../errors.js";
import { isConnectionFailure, isStatementTimeout } from "../../db/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { Logger } from "../../logger.js";
import { NotCompilable } from "./collect.js";
import { Compiler, type SlotRow } from "./compile.js";
import { inlineLiterals } from "./literals.js";
import { responseTooLarge } from "../../security/response-budget.js";

/** A query compiled to one SQL statement, and the shaper of its one JSON value into `data`. */
export interface CompiledRead {
  text: string;
  values: unknown[];
  shape: (row: SlotRow) => Record<string, unknown>;
  /** The query reads nothing from the database (`{ __typename }`, a common ping): no statement. */
  withoutDatabase: boolean;
}

/** Why an operation runs through the resolvers; `reason` labels a query's fallback in /metrics. */
export interface NotCompiled {
  notCompilable: string;
  reason?: string;
  unexpected?: unknown;
}

/**
 * Compiles a query operation to one statement when every field it selects is
 * covered (every field has a compiled rule, see compile.ts), or explains why not. Arguments the compiled path
 * cannot vouch for (invalid IDs, cursors, page sizes) also answer "not
 * compilable": the resolvers then report them with their typed errors.
 */
export function compileRead(args: ExecutionArgs, maxResponseBytes = 0): CompiledRead | NotCompiled {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) return { notCompilable: "no single operation" };
  if (operation.operation !== "query") return { notCompilable: operation.operation };
  // Without a prototype: a fragment may be named __proto__.
  const fragments = Object.create(null) as Record<string, FragmentDefinitionNode>;
  for (const definition of args.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const variables = getVariableValues(
    args.schema,
    operation.variableDefinitions ?? [],
    args.variableValues ?? {},
  );
  if (variables.errors) return { notCompilable: "variables", reason: "argument" };
  try {
    const compiler = new Compiler({ schema: args.schema, fragments, variables: variables.coerced });
    const root = compiler.object("Query", Prisma.empty, [operation.selectionSet]);
    // The database measures the value and sends none over the budget (see useResponseBudget).
    // MATERIALIZED builds the value once: inlined, each reference rebuilt it (10× on entities).
    const statement =
      maxResponseBytes > 0
        ? Prisma.sql`WITH x AS MATERIALIZED (SELECT ${root.sql} AS d),
            s AS MATERIALIZED (SELECT d, octet_length(d::text) AS bytes FROM x)
          SELECT CASE WHEN s.bytes > ${maxResponseBytes} THEN NULL ELSE s.d END AS data,
            s.bytes > ${maxResponseBytes} AS "tooLarge" FROM s`
        : Prisma.sql`SELECT ${root.sql} AS data`;
    const { text, values } = inlineLiterals(statement.text, statement.values);
    return {
      text,
      values,
      shape: root.shape,
      withoutDatabase: root.slots === 0,
    };
  } catch (error) {
    if (error instanceof NotCompilable) {
      return { notCompilable: error.message, reason: error.reason };
    }
    if (isArgument(error)) return { notCompilable: (error as Error).message, reason: "argument" };
    // A bug in the compiler: the resolvers still answer, but it must not go unnoticed.
    return { notCompilable: String(error), reason: "compiler_error", unexpected: error };
  }
}

/** An argument the resolvers will reject with a typed error. */
function isArgument(error: unknown): boolean {
  return (
    error instanceof AppError ||
    error instanceof GraphQLError ||
    error instanceof PothosValidationError
  );
}

const fallbacks = new WeakMap<object, string>();

/** Why the compiled path left this request's query to the resolvers (by its context), if it did. */
export function compiledReadFallback(context: unknown): string | undefined {
  return typeof context === "object" && context !== null ? fallbacks.get(context) : undefined;
}

/** Compilations kept per document, one per operation name and variables. */
const MAX_CACHED_VARIABLES = 32;

/**
 * Runs queries the compiled path covers as one SQL statement each, bypassing
 * the resolvers and Prisma; everything else executes as usual. A compiled
 * statement that fails for a reason other than the database being down or
 * too slow is logged and the request runs through the resolvers instead.
 */
export function useCompiledReads(logger: Logger, maxResponseBytes = 0): Plugin<Context> {
  // Yoga hands the same DocumentNode to every request with the same query text.
  const cache = new WeakMap<DocumentNode, Map<string, ReturnType<typeof compileRead>>>();
  const compileCached = (args: ExecutionArgs) => {
    let byInputs = cache.get(args.document);
    if (!byInputs) cache.set(args.document, (byInputs = new Map()));
    const key = `${args.operationName ?? ""}\n${JSON.stringify(args.variableValues ?? {})}`;
    let compiled = byInputs.get(key);
    if (!compiled) {
      compiled = compileRead(args, maxResponseBytes);
      if (byInputs.size >= MAX_CACHED_VARIABLES) byInputs.clear();
      byInputs.set(key, compiled);
    }
    return compiled;
  };
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args: ExecutionArgs): Promise<ExecutionResult> => {
        const compiled = compileCached(args);
        if ("notCompilable" in compiled) {
          if (compiled.reason) fallbacks.set(args.contextValue as object, compiled.reason);
          if (compiled.unexpected) {
            logger.warn({ err: compiled.unexpected }, "compiling a query failed unexpectedly");
          } else {
            logger.trace({ reason: compiled.notCompilable }, "query runs through the resolvers");
          }
          return executeFn(args) as Promise<ExecutionResult>;
        }
        if (compiled.withoutDatabase) return { data: compiled.shape([]) };
        const ctx = args.contextValue as Context;
        try {
          const [row] = await ctx.db.query<{ data: SlotRow; tooLarge?: boolean }>(
            compiled.text,
            compiled.values,
            { repeated: true },
          );
          if (row!.tooLarge) return { data: null, errors: [responseTooLarge(maxResponseBytes)] };
          return { data: compiled.shape(row!.data) };
        } catch (error) {
          if (isConnectionFailure(error) || isStatementTimeout(error)) {
            return {
              data: null,
              errors: [
                new GraphQLError((error as Error).message, { originalError: error as Error }),
              ],
            };
          }
          logger.warn({ err: error }, "compiled query failed; running it through the resolvers");
          fallbacks.set(ctx, "statement_failed");
          return executeFn(args) as Promise<ExecutionResult>;
        }
      });
    },
  };
}
