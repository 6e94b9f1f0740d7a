/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardTimeline($interval: TimeInterval!) {\n    eventTimeline(interval: $interval) {\n      bucket\n      total\n      byType {\n        type\n        count\n      }\n    }\n  }\n": typeof types.DashboardTimelineDocument,
    "\n  query DashboardNetwork($first: Int!) {\n    entityNetwork(entityType: PERSON, first: $first) {\n      nodes {\n        entity {\n          name\n        }\n        weight\n      }\n      edges {\n        source {\n          name\n        }\n        target {\n          name\n        }\n        sharedEvents\n      }\n    }\n  }\n": typeof types.DashboardNetworkDocument,
    "\n  query DashboardWhoSaidWhat($first: Int!) {\n    events(first: $first, orderBy: ARTICLE_COUNT_DESC) {\n      edges {\n        node {\n          label\n          date\n          summary\n          articleCount\n          sourceCount\n          quotes(first: 2) {\n            edges {\n              node {\n                text\n                speaker {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardWhoSaidWhatDocument,
};
const documents: Documents = {
    "\n  query DashboardTimeline($interval: TimeInterval!) {\n    eventTimeline(interval: $interval) {\n      bucket\n      total\n      byType {\n        type\n        count\n      }\n    }\n  }\n": types.DashboardTimelineDocument,
    "\n  query DashboardNetwork($first: Int!) {\n    entityNetwork(entityType: PERSON, first: $first) {\n      nodes {\n        entity {\n          name\n        }\n        weight\n      }\n      edges {\n        source {\n          name\n        }\n        target {\n          name\n        }\n        sharedEvents\n      }\n    }\n  }\n": types.DashboardNetworkDocument,
    "\n  query DashboardWhoSaidWhat($first: Int!) {\n    events(first: $first, orderBy: ARTICLE_COUNT_DESC) {\n      edges {\n        node {\n          label\n          date\n          summary\n          articleCount\n          sourceCount\n          quotes(first: 2) {\n            edges {\n              node {\n                text\n                speaker {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DashboardWhoSaidWhatDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTimeline($interval: TimeInterval!) {\n    eventTimeline(interval: $interval) {\n      bucket\n      total\n      byType {\n        type\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardTimeline($interval: TimeInterval!) {\n    eventTimeline(interval: $interval) {\n      bucket\n      total\n      byType {\n        type\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardNetwork($first: Int!) {\n    entityNetwork(entityType: PERSON, first: $first) {\n      nodes {\n        entity {\n          name\n        }\n        weight\n      }\n      edges {\n        source {\n          name\n        }\n        target {\n          name\n        }\n        sharedEvents\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardNetwork($first: Int!) {\n    entityNetwork(entityType: PERSON, first: $first) {\n      nodes {\n        entity {\n          name\n        }\n        weight\n      }\n      edges {\n        source {\n          name\n        }\n        target {\n          name\n        }\n        sharedEvents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardWhoSaidWhat($first: Int!) {\n    events(first: $first, orderBy: ARTICLE_COUNT_DESC) {\n      edges {\n        node {\n          label\n          date\n          summary\n          articleCount\n          sourceCount\n          quotes(first: 2) {\n            edges {\n              node {\n                text\n                speaker {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardWhoSaidWhat($first: Int!) {\n    events(first: $first, orderBy: ARTICLE_COUNT_DESC) {\n      edges {\n        node {\n          label\n          date\n          summary\n          articleCount\n          sourceCount\n          quotes(first: 2) {\n            edges {\n              node {\n                text\n                speaker {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;