/**
 * API read benchmark: the dashboard's query shapes against a seeded
 * PostgreSQL database, through the real server over loopback, each shape on
 * its own for an equal share of the duration with N concurrent connections.
 * Then the same for a hand-written SQL query per shape that returns the
 * equivalent data in one statement (node-postgres, N pooled connections): the
 * floor the API is compared with. Prints req/s, p50/p99 per shape and the
 * ratio API / SQL floor.
 *
 *   npx tsx bench/api.ts [--duration 20] [--connections 20] [--articles 200]
 *                        [--database-url postgresql://postgres@127.0.0.1:5432/postgres]
 *                        [--log-level info] [--keep]
 *
 * A throwaway database is created on the server of --database-url (default
 * DATABASE_URL or the local server), loaded with seeds/ and --articles
 * generated articles (bench/corpus.ts) through the ingest service, and
 * dropped at the end unless --keep. The server runs as a child process with
 * the default configuration (log level info: one log line per request).
 * Exits 1 when a request failed.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase } from "../src/db/client.js";
import { ingestArticle } from "../src/ingest/ingest.js";
import { loadSeeds } from "../src/ingest/seed.js";
import { generateArticles, loadSources } from "./corpus.js";
import { createThrowawayDatabase, describeLoad, percentile, round } from "./support.js";

const { values: flags } = parseArgs({
  options: {
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "20" },
    articles: { type: "string", default: "200" },
    "database-url": {
      type: "string",
      default: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    },
    "log-level": { type: "string", default: "info" },
    keep: { type: "boolean", default: false },
  },
});
const durationS = Number(flags.duration);
const connections = Number(flags.connections);
const articleCount = Number(flags.articles);
if (!(durationS > 0) || !(connections > 0) || !(articleCount >= 0)) {
  throw new Error("--duration and --connections must be positive, --articles at least 0");
}

const ROOT = path.resolve(import.meta.dirname, "..");
/** Requests in this first part of each phase warm up and are not counted. */
const WARMUP_S = 0.5;
/** All shapes in turn before the first phase. */
const WARMUP_ALL_S = 3;

interface Shape {
  name: string;
  /** The GraphQL document the dashboard sends. */
  query: string;
  /** Top-level items in a GraphQL response, compared with the SQL floor's. */
  apiItems: (data: Record<string, unknown>) => number;
  /** One hand-written statement returning the same data; its first column is JSON. */
  sql: string;
  sqlItems: (json: unknown) => number;
}

const edgesOf = (field: string) => (data: Record<string, unknown>) =>
  (data[field] as { edges: unknown[] }).edges.length;
const lengthOf = (field: string) => (data: Record<string, unknown>) =>
  (data[field] as unknown[]).length;
const itemsOf = (json: unknown) => (json as { items: unknown[] | null }).items?.length ?? 0;
const arrayLength = (json: unknown) => (json as unknown[] | null)?.length ?? 0;

// The SQL mirrors each resolver's order, page size and fields; ids stay
// numeric and labels are left to the client, which is all the API adds.
const SHAPES: Shape[] = [
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
          (SELECT json_agg(json_build_object('role', p.role,
                   'entity', json_build_object('id', n.id, 'name', n.name, 'type', n.type))
                 ORDER BY p.role, p.id)
             FROM event_participant p JOIN entity n ON n.id = p.entity_id
             WHERE p.event_id = e.id) AS participants,
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
        SELECT n.id, n.name, n.type, n.description, c.mention_count,
          (SELECT json_agg(a.alias ORDER BY a.id) FROM entity_alias a WHERE a.entity_id = n.id) AS aliases,
          (SELECT count(DISTINCT p.event_id) FROM event_participant p WHERE p.entity_id = n.id) AS event_count,
          (SELECT json_agg(json_build_object('id', e.id, 'code', e.code, 'date', e.date, 'summary', e.summary)
                  ORDER BY e.id DESC)
             FROM event e WHERE e.id IN (
               SELECT DISTINCT p.event_id FROM event_participant p WHERE p.entity_id = n.id
               ORDER BY p.event_id DESC LIMIT 5)) AS events
        FROM (SELECT n.id, count(m.id) AS mention_count FROM entity n
              LEFT JOIN mention m ON m.entity_id = n.id
              GROUP BY n.id ORDER BY count(m.id) DESC, n.id LIMIT 20) c
        JOIN entity n ON n.id = c.id) x))`,
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
    sql: `SELECT json_agg(x ORDER BY x.bucket) FROM (
      SELECT bucket, sum(n)::int AS total,
             json_agg(json_build_object('code', code, 'count', n) ORDER BY n DESC, code) AS by_type
      FROM (SELECT date_trunc('day', e.date)::date AS bucket, e.code, count(*)::int AS n
            FROM event e WHERE e.date IS NOT NULL AND e.date_precision = 'DAY'
            GROUP BY 1, 2) per_type
      GROUP BY bucket) x`,
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

async function startServer(databaseUrl: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: "0",
      HOST: "127.0.0.1",
      SEED: "false",
      LOG_LEVEL: flags["log-level"],
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = /"port":(\d+)/.exec(output);
      if (match) {
        child.stdout.off("data", onData);
        child.stdout.resume(); // keep draining request logs
        resolve(Number(match[1]));
      }
    };
    child.stdout.on("data", onData);
    child.once("exit", (code) =>
      reject(new Error(`server exited (${code}) before listening: ${output}`)),
    );
  });
  return {
    port,
    stop: () =>
      new Promise<number | null>((resolve) => {
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}

interface Phase {
  count: number;
  errors: number;
  firstError: string | null;
  latencies: number[];
  elapsedS: number;
}

/**
 * Runs `request` from `connections` workers for `seconds`; requests started
 * in the first WARMUP_S seconds are not counted.
 */
async function drive(seconds: number, request: () => Promise<void>): Promise<Phase> {
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
        failed = (error as Error).message.split("\n")[0]!;
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

async function seedDatabase(url: string) {
  const db = await openDatabase({ kind: "postgres", url });
  try {
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
    await Promise.all(Array.from({ length: 4 }, worker));
    return seeded.ingested + articles.length;
  } finally {
    await db.close();
  }
}

async function main() {
  const database = await createThrowawayDatabase(flags["database-url"], "api");
  let exitCode = 0;
  try {
    console.log(`database ${database.name}: loading seeds and ${articleCount} generated articles…`);
    const seedStarted = performance.now();
    const stored = await seedDatabase(database.url);
    const sql = new pg.Pool({ connectionString: database.url, max: connections });
    const [totals] = (
      await sql.query<Record<string, number>>(
        `SELECT (SELECT count(*)::int FROM article) AS articles, (SELECT count(*)::int FROM entity) AS entities,
                (SELECT count(*)::int FROM event) AS events, (SELECT count(*)::int FROM quote) AS quotes,
                (SELECT count(*)::int FROM mention) AS mentions`,
      )
    ).rows;
    console.log(
      `${stored} articles stored in ${round((performance.now() - seedStarted) / 1000)} s:`,
      totals,
    );

    const server = await startServer(database.url);
    const endpoint = `http://127.0.0.1:${server.port}/graphql`;
    const post = async (query: string) => {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const json = (await response.json()) as {
        data?: Record<string, unknown>;
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      if (response.status !== 200 || json.errors || !json.data) {
        const error = json.errors?.[0];
        throw new Error(
          `HTTP ${response.status} ${error?.extensions?.code ?? ""} ${error?.message ?? ""}`.trim(),
        );
      }
      return json.data;
    };

    // A fresh server compiles, plans and JITs on its first requests of each shape.
    let turn = 0;
    await drive(WARMUP_ALL_S - WARMUP_S, async () => {
      await post(SHAPES[turn++ % SHAPES.length]!.query);
    });
    const perShapeS = durationS / SHAPES.length;
    console.log(
      `\n${SHAPES.length} shapes, ${connections} connections, ${round(perShapeS)} s each ` +
        `(after ${WARMUP_S} s of warm-up; ${WARMUP_ALL_S} s of all shapes before the first) through the API, ` +
        `then the same on the SQL floor; ${describeLoad()}`,
    );
    const runFloor = async (shape: Shape) =>
      (await sql.query<unknown[]>({ text: shape.sql, rowMode: "array" })).rows[0]?.[0];
    const apiRuns: { shape: Shape; api: Phase; items: string }[] = [];
    try {
      for (const shape of SHAPES) {
        // Both sides must answer, and with as many items, before anything is timed.
        const items = `${shape.apiItems(await post(shape.query))} / ${shape.sqlItems(await runFloor(shape))}`;
        const api = await drive(perShapeS, async () => {
          await post(shape.query);
        });
        apiRuns.push({ shape, api, items });
      }
    } finally {
      const exit = await server.stop();
      if (exit !== 0) console.log(`server exited with ${exit}`);
    }
    // The floor runs once the server has stopped, so it has the machine to itself as the API did.
    const results: { shape: Shape; api: Phase; floor: Phase; items: string }[] = [];
    for (const run of apiRuns) {
      const floor = await drive(perShapeS, async () => {
        await runFloor(run.shape);
      });
      results.push({ ...run, floor });
    }
    await sql.end();

    const table: Record<string, Record<string, number | string>> = {};
    let requests = 0;
    let seconds = 0;
    for (const { shape, api, floor, items } of results) {
      const apiP50 = percentile(api.latencies, 50);
      const apiP99 = percentile(api.latencies, 99);
      const sqlP50 = percentile(floor.latencies, 50);
      const sqlP99 = percentile(floor.latencies, 99);
      requests += api.count;
      seconds += api.elapsedS;
      table[shape.name] = {
        "API req/s": round(api.count / api.elapsedS),
        "API p50 ms": round(apiP50),
        "API p99 ms": round(apiP99),
        "SQL req/s": round(floor.count / floor.elapsedS),
        "SQL p50 ms": round(sqlP50, 2),
        "SQL p99 ms": round(sqlP99, 2),
        "p50 ratio": round(apiP50 / sqlP50),
        "p99 ratio": round(apiP99 / sqlP99),
        "items API/SQL": items,
        errors: api.errors + floor.errors,
      };
      for (const [side, phase] of [
        ["API", api],
        ["SQL", floor],
      ] as const) {
        if (phase.errors > 0) {
          exitCode = 1;
          console.log(
            `${shape.name} (${side}): ${phase.errors} errors, first: ${phase.firstError}`,
          );
        }
      }
    }
    console.table(table);
    console.log(
      `API overall: ${round(requests / seconds)} req/s over ${round(seconds)} s; ${describeLoad()}`,
    );
  } finally {
    if (!flags.keep) await database.drop();
  }
  process.exitCode = exitCode;
}

await main();
