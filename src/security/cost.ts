import {
  GraphQLError,
  getNamedType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { QueryLimitError } from "../errors.js";

/** Page size assumed for a connection queried without `first` or `last` (the server's default). */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Estimated cost of an operation: each field costs 1, and everything selected
 * under a field with `first`/`last` (or under a connection without them,
 * at the default page size) counts once per requested item. Introspection is
 * free. Fragments are costed once each, so fragment bombs cost linear time.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables?: Readonly<Record<string, unknown>> | null,
): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const fragmentCosts = new Map<string, number>();
  const inProgress = new Set<string>();

  const pageSize = (field: FieldNode, typeName: string): number => {
    for (const argument of field.arguments ?? []) {
      if (argument.name.value !== "first" && argument.name.value !== "last") continue;
      const { value } = argument;
      if (value.kind === Kind.INT) return Number(value.value);
      if (value.kind === Kind.VARIABLE) {
        const given = variables?.[value.name.value];
        if (typeof given === "number" && Number.isFinite(given)) return Math.max(0, given);
      }
    }
    return typeName.endsWith("Connection") ? DEFAULT_PAGE_SIZE : 1;
  };

  const costOf = (selectionSet: SelectionSetNode, parentType: GraphQLCompositeType): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith("__")) continue;
        const fields =
          isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields() : {};
        const definition = fields[selection.name.value];
        if (!definition) continue;
        const fieldType = getNamedType(definition.type);
        const children =
          selection.selectionSet && isCompositeType(fieldType)
            ? costOf(selection.selectionSet, fieldType)
            : 0;
        total += 1 + pageSize(selection, fieldType.name) * children;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const conditionName = selection.typeCondition?.name.value;
        const conditionType = conditionName ? schema.getType(conditionName) : parentType;
        if (conditionType && isCompositeType(conditionType)) {
          total += costOf(selection.selectionSet, conditionType);
        }
      } else {
        total += fragmentCost(selection.name.value);
      }
    }
    return total;
  };

  const fragmentCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // Unknown or cyclic fragments are rejected by validation; they add nothing here.
    if (!fragment || inProgress.has(name)) return 0;
    inProgress.add(name);
    const conditionType = schema.getType(fragment.typeCondition.name.value);
    const cost =
      conditionType && isCompositeType(conditionType)
        ? costOf(fragment.selectionSet, conditionType)
        : 0;
    inProgress.delete(name);
    fragmentCosts.set(name, cost);
    return cost;
  };

  return costOf(operation.selectionSet, rootType);
}

/** Refuses operations whose estimated cost exceeds `maxCost`, before any resolver runs. */
export function useCostLimit({ maxCost }: { maxCost: number }): Plugin {
  const check = (args: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operationName?: string | null;
    variableValues?: Readonly<Record<string, unknown>> | null;
  }): GraphQLError | null => {
    const cost = estimateCost(args.schema, args.document, args.operationName, args.variableValues);
    if (cost <= maxCost) return null;
    const error = new QueryLimitError(
      `query cost ${cost} exceeds the limit of ${maxCost}; request smaller pages or fewer fields`,
    );
    return new GraphQLError(error.message, { extensions: { code: error.code, cost, maxCost } });
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = check(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = check(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
