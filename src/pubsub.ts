import { createPubSub } from "graphql-yoga";
import type { Database, Listener } from "./db/client.js";
import { CHANGES_CHANNEL, parseChange, type CommittedChange } from "./ingest/changes.js";
import type { Logger } from "./logger.js";

/** Live-update topics; payloads are database ids, resolved per subscriber. */
export type NewsTopics = {
  articleIngested: [articleId: number];
  eventRecorded: [eventId: number];
};

export type NewsPubSub = ReturnType<typeof createPubSub<NewsTopics>>;

/** The in-process bus that carries live updates to this server's subscriptions. */
export function createNewsPubSub(): NewsPubSub {
  return createPubSub<NewsTopics>();
}

export type ChangeSubscriber = (change: CommittedChange) => void;

/**
 * Committed changes to the graph, whoever wrote them: this process, another
 * API server, `newsgraph ingest` or a queue worker. Every write announces
 * itself inside its transaction (ingest/changes.ts), so a change arrives only
 * after it committed. Subscribers (live updates, caches) register with
 * `subscribe`; `onGap` tells them changes may have been missed while the
 * listener was reconnecting, so a cache should drop everything.
 */
export class ChangeFeed {
  private readonly subscribers = new Set<ChangeSubscriber>();
  private readonly gapSubscribers = new Set<() => void>();
  private readonly commitSubscribers = new Set<() => void>();
  private syncing: Promise<void> | null = null;
  private nextSync: Promise<void> | null = null;
  /** Settles once the listener is in place; a subscription waits for it before it counts as open. */
  readonly ready: Promise<void>;
  private listener: Promise<Listener | null>;

  /** Starts listening on the database's change channel. */
  constructor(
    private readonly db: Database,
    private readonly logger: Logger | null = null,
  ) {
    this.listener = db
      .listen(CHANGES_CHANNEL, {
        onNotification: (payload) => {
          if (parseChange(payload)) for (const subscriber of this.commitSubscribers) subscriber();
          void this.deliver(payload);
        },
        onReconnect: () => {
          logger?.warn("change listener reconnected; changes committed meanwhile were missed");
          for (const subscriber of this.gapSubscribers) subscriber();
        },
      })
      .catch((error: unknown) => {
        logger?.error({ err: error }, "cannot listen for committed changes");
        return null;
      });
    this.ready = this.listener.then(() => undefined);
  }

  /** Calls `subscriber` with every committed change; returns the unsubscribe function. */
  subscribe(subscriber: ChangeSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  /** Calls `subscriber` after the listener lost its connection and got it back. */
  onGap(subscriber: () => void): () => void {
    this.gapSubscribers.add(subscriber);
    return () => this.gapSubscribers.delete(subscriber);
  }

  /**
   * Calls `subscriber` at once for every committed change, before its event
   * ids are looked up (caches need to know that, not what).
   */
  onCommitted(subscriber: () => void): () => void {
    this.commitSubscribers.add(subscriber);
    return () => this.commitSubscribers.delete(subscriber);
  }

  /**
   * Resolves once every change committed before the call has been seen by the
   * subscribers (one round trip on the listening connection); rejects when the
   * listener is down. Callers arriving while a round trip runs share the next one.
   */
  sync(): Promise<void> {
    if (!this.syncing) {
      const run = this.listener.then((listener) => {
        if (!listener) throw new Error("not listening for committed changes");
        return listener.sync();
      });
      this.syncing = run.finally(() => {
        this.syncing = null;
      });
      return this.syncing;
    }
    // The round trip under way may have been sent before this caller's change committed.
    this.nextSync ??= this.syncing
      .catch(() => undefined)
      .then(() => {
        this.nextSync = null;
        return this.sync();
      });
    return this.nextSync;
  }

  async close(): Promise<void> {
    const listener = await this.listener;
    this.listener = Promise.resolve(null);
    await listener?.close();
  }

  private async deliver(payload: string) {
    const parsed = parseChange(payload);
    if (!parsed) return;
    try {
      // Too many events for one notification: read them (once per server).
      const eventIds =
        parsed.eventIds ??
        (
          await this.db.prisma.eventMention.findMany({
            where: { articleId: parsed.articleId },
            select: { eventId: true },
            distinct: ["eventId"],
          })
        ).map((r) => r.eventId);
      const change: CommittedChange = { ...parsed, eventIds };
      for (const subscriber of this.subscribers) {
        try {
          subscriber(change);
        } catch (error) {
          this.logger?.error({ err: error }, "a change subscriber failed");
        }
      }
    } catch (error) {
      this.logger?.warn({ err: error, articleId: parsed.articleId }, "could not deliver a change");
    }
  }
}

/** Relays committed ingests to live subscriptions: the article, then each event it reports. */
export function relayChangesToPubSub(feed: ChangeFeed, pubsub: NewsPubSub): () => void {
  return feed.subscribe((change) => {
    if (change.kind === "deleted") return;
    pubsub.publish("articleIngested", change.articleId);
    for (const eventId of change.eventIds) pubsub.publish("eventRecorded", eventId);
  });
}
