/**
 * Load benchmark: starts newsgraph on PostgreSQL as a child process, drives
 * mixed reads and ingests over loopback for a bounded time, then prints
 * throughput, latency percentiles, errors and an integrity check.
 *
 *   npx tsx bench/load.ts [--duration 60] [--connections 50] [--read-share 0.8]
 *                         [--database-url postgresql://postgres@127.0.0.1:5432/postgres] [--keep]
 *
 * A throwaway database is created on the server and dropped afterwards
 * (unless --keep). Exits 1 when there were errors or integrity violations.
 */
import { createHash, randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { createThrowawayDatabase, percentile, startServer } from "./support.js";

const { values: flags } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "50" },
    "read-share": { type: "string", default: "0.8" },
    "database-url": {
      type: "string",
      default: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    },
    keep: { type: "boolean", default: false },
  },
});
const durationS = Number(flags.duration);
const connections = Number(flags.connections);
const readShare = Number(flags["read-share"]);
if (!(durationS > 0) || !(connections > 0) || !(readShare >= 0 && readShare <= 1)) {
  throw new Error("--duration and --connections must be positive, --read-share within 0..1");
}

const API_KEY = randomBytes(24).toString("hex");

const READS = [
  `query Events { events(first: 20) { totalCount edges { node { label date participants { role entity { name } } articles { title } } } } }`,
  `query Entities { entities(first: 20) { totalCount edges { node { name type aliases mentionCount } } } }`,
  `query Articles { articles(first: 10) { edges { node { title source publishedAt quotes(first: 5) { edges { node { text speaker { name } } } } } } } }`,
  `query Quotes { quotes(first: 10) { edges { node { text verb speaker { name } article { title } } } } }`,
];

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { __typename ... on MutationIngestArticleSuccess { data { id } } ... on Error { code message } }
}`;

const PEOPLE = [
  ["Anna", "Berg"],
  ["Karl", "Stein"],
  ["Maria", "Lopez"],
  ["Yusuf", "Demir"],
  ["Elena", "Petrova"],
  ["Tomas", "Novak"],
  ["Grace", "Mensah"],
  ["Hiroshi", "Tanaka"],
  ["Lucia", "Ferrari"],
  ["Omar", "Haddad"],
] as const;
const PLACES = ["Geneva", "Vienna", "Oslo", "Nairobi", "Lima", "Hanoi", "Warsaw", "Dakar"];
const ROLES = ["Foreign Minister", "envoy", "Defence Minister", "Trade Minister"];
const AGENCIES = ["Reuters", "AP", "AFP", "UPI"];

/** A plausible, unique wire story; names and places repeat across stories so entities and events merge. */
function makeArticle(n: number) {
  const pick = <T>(items: readonly T[], salt: number): T =>
    items[(n * 7 + salt * 13) % items.length]!;
  const [aFirst, aLast] = pick(PEOPLE, 1);
  let [bFirst, bLast] = pick(PEOPLE, 2);
  if (aLast === bLast)
    [bFirst, bLast] = PEOPLE[(PEOPLE.findIndex(([, l]) => l === aLast) + 1) % PEOPLE.length]!;
  const place = pick(PLACES, 3);
  const day = String((n % 28) + 1).padStart(2, "0");
  const text =
    `${aLast} and ${bLast} meet in ${place}\n\n` +
    `${place.toUpperCase()} (${pick(AGENCIES, 4)}) - ${pick(ROLES, 5)} ${aFirst} ${aLast} met ` +
    `${pick(ROLES, 6)} ${bFirst} ${bLast} in ${place} on Monday to discuss a trade agreement, officials said.\n\n` +
    `"We have made real progress," ${aLast} told reporters after the talks. ` +
    `${bLast} said negotiators would meet again next month. (Story ${n}-${randomBytes(4).toString("hex")})`;
  return { text, publishedAt: `2024-03-${day}` };
}

interface Sample {
  kind: "read" | "ingest";
  ms: number;
}

async function main() {
  const database = await createThrowawayDatabase(flags["database-url"], "load");
  console.log(`database ${database.name}; starting server (migrations, seeds)…`);
  const server = await startServer({
    DATABASE_URL: database.url,
    SEED: "true",
    NEWSGRAPH_API_KEY: API_KEY,
  });
  const endpoint = `http://127.0.0.1:${server.port}/graphql`;
  const samples: Sample[] = [];
  const errors = new Map<string, number>();
  const acknowledged = new Map<number, string>();
  const noteError = (what: string) => errors.set(what, (errors.get(what) ?? 0) + 1);
  let articleNumber = 0;

  const send = async (body: unknown) => {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${API_KEY}` },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      json: (await response.json()) as {
        data?: {
          ingestArticle?: { __typename: string; code?: string; data?: { id: string } };
        };
        errors?: { extensions?: { code?: string } }[];
      },
    };
  };

  const deadline = performance.now() + durationS * 1000;
  const worker = async (id: number) => {
    let turn = 0;
    while (performance.now() < deadline) {
      turn++;
      const isRead = (id * 31 + turn * 17) % 100 < readShare * 100;
      const started = performance.now();
      try {
        if (isRead) {
          const query = READS[(id + turn) % READS.length]!;
          const { status, json } = await send({ query });
          if (status !== 200 || json.errors) {
            noteError(`read ${status} ${json.errors?.[0]?.extensions?.code ?? ""}`.trim());
            continue;
          }
        } else {
          const n = articleNumber++;
          const article = makeArticle(n);
          const { status, json } = await send({ query: INGEST, variables: { input: article } });
          const outcome = json.data?.ingestArticle;
          if (
            status !== 200 ||
            json.errors ||
            outcome?.__typename !== "MutationIngestArticleSuccess"
          ) {
            noteError(
              `ingest ${status} ${json.errors?.[0]?.extensions?.code ?? outcome?.code ?? ""}`.trim(),
            );
            continue;
          }
          acknowledged.set(n, createHash("sha256").update(article.text).digest("hex"));
        }
        samples.push({ kind: isRead ? "read" : "ingest", ms: performance.now() - started });
      } catch (error) {
        noteError(`transport ${(error as Error).message}`);
      }
    }
  };
  const startedAt = performance.now();
  await Promise.all(Array.from({ length: connections }, (_, i) => worker(i)));
  const elapsedS = (performance.now() - startedAt) / 1000;
  const exitCode = await server.stop();

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const scalar = async (sql: string) => Number((await client.query(sql)).rows[0]?.n ?? Number.NaN);
  const storedHashes = new Set(
    (await client.query<{ h: string }>(`SELECT content_hash AS h FROM article`)).rows.map(
      (r) => r.h,
    ),
  );
  const integrity = {
    "acknowledged articles missing": [...acknowledged.values()].filter((h) => !storedHashes.has(h))
      .length,
    "duplicate entities (same type and key)": await scalar(
      `SELECT count(*) AS n FROM (SELECT 1 FROM entity GROUP BY type, key HAVING count(*) > 1) d`,
    ),
    // One article may report two events with the same people; a duplicate is the
    // same event stored separately for different articles (a merge lost to a race).
    "duplicate events (same code, day, location, participants; different articles)": await scalar(
      `SELECT count(*) AS n FROM (
         SELECT 1 FROM (
           SELECT e.code, e.anchor_date, e.location_id,
                  (SELECT array_agg(p.entity_id ORDER BY p.entity_id, p.role)
                   FROM event_participant p WHERE p.event_id = e.id) AS who,
                  (SELECT array_agg(DISTINCT m.article_id)
                   FROM event_mention m WHERE m.event_id = e.id) AS reports
           FROM event e) x
         GROUP BY code, anchor_date, location_id, who
         HAVING count(*) > 1 AND count(DISTINCT reports) > 1) d`,
    ),
    "duplicate event participants": await scalar(
      `SELECT count(*) AS n FROM (SELECT 1 FROM event_participant GROUP BY event_id, entity_id, role HAVING count(*) > 1) d`,
    ),
    "events without a report": await scalar(
      `SELECT count(*) AS n FROM event e WHERE NOT EXISTS (SELECT 1 FROM event_mention m WHERE m.event_id = e.id)`,
    ),
    "articles without mentions": await scalar(
      `SELECT count(*) AS n FROM article a WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.article_id = a.id)`,
    ),
  };
  const totals = {
    articles: await scalar(`SELECT count(*) AS n FROM article`),
    entities: await scalar(`SELECT count(*) AS n FROM entity`),
    events: await scalar(`SELECT count(*) AS n FROM event`),
  };
  await client.end();
  if (!flags.keep) await database.drop();

  const summarize = (kind?: Sample["kind"]) => {
    const ms = samples
      .filter((s) => !kind || s.kind === kind)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
    return {
      requests: ms.length,
      "per s": Math.round((ms.length / elapsedS) * 10) / 10,
      "p50 ms": Math.round(percentile(ms, 50) * 10) / 10,
      "p99 ms": Math.round(percentile(ms, 99) * 10) / 10,
    };
  };
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  const violations = Object.values(integrity).reduce((a, b) => a + b, 0);
  console.log(
    `\n${connections} connections, ${elapsedS.toFixed(1)} s, read share ${readShare}, server exit ${exitCode}`,
  );
  console.table({ all: summarize(), reads: summarize("read"), ingests: summarize("ingest") });
  console.log(`errors: ${errorCount}`, errorCount ? Object.fromEntries(errors) : "");
  console.log(`acknowledged ingests: ${acknowledged.size}; stored totals:`, totals);
  console.log("integrity:", integrity);
  console.log(`integrity violations: ${violations}`);
  process.exitCode = errorCount > 0 || violations > 0 ? 1 : 0;
}

await main();
