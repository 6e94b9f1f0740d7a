/**
 * Load benchmark: starts newsgraph on PostgreSQL as a child process, drives
 * mixed reads and ingests over loopback for a bounded time, then prints
 * throughput, latency percentiles, errors and an integrity check.
 *
 *   npx tsx bench/load.ts [--duration 60] [--connections 50] [--read-share 0.8] [--hostile 0.05]
 *                         [--rounds 2] [--database-url postgresql://postgres@127.0.0.1:5432/postgres] [--keep]
 *
 * With --hostile S (> 0) it runs two kinds of phase against the same server, --duration in all
 * for each: the plain mix, and the same mix with a share S of the requests replaced by refused
 * cases of the bad-input corpus (tests/bad-input/cases.ts), alternating over --rounds rounds
 * (bench/hostile.ts), and compares their throughput and the server's peak RSS. A hostile
 * request that gets HTTP 5xx or no answer counts as a crash. The first --warmup seconds
 * (default 5) run the plain mix unmeasured, so that no phase pays for a cold server.
 *
 * With --workers N [--worker-concurrency 2] [--big-every 5] [--worker-nice 0,10] [--rounds 3]
 * [--kinds server,queue,big] the server answers reads only and ingests go through the durable
 * queue to N `newsgraph worker` processes (bench/load-workers.ts): reads-only phases alternate
 * with ingest phases, --duration seconds each, for --rounds rounds; --worker-nice runs the queue
 * phases once per WORKER_NICE value (default: the worker's own default); a value pN runs the whole
 * worker process at niceness N (`nice -n N`), not only its extraction threads.
 *
 * A throwaway database is created on the server and dropped afterwards
 * (unless --keep). Exits 1 when there were errors or integrity violations.
 */
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { BAD_INPUT_CASES, type BadInputCase } from "../tests/bad-input/cases.js";
import { graphIntegrity } from "./integrity.js";
import { API_KEY, READS, makeArticle } from "./load-mix.js";
import { describeThroughputRatio, phaseSchedule } from "./hostile.js";
import {
  createThrowawayDatabase,
  describeLoad,
  percentile,
  rssMbOf,
  startServer,
} from "./support.js";

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
    hostile: { type: "string", default: "0" },
    workers: { type: "string", default: "0" },
    "worker-concurrency": { type: "string", default: "2" },
    "big-every": { type: "string", default: "5" },
    rounds: { type: "string" },
    warmup: { type: "string", default: "5" },
    "worker-nice": { type: "string", default: "" },
    kinds: { type: "string", default: "server,queue,big" },
  },
});
const hostileShare = Number(flags.hostile);
if (!(hostileShare >= 0 && hostileShare <= 0.5)) throw new Error("--hostile must be within 0..0.5");
// Refused cases only: a hostile article that is stored would not be in `acknowledged`.
const HOSTILE = BAD_INPUT_CASES.filter((c) => !("stored" in c.expected));
const durationS = Number(flags.duration);
const connections = Number(flags.connections);
const readShare = Number(flags["read-share"]);
if (!(durationS > 0) || !(connections > 0) || !(readShare >= 0 && readShare <= 1)) {
  throw new Error("--duration and --connections must be positive, --read-share within 0..1");
}

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { __typename ... on MutationIngestArticleSuccess { data { id } } ... on Error { code message } }
}`;

interface Sample {
  kind: "read" | "ingest" | "hostile";
  phase: "plain" | "hostile";
  ms: number;
}

async function main() {
  const database = await createThrowawayDatabase(flags["database-url"], "load");
  console.log(`database ${database.name}; starting server (migrations, seeds)…`);
  const server = await startServer({
    DATABASE_URL: database.url,
    SEED: "true",
    NEWSGRAPH_API_KEY: API_KEY,
    // Every connection comes from 127.0.0.1: the per-client limits would measure themselves.
    RATE_LIMIT_READS_PER_SECOND: "0",
    RATE_LIMIT_WRITES_PER_SECOND: "0",
    // Every ingest empties the response cache, so with it on a reads-only run would measure cache
    // hits against uncached reads in the others; bench/api.ts measures the cache on its own.
    RESPONSE_CACHE_MAX_BYTES: "0",
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

  const crashes = new Map<string, number>();
  const sendHostile = async (item: BadInputCase) => {
    const isJson = "json" in item.body;
    const response = await fetch(endpoint, {
      method: "POST",
      headers: {
        "content-type": isJson
          ? "application/json"
          : ((item.body as { contentType?: string }).contentType ?? "application/json"),
        authorization: `Bearer ${API_KEY}`,
      },
      body: isJson
        ? JSON.stringify((item.body as { json: unknown }).json)
        : rawBody((item.body as { raw: Uint8Array | string }).raw),
    });
    await response.arrayBuffer();
    return response.status;
  };

  const rawBody = (raw: Uint8Array | string): string | Blob =>
    typeof raw === "string" ? raw : new Blob([new Uint8Array(raw)]);

  let deadline = 0;
  const worker = async (id: number, phase: Sample["phase"]) => {
    let turn = 0;
    while (performance.now() < deadline) {
      turn++;
      const isRead = (id * 31 + turn * 17) % 100 < readShare * 100;
      const isHostile = phase === "hostile" && (id * 13 + turn * 7) % 1000 < hostileShare * 1000;
      const started = performance.now();
      try {
        if (isHostile) {
          const item = HOSTILE[(id + turn) % HOSTILE.length]!;
          const status = await sendHostile(item).catch(() => 0);
          if (status === 0 || status >= 500) {
            crashes.set(item.name, (crashes.get(item.name) ?? 0) + 1);
            continue;
          }
          samples.push({ kind: "hostile", phase, ms: performance.now() - started });
          continue;
        }
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
        samples.push({ kind: isRead ? "read" : "ingest", phase, ms: performance.now() - started });
      } catch (error) {
        noteError(`transport ${(error as Error).message}`);
      }
    }
  };
  const schedule = phaseSchedule(hostileShare, Number(flags.rounds ?? "2"));
  const phases = [...new Set(schedule)];
  const slotS = durationS / (schedule.length / phases.length);
  const peakRssMb: Record<string, number> = {};
  const elapsed: Record<string, number> = {};
  const loads: Record<string, string> = {};
  deadline = performance.now() + Number(flags.warmup) * 1000;
  await Promise.all(Array.from({ length: connections }, (_, i) => worker(i, "plain")));
  samples.length = 0;
  for (const phase of schedule) {
    const startedAt = performance.now();
    deadline = startedAt + slotS * 1000;
    let peak = rssMbOf(server.pid);
    const sampler = setInterval(() => (peak = Math.max(peak, rssMbOf(server.pid))), 500);
    await Promise.all(Array.from({ length: connections }, (_, i) => worker(i, phase)));
    clearInterval(sampler);
    peakRssMb[phase] = Math.max(peakRssMb[phase] ?? 0, peak, rssMbOf(server.pid));
    elapsed[phase] = (elapsed[phase] ?? 0) + (performance.now() - startedAt) / 1000;
    loads[phase] = describeLoad();
  }
  const elapsedS = phases.reduce((sum, phase) => sum + elapsed[phase]!, 0);
  // The server must still answer after the hostile phase.
  const healthy = await fetch(`http://127.0.0.1:${server.port}/health`).then(
    (r) => r.status === 200,
    () => false,
  );
  const exitCode = await server.stop();

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const scalar = async (sql: string) => Number((await client.query(sql)).rows[0]?.n ?? Number.NaN);
  const integrity = await graphIntegrity(client, acknowledged.values());
  const totals = {
    articles: await scalar(`SELECT count(*) AS n FROM article`),
    entities: await scalar(`SELECT count(*) AS n FROM entity`),
    events: await scalar(`SELECT count(*) AS n FROM event`),
  };
  await client.end();
  if (!flags.keep) await database.drop();

  const summarize = (kind?: Sample["kind"], phase?: Sample["phase"]) => {
    const seconds = phase ? elapsed[phase]! : elapsedS;
    const ms = samples
      .filter((s) => (!kind || s.kind === kind) && (!phase || s.phase === phase))
      .map((s) => s.ms)
      .sort((a, b) => a - b);
    return {
      requests: ms.length,
      "per s": Math.round((ms.length / seconds) * 10) / 10,
      "p50 ms": Math.round(percentile(ms, 50) * 10) / 10,
      "p99 ms": Math.round(percentile(ms, 99) * 10) / 10,
    };
  };
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  const violations = Object.values(integrity).reduce((a, b) => a + b, 0);
  console.log(
    `\n${connections} connections, ${elapsedS.toFixed(1)} s, read share ${readShare}, server exit ${exitCode}`,
  );
  const table: Record<string, ReturnType<typeof summarize>> = {};
  for (const phase of phases) {
    table[`${phase}: reads`] = summarize("read", phase);
    table[`${phase}: ingests`] = summarize("ingest", phase);
    if (phase === "hostile") table["hostile: bad inputs"] = summarize("hostile", phase);
  }
  console.table(table);
  for (const phase of phases) {
    console.log(`${phase} phase: peak server RSS ${peakRssMb[phase]} MB; ${loads[phase]}`);
  }
  if (hostileShare > 0) {
    const honest = (phase: Sample["phase"]) =>
      samples.filter((s) => s.phase === phase && s.kind !== "hostile").length / elapsed[phase]!;
    console.log(
      `honest requests/s with ${hostileShare * 100} % hostile / without: ` +
        `${describeThroughputRatio(honest("hostile"), honest("plain"))}; ` +
        `all requests/s: ${(summarize(undefined, "hostile")["per s"] / summarize(undefined, "plain")["per s"]).toFixed(3)}`,
    );
  }
  const crashCount = [...crashes.values()].reduce((a, b) => a + b, 0);
  console.log(
    `crashes (5xx or no answer to a bad input): ${crashCount}`,
    crashCount ? Object.fromEntries(crashes) : "",
    `; /health after the run: ${healthy ? "200" : "no answer"}`,
  );
  console.log(`errors: ${errorCount}`, errorCount ? Object.fromEntries(errors) : "");
  console.log(`acknowledged ingests: ${acknowledged.size}; stored totals:`, totals);
  console.log("integrity:", integrity);
  console.log(`integrity violations: ${violations}`);
  process.exitCode = errorCount > 0 || violations > 0 || crashCount > 0 || !healthy ? 1 : 0;
}

const workerCount = Number(flags.workers);
if (workerCount > 0) {
  // Ingests through the queue to separate worker processes (bench/load-workers.ts).
  const { KINDS, runWorkersLoad } = await import("./load-workers.js");
  const kinds = flags.kinds.split(",").map((kind) => kind.trim());
  if (!kinds.every((kind): kind is (typeof KINDS)[number] => KINDS.some((k) => k === kind))) {
    throw new Error(`--kinds takes a list of ${KINDS.join(", ")}`);
  }
  const niceness = flags["worker-nice"]
    ? flags["worker-nice"].split(",").map((value) => {
        const nice = Number(value.replace(/^p/, ""));
        if (!(Number.isInteger(nice) && nice >= 0 && nice <= 19)) {
          throw new Error("--worker-nice takes values from 0 to 19, or p0 to p19");
        }
        return value.trim();
      })
    : [null];
  process.exitCode = await runWorkersLoad({
    adminUrl: flags["database-url"],
    workers: workerCount,
    concurrency: Number(flags["worker-concurrency"]),
    durationS,
    connections,
    ingestClients: Math.max(1, Math.round(connections * (1 - readShare))),
    bigEveryS: Number(flags["big-every"]),
    workerNiceness: niceness,
    rounds: Number(flags.rounds ?? "3"),
    kinds,
    keep: flags.keep,
  });
} else {
  await main();
}
