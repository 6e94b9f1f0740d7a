/** Example queries GraphiQL opens with, so a first visit shows the graph at work. */
export const GRAPHIQL_TABS = [
  {
    query: `# Latest events with who took part and which articles report them
query LatestEvents {
  events(first: 10) {
    totalCount
    edges {
      node {
        label
        date
        datePrecision
        summary
        location { name }
        participants { role entity { name type } }
        articleCount
        sourceCount
        firstReportedAt
        lastReportedAt
        articles { title source }
      }
    }
  }
}`,
  },
  {
    query: `# Timeline: events per day, by CAMEO root category
query Timeline {
  eventTimeline(interval: DAY) {
    bucket
    total
    byType { type count }
  }
}`,
  },
  {
    query: `# Who met whom: people who took part in the same CONSULT events, and those meetings
query WhoMetWhom {
  entityNetwork(entityType: PERSON, filter: { types: [CONSULT] }, first: 15) {
    nodes { entity { name } weight }
    edges { source { name } target { name } sharedEvents }
  }
  events(first: 10, filter: { types: [CONSULT] }) {
    edges {
      node {
        date
        summary
        location { name }
        participants { role entity { name } }
      }
    }
  }
}`,
  },
  {
    query: `# What was said about an event: Tillerson's talks and the quotes about them
query WhatWasSaid {
  events(first: 3, filter: { search: "Tillerson", types: [CONSULT] }, orderBy: ARTICLE_COUNT_DESC) {
    edges {
      node {
        label
        date
        summary
        quotes(first: 5) {
          edges {
            node {
              text
              speaker { name }
              evidence { sentence article { title source } }
            }
          }
        }
      }
    }
  }
}`,
  },
  {
    query: `# Who said what: quotes with their speaker and the exact supporting text
query WhoSaidWhat {
  quotes(first: 10) {
    edges {
      node {
        text
        verb
        speaker { name description }
        evidence { article { title } start end sentence }
      }
    }
  }
}`,
  },
  {
    query: `# Dashboard: the busiest people and the mix of event types
query Dashboard {
  topEntities(type: PERSON, first: 10) { entity { name } eventCount quoteCount }
  eventTypeBreakdown { label count }
}`,
  },
  {
    query: `# Entities with their aliases and how often they are mentioned
query Entities {
  entities(first: 20) {
    totalCount
    edges { node { name type description aliases mentionCount } }
  }
}`,
  },
];
