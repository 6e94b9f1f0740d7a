/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** CAMEO root event categories, as coded by GDELT. */
export type CameoRoot =
  /** 02 APPEAL */
  | 'APPEAL'
  /** 18 ASSAULT */
  | 'ASSAULT'
  /** 17 COERCE */
  | 'COERCE'
  /** 04 CONSULT */
  | 'CONSULT'
  /** 10 DEMAND */
  | 'DEMAND'
  /** 11 DISAPPROVE */
  | 'DISAPPROVE'
  /** 05 ENGAGE IN DIPLOMATIC COOPERATION */
  | 'ENGAGE_IN_DIPLOMATIC_COOPERATION'
  /** 06 ENGAGE IN MATERIAL COOPERATION */
  | 'ENGAGE_IN_MATERIAL_COOPERATION'
  /** 15 EXHIBIT FORCE POSTURE */
  | 'EXHIBIT_FORCE_POSTURE'
  /** 03 EXPRESS INTENT TO COOPERATE */
  | 'EXPRESS_INTENT_TO_COOPERATE'
  /** 19 FIGHT */
  | 'FIGHT'
  /** 09 INVESTIGATE */
  | 'INVESTIGATE'
  /** 01 MAKE PUBLIC STATEMENT */
  | 'MAKE_PUBLIC_STATEMENT'
  /** 00 OTHER */
  | 'OTHER'
  /** 14 PROTEST */
  | 'PROTEST'
  /** 07 PROVIDE AID */
  | 'PROVIDE_AID'
  /** 16 REDUCE RELATIONS */
  | 'REDUCE_RELATIONS'
  /** 12 REJECT */
  | 'REJECT'
  /** 13 THREATEN */
  | 'THREATEN'
  /** 20 USE UNCONVENTIONAL MASS VIOLENCE */
  | 'USE_UNCONVENTIONAL_MASS_VIOLENCE'
  /** 08 YIELD */
  | 'YIELD';

export type TimeInterval =
  /** Calendar days; counts events dated to the day. */
  | 'DAY'
  /** Calendar months; counts events dated to the day or the month. */
  | 'MONTH'
  /** ISO weeks starting Monday; counts events dated to the day. */
  | 'WEEK';

export type DashboardTimelineQueryVariables = Exact<{
  interval: TimeInterval;
}>;


export type DashboardTimelineQuery = { eventTimeline: Array<{ bucket: string, total: number, byType: Array<{ type: CameoRoot, count: number }> }> };

export type DashboardNetworkQueryVariables = Exact<{
  first: number;
}>;


export type DashboardNetworkQuery = { entityNetwork: { nodes: Array<{ weight: number, entity: { name: string } }>, edges: Array<{ sharedEvents: number, source: { name: string }, target: { name: string } }> } };

export type DashboardWhoSaidWhatQueryVariables = Exact<{
  first: number;
}>;


export type DashboardWhoSaidWhatQuery = { events: { edges: Array<{ node: { label: string, date: string | null, summary: string, articleCount: number, sourceCount: number, quotes: { edges: Array<{ node: { text: string, speaker: { name: string } | null } }> } } }> } };


export const DashboardTimelineDocument = {"__meta__":{"hash":"sha256:16928937a460e89af794e5cc799f9df26eb5cd06273a36b992e4a4eaf015408c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeInterval"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventTimeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardTimelineQuery, DashboardTimelineQueryVariables>;
export const DashboardNetworkDocument = {"__meta__":{"hash":"sha256:f862ed975dcfea49779874f2aae7e9cfbfb2653aad9c444a3acd67b6c2e9a63d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"EnumValue","value":"PERSON"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedEvents"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardNetworkQuery, DashboardNetworkQueryVariables>;
export const DashboardWhoSaidWhatDocument = {"__meta__":{"hash":"sha256:020ec3c8f8a6fe76cb4d2f1944fb77403ab2efead7e3d7ae5acf32f95ba3dc61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardWhoSaidWhat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"ARTICLE_COUNT_DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"articleCount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardWhoSaidWhatQuery, DashboardWhoSaidWhatQueryVariables>;