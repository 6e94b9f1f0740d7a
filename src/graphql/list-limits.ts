/**
 * Server-side maxima of the list fields that take no page size. Each list
 * field declares its maximum in its GraphQL definition (`extensions.maxItems`,
 * see `maxItems`); the resolvers and the compiled SQL return no more, and the
 * cost model (src/security/cost.ts) multiplies by it, so what is costed is
 * what runs. A test walks the schema and requires every list field to be
 * paged (`first`/`last`) or to declare one.
 */
export const LIST_LIMITS = {
  /** Article.authors: bylines name a handful of people. */
  authors: 10,
  /** Article.degradedStages: the pipeline has eight stages. */
  degradedStages: 8,
  /** Entity.aliases, oldest first. */
  aliases: 20,
  /** Article.entities, in order of first mention. */
  articleEntities: 60,
  /** Article.events. */
  articleEvents: 30,
  /** Event.articles, by article id (articleCount gives the full number). */
  eventArticles: 30,
  /** Event.participants. */
  eventParticipants: 10,
  /** Event.reports. */
  eventReports: 50,
  /** Quote.events. */
  quoteEvents: 10,
  /** eventTimeline buckets: the latest ones (a year of days). */
  timelineBuckets: 366,
  /** CAMEO root categories: byType and eventTypeBreakdown never hold more. */
  cameoRoots: 21,
  /** EntityNetwork.nodes: at most its `first`, itself at most 100. */
  networkNodes: 100,
  /** EntityNetwork.edges: the pairs sharing the most events. */
  networkEdges: 500,
  /** nodes(ids:): ids per request. */
  nodeIds: 100,
} as const;

/** The `extensions` a list field carries to declare its maximum length. */
export function maxItems(max: number): { maxItems: number } {
  return { maxItems: max };
}
