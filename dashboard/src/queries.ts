import { graphql } from "./gql";

// Every operation the dashboard sends; `npm run codegen` types them into ./gql.

export const EventRowFields = graphql(`
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
`);

export const OverviewQuery = graphql(`
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
`);

export const EventsQuery = graphql(`
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
`);

export const LiveEvents = graphql(`
  subscription DashboardLiveEvents($filter: EventFilter) {
    eventRecorded(filter: $filter) {
      ...EventRow
    }
  }
`);

export const EntitySuggestionsQuery = graphql(`
  query DashboardEntitySuggestions($search: String!) {
    entities(first: 8, filter: { search: $search }) {
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
`);

export const EntityNamesQuery = graphql(`
  query DashboardEntityNames($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Entity {
        id
        name
        type
      }
    }
  }
`);

export const SourcesQuery = graphql(`
  query DashboardSources {
    articles(first: 100) {
      edges {
        node {
          source
        }
      }
    }
  }
`);

export const EventQuery = graphql(`
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
`);

export const EntityQuery = graphql(`
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
`);
