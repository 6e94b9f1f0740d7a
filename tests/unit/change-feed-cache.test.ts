import { expect, test } from "vitest";
import { DEFAULT_RESPONSE_CACHE } from "../../src/config.js";
import type { Database, NotificationHandlers } from "../../src/db/client.js";
import { useNewsResponseCache } from "../../src/http/response-cache.js";
import { ChangeFeed } from "../../src/pubsub.js";

/** A database whose change listener the test drives by hand. */
function fakeListeningDatabase() {
  let handlers: NotificationHandlers | null = null;
  const syncs: (() => void)[] = [];
  const db = {
    listen: (_channel: string, given: NotificationHandlers) => {
      handlers = given;
      return Promise.resolve({
        // Each round trip stays open until the test answers it.
        sync: () => new Promise<void>((resolve) => syncs.push(resolve)),
        close: () => Promise.resolve(),
      });
    },
  } as unknown as Database;
  return { db, handlers: () => handlers!, syncs };
}

const entry = { data: { events: [] } };

test("a committed change and a listener reconnect each empty the response cache", async () => {
  const { db, handlers } = fakeListeningDatabase();
  const feed = new ChangeFeed(db);
  await feed.ready;
  const { cache } = useNewsResponseCache(DEFAULT_RESPONSE_CACHE, feed);
  cache.set(`a:${cache.generation}`, entry, [], Infinity);
  expect(cache.size.entries).toBe(1);
  // A notification from another sender is not a change.
  handlers().onNotification("not a change");
  expect(cache.size.entries).toBe(1);
  handlers().onNotification(JSON.stringify({ k: "ingested", a: 7, e: [1, 2] }));
  expect(cache.size.entries).toBe(0);
  // Even one whose event ids must be looked up first: the cache does not wait for that.
  cache.set(`b:${cache.generation}`, entry, [], Infinity);
  handlers().onNotification(JSON.stringify({ k: "deleted", a: 7, e: null }));
  expect(cache.size.entries).toBe(0);
  cache.set(`c:${cache.generation}`, entry, [], Infinity);
  handlers().onReconnect!();
  expect(cache.size.entries).toBe(0);
});

test("concurrent syncs share round trips: one under way, at most one more", async () => {
  const { db, syncs } = fakeListeningDatabase();
  const feed = new ChangeFeed(db);
  await feed.ready;
  const first = feed.sync();
  await Promise.resolve();
  await Promise.resolve();
  expect(syncs).toHaveLength(1);
  // Arriving while the first round trip runs: it may have left before their change committed.
  const later = [feed.sync(), feed.sync(), feed.sync()];
  syncs[0]!();
  await first;
  await new Promise((resolve) => setImmediate(resolve));
  expect(syncs).toHaveLength(2);
  let settled = false;
  void Promise.all(later).then(() => (settled = true));
  await new Promise((resolve) => setImmediate(resolve));
  expect(settled).toBe(false);
  syncs[1]!();
  await Promise.all(later);
  expect(syncs).toHaveLength(2);
});
