import {
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  isAbstractType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { QueryLimitError } from "../errors.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../graphql/builder.js";
import {
  collectFields,
  NotCompilable,
  type CollectedField,
  type OperationScope,
} from "../graphql/compiled/collect.js";
import { LIST_LIMITS } from "../graphql/list-limits.js";

/** An argument that no execution could accept (a page size out of range, too many ids). */
export class ArgumentRangeError extends GraphQLError {
  constructor(message: string, argument: string) {
    super(message, { extensions: { code: "BAD_USER_INPUT", argument } });
  }
}

const isConnection = (type: GraphQLObjectType) => "pageInfo" in type.getFields();

/**
 * Items a field yields per parent: its page size when it takes `first`/`last`
 * (the default page for a connection without them), the length of `ids` for
 * nodes(ids:), the declared maximum (`extensions.maxItems`) of any other list,
 * and 1 for everything else. Lists inside a connection (edges) yield one per
 * page item, already counted by the connection. Throws ArgumentRangeError for
 * sizes the server would refuse.
 */
function itemsOf(parent: GraphQLObjectType, field: CollectedField): number {
  const { definition, args } = field;
  const takesPage = definition.args.some((a) => a.name === "first" || a.name === "last");
  const type = getNullableType(definition.type);
  const connection = isObjectType(type) && isConnection(type);
  if (takesPage) {
    const minimum = connection ? 0 : 1;
    for (const name of ["first", "last"] as const) {
      const value = args[name];
      if (value == null) continue;
      if (typeof value !== "number" || value < minimum || value > MAX_PAGE_SIZE) {
        throw new ArgumentRangeError(
          `${parent.name}.${field.fieldName}: ${name} must be between ${minimum} and ${MAX_PAGE_SIZE}, got ${String(value)}`,
          name,
        );
      }
    }
    // entityNetwork's `first` bounds lists inside the one object it returns.
    if (!connection && !isListType(type)) return 1;
    const size = (args.last ?? args.first) as number | undefined;
    return size ?? DEFAULT_PAGE_SIZE;
  }
  if (Array.isArray(args.ids)) {
    if (args.ids.length > LIST_LIMITS.nodeIds) {
      throw new ArgumentRangeError(
        `${parent.name}.${field.fieldName}: at most ${LIST_LIMITS.nodeIds} ids, got ${args.ids.length}`,
        "ids",
      );
    }
    return args.ids.length;
  }
  if (!isListType(type)) return 1;
  if (isConnection(parent)) return 1;
  const declared = definition.extensions?.maxItems;
  // Every list declares its maximum (a test checks); the largest page otherwise.
  return typeof declared === "number" ? declared : MAX_PAGE_SIZE;
}

/**
 * Cost of selecting `selectionSets` on `type`: each field costs 1, plus, per
 * item it yields (see itemsOf), the cost of its sub-selection or 1 for each
 * value of a list of scalars. Fields are collected as GraphQL executes them
 * (the walker of the compiled read path), so @skip/@include, aliases,
 * fragments and variables count exactly as they will run; an abstract type
 * costs its most expensive possible type.
 */
function selectionCost(
  scope: OperationScope,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): number {
  let total = 0;
  for (const field of collectFields(scope, type, selectionSets)) {
    if (field.fieldName.startsWith("__")) continue;
    const items = itemsOf(type, field);
    const named = getNamedType(field.definition.type);
    let perItem = 0;
    if (isLeafType(named)) {
      perItem = isListType(getNullableType(field.definition.type)) ? 1 : 0;
    } else if (field.selectionSets.length > 0) {
      const possible = isAbstractType(named) ? scope.schema.getPossibleTypes(named) : [named];
      for (const candidate of possible) {
        if (!isObjectType(candidate)) continue;
        perItem = Math.max(perItem, selectionCost(scope, candidate, field.selectionSets));
      }
    }
    total += 1 + items * perItem;
  }
  return total;
}

/**
 * Estimated cost of the operation that will execute (by `operationName`, with
 * the variables sent and their defaults). Introspection is free. Throws
 * ArgumentRangeError for a page size or id list the server would refuse;
 * returns null when the variables do not coerce (execution reports that).
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variableValues?: Readonly<Record<string, unknown>> | null,
): number | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return null;
  const variables = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    variableValues ?? {},
  );
  if (variables.errors) return null;
  // Without a prototype: a fragment may be named __proto__.
  const fragments = Object.create(null) as Record<string, FragmentDefinitionNode>;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const scope: OperationScope = { schema, fragments, variables: variables.coerced };
  return selectionCost(scope, rootType, [operation.selectionSet]);
}

/** Verdicts kept per document, one per operation name and variables. */
const MAX_VERDICTS_PER_DOCUMENT = 32;

/**
 * Refuses, before any resolver runs, operations whose estimated cost exceeds
 * `maxCost` (QUERY_LIMIT_EXCEEDED) and page sizes or id lists out of range
 * (BAD_USER_INPUT).
 */
export function useCostLimit({ maxCost }: { maxCost: number }): Plugin {
  // Dashboards send the same few documents over and over: each is costed once per
  // operation name and variables (Yoga hands every request with the same text the same DocumentNode).
  const verdicts = new WeakMap<DocumentNode, Map<string, GraphQLError | null>>();
  const checkCached = (args: Parameters<typeof check>[0]): GraphQLError | null => {
    let byInputs = verdicts.get(args.document);
    if (!byInputs) verdicts.set(args.document, (byInputs = new Map()));
    const key = `${args.operationName ?? ""}\n${JSON.stringify(args.variableValues ?? {})}`;
    let verdict = byInputs.get(key);
    if (verdict === undefined) {
      verdict = check(args);
      if (byInputs.size >= MAX_VERDICTS_PER_DOCUMENT) byInputs.clear();
      byInputs.set(key, verdict);
    }
    return verdict;
  };
  const check = (args: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operationName?: string | null;
    variableValues?: Readonly<Record<string, unknown>> | null;
  }): GraphQLError | null => {
    let cost: number | null;
    try {
      cost = estimateCost(args.schema, args.document, args.operationName, args.variableValues);
    } catch (error) {
      if (error instanceof GraphQLError) return error;
      // A selection the walker cannot follow (@defer, @stream) is not run uncosted.
      if (error instanceof NotCompilable) {
        return new GraphQLError(`this operation cannot be costed: ${error.message}`, {
          extensions: { code: "QUERY_LIMIT_EXCEEDED" },
        });
      }
      throw error;
    }
    if (cost === null || cost <= maxCost) return null;
    const shown = Number.isFinite(cost) ? String(cost) : "beyond counting";
    const error = new QueryLimitError(
      `query cost ${shown} exceeds the limit of ${maxCost}; request smaller pages or fewer nested lists`,
    );
    return new GraphQLError(error.message, {
      extensions: { code: error.code, cost: Number.isFinite(cost) ? cost : null, maxCost },
    });
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = checkCached(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = check(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
