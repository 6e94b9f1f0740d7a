/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** How much of an event's date is known. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

export type EntityType =
  | 'LOCATION'
  | 'ORGANIZATION'
  | 'PERSON';

/** Every given criterion must hold. */
export type EventFilter = {
  /** At least one of these entities takes part. */
  anyEntityIds?: Array<string | number> | null | undefined;
  /** Reported by this article. */
  articleId?: string | number | null | undefined;
  /** All of these entities take part. */
  entityIds?: Array<string | number> | null | undefined;
  /** On or after this day (start of the event's known period). */
  from?: string | null | undefined;
  /** Happened at this place. */
  locationId?: string | number | null | undefined;
  /** Words in the trigger or summary, or a participant's name or alias (prefix). */
  search?: string | null | undefined;
  /** Reported by an article of this publisher or agency (case-insensitive). */
  source?: string | null | undefined;
  /** On or before this day. */
  to?: string | null | undefined;
  /** Any of these CAMEO root categories. */
  types?: Array<CameoRoot> | null | undefined;
};

/** ACTOR does the action, TARGET receives it, OTHER takes part otherwise. */
export type ParticipantRole =
  | 'ACTOR'
  | 'OTHER'
  | 'TARGET';

export type TimeInterval =
  /** Calendar days; counts events dated to the day. */
  | 'DAY'
  /** Calendar months; counts events dated to the day or the month. */
  | 'MONTH'
  /** ISO weeks starting Monday; counts events dated to the day. */
  | 'WEEK';

export type EventRowFragment = { id: string, label: string, type: CameoRoot, date: string | null, datePrecision: DatePrecision | null, summary: string, articleCount: number, sourceCount: number, location: { id: string, name: string } | null, participants: Array<{ role: ParticipantRole, entity: { id: string, name: string, type: EntityType } }> };

export type DashboardOverviewQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  interval: TimeInterval;
  entityType?: EntityType | null | undefined;
}>;


export type DashboardOverviewQuery = { eventTimeline: Array<{ bucket: string, total: number, byType: Array<{ type: CameoRoot, count: number }> }>, eventTypeBreakdown: Array<{ type: CameoRoot, label: string, count: number }>, topEntities: Array<{ eventCount: number, quoteCount: number, entity: { id: string, name: string, type: EntityType } }>, entityNetwork: { nodes: Array<{ weight: number, entity: { id: string, name: string, type: EntityType } }>, edges: Array<{ sharedEvents: number, source: { id: string }, target: { id: string } }> } };

export type DashboardEventsQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DashboardEventsQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, label: string, type: CameoRoot, date: string | null, datePrecision: DatePrecision | null, summary: string, articleCount: number, sourceCount: number, location: { id: string, name: string } | null, participants: Array<{ role: ParticipantRole, entity: { id: string, name: string, type: EntityType } }> } }> } };

export type DashboardLiveEventsSubscriptionVariables = Exact<{
  filter?: EventFilter | null | undefined;
}>;


export type DashboardLiveEventsSubscription = { eventRecorded: { id: string, label: string, type: CameoRoot, date: string | null, datePrecision: DatePrecision | null, summary: string, articleCount: number, sourceCount: number, location: { id: string, name: string } | null, participants: Array<{ role: ParticipantRole, entity: { id: string, name: string, type: EntityType } }> } };

export type DashboardEntitySuggestionsQueryVariables = Exact<{
  search: string;
}>;


export type DashboardEntitySuggestionsQuery = { entities: { edges: Array<{ node: { id: string, name: string, type: EntityType, description: string | null } }> } };

export type DashboardEntityNamesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DashboardEntityNamesQuery = { nodes: Array<
    | { id: string, name: string, type: EntityType }
    | Record<PropertyKey, never>
   | null> };

export type DashboardSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardSourcesQuery = { articles: { edges: Array<{ node: { source: string | null } }> } };

export type DashboardEventQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardEventQuery = { node:
    | { __typename: 'Article' }
    | { __typename: 'Entity' }
    | { __typename: 'Event', id: string, label: string, type: CameoRoot, date: string | null, datePrecision: DatePrecision | null, summary: string, trigger: string, confidence: number, articleCount: number, sourceCount: number, firstReportedAt: string | null, lastReportedAt: string | null, location: { id: string, name: string } | null, participants: Array<{ role: ParticipantRole, entity: { id: string, name: string, type: EntityType, description: string | null } }>, reports: Array<{ confidence: number, evidence: { start: number, end: number, text: string, sentence: string, article: { id: string, title: string, source: string | null, publishedAt: string | null, url: string | null } } }>, quotes: { totalCount: number, edges: Array<{ node: { id: string, text: string, verb: string | null, speaker: { id: string, name: string } | null, evidence: { text: string, sentence: string, article: { id: string, title: string, source: string | null, publishedAt: string | null } } } }> } }
    | { __typename: 'Mention' }
    | { __typename: 'Quote' }
   | null };

export type DashboardEntityQueryVariables = Exact<{
  id: string | number;
  around: EventFilter;
}>;


export type DashboardEntityQuery = { node:
    | { __typename: 'Article' }
    | { __typename: 'Entity', id: string, name: string, type: EntityType, description: string | null, aliases: Array<string>, mentionCount: number, events: { totalCount: number, edges: Array<{ node: { id: string, label: string, type: CameoRoot, date: string | null, datePrecision: DatePrecision | null, summary: string, articleCount: number, sourceCount: number, location: { id: string, name: string } | null, participants: Array<{ role: ParticipantRole, entity: { id: string, name: string, type: EntityType } }> } }> }, quotes: { totalCount: number, edges: Array<{ node: { id: string, text: string, verb: string | null, evidence: { text: string, sentence: string, article: { id: string, title: string, source: string | null, publishedAt: string | null } }, events: Array<{ id: string, label: string, summary: string }> } }> }, mentions: { totalCount: number, edges: Array<{ node: { id: string, text: string, evidence: { text: string, sentence: string, article: { id: string, title: string, source: string | null, publishedAt: string | null } } } }> } }
    | { __typename: 'Event' }
    | { __typename: 'Mention' }
    | { __typename: 'Quote' }
   | null, entityNetwork: { edges: Array<{ sharedEvents: number, source: { id: string, name: string, type: EntityType }, target: { id: string, name: string, type: EntityType } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EventRowFragmentDoc = new TypedDocumentString(`
    fragment EventRow on Event {
  id
  label
  type
  date
  datePrecision
  summary
  articleCount
  sourceCount
  location {
    id
    name
  }
  participants {
    role
    entity {
      id
      name
      type
    }
  }
}
    `, {"fragmentName":"EventRow"}) as unknown as TypedDocumentString<EventRowFragment, unknown>;
export const DashboardOverviewDocument = new TypedDocumentString(`
    query DashboardOverview($filter: EventFilter, $interval: TimeInterval!, $entityType: EntityType) {
  eventTimeline(interval: $interval, filter: $filter) {
    bucket
    total
    byType {
      type
      count
    }
  }
  eventTypeBreakdown(filter: $filter) {
    type
    label
    count
  }
  topEntities(filter: $filter, type: $entityType, first: 12) {
    entity {
      id
      name
      type
    }
    eventCount
    quoteCount
  }
  entityNetwork(filter: $filter, entityType: $entityType, first: 40) {
    nodes {
      entity {
        id
        name
        type
      }
      weight
    }
    edges {
      source {
        id
      }
      target {
        id
      }
      sharedEvents
    }
  }
}
    `, {"hash":"sha256:263deeebe9cbb07e406e69eba8cc1ba629682589f7dbaeb22dc4139d91955a11"}) as unknown as TypedDocumentString<DashboardOverviewQuery, DashboardOverviewQueryVariables>;
export const DashboardEventsDocument = new TypedDocumentString(`
    query DashboardEvents($filter: EventFilter, $first: Int!, $after: String) {
  events(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...EventRow
      }
    }
  }
}
    fragment EventRow on Event {
  id
  label
  type
  date
  datePrecision
  summary
  articleCount
  sourceCount
  location {
    id
    name
  }
  participants {
    role
    entity {
      id
      name
      type
    }
  }
}`, {"hash":"sha256:673118bedd4e161df342300c3b6c0ab60d66f55c8cb292888d0a83734c4bfb24"}) as unknown as TypedDocumentString<DashboardEventsQuery, DashboardEventsQueryVariables>;
export const DashboardLiveEventsDocument = new TypedDocumentString(`
    subscription DashboardLiveEvents($filter: EventFilter) {
  eventRecorded(filter: $filter) {
    ...EventRow
  }
}
    fragment EventRow on Event {
  id
  label
  type
  date
  datePrecision
  summary
  articleCount
  sourceCount
  location {
    id
    name
  }
  participants {
    role
    entity {
      id
      name
      type
    }
  }
}`, {"hash":"sha256:2420edfce1e78f6d5426bffe915d616184156109bdfb560bd6f82867a15ee0b6"}) as unknown as TypedDocumentString<DashboardLiveEventsSubscription, DashboardLiveEventsSubscriptionVariables>;
export const DashboardEntitySuggestionsDocument = new TypedDocumentString(`
    query DashboardEntitySuggestions($search: String!) {
  entities(first: 8, filter: {search: $search}) {
    edges {
      node {
        id
        name
        type
        description
      }
    }
  }
}
    `, {"hash":"sha256:e4c8460acbfded129a3ef8b9bf6104373887aa788afb9c1aa760dd2d25a49e83"}) as unknown as TypedDocumentString<DashboardEntitySuggestionsQuery, DashboardEntitySuggestionsQueryVariables>;
export const DashboardEntityNamesDocument = new TypedDocumentString(`
    query DashboardEntityNames($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Entity {
      id
      name
      type
    }
  }
}
    `, {"hash":"sha256:403154a0e60968b91b2dbd82bbbf426f0361c62ae2640b1bbcedfe58b6c2717a"}) as unknown as TypedDocumentString<DashboardEntityNamesQuery, DashboardEntityNamesQueryVariables>;
export const DashboardSourcesDocument = new TypedDocumentString(`
    query DashboardSources {
  articles(first: 100) {
    edges {
      node {
        source
      }
    }
  }
}
    `, {"hash":"sha256:4e113499af81f84756f38cf2b709bac98e20a37a111cc8f87ea3cef21b048388"}) as unknown as TypedDocumentString<DashboardSourcesQuery, DashboardSourcesQueryVariables>;
export const DashboardEventDocument = new TypedDocumentString(`
    query DashboardEvent($id: ID!) {
  node(id: $id) {
    __typename
    ... on Event {
      id
      label
      type
      date
      datePrecision
      summary
      trigger
      confidence
      articleCount
      sourceCount
      firstReportedAt
      lastReportedAt
      location {
        id
        name
      }
      participants {
        role
        entity {
          id
          name
          type
          description
        }
      }
      reports {
        confidence
        evidence {
          start
          end
          text
          sentence
          article {
            id
            title
            source
            publishedAt
            url
          }
        }
      }
      quotes(first: 25) {
        totalCount
        edges {
          node {
            id
            text
            verb
            speaker {
              id
              name
            }
            evidence {
              text
              sentence
              article {
                id
                title
                source
                publishedAt
              }
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:d2454dc7287d682556a5a323fbf3db3a04ca39a1e8f58f82b6244aa0f4b6974a"}) as unknown as TypedDocumentString<DashboardEventQuery, DashboardEventQueryVariables>;
export const DashboardEntityDocument = new TypedDocumentString(`
    query DashboardEntity($id: ID!, $around: EventFilter!) {
  node(id: $id) {
    __typename
    ... on Entity {
      id
      name
      type
      description
      aliases
      mentionCount
      events(first: 20) {
        totalCount
        edges {
          node {
            ...EventRow
          }
        }
      }
      quotes(first: 15) {
        totalCount
        edges {
          node {
            id
            text
            verb
            evidence {
              text
              sentence
              article {
                id
                title
                source
                publishedAt
              }
            }
            events {
              id
              label
              summary
            }
          }
        }
      }
      mentions(first: 6) {
        totalCount
        edges {
          node {
            id
            text
            evidence {
              text
              sentence
              article {
                id
                title
                source
                publishedAt
              }
            }
          }
        }
      }
    }
  }
  entityNetwork(filter: $around, first: 16) {
    edges {
      source {
        id
        name
        type
      }
      target {
        id
        name
        type
      }
      sharedEvents
    }
  }
}
    fragment EventRow on Event {
  id
  label
  type
  date
  datePrecision
  summary
  articleCount
  sourceCount
  location {
    id
    name
  }
  participants {
    role
    entity {
      id
      name
      type
    }
  }
}`, {"hash":"sha256:2d436bd9ef4126c85b88f0c5fcf5eaabbb7423b850c0eba3a050e57ef7600b47"}) as unknown as TypedDocumentString<DashboardEntityQuery, DashboardEntityQueryVariables>;