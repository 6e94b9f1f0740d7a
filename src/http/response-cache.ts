import { createHash, randomBytes } from "node:crypto";
import type { ExecutionResult } from "graphql";
import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import {
  useResponseCache,
  type Cache,
  type ResponseCachePluginExtensions,
} from "@graphql-yoga/plugin-response-cache";
import type { ResponseCacheSettings } from "../config.js";
import type { ChangeFeed } from "../pubsub.js";

/** A response larger than this share of the budget is not cached: it would evict too much. */
const LARGEST_SHARE = 8;

interface Entry {
  result: ExecutionResult<Record<string, unknown>, ResponseCachePluginExtensions>;
  bytes: number;
  expiresAt: number;
}

/**
 * Cached responses, least recently used evicted first, bounded by the bytes
 * of their JSON. Every key ends in the generation it was computed in; a
 * committed change starts a new generation and drops everything, and a key of
 * an older generation is neither served nor stored, so a request that read the
 * database before a commit cannot put its answer back after it.
 */
export class GenerationCache implements Cache {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  /** Unique per process, so an ETag from another server or an earlier run never matches. */
  private readonly boot = randomBytes(6).toString("hex");
  private counter = 0;

  constructor(
    private readonly settings: ResponseCacheSettings,
    /** Resolves once every change committed before the call has been seen (ChangeFeed.sync). */
    private readonly sync: () => Promise<void> = () => Promise.resolve(),
    private readonly now: () => number = Date.now,
  ) {}

  /** The current generation, the suffix of every key built now. */
  get generation(): string {
    return `${this.boot}.${this.counter}`;
  }

  /** A committed change (or a possibly missed one): nothing cached so far may be served. */
  invalidateAll(): void {
    this.counter += 1;
    this.entries = new Map();
    this.bytes = 0;
  }

  /** Responses held now, and their bytes. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  async get(key: string) {
    // Changes committed before this request arrived must have reached us first.
    try {
      await this.sync();
    } catch {
      return undefined; // The change listener is down: changes may be missing.
    }
    if (!this.isCurrent(key)) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.remove(key, entry);
      return undefined;
    }
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.result;
  }

  set(key: string, result: ExecutionResult, _entities: unknown, ttl: number): void {
    if (!this.isCurrent(key) || ttl <= 0) return;
    // The response body, written once: Yoga sends a result's own `stringify` instead of
    // serializing it again on every hit (errors and extensions are never cached).
    const body = JSON.stringify({ data: result.data ?? null });
    const bytes = body.length;
    if (bytes * LARGEST_SHARE > this.settings.maxBytes) return;
    (result as ExecutionResult & { stringify?: () => string }).stringify = () => body;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    const expiresAt = this.now() + Math.min(ttl, this.settings.ttlMs);
    this.entries.set(key, { result: result as Entry["result"], bytes, expiresAt });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.settings.maxBytes) break;
      this.remove(oldest, entry);
    }
  }

  /** Entity-level invalidation is not used: any commit drops everything (invalidateAll). */
  invalidate(): void {}

  private isCurrent(key: string): boolean {
    return key.endsWith(`:${this.generation}`);
  }

  private remove(key: string, entry: Entry) {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

/**
 * Answers that change without a commit to the graph (the ingest queue's jobs):
 * a document selecting these fields, or returning these types, is never cached
 * (a field alone covers a job not found yet, whose answer is null).
 */
const UNCACHED_FIELDS = { "Query.ingestJob": 0, "Query.ingestJobs": 0 };
const UNCACHED_TYPES = ["IngestJob", "QueryIngestJobsConnection"];

/**
 * Caches query responses in memory (Yoga's response cache) until the graph
 * changes: every committed ingest, reprocess or delete, from any process,
 * arrives through the ChangeFeed (LISTEN/NOTIFY; in process on PGlite) and
 * drops the whole cache, as does a listener reconnect (changes may have been
 * missed) and any mutation through this server as soon as it finishes. A hit
 * first waits for the feed to catch up with the database (one round trip on
 * the listening connection, shared by concurrent requests), so a read that
 * follows a committed write, from whichever process, never gets the answer
 * from before it.
 *
 * Responses are the same for every client (reads need no credentials), so one
 * entry serves all; what is per request still applies: the rate limit (which
 * runs before this plugin), write access (mutations are never cached), and
 * cost, depth and size limits (only answers without errors are cached, and
 * the key holds the document, operation and variables the limits judged).
 * Cached answers carry an ETag; a GET (or POST) with a matching If-None-Match
 * gets 304, and GET responses say `Cache-Control: no-cache` so browsers and
 * proxies revalidate each time.
 */
export function useNewsResponseCache(
  settings: ResponseCacheSettings,
  changes: ChangeFeed,
): { plugins: Plugin[]; cache: GenerationCache } {
  const cache = new GenerationCache(settings, () => changes.sync());
  changes.onCommitted(() => cache.invalidateAll());
  changes.onGap(() => cache.invalidateAll());
  const responseCache = useResponseCache({
    session: () => null,
    cache,
    ttl: settings.ttlMs,
    ignoredTypes: UNCACHED_TYPES,
    ttlPerSchemaCoordinate: UNCACHED_FIELDS,
    // Invalidation follows commits, not the entities a mutation returns.
    invalidateViaMutation: false,
    includeExtensionMetadata: false,
    // node:crypto, not the plugin's WebCrypto hash: a third of a hit's CPU time went there.
    buildResponseCacheKey: ({ documentString, operationName, variableValues }) =>
      `${createHash("sha256")
        .update(documentString)
        .update(`|${operationName ?? ""}|${JSON.stringify(variableValues ?? {})}`)
        .digest("hex")}:${cache.generation}`,
  });
  const afterWrites: Plugin = {
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== "mutation") return;
      // The write committed (or failed): this server's next read must not be an older answer,
      // even before the commit's notification arrives.
      return { onExecuteDone: () => cache.invalidateAll() };
    },
    onResponse({ request, response }) {
      if (request.method === "GET" && (response.status === 304 || response.headers.has("etag"))) {
        response.headers.set("cache-control", "no-cache");
      }
    },
  };
  return { plugins: [responseCache, afterWrites], cache };
}
