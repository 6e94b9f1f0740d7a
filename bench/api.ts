/**
 * API read benchmark: a seeded database served by the real server over
 * loopback, driven by a bounded load generator (N concurrent connections for
 * a fixed time per shape), against a floor: hand-written SQL returning the
 * same data. By default one shape, the dashboard's document (50 events with
 * location, participants with their entity and 3 quotes each, plus the day
 * timeline); `--shapes all` adds seven other dashboard queries. Prints per
 * backend and shape: req/s, p50/p99, SQL statements per request, the floor's
 * req/s and p50/p99, and the ratio API / floor.
 *
 *   npx tsx bench/api.ts [--articles 1000] [--connections 10] [--duration 10]
 *                        [--backends postgres,pglite] [--shapes dashboard|all]
 *                        [--database-url postgresql://postgres@127.0.0.1:5432/postgres]
 *                        [--log-level info] [--keep] [--reuse DATABASE]
 *                        [--peer postgraphile] [--rounds 3] [--split-cores]
 *
 * Each backend is loaded with seeds/ and --articles generated articles
 * (bench/corpus.ts) through the ingest service:
 * - PostgreSQL: a throwaway database on the server of --database-url (default
 *   DATABASE_URL or the local server), dropped at the end unless --keep. The
 *   floor runs through a node-postgres pool of --connections clients, each
 *   floor statement prepared once per connection (named) as the server's
 *   compiled statements are, each
 *   shape's API and floor phases in turn for --rounds rounds (the server idle
 *   while the floor runs), so that the machine's changing load hits both sides
 *   alike; the ratios are of the phases pooled, and each round's is printed.
 * - PGlite: a temporary data directory, removed at the end unless --keep.
 *   PGlite is one connection that one process owns, so the floor runs in this
 *   process on the same PGlite (db.withSession) before the server starts: no
 *   socket, no wire protocol, --connections callers queueing on it.
 * The database is VACUUM ANALYZEd after seeding (--reuse NAME skips creating and
 * seeding and uses a database an earlier --keep run left). SQL statements per
 * request are counted in this process (yoga.fetch on the same database,
 * statements observed through db.sqlListeners) on the second request of each
 * shape. The server runs as a child process with the default configuration
 * (log level info: one log line per request) and SEED=false, except that the
 * response cache and the per-client rate limit are off; a last phase polls
 * the dashboard through a server with the cache on, for the ratio cached /
 * uncached. --duration is the measured seconds of each phase (each shape
 * through the API, each shape on the floor), after 0.5 s of warm-up.
 *
 * --peer postgraphile (PostgreSQL only) adds PostGraphile 5 (amber preset,
 * bench/peer/postgraphile.mjs; on Node 20 with a Promise.withResolvers
 * polyfill) serving the same database beside newsgraph, and compares the part
 * of the dashboard it can express (REDUCED) three ways, newsgraph, PostGraphile
 * and the SQL floor, one phase each in turn for --rounds rounds.
 * --split-cores (PostgreSQL on this machine, Linux) pins the database server to
 * the first core and this process, with the servers it starts, to the others
 * for the measured phases (bench/cores.ts): the API servers on hosts of their
 * own, as deployed, instead of taking the database's CPU time. Seeding uses
 * every core; the masks are restored at the end.
 * Exits 1 when a request failed.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import pino from "pino";
import { openDatabase, type Database } from "../src/db/client.js";
import { ingestArticle } from "../src/ingest/ingest.js";
import { loadSeeds } from "../src/ingest/seed.js";
import { createNewsgraphYoga } from "../src/yoga.js";
import { splitCores, type CoreSplit } from "./cores.js";
import { generateArticles, loadSources } from "./corpus.js";
import {
  createThrowawayDatabase,
  describeLoad,
  percentile,
  round,
  listeningChild,
  startServer,
} from "./support.js";

const { values: flags } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    connections: { type: "string", default: "10" },
    duration: { type: "string", default: "10" },
    backends: { type: "string", default: "postgres,pglite" },
    shapes: { type: "string", default: "dashboard" },
    "database-url": {
      type: "string",
      default: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    },
    "log-level": { type: "string", default: "info" },
    keep: { type: "boolean", default: false },
    reuse: { type: "string" },
    peer: { type: "string" },
    rounds: { type: "string", default: "3" },
    "split-cores": { type: "boolean", default: false },
  },
});
const durationS = Number(flags.duration);
const connections = Number(flags.connections);
const articleCount = Number(flags.articles);
const backends = flags.backends.split(",").map((b) => b.trim());
if (!(durationS > 0) || !(connections > 0) || !(articleCount >= 0)) {
  throw new Error("--duration and --connections must be positive, --articles at least 0");
}
if (!backends.every((b) => b === "postgres" || b === "pglite")) {
  throw new Error("--backends is a comma-separated list of postgres, pglite");
}
if (!["info", "debug", "trace"].includes(flags["log-level"])) {
  // The server's port is read from its "listening" line, logged at info.
  throw new Error("--log-level must be info, debug or trace");
}
if (flags.shapes !== "dashboard" && flags.shapes !== "all") {
  throw new Error("--shapes must be dashboard or all");
}
if (flags.peer !== undefined && flags.peer !== "postgraphile") {
  throw new Error("--peer must be postgraphile");
}
const rounds = Number(flags.rounds);
if (!(rounds >= 1)) throw new Error("--rounds must be at least 1");

/**
 * The server runs on the data the bench loaded, with the default configuration
 * otherwise, but with no response cache (every request reaches the database;
 * cached polls are a phase of their own) and no per-client rate limit (all
 * requests come from one address).
 */
const serverEnv = {
  SEED: "false",
  LOG_LEVEL: flags["log-level"],
  RESPONSE_CACHE_MAX_BYTES: "0",
  RATE_LIMIT_READS_PER_SECOND: "0",
};
/** The cached-polls phase: the default cache. */
const cachedServerEnv = { ...serverEnv, RESPONSE_CACHE_MAX_BYTES: "" };
/** Requests in this first part of each phase warm up and are not counted. */
const WARMUP_S = 0.5;
/** All shapes in turn before the first API phase. */
const WARMUP_ALL_S = 3;
/** The p50 ratios API / floor the issue asks for on PostgreSQL, by shape name. */
const TARGET_RATIOS = new Map([
  ["dashboard", 1.2],
  ["entities + events", 1.5],
]);
/** Throughput newsgraph / PostGraphile on the reduced document the issue asks for. */
const TARGET_PEER_RATIO = 1.5;
/** Throughput of cached dashboard polls / uncached the issue asks for. */
const TARGET_CACHE_RATIO = 5;
/** Concurrent ingests while seeding PostgreSQL: one per core, at least 2 (as bench/ingest.ts). */
const POSTGRES_INGESTS = Math.max(2, os.availableParallelism());

interface Shape {
  name: string;
  /** The GraphQL document the dashboard sends. */
  query: string;
  /** What a GraphQL response holds (item counts), compared with the SQL floor's. */
  apiItems: (data: Record<string, unknown>) => number | string;
  /** One hand-written statement returning the same data; its first column is JSON. */
  sql: string;
  sqlItems: (json: unknown) => number | string;
}

const edgesOf = (field: string) => (data: Record<string, unknown>) =>
  (data[field] as { edges: unknown[] }).edges.length;
const lengthOf = (field: string) => (data: Record<string, unknown>) =>
  (data[field] as unknown[]).length;
const itemsOf = (json: unknown) => (json as { items: unknown[] | null }).items?.length ?? 0;
const arrayLength = (json: unknown) => (json as unknown[] | null)?.length ?? 0;

/**
 * One entity by primary key, as a JSON object of `fields` (or null): a scalar
 * subquery, so PostgreSQL looks each one up in the index instead of hashing
 * the whole entity table once per event, as a join inside a per-event
 * subquery makes it do.
 */
const ENTITY_BY_ID_SQL = (id: string, fields: string) =>
  `(SELECT json_build_object(${fields}) FROM entity s WHERE s.id = ${id})`;

/** An event's participants (at most 10, by role, then id, like Event.participants) with their entity. */
const PARTICIPANTS_SQL = `(SELECT json_agg(json_build_object('role', p.role,
             'entity', ${ENTITY_BY_ID_SQL("p.entity_id", "'id', s.id, 'name', s.name, 'type', s.type")})
           ORDER BY p.role, p.id)
       FROM (SELECT p.id, p.role, p.entity_id FROM event_participant p WHERE p.event_id = e.id
             ORDER BY p.role, p.id LIMIT 10) p)`;

/** Events per day by CAMEO root, as eventTimeline(interval: DAY) computes them. */
const TIMELINE_DAY_SQL = `SELECT json_agg(x ORDER BY x.bucket) FROM (
      SELECT bucket, sum(n)::int AS total,
             json_agg(json_build_object('code', code, 'count', n) ORDER BY n DESC, code) AS by_type
      FROM (SELECT date_trunc('day', e.date)::date AS bucket, e.code, count(*)::int AS n
            FROM event e WHERE e.date IS NOT NULL AND e.date_precision = 'DAY'
            GROUP BY 1, 2) per_type
      GROUP BY bucket) x`;

interface DashboardEvent {
  participants: unknown[] | null;
  quotes: unknown[] | { edges: unknown[] } | null;
}
const describeDashboard = (events: DashboardEvent[], days: number) => {
  let participants = 0;
  let quotes = 0;
  for (const event of events) {
    participants += event.participants?.length ?? 0;
    const q = event.quotes;
    quotes += (Array.isArray(q) ? q.length : q?.edges.length) ?? 0;
  }
  return `${events.length} events, ${participants} participants, ${quotes} quotes, ${days} days`;
};

/**
 * The dashboard: the 50 newest events with place, participants (ordered by
 * role, then id, like Event.participants) and the 3 newest quotes about each
 * (Event.quotes: QUOTE_ABOUT_EVENT, newest id first; the floor looks only at
 * quotes of the articles reporting the event, which QUOTE_ABOUT_EVENT
 * implies, so it reads those instead of walking all quotes newest first) with their speaker, and
 * the day timeline. The floor is the fastest single statement we could write:
 * every related row is an index lookup from its parent (see ENTITY_BY_ID_SQL). Ids stay numeric and labels and CAMEO names are left to
 * the client, which is all the API adds.
 */
const DASHBOARD: Shape = {
  name: "dashboard",
  query: `query Dashboard {
    events(first: 50) { edges { node {
      id label date datePrecision location { name }
      participants { role entity { id name type } }
      quotes(first: 3) { edges { node { text speaker { name } } } } } } }
    eventTimeline(interval: DAY) { bucket total byType { type count } } }`,
  apiItems: (data) =>
    describeDashboard(
      (data.events as { edges: { node: DashboardEvent }[] }).edges.map((e) => e.node),
      (data.eventTimeline as unknown[]).length,
    ),
  sql: `SELECT json_build_object(
    'events', (SELECT json_agg(x ORDER BY x.date DESC NULLS LAST, x.id DESC) FROM (
      SELECT e.id, e.code, e.date, e.date_precision,
        (SELECT json_build_object('name', l.name) FROM entity l WHERE l.id = e.location_id) AS location,
        ${PARTICIPANTS_SQL} AS participants,
        (SELECT json_agg(json_build_object('text', q.text, 'speaker', ${ENTITY_BY_ID_SQL("q.speaker_id", "'name', s.name")})
               ORDER BY q.id DESC)
           FROM (SELECT q.id, q.text, q.speaker_id FROM quote_event l JOIN quote q ON q.id = l.quote_id
                 WHERE l.event_id = e.id ORDER BY l.quote_id DESC LIMIT 3) q) AS quotes
      FROM event e ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT 50) x),
    'timeline', (${TIMELINE_DAY_SQL}))`,
  sqlItems: (json) => {
    const { events, timeline } = json as { events: DashboardEvent[] | null; timeline: unknown[] };
    return describeDashboard(events ?? [], timeline?.length ?? 0);
  },
};

/**
 * The part of the dashboard PostGraphile can express (--peer): the 50 newest
 * events with their place and participants with their entity; no quotes
 * about an event (QUOTE_ABOUT_EVENT is newsgraph's own relation) and no day
 * timeline (an aggregate).
 */
const REDUCED: Shape = {
  name: "reduced dashboard",
  query: `query Reduced {
    events(first: 50) { edges { node {
      id label date datePrecision location { name }
      participants { role entity { id name type } } } } } }`,
  apiItems: (data) =>
    describeReduced(
      (data.events as { edges: { node: DashboardEvent }[] }).edges.map((e) => e.node),
    ),
  sql: `SELECT json_agg(x ORDER BY x.date DESC NULLS LAST, x.id DESC) FROM (
      SELECT e.id, e.code, e.date, e.date_precision,
        (SELECT json_build_object('name', l.name) FROM entity l WHERE l.id = e.location_id) AS location,
        ${PARTICIPANTS_SQL} AS participants
      FROM event e ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT 50) x`,
  sqlItems: (json) => describeReduced((json as DashboardEvent[] | null) ?? []),
};

/**
 * The same document in PostGraphile 5's amber schema (bench/peer/postgraphile.mjs):
 * same order (nulls last, as newsgraph), same participant limit and order,
 * global ids for events and entities, the CAMEO code instead of its label.
 */
const POSTGRAPHILE_REDUCED = `query Reduced {
  allEvents(first: 50, orderBy: [DATE_DESC, ROW_ID_DESC]) { edges { node {
    id code date datePrecision entityByLocationId { name }
    eventParticipantsByEventId(first: 10, orderBy: [ROLE_ASC, ROW_ID_ASC]) {
      nodes { role entityByEntityId { id name type } } } } } } }`;

const postgraphileItems = (data: Record<string, unknown>) =>
  describeReduced(
    (
      data.allEvents as {
        edges: { node: { eventParticipantsByEventId: { nodes: unknown[] } } }[];
      }
    ).edges.map(({ node }) => ({
      participants: node.eventParticipantsByEventId.nodes,
      quotes: null,
    })),
  );

function describeReduced(events: DashboardEvent[]): string {
  const participants = events.reduce((n, e) => n + (e.participants?.length ?? 0), 0);
  return `${events.length} events, ${participants} participants`;
}

// The SQL mirrors each resolver's order, page size and fields; ids stay
// numeric and labels are left to the client, which is all the API adds.
const OTHER_SHAPES: Shape[] = [
  {
    name: "events + participants + articles",
    query: `query Events { events(first: 20) { totalCount edges { node {
      id label date datePrecision summary location { name }
      participants { role entity { id name type } }
      articleCount articles { id title source } } } } }`,
    apiItems: edgesOf("events"),
    sql: `SELECT json_build_object('totalCount', (SELECT count(*) FROM event), 'items', (
      SELECT json_agg(x ORDER BY x.date DESC NULLS LAST, x.id DESC) FROM (
        SELECT e.id, e.code, e.date, e.date_precision, e.summary,
          (SELECT json_build_object('name', l.name) FROM entity l WHERE l.id = e.location_id) AS location,
          ${PARTICIPANTS_SQL} AS participants,
          (SELECT count(DISTINCT m.article_id) FROM event_mention m WHERE m.event_id = e.id) AS article_count,
          (SELECT json_agg(json_build_object('id', a.id, 'title', a.title, 'source', a.source) ORDER BY a.id)
             FROM article a
             WHERE a.id IN (SELECT m.article_id FROM event_mention m WHERE m.event_id = e.id)) AS articles
        FROM event e ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT 20) x))`,
    sqlItems: itemsOf,
  },
  {
    name: "entities + events",
    query: `query Entities { entities(first: 20) { totalCount edges { node {
      id name type description aliases mentionCount
      events(first: 5) { totalCount edges { node { id label date summary } } } } } } }`,
    apiItems: edgesOf("entities"),
    sql: `SELECT json_build_object('totalCount', (SELECT count(*) FROM entity), 'items', (
      SELECT json_agg(x ORDER BY x.mention_count DESC, x.id) FROM (
        SELECT n.id, n.name, n.type, n.description, n.mention_count,
          (SELECT json_agg(a.alias ORDER BY a.id) FROM entity_alias a WHERE a.entity_id = n.id) AS aliases,
          (SELECT count(DISTINCT p.event_id) FROM event_participant p WHERE p.entity_id = n.id) AS event_count,
          (SELECT json_agg(json_build_object('id', e.id, 'code', e.code, 'date', e.date, 'summary', e.summary)
                  ORDER BY e.id DESC)
             FROM event e WHERE e.id IN (
               SELECT DISTINCT p.event_id FROM event_participant p WHERE p.entity_id = n.id
               ORDER BY p.event_id DESC LIMIT 5)) AS events
        FROM entity n ORDER BY n.mention_count DESC, n.id LIMIT 20) x))`,
    sqlItems: itemsOf,
  },
  {
    name: "articles + events + participants",
    query: `query Articles { articles(first: 20) { totalCount edges { node {
      id title publishedAt events { id label participants { role entity { id name } } } } } } }`,
    apiItems: edgesOf("articles"),
    // Each article's events at their first report, participants by role: index lookups per parent.
    sql: `SELECT json_build_object('totalCount', (SELECT count(*) FROM article), 'items', (
      SELECT json_agg(x ORDER BY x.published_at DESC NULLS LAST, x.id DESC) FROM (
        SELECT a.id, a.title, a.published_at,
          (SELECT json_agg(json_build_object('id', e.id, 'code', e.code, 'participants', (
              SELECT json_agg(json_build_object('role', p.role,
                  'entity', json_build_object('id', n.id, 'name', n.name)) ORDER BY p.role, p.id)
              FROM (SELECT * FROM event_participant p WHERE p.event_id = e.id
                    ORDER BY p.role, p.id LIMIT 10) p JOIN entity n ON n.id = p.entity_id))
            ORDER BY f.start, f.id)
           FROM (SELECT DISTINCT ON (r.event_id) r.event_id, r.start, r.id FROM event_mention r
                 WHERE r.article_id = a.id ORDER BY r.event_id, r.start, r.id) f
           JOIN event e ON e.id = f.event_id) AS events
        FROM article a ORDER BY a.published_at DESC NULLS LAST, a.id DESC LIMIT 20) x))`,
    sqlItems: itemsOf,
  },
  {
    name: "quotes + speaker",
    query: `query Quotes { quotes(first: 20) { totalCount edges { node {
      id text verb speaker { id name description } article { id title } } } } }`,
    apiItems: edgesOf("quotes"),
    sql: `SELECT json_build_object('totalCount', (SELECT count(*) FROM quote), 'items', (
      SELECT json_agg(x ORDER BY x.id DESC) FROM (
        SELECT q.id, q.text, q.verb,
          CASE WHEN s.id IS NULL THEN NULL
               ELSE json_build_object('id', s.id, 'name', s.name, 'description', s.description) END AS speaker,
          json_build_object('id', a.id, 'title', a.title) AS article
        FROM quote q LEFT JOIN entity s ON s.id = q.speaker_id JOIN article a ON a.id = q.article_id
        ORDER BY q.id DESC LIMIT 20) x))`,
    sqlItems: itemsOf,
  },
  {
    name: "eventTimeline (DAY)",
    query: `query Timeline { eventTimeline(interval: DAY) { bucket total byType { code label count } } }`,
    apiItems: lengthOf("eventTimeline"),
    sql: TIMELINE_DAY_SQL,
    sqlItems: arrayLength,
  },
  {
    name: "entityNetwork (30)",
    query: `query Network { entityNetwork(first: 30) {
      nodes { weight entity { id name type } }
      edges { sharedEvents source { id name } target { id name } } } }`,
    apiItems: (data) => (data.entityNetwork as { nodes: unknown[] }).nodes.length,
    sql: `WITH part AS (SELECT DISTINCT event_id, entity_id FROM event_participant),
      top AS (SELECT entity_id, count(*)::int AS weight FROM part
              GROUP BY entity_id ORDER BY weight DESC, entity_id LIMIT 30),
      pairs AS (SELECT a.entity_id AS s, b.entity_id AS t, count(*)::int AS shared
                FROM part a JOIN part b ON a.event_id = b.event_id AND a.entity_id < b.entity_id
                WHERE a.entity_id IN (SELECT entity_id FROM top)
                  AND b.entity_id IN (SELECT entity_id FROM top)
                GROUP BY 1, 2)
      SELECT json_build_object(
        'items', (SELECT json_agg(json_build_object('weight', top.weight,
                    'entity', json_build_object('id', n.id, 'name', n.name, 'type', n.type))
                  ORDER BY top.weight DESC, top.entity_id)
                  FROM top JOIN entity n ON n.id = top.entity_id),
        'edges', (SELECT json_agg(json_build_object('sharedEvents', pairs.shared,
                    'source', json_build_object('id', s.id, 'name', s.name),
                    'target', json_build_object('id', t.id, 'name', t.name))
                  ORDER BY pairs.shared DESC, pairs.s, pairs.t)
                  FROM pairs JOIN entity s ON s.id = pairs.s JOIN entity t ON t.id = pairs.t))`,
    sqlItems: itemsOf,
  },
  {
    name: "topEntities (10)",
    query: `query Top { topEntities(first: 10) { eventCount quoteCount entity { id name type } } }`,
    apiItems: lengthOf("topEntities"),
    sql: `WITH counts AS (
        SELECT p.entity_id, count(DISTINCT p.event_id)::int AS events FROM event_participant p
        GROUP BY p.entity_id ORDER BY events DESC, p.entity_id LIMIT 10)
      SELECT json_agg(json_build_object('eventCount', c.events,
          'quoteCount', (SELECT count(*) FROM quote q WHERE q.speaker_id = c.entity_id
                           AND q.article_id IN (SELECT m.article_id FROM event_mention m)),
          'entity', json_build_object('id', n.id, 'name', n.name, 'type', n.type))
        ORDER BY c.events DESC, c.entity_id)
      FROM counts c JOIN entity n ON n.id = c.entity_id`,
    sqlItems: arrayLength,
  },
];

const SHAPES = flags.shapes === "all" ? [DASHBOARD, ...OTHER_SHAPES] : [DASHBOARD];

interface Phase {
  count: number;
  errors: number;
  firstError: string | null;
  latencies: number[];
  elapsedS: number;
}

/**
 * Runs `request` from `connections` workers, each starting its next request
 * when the last one answered, for WARMUP_S + `seconds`; requests started in
 * the first WARMUP_S seconds are not counted.
 */
async function drive(seconds: number, request: () => Promise<unknown>): Promise<Phase> {
  const phase: Phase = { count: 0, errors: 0, firstError: null, latencies: [], elapsedS: 0 };
  const started = performance.now();
  const measureFrom = started + WARMUP_S * 1000;
  const deadline = measureFrom + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      let failed: string | null = null;
      try {
        await request();
      } catch (error) {
        const { message, cause } = error as Error;
        failed = message.split("\n")[0]! + (cause instanceof Error ? ` (${cause.message})` : "");
      }
      if (t0 < measureFrom) continue;
      if (failed !== null) {
        phase.errors += 1;
        phase.firstError ??= failed;
      } else {
        phase.count += 1;
        phase.latencies.push(performance.now() - t0);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  phase.elapsedS = (performance.now() - measureFrom) / 1000;
  phase.latencies.sort((a, b) => a - b);
  return phase;
}

/** Loads seeds/ and the generated articles through the ingest service, `concurrency` at a time. */
async function seedDatabase(db: Database, concurrency: number) {
  const seeded = await loadSeeds(db.prisma);
  const articles = generateArticles(await loadSources(), articleCount, { seed: 7 });
  let next = 0;
  const worker = async () => {
    while (next < articles.length) {
      const article = articles[next++]!;
      await ingestArticle(db.prisma, {
        text: article.text,
        publishedAt: article.publishedAt,
        source: article.source,
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  // The state autovacuum soon leaves a database in, which a server with it off (as
  // this machine's) never reaches: fresh statistics (without them both sides get
  // plans for an empty database, seconds per request at 1,000 articles), and no
  // dead row versions (ingest updates an entity's mention count once per article
  // naming it: ~40 versions of each entity row, which every index scan of entity
  // walks), and a visibility map for index-only scans.
  await db.withSession((session) => session.exec("VACUUM ANALYZE"));
  return seeded.ingested + articles.length;
}

const TOTALS_SQL = `SELECT (SELECT count(*)::int FROM article) AS articles,
  (SELECT count(*)::int FROM entity) AS entities, (SELECT count(*)::int FROM event) AS events,
  (SELECT count(*)::int FROM event_participant) AS participants,
  (SELECT count(*)::int FROM quote) AS quotes, (SELECT count(*)::int FROM mention) AS mentions`;

type GraphQLBody = {
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: { code?: string } }[];
};

function dataOf(status: number, json: GraphQLBody): Record<string, unknown> {
  if (status !== 200 || json.errors || !json.data) {
    const error = json.errors?.[0];
    throw new Error(
      `HTTP ${status} ${error?.extensions?.code ?? ""} ${error?.message ?? ""}`.trim(),
    );
  }
  return json.data;
}

/**
 * SQL statements one request of each shape sends, counted in this process
 * through yoga.fetch on `db`; the first request of a shape runs uncounted.
 */
async function countStatements(db: Database, shapes: Shape[]) {
  const yoga = createNewsgraphYoga({ db, logger: pino({ level: "warn" }) });
  const counts = new Map<Shape, number>();
  for (const shape of shapes) {
    const once = async () => {
      let statements = 0;
      const listener = () => {
        statements += 1;
      };
      db.sqlListeners.add(listener);
      try {
        const response = await yoga.fetch(
          "http://localhost/graphql",
          {
            method: "POST",
            headers: { "content-type": "application/json", accept: "application/json" },
            body: JSON.stringify({ query: shape.query }),
          },
          { clientAddress: "127.0.0.1" },
        );
        dataOf(response.status, (await response.json()) as GraphQLBody);
      } finally {
        db.sqlListeners.delete(listener);
      }
      return statements;
    };
    await once();
    counts.set(shape, await once());
  }
  return counts;
}

interface ShapeResult {
  shape: Shape;
  statements: number;
  api: Phase;
  /** CPU time of the API phases: server process and database backends (PostgreSQL), in ms. */
  apiCpuMs: number;
  floor: Phase;
  /** p50 API / floor of each round, when the two sides alternated (PostgreSQL). */
  roundRatios: number[];
  items: string;
}

/** One phase of several: their requests, errors and elapsed time together. */
function pooled(phases: Phase[]): Phase {
  return {
    count: phases.reduce((n, p) => n + p.count, 0),
    errors: phases.reduce((n, p) => n + p.errors, 0),
    firstError: phases.find((p) => p.firstError !== null)?.firstError ?? null,
    latencies: phases.flatMap((p) => p.latencies).sort((a, b) => a - b),
    elapsedS: phases.reduce((n, p) => n + p.elapsedS, 0),
  };
}

interface ShapeRuns {
  api: Phase[];
  apiCpuMs: number;
  floor: Phase[];
  items: string;
}

/**
 * Warms the server up on all shapes, checks that both sides answer each shape
 * with as many items, then drives each shape through the API and, given
 * `runFloor`, on the floor: the two in turn for --rounds rounds (the side that
 * went second goes first in the next round), so that a change in the
 * machine's load hits both alike. The server stays up, idle, while the floor
 * runs. Without `runFloor` (PGlite, whose floor ran before the server could
 * open its directory) one API phase per shape.
 */
async function driveShapes(
  server: { port: number; pid: number },
  backends: () => Promise<number[]>,
  floorItems: Map<Shape, string>,
  runFloor: ((shape: Shape) => Promise<string>) | null,
): Promise<Map<Shape, ShapeRuns>> {
  const endpoint = `http://127.0.0.1:${server.port}/graphql`;
  // A fresh server compiles, plans and JITs on its first requests of each shape.
  let turn = 0;
  await drive(WARMUP_ALL_S - WARMUP_S, () => send(endpoint, SHAPES[turn++ % SHAPES.length]!.query));
  const runs = new Map<Shape, ShapeRuns>();
  for (const shape of SHAPES) {
    // Both sides must answer, and with as many items, before anything is timed.
    const items = `${shape.apiItems(await postTo(endpoint, shape.query))} / ${floorItems.get(shape)}`;
    runs.set(shape, { api: [], apiCpuMs: 0, floor: [], items });
  }
  const apiPhase = async (shape: Shape) => {
    const { result, serverMs, databaseMs } = await withCpu(server.pid, backends, () =>
      drive(durationS, () => send(endpoint, shape.query)),
    );
    const run = runs.get(shape)!;
    run.api.push(result);
    run.apiCpuMs += serverMs + databaseMs;
  };
  const floorPhase = async (shape: Shape) => {
    runs.get(shape)!.floor.push(
      await drive(durationS, async () => {
        await runFloor!(shape);
      }),
    );
  };
  const roundCount = runFloor ? rounds : 1;
  for (let round = 0; round < roundCount; round += 1) {
    for (const shape of SHAPES) {
      const sides = runFloor ? [apiPhase, floorPhase] : [apiPhase];
      if (round % 2 === 1) sides.reverse();
      for (const side of sides) await side(shape);
    }
  }
  return runs;
}

/** Times each shape's floor query once (PGlite: before the server starts). */
async function driveFloor(runFloor: (shape: Shape) => Promise<string>) {
  const phases = new Map<Shape, Phase>();
  for (const shape of SHAPES) {
    phases.set(
      shape,
      await drive(durationS, async () => {
        await runFloor(shape);
      }),
    );
  }
  return phases;
}

async function floorItemsOf(runFloor: (shape: Shape) => Promise<string>) {
  const items = new Map<Shape, string>();
  for (const shape of SHAPES) {
    items.set(shape, String(shape.sqlItems(JSON.parse(await runFloor(shape)))));
  }
  return items;
}

/**
 * A shape's statement with its JSON value sent as text: timed phases receive
 * the text without parsing it, as the API phases receive theirs (see send).
 */
const asText = (sql: string) => `SELECT f.j::text FROM (${sql}) AS f(j)`;

/** Each shape's statement count, API phases and floor phases pooled, in shape order. */
function resultsOf(
  statements: Map<Shape, number>,
  runs: Map<Shape, ShapeRuns>,
  floorsRunBefore?: Map<Shape, Phase>,
): ShapeResult[] {
  return SHAPES.map((shape) => {
    const run = runs.get(shape)!;
    const floors = floorsRunBefore ? [floorsRunBefore.get(shape)!] : run.floor;
    const roundRatios = floorsRunBefore
      ? []
      : run.api.map(
          (api, i) => percentile(api.latencies, 50) / percentile(run.floor[i]!.latencies, 50),
        );
    return {
      shape,
      statements: statements.get(shape)!,
      api: pooled(run.api),
      apiCpuMs: run.apiCpuMs,
      floor: pooled(floors),
      roundRatios,
      items: run.items,
    };
  });
}

async function stopServer(server: { stop: () => Promise<number | null> }) {
  const exit = await server.stop();
  if (exit !== 0) console.log(`server exited with ${exit}`);
}

interface BackendResult {
  results: ShapeResult[];
  /** The dashboard document polled through a server with the response cache on. */
  cached: { phase: Phase; cpuMs: number };
  peer: PeerComparison | null;
}

/** POSTs `query` to a GraphQL endpoint and returns its data; throws on any error. */
async function postTo(endpoint: string, query: string) {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return dataOf(response.status, (await response.json()) as GraphQLBody);
}

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: connections });

/**
 * One timed request: POSTs `query` and reads the whole answer as text, which
 * must be a 200 with data and no errors, without parsing it. The load
 * generator shares the machine with what it measures: parsing every 45 KB
 * answer kept it busier than a server answering from its cache. (Answers are
 * parsed and their items compared before every phase.)
 */
function send(endpoint: string, query: string): Promise<void> {
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const request = http.request(
      endpoint,
      {
        method: "POST",
        agent: keepAlive,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        response.setEncoding("utf8");
        let text = "";
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => {
          if (
            response.statusCode === 200 &&
            text.startsWith('{"data":{') &&
            !text.includes('"errors":[')
          ) {
            resolve();
          } else {
            reject(new Error(`HTTP ${response.statusCode} ${text.slice(0, 200)}`));
          }
        });
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/**
 * The dashboard polled again and again through a server with the response
 * cache on (what many open dashboards do between two ingests).
 */
async function driveCachedPolls(
  env: Record<string, string>,
  backends: () => Promise<number[]>,
): Promise<{ phase: Phase; cpuMs: number }> {
  const server = await startServer(env);
  try {
    const endpoint = `http://127.0.0.1:${server.port}/graphql`;
    await postTo(endpoint, DASHBOARD.query);
    await drive(WARMUP_ALL_S - WARMUP_S, () => send(endpoint, DASHBOARD.query));
    const { result, serverMs, databaseMs } = await withCpu(server.pid, backends, () =>
      drive(durationS, () => send(endpoint, DASHBOARD.query)),
    );
    return { phase: result, cpuMs: serverMs + databaseMs };
  } finally {
    await stopServer(server);
  }
}

/** PostGraphile 5 on `databaseUrl` (bench/peer/postgraphile.mjs), on an ephemeral loopback port. */
async function startPostGraphile(databaseUrl: string) {
  const peerDir = path.join(import.meta.dirname, "peer");
  // PostGraphile 5 calls Promise.withResolvers, which Node has from 22 on.
  const polyfill =
    typeof (Promise as { withResolvers?: unknown }).withResolvers === "function"
      ? []
      : ["--require", path.join(peerDir, "promise-with-resolvers.cjs")];
  const child = spawn(process.execPath, [...polyfill, path.join(peerDir, "postgraphile.mjs")], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: "0",
      POOL_SIZE: "10",
      GRAPHILE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return listeningChild(child, "PostGraphile");
}

/** CPU time (user + system) a process has used, in ms, from /proc (Linux); 0 once it is gone. */
function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/**
 * CPU time a phase cost: the server process and the database's backends
 * (PostgreSQL runs one process per connection), measured around `run`. On a
 * shared machine throughput follows how much CPU the others leave; CPU per
 * request follows the work each request takes.
 */
async function withCpu<T>(
  serverPid: number | null,
  backends: () => Promise<number[]>,
  run: () => Promise<T>,
): Promise<{ result: T; serverMs: number; databaseMs: number }> {
  const before = new Map((await backends()).map((pid) => [pid, cpuMsOf(pid)]));
  const serverBefore = serverPid === null ? 0 : cpuMsOf(serverPid);
  const result = await run();
  const serverMs = serverPid === null ? 0 : cpuMsOf(serverPid) - serverBefore;
  let databaseMs = 0;
  for (const pid of await backends()) databaseMs += cpuMsOf(pid) - (before.get(pid) ?? 0);
  return { result, serverMs, databaseMs };
}

type Side = "newsgraph" | "PostGraphile" | "SQL floor";

interface PeerComparison {
  statements: number;
  items: Record<Side, string>;
  /** Each side's phases, one per round, in the order they ran. */
  phases: Record<Side, Phase[]>;
  /** Each side's CPU time over its phases: its server process and the database's backends. */
  cpu: Record<Side, { serverMs: number; databaseMs: number }>;
  load: string;
}

/**
 * newsgraph and PostGraphile serving the same database at once, and the SQL
 * floor, each driven alone with the reduced dashboard in turn, for --rounds
 * rounds, so that a change in the machine's load hits all three alike.
 */
async function comparePeer(
  databaseUrl: string,
  runFloor: (shape: Shape) => Promise<string>,
  backends: () => Promise<number[]>,
  statements: number,
): Promise<PeerComparison> {
  console.log(`[postgres] newsgraph, PostGraphile and the floor in turn; ${describeLoad()}`);
  const newsgraph = await startServer({ ...serverEnv, DATABASE_URL: databaseUrl });
  const peer = await startPostGraphile(databaseUrl).catch(async (error: unknown) => {
    await stopServer(newsgraph);
    throw error;
  });
  try {
    const newsgraphUrl = `http://127.0.0.1:${newsgraph.port}/graphql`;
    const peerUrl = `http://127.0.0.1:${peer.port}/graphql`;
    const requests: Record<Side, () => Promise<unknown>> = {
      newsgraph: () => send(newsgraphUrl, REDUCED.query),
      PostGraphile: () => send(peerUrl, POSTGRAPHILE_REDUCED),
      "SQL floor": () => runFloor(REDUCED),
    };
    const items: Record<Side, string> = {
      newsgraph: String(REDUCED.apiItems(await postTo(newsgraphUrl, REDUCED.query))),
      PostGraphile: postgraphileItems(await postTo(peerUrl, POSTGRAPHILE_REDUCED)),
      "SQL floor": String(REDUCED.sqlItems(JSON.parse(await runFloor(REDUCED)))),
    };
    const sides = Object.keys(requests) as Side[];
    for (const side of sides) await drive(WARMUP_ALL_S - WARMUP_S, requests[side]);
    const phases: Record<Side, Phase[]> = { newsgraph: [], PostGraphile: [], "SQL floor": [] };
    const cpu = Object.fromEntries(
      sides.map((side) => [side, { serverMs: 0, databaseMs: 0 }]),
    ) as PeerComparison["cpu"];
    const serverPid: Record<Side, number | null> = {
      newsgraph: newsgraph.pid,
      PostGraphile: peer.pid,
      "SQL floor": null, // the floor's client is this process, which also drives the load
    };
    for (let round = 0; round < rounds; round += 1) {
      // Each round starts with the side the last one ended with least recently.
      for (const side of [...sides.slice(round % 3), ...sides.slice(0, round % 3)]) {
        const { result, serverMs, databaseMs } = await withCpu(serverPid[side], backends, () =>
          drive(durationS, requests[side]),
        );
        phases[side].push(result);
        cpu[side].serverMs += serverMs;
        cpu[side].databaseMs += databaseMs;
      }
    }
    return { statements, items, phases, cpu, load: describeLoad() };
  } finally {
    await stopServer(newsgraph);
    await peer.stop();
  }
}

/** A database seeded by an earlier run (--reuse NAME, kept with --keep), on --database-url's server. */
function reusedDatabase(name: string) {
  const url = new URL(flags["database-url"]);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => Promise.resolve() };
}

async function benchPostgres(): Promise<BackendResult> {
  const database = flags.reuse
    ? reusedDatabase(flags.reuse)
    : await createThrowawayDatabase(flags["database-url"], "api");
  try {
    console.log(
      flags.reuse
        ? `\n[postgres] database ${database.name} as an earlier run left it`
        : `\n[postgres] database ${database.name}: seeds and ${articleCount} generated articles, ` +
            `ingest concurrency ${POSTGRES_INGESTS}…`,
    );
    const started = performance.now();
    const db = await openDatabase({ kind: "postgres", url: database.url });
    let statements: Map<Shape, number>;
    try {
      const stored = flags.reuse ? "no" : await seedDatabase(db, POSTGRES_INGESTS);
      const totals = await db.withSession((s) => s.query(TOTALS_SQL));
      console.log(
        `[postgres] ${stored} articles stored in ${round((performance.now() - started) / 1000)} s:`,
        totals[0],
      );
      statements = await countStatements(db, flags.peer ? [...SHAPES, REDUCED] : SHAPES);
    } finally {
      await db.close();
    }
    const split: CoreSplit | null = flags["split-cores"] ? await splitCores(database.url) : null;
    if (split) console.log(`[postgres] cores: ${split.description}`);
    const sql = new pg.Pool({ connectionString: database.url, max: connections });
    // DROP DATABASE … WITH (FORCE) may still find a client that end() is closing.
    sql.on("error", () => undefined);
    try {
      // Named, so each connection prepares a floor statement once, as the server does its
      // compiled ones: neither side parses and plans its statement again on every request.
      const floorNames = new Map<Shape, string>();
      const floorName = (shape: Shape) => {
        let name = floorNames.get(shape);
        if (!name) floorNames.set(shape, (name = `floor_${floorNames.size}`));
        return name;
      };
      const runFloor = async (shape: Shape) =>
        (
          await sql.query<[string]>({
            text: asText(shape.sql),
            rowMode: "array",
            name: floorName(shape),
          })
        ).rows[0]![0];
      const floorItems = await floorItemsOf(runFloor);
      const backends = async () =>
        (
          await sql.query<{ pid: number }>(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
          )
        ).rows.map((r) => r.pid);
      console.log(
        `[postgres] API through the server and the SQL floor through node-postgres, ` +
          `${rounds} alternating rounds; ${describeLoad()}`,
      );
      const server = await startServer({ ...serverEnv, DATABASE_URL: database.url });
      let runs: Map<Shape, ShapeRuns>;
      try {
        runs = await driveShapes(server, backends, floorItems, runFloor);
      } finally {
        await stopServer(server);
      }
      console.log(`[postgres] dashboard polls with the response cache on; ${describeLoad()}`);
      const cached = await driveCachedPolls(
        { ...cachedServerEnv, DATABASE_URL: database.url },
        backends,
      );
      const peer = flags.peer
        ? await comparePeer(database.url, runFloor, backends, statements.get(REDUCED)!)
        : null;
      return { results: resultsOf(statements, runs), cached, peer };
    } finally {
      await sql.end();
      split?.restore();
    }
  } finally {
    if (flags.keep) console.log(`[postgres] kept database ${database.name}`);
    else await database.drop();
  }
}

const noBackends = () => Promise.resolve([]);

async function benchPGlite(): Promise<BackendResult> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "newsgraph-bench-api-"));
  try {
    console.log(
      `\n[pglite] ${dataDir}: seeds and ${articleCount} generated articles, ingest concurrency 1…`,
    );
    const started = performance.now();
    // Where the server looks for it with DATA_DIR=dataDir (src/db/open.ts).
    const db = await openDatabase({ kind: "pglite", dataDir: path.join(dataDir, "pglite") });
    let statements: Map<Shape, number>;
    let floorItems: Map<Shape, string>;
    let floors: Map<Shape, Phase>;
    try {
      const stored = await seedDatabase(db, 1);
      const totals = await db.withSession((s) => s.query(TOTALS_SQL));
      console.log(
        `[pglite] ${stored} articles stored in ${round((performance.now() - started) / 1000)} s:`,
        totals[0],
      );
      statements = await countStatements(db, SHAPES);
      const runFloor = async (shape: Shape) => {
        const [row] = await db.withSession((s) => s.query<{ j: string }>(asText(shape.sql)));
        return row!.j;
      };
      floorItems = await floorItemsOf(runFloor);
      // PGlite has one owner: the floor runs here, before the server opens the directory.
      console.log(`[pglite] SQL floor in this process on the same PGlite; ${describeLoad()}`);
      floors = await driveFloor(runFloor);
    } finally {
      await db.close();
    }
    console.log(`[pglite] API through the server (DATA_DIR=${dataDir}); ${describeLoad()}`);
    const server = await startServer({ ...serverEnv, DATABASE_URL: "", DATA_DIR: dataDir });
    let runs: Map<Shape, ShapeRuns>;
    try {
      // PGlite runs inside the server process: its CPU time is the server's.
      runs = await driveShapes(server, noBackends, floorItems, null);
    } finally {
      await stopServer(server);
    }
    console.log(`[pglite] dashboard polls with the response cache on; ${describeLoad()}`);
    const cached = await driveCachedPolls(
      { ...cachedServerEnv, DATABASE_URL: "", DATA_DIR: dataDir },
      noBackends,
    );
    return { results: resultsOf(statements, runs, floors), cached, peer: null };
  } finally {
    if (flags.keep) console.log(`[pglite] kept ${dataDir}`);
    else await rm(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  console.log(
    `${articleCount} articles; ${SHAPES.length} shape(s); ${connections} connections; ` +
      `${durationS} s per phase after ${WARMUP_S} s of warm-up; ${describeLoad()}`,
  );
  let exitCode = 0;
  const verdicts: string[] = [];
  for (const backend of backends) {
    const { results, cached, peer } =
      backend === "postgres" ? await benchPostgres() : await benchPGlite();
    const table: Record<string, Record<string, number | string>> = {};
    for (const { shape, statements, api, apiCpuMs, floor, roundRatios, items } of results) {
      const apiP50 = percentile(api.latencies, 50);
      const apiP99 = percentile(api.latencies, 99);
      const sqlP50 = percentile(floor.latencies, 50);
      const sqlP99 = percentile(floor.latencies, 99);
      table[shape.name] = {
        "API req/s": round(api.count / api.elapsedS),
        "API p50 ms": round(apiP50),
        "API p99 ms": round(apiP99),
        "SQL stmts/req": statements,
        "API CPU ms/req": round(apiCpuMs / api.count, 2),
        "floor req/s": round(floor.count / floor.elapsedS),
        "floor p50 ms": round(sqlP50, 2),
        "floor p99 ms": round(sqlP99, 2),
        "p50 ratio": round(apiP50 / sqlP50, 2),
        "p99 ratio": round(apiP99 / sqlP99, 2),
        "p50 ratio per round": roundRatios.map((r) => round(r, 2)).join(" / ") || "-",
        errors: api.errors + floor.errors,
      };
      const [apiItems, sqlItems] = items.split(" / ");
      console.log(
        `[${backend}] ${shape.name}: ${apiItems === sqlItems ? `items ${apiItems}` : `ITEMS DIFFER, API ${apiItems}, SQL ${sqlItems}`}`,
      );
      for (const [side, phase] of [
        ["API", api],
        ["SQL", floor],
      ] as const) {
        if (phase.errors > 0) {
          exitCode = 1;
          console.log(
            `[${backend}] ${shape.name} (${side}): ${phase.errors} errors, first: ${phase.firstError}`,
          );
        }
      }
      const target = backend === "postgres" ? TARGET_RATIOS.get(shape.name) : undefined;
      if (target !== undefined) {
        const ratio = apiP50 / sqlP50;
        verdicts.push(
          `target ${shape.name} p50 within ${target}x of the SQL floor on PostgreSQL` +
            `${flags["split-cores"] ? " (database on a core of its own)" : ""}: ` +
            `${round(ratio, 2)}x, ${ratio <= target ? "met" : "NOT met"}`,
        );
      }
    }
    console.log(`\n${backend}:`);
    console.table(table);
    console.log(describeLoad());

    const uncached = results.find((r) => r.shape === DASHBOARD)!;
    const cacheRatio =
      cached.phase.count / cached.phase.elapsedS / (uncached.api.count / uncached.api.elapsedS);
    const cpuRatio =
      uncached.apiCpuMs / uncached.api.count / (cached.cpuMs / Math.max(1, cached.phase.count));
    console.log(
      `\n[${backend}] dashboard polls with the response cache on: ` +
        `${round(cached.phase.count / cached.phase.elapsedS)} req/s, ` +
        `p50 ${round(percentile(cached.phase.latencies, 50), 2)} ms, ` +
        `p99 ${round(percentile(cached.phase.latencies, 99), 2)} ms, ${cached.phase.errors} errors; ` +
        `${round(cacheRatio, 1)}x the uncached throughput; CPU per request (server + database) ` +
        `${round(cached.cpuMs / Math.max(1, cached.phase.count), 2)} ms against ` +
        `${round(uncached.apiCpuMs / uncached.api.count, 2)} ms uncached (${round(cpuRatio, 1)}x less)`,
    );
    if (cached.phase.errors > 0) exitCode = 1;
    verdicts.push(
      `target cached polls >= ${TARGET_CACHE_RATIO}x the uncached throughput on ${backend}: ` +
        `${round(cacheRatio, 1)}x, ${cacheRatio >= TARGET_CACHE_RATIO ? "met" : "NOT met"}`,
    );

    if (peer) {
      const peerTable: Record<string, Record<string, number | string>> = {};
      const summary = {} as Record<Side, { rate: number; p50: number }>;
      for (const [side, phases] of Object.entries(peer.phases) as [Side, Phase[]][]) {
        const latencies = phases.flatMap((p) => p.latencies).sort((a, b) => a - b);
        const count = phases.reduce((n, p) => n + p.count, 0);
        const rate = count / phases.reduce((n, p) => n + p.elapsedS, 0);
        const errors = phases.reduce((n, p) => n + p.errors, 0);
        summary[side] = { rate, p50: percentile(latencies, 50) };
        const { serverMs, databaseMs } = peer.cpu[side];
        peerTable[side] = {
          "req/s": round(rate),
          "server CPU ms/req": side === "SQL floor" ? "-" : round(serverMs / count, 2),
          "database CPU ms/req": round(databaseMs / count, 2),
          "req/s per round": phases.map((p) => round(p.count / p.elapsedS)).join(" / "),
          "p50 ms": round(percentile(latencies, 50), 2),
          "p99 ms": round(percentile(latencies, 99), 2),
          items: peer.items[side],
          errors,
        };
        if (errors > 0) {
          exitCode = 1;
          console.log(
            `[${backend}] ${side}: ${errors} errors, first: ${phases.find((p) => p.firstError)?.firstError}`,
          );
        }
      }
      const { newsgraph, PostGraphile, "SQL floor": floor } = summary;
      console.log(
        `\n${backend}, reduced dashboard (50 events, location, participants with entity), ` +
          `${rounds} alternating rounds; newsgraph ${peer.statements} SQL statement(s) per request:`,
      );
      console.table(peerTable);
      console.log(peer.load);
      const peerRatio = newsgraph.rate / PostGraphile.rate;
      console.log(
        `throughput newsgraph / PostGraphile ${round(peerRatio, 2)}x; p50 newsgraph / floor ` +
          `${round(newsgraph.p50 / floor.p50, 2)}x, PostGraphile / floor ${round(PostGraphile.p50 / floor.p50, 2)}x`,
      );
      const cpuPerRequest = (side: Side) => {
        const count = peer.phases[side].reduce((n, p) => n + p.count, 0);
        return (peer.cpu[side].serverMs + peer.cpu[side].databaseMs) / count;
      };
      console.log(
        `CPU per request (server + database) PostGraphile / newsgraph ` +
          `${round(cpuPerRequest("PostGraphile") / cpuPerRequest("newsgraph"), 2)}x`,
      );
      if (new Set(Object.values(peer.items)).size !== 1)
        console.log("ITEMS DIFFER between the sides");
      verdicts.push(
        `target newsgraph >= ${TARGET_PEER_RATIO}x PostGraphile's throughput on the reduced document: ` +
          `${round(peerRatio, 2)}x, ${peerRatio >= TARGET_PEER_RATIO ? "met" : "NOT met"}`,
      );
    }
  }
  for (const verdict of verdicts) console.log(verdict);
  process.exitCode = exitCode;
}

await main();
// Everything measured is printed; a pool or timer left open by a peer must not keep the run alive.
process.exit();
