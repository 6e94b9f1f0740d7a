import DataLoader from "dataloader";
import type { Database } from "./db/client.js";
import type { Article, PrismaClient } from "./generated/prisma/client.js";
import { NotFoundError } from "./errors.js";
import type { AnyExtractor } from "./ingest/ingest.js";
import { loadEventReportStats, type EventReportStats } from "./ingest/event-stats.js";
import type { IngestQueue } from "./queue/ingest-queue.js";
import { createNewsPubSub, type ChangeFeed, type NewsPubSub } from "./pubsub.js";
import { createEventMatcher, type EventMatcher } from "./services/event-match.js";

/** Per-request batch loaders for lookups the Prisma plugin does not plan itself. */
export interface Loaders {
  articleById: DataLoader<number, Article>;
  /** Articles, distinct sources and first/last report day of each event, one statement per batch. */
  eventReportStats: DataLoader<number, EventReportStats>;
}

/** Per-request context. Loaders live here and die with the request, never at module level. */
export interface Context {
  prisma: PrismaClient;
  db: Database;
  pubsub: NewsPubSub;
  /** Shared by every request of a server: which live-update subscribers an event matches. */
  eventMatcher: EventMatcher;
  /** Committed changes from every process; subscriptions wait for `changes.ready`. Null without a listener. */
  changes: ChangeFeed | null;
  /** The durable ingest queue (PostgreSQL); null on PGlite, where enqueueing answers QUEUE_UNAVAILABLE. */
  queue: IngestQueue | null;
  /** How ingest mutations extract an article: the server's thread pool, or (undefined) inline. */
  extractor: AnyExtractor | undefined;
  loaders: Loaders;
  /**
   * A loader for this request, created on first use under `key` (which must
   * name the purpose and every argument that changes the batch function).
   */
  loader<K, V>(key: string, batch: DataLoader.BatchLoadFn<K, V>): DataLoader<K, V>;
}

/** Builds the context for one request. */
export function createContext(
  db: Database,
  pubsub: NewsPubSub = createNewsPubSub(),
  eventMatcher: EventMatcher = createEventMatcher(db.prisma),
  extractor: AnyExtractor | undefined = undefined,
  changes: ChangeFeed | null = null,
  queue: IngestQueue | null = null,
): Context {
  const { prisma } = db;
  const adHoc = new Map<string, DataLoader<unknown, unknown>>();
  return {
    prisma,
    db,
    pubsub,
    eventMatcher,
    extractor,
    changes,
    queue,
    loader<K, V>(key: string, batch: DataLoader.BatchLoadFn<K, V>) {
      let loader = adHoc.get(key) as DataLoader<K, V> | undefined;
      if (!loader) {
        loader = new DataLoader<K, V>(batch);
        adHoc.set(key, loader as DataLoader<unknown, unknown>);
      }
      return loader;
    },
    loaders: {
      articleById: new DataLoader<number, Article>(async (ids) => {
        const rows = await prisma.article.findMany({ where: { id: { in: [...ids] } } });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? new NotFoundError(`article ${id} not found`));
      }),
      eventReportStats: new DataLoader((ids) => loadEventReportStats(prisma, ids)),
    },
  };
}
