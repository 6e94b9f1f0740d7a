import {
  defaultFieldResolver,
  GraphQLError,
  isIntrospectionType,
  isObjectType,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { QueryLimitError } from "../errors.js";

/** Where a request's budget lives in its context. */
const BUDGET = Symbol("responseBudget");
/** Marks fields already wrapped: the schema is shared by every server in the process. */
const WRAPPED = Symbol.for("newsgraph.responseBudget.wrapped");

/** Bytes a request's response may still take; exceeded once, every later field fails at once. */
class ResponseBudget {
  exceeded = false;
  private used = 0;

  constructor(readonly maxBytes: number) {}

  charge(bytes: number): void {
    this.used += bytes;
    if (this.used > this.maxBytes) {
      this.exceeded = true;
      throw this.error();
    }
  }

  error(): GraphQLError {
    return responseTooLarge(this.maxBytes);
  }
}

/** The error of a response over `maxBytes` (QUERY_LIMIT_EXCEEDED). */
export function responseTooLarge(maxBytes: number): GraphQLError {
  const error = new QueryLimitError(
    `the response would be larger than ${maxBytes} bytes; request smaller pages or fewer fields`,
  );
  return new GraphQLError(error.message, { extensions: { code: error.code, maxBytes } });
}

/** Roughly the JSON bytes of a field's value: text and numbers in full, one item mark per object. */
function sizeOf(value: unknown): number {
  if (value == null) return 4;
  switch (typeof value) {
    case "string":
      return value.length + 2;
    case "number":
    case "bigint":
      return 8;
    case "boolean":
      return 5;
    case "object":
      if (Array.isArray(value)) {
        let total = 2;
        for (const item of value)
          total += typeof item === "object" && item !== null ? 2 : sizeOf(item);
        return total;
      }
      return value instanceof Date ? 26 : 2;
    default:
      return 2;
  }
}

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof (value as Promise<unknown> | null)?.then === "function";

/** Schemas whose resolvers are wrapped: walking every field on each request cost 0.2 ms. */
const wrappedSchemas = new WeakSet<GraphQLSchema>();

/** Wraps every field's resolver to charge what it returns to the request's budget, once per schema. */
function wrapResolvers(schema: GraphQLSchema): void {
  if (wrappedSchemas.has(schema)) return;
  wrappedSchemas.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const marked = field as unknown as Record<symbol, boolean>;
      if (marked[WRAPPED]) continue;
      marked[WRAPPED] = true;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const keyBytes = field.name.length + 4;
      field.resolve = (source, args, context, info) => {
        const budget = (context as Record<symbol, ResponseBudget | undefined> | null)?.[BUDGET];
        if (!budget) return resolve(source, args, context, info);
        if (budget.exceeded) throw budget.error();
        const value = resolve(source, args, context, info);
        if (isPromise(value)) {
          return value.then((resolved) => {
            budget.charge(keyBytes + sizeOf(resolved));
            return resolved;
          });
        }
        budget.charge(keyBytes + sizeOf(value));
        return value;
      };
    }
  }
}

/**
 * Refuses, with QUERY_LIMIT_EXCEEDED, a query whose response grows past
 * `maxBytes` while the resolvers produce it: each field's value is counted as
 * it resolves, and once over budget every remaining field fails without
 * running, so an oversized response is never built, let alone sent. (The
 * compiled read path measures its one JSON value in the database instead.)
 */
export function useResponseBudget({ maxBytes }: { maxBytes: number }): Plugin {
  return {
    onSchemaChange({ schema }) {
      wrapResolvers(schema);
    },
    onExecute({ args, extendContext }) {
      if (maxBytes <= 0) return;
      wrapResolvers(args.schema);
      const budget = new ResponseBudget(maxBytes);
      extendContext({ [BUDGET]: budget } as Record<symbol, ResponseBudget>);
      return {
        onExecuteDone({ result, setResult }) {
          if (!budget.exceeded || Symbol.asyncIterator in result) return;
          setResult({ data: null, errors: [budget.error()] } satisfies ExecutionResult);
        },
      };
    },
  };
}
