import { filter, pipe } from "graphql-yoga";
import { builder } from "../builder.js";
import { ArticleRef } from "./article.js";
import { eventCriteria, EventFilter, EventRef } from "./event.js";

// Live updates over Server-Sent Events (Yoga's built-in transport): send the
// subscription with `Accept: text/event-stream`.

builder.subscriptionField("articleIngested", (t) =>
  t.field({
    type: ArticleRef,
    description:
      "Each article stored or reprocessed by any process (mutation, CLI, queue worker, another server), as soon as its transaction commits.",
    subscribe: async (_root, _args, ctx) => {
      await ctx.changes?.ready;
      return ctx.pubsub.subscribe("articleIngested");
    },
    resolve: (articleId: number, _args, ctx) => ctx.loaders.articleById.load(articleId),
  }),
);

builder.subscriptionField("eventRecorded", (t) =>
  t.field({
    type: EventRef,
    description:
      "Each event created or newly reported by an ingested article that matches the filter.",
    args: { filter: t.arg({ type: EventFilter }) },
    subscribe: async (_root, args, ctx) => {
      await ctx.changes?.ready;
      // Decode once, so a bad filter fails the subscription instead of every update.
      const criteria = eventCriteria(args.filter);
      // One statement per event for all subscribers (src/services/event-match.ts).
      return pipe(
        ctx.pubsub.subscribe("eventRecorded"),
        filter((eventId: number) => ctx.eventMatcher.matches(eventId, criteria)),
      );
    },
    resolve: (eventId: number, _args, ctx) =>
      ctx.prisma.event.findUniqueOrThrow({ where: { id: eventId } }),
  }),
);
