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
        articles { title source }
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
    query: `# Entities with their aliases and how often they are mentioned
query Entities {
  entities(first: 20) {
    totalCount
    edges { node { name type description aliases mentionCount } }
  }
}`,
  },
];
