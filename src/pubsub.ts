import { createPubSub } from "graphql-yoga";

/** Live-update topics; payloads are database ids, resolved per subscriber. */
export type NewsTopics = {
  articleIngested: [articleId: number];
  eventRecorded: [eventId: number];
};

export type NewsPubSub = ReturnType<typeof createPubSub<NewsTopics>>;

/** The in-process bus that carries live updates from mutations to subscriptions. */
export function createNewsPubSub(): NewsPubSub {
  return createPubSub<NewsTopics>();
}
