import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * The operation asks for something the compiled path does not cover; the
 * request then runs through the resolvers, which also report any error.
 */
export class NotCompilable extends Error {
  override name = "NotCompilable";

  /**
   * @param reason A label from a fixed set (a field of RESOLVER_FIELDS,
   * "argument", "directive", …): /metrics counts fallbacks by it.
   */
  constructor(
    message: string,
    readonly reason = "unsupported",
  ) {
    super(message);
  }
}

/** What field collection needs from the operation. */
export interface OperationScope {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Readonly<Record<string, unknown>>;
}

/** One response key of a selection set: the field and every node that selects it. */
export interface CollectedField {
  responseKey: string;
  fieldName: string;
  definition: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
  /** The merged sub-selections of every node with this response key. */
  selectionSets: SelectionSetNode[];
}

/**
 * Fields of `selectionSets` on `type`, by response key in first-seen order,
 * as GraphQL's CollectFields defines them: fragments and inline fragments
 * that apply to the type, @skip and @include honoured. Any other directive
 * (@defer, @stream) is not compilable.
 */
export function collectFields(
  scope: OperationScope,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): CollectedField[] {
  const nodesByKey = new Map<string, FieldNode[]>();
  const visitedFragments = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!isIncluded(scope, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const nodes = nodesByKey.get(key);
        if (nodes) nodes.push(selection);
        else nodesByKey.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (appliesTo(scope, type, selection.typeCondition?.name.value)) {
          visit(selection.selectionSet);
        }
      } else {
        const name = selection.name.value;
        if (visitedFragments.has(name)) continue;
        visitedFragments.add(name);
        const fragment = scope.fragments[name];
        if (!fragment) throw new NotCompilable(`unknown fragment ${name}`);
        if (appliesTo(scope, type, fragment.typeCondition.name.value)) {
          visit(fragment.selectionSet);
        }
      }
    }
  };
  for (const set of selectionSets) visit(set);

  const fields = type.getFields();
  return [...nodesByKey].map(([responseKey, nodes]) => {
    const first = nodes[0]!;
    const fieldName = first.name.value;
    // __typename, __schema, __type: introspection, not fields of the type.
    const meta = fieldName.startsWith("__");
    const definition = meta ? null : fields[fieldName];
    if (!meta && !definition) {
      throw new NotCompilable(`${type.name}.${fieldName} is not a field`);
    }
    return {
      responseKey,
      fieldName,
      definition: definition ?? TYPENAME_FIELD,
      args: definition ? getArgumentValues(definition, first, scope.variables) : {},
      selectionSets: nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : [])),
    };
  });
}

/** Stands in for __typename, which has no arguments and no sub-selection. */
const TYPENAME_FIELD = {
  name: "__typename",
  args: [],
} as unknown as GraphQLField<unknown, unknown>;

function isIncluded(scope: OperationScope, node: SelectionNode): boolean {
  for (const directive of node.directives ?? []) {
    const name = directive.name.value;
    if (name !== "skip" && name !== "include") {
      throw new NotCompilable(`@${name} is not compilable`, "directive");
    }
  }
  const skip = getDirectiveValues(GraphQLSkipDirective, node, scope.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, scope.variables);
  return include?.if !== false;
}

function appliesTo(
  scope: OperationScope,
  type: GraphQLObjectType,
  condition: string | undefined,
): boolean {
  if (!condition || condition === type.name) return true;
  const conditionType = scope.schema.getType(condition);
  return (
    conditionType !== undefined &&
    isAbstractType(conditionType) &&
    scope.schema.isSubType(conditionType, type)
  );
}
