/**
 * Ingest benchmark: generated ~800-word articles (bench/corpus.ts) through the
 * real ingest service, `ingestArticle` (extraction, then one transaction with
 * entity resolution and event merging across articles), into PostgreSQL and
 * into PGlite. Prints per backend articles/s, latency, peak memory, the rows
 * created, failures, and where the time went.
 *
 *   npx tsx bench/ingest.ts [--articles 1000] [--backend both|postgres|pglite]
 *                           [--concurrency N] (default as the CLI on PostgreSQL, 1 on PGlite)
 *                           [--database-url postgresql://postgres@127.0.0.1:5432/postgres]
 *                           [--pglite-disk] [--profile] [--words 800] [--seed 1] [--keep]
 *   npx tsx bench/ingest.ts --queue [--workers 1,2] [--concurrency 2] [--articles 200]
 *                           [--rounds 2] [--worker-nice 0]
 *
 * PostgreSQL gets a throwaway database on the server of --database-url
 * (default DATABASE_URL or the local server), dropped at the end unless
 * --keep. PGlite runs in memory, or in a temporary directory with
 * --pglite-disk. --profile adds PostgreSQL's round-trip time per kind of
 * statement (times are wall clock: at concurrency above 1 they overlap).
 * Exits 1 when an article failed.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase, type Database, type DatabaseTarget } from "../src/db/client.js";
import { DuplicateArticleError } from "../src/errors.js";
import { extract } from "../src/extract/pipeline.js";
import type { ExtractOptions } from "../src/extract/types.js";
import { defaultIngestConcurrency } from "../src/cli/ingest-command.js";
import { ingestArticle } from "../src/ingest/ingest.js";
import { generateArticles, loadSources, type GeneratedArticle } from "./corpus.js";
import {
  createThrowawayDatabase,
  describeLoad,
  percentile,
  round,
  sampleMemory,
} from "./support.js";

const { values: flags } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    backend: { type: "string", default: "both" },
    concurrency: { type: "string" },
    "database-url": {
      type: "string",
      default: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    },
    "pglite-disk": { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    words: { type: "string", default: "800" },
    seed: { type: "string", default: "1" },
    keep: { type: "boolean", default: false },
    queue: { type: "boolean", default: false },
    workers: { type: "string", default: "1,2" },
    rounds: { type: "string", default: "2" },
    "worker-nice": { type: "string", default: "0" },
  },
});
const count = Number(flags.articles);
const backends = flags.backend === "both" ? ["postgres", "pglite"] : [flags.backend];
if (!(count > 0) || !backends.every((b) => b === "postgres" || b === "pglite")) {
  throw new Error("--articles must be positive, --backend one of both, postgres, pglite");
}
const concurrencyOf = (backend: string) => {
  const given = flags.concurrency === undefined ? null : Number(flags.concurrency);
  if (given !== null && !(Number.isInteger(given) && given > 0)) {
    throw new Error("--concurrency must be a positive integer");
  }
  // PGlite is one connection: more workers only queue on it.
  return given ?? (backend === "postgres" ? defaultIngestConcurrency() : 1);
};

const TABLES = [
  "article",
  "entity",
  "entity_alias",
  "mention",
  "quote",
  "event",
  "event_participant",
  "event_mention",
];

/** "INSERT mention", "SELECT entity", "advisory locks": what a statement does to which table. */
function statementKind(sql: string): string {
  if (/pg_advisory_xact_lock/.test(sql)) return "advisory locks";
  if (/^\s*(BEGIN|COMMIT|ROLLBACK)\b/i.test(sql)) return sql.trim().split(/\s/)[0]!.toUpperCase();
  // The main statement, with subqueries and CTE bodies emptied: "SELECT … FROM entity e WHERE e.id IN {}".
  let text = sql.replace(/\s+/g, " ").trim();
  for (let before = ""; before !== text;) {
    before = text;
    text = text.replace(/\([^()]*\)/g, "{}");
  }
  text = text.replace(/^WITH (\w+ AS \{\},? ?)+/i, "");
  const verb = /^(SELECT|INSERT|UPDATE|DELETE)/i.exec(text)?.[1]?.toUpperCase() ?? "OTHER";
  const table = (
    verb === "INSERT"
      ? /INTO "?(?:public"?\.)?"?(\w+)/i
      : verb === "UPDATE"
        ? /UPDATE "?(?:public"?\.)?"?(\w+)/i
        : /FROM "?(?:public"?\.)?"?(\w+)/i
  ).exec(text)?.[1];
  return `${verb} ${table ?? "?"}`;
}

interface RunResult {
  backend: string;
  concurrency: number;
  elapsedS: number;
  latencies: number[];
  extractMs: number;
  cpuS: number;
  statements: number;
  failures: Map<string, number>;
  duplicates: number;
  memory: { rssMb: number; heapMb: number };
  rows: Record<string, number>;
  /** PostgreSQL only: pg round trips per kind of statement. */
  roundTrips: Map<string, { n: number; ms: number }>;
}

async function runBackend(
  backend: string,
  target: DatabaseTarget,
  articles: GeneratedArticle[],
): Promise<RunResult> {
  const concurrency = concurrencyOf(backend);
  const db: Database = await openDatabase(target);
  try {
    let statements = 0;
    db.sqlListeners.add(() => {
      statements += 1;
    });
    const roundTrips = new Map<string, { n: number; ms: number }>();
    const stopTiming =
      backend === "postgres"
        ? timePgStatements((sql, ms) => {
            const kind = statementKind(sql);
            const entry = roundTrips.get(kind) ?? { n: 0, ms: 0 };
            entry.n += 1;
            entry.ms += ms;
            roundTrips.set(kind, entry);
          })
        : () => undefined;

    let extractMs = 0;
    const timedExtract = (text: string, options: ExtractOptions) => {
      const t0 = performance.now();
      try {
        return extract(text, options);
      } finally {
        extractMs += performance.now() - t0;
      }
    };

    const latencies: number[] = [];
    const failures = new Map<string, number>();
    let duplicates = 0;
    let next = 0;
    const worker = async () => {
      while (next < articles.length) {
        const article = articles[next++]!;
        const t0 = performance.now();
        try {
          await ingestArticle(
            db.prisma,
            { text: article.text, publishedAt: article.publishedAt, source: article.source },
            timedExtract,
          );
          latencies.push(performance.now() - t0);
        } catch (error) {
          if (error instanceof DuplicateArticleError) duplicates += 1;
          else {
            const reason = ((error as Error).message ?? String(error)).split("\n")[0]!;
            failures.set(reason, (failures.get(reason) ?? 0) + 1);
          }
        }
      }
    };

    const memory = sampleMemory();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    const elapsedS = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const peaks = memory.stop();
    stopTiming();

    const rows = await db.withSession(async (session) => {
      const counts: Record<string, number> = {};
      for (const table of TABLES) {
        const [row] = await session.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
        counts[table] = row?.n ?? 0;
      }
      return counts;
    });
    return {
      backend,
      concurrency,
      elapsedS,
      latencies: latencies.sort((a, b) => a - b),
      extractMs,
      cpuS: (cpu.user + cpu.system) / 1e6,
      statements,
      failures,
      duplicates,
      memory: peaks,
      rows,
      roundTrips,
    };
  } finally {
    await db.close();
  }
}

function report(result: RunResult, articleCount: number) {
  const ok = result.latencies.length;
  const failed = [...result.failures.values()].reduce((a, b) => a + b, 0);
  const label =
    result.backend === "postgres"
      ? `PostgreSQL, concurrency ${result.concurrency}`
      : `PGlite${flags["pglite-disk"] ? " (temporary directory)" : " (in memory)"}, concurrency ${result.concurrency}` +
        " (the database runs inside this process: RSS and CPU include it)";
  console.log(`\n== ${label}`);
  console.table({
    ingest: {
      "articles/s": round(ok / result.elapsedS),
      "total s": round(result.elapsedS),
      stored: ok,
      failed,
      duplicates: result.duplicates,
      "p50 ms": round(percentile(result.latencies, 50)),
      "p99 ms": round(percentile(result.latencies, 99)),
      "peak RSS MB": result.memory.rssMb,
      "peak heap MB": result.memory.heapMb,
    },
  });
  if (failed > 0) console.log("failures:", Object.fromEntries(result.failures));
  console.log("rows created:", result.rows);
  // Extraction is synchronous on the one JavaScript thread, so its total is a
  // floor under the elapsed time whatever the concurrency.
  const perArticle = (ms: number) => `${round(ms / articleCount)} ms/article`;
  const cpuMs = result.cpuS * 1000;
  const lines = [
    `extraction ${perArticle(result.extractMs)}`,
    `Node CPU besides extraction (Prisma, pg, resolution and merge logic, GC) ${perArticle(
      Math.max(0, cpuMs - result.extractMs),
    )}`,
  ];
  if (result.roundTrips.size > 0) {
    const trips = [...result.roundTrips.values()];
    lines.push(
      `PostgreSQL round trips ${perArticle(trips.reduce((a, t) => a + t.ms, 0))} ` +
        `(${round(trips.reduce((a, t) => a + t.n, 0) / articleCount)} statements/article with BEGIN and COMMIT` +
        `${result.concurrency > 1 ? `, overlapping ${result.concurrency} at a time` : ""})`,
    );
  } else {
    lines.push(`${round(result.statements / articleCount)} statements/article through Prisma`);
  }
  console.log(
    `time per article (elapsed ${perArticle(result.elapsedS * 1000)}; process CPU ${perArticle(cpuMs)}):\n  ` +
      lines.join("\n  "),
  );
  if (flags.profile && result.roundTrips.size > 0) {
    const total = [...result.roundTrips.values()].reduce((a, b) => a + b.ms, 0);
    console.log("PostgreSQL round trips by statement (from pg's query() to its result):");
    console.table(
      Object.fromEntries(
        [...result.roundTrips]
          .sort(([, x], [, y]) => y.ms - x.ms)
          .map(([kind, { n, ms }]) => [
            kind,
            {
              "per article": round(n / articleCount, 2),
              "ms/article": round(ms / articleCount, 2),
              "ms each": round(ms / n, 2),
              share: `${round((100 * ms) / total)} %`,
            },
          ]),
      ),
    );
  }
}

/**
 * Times every statement node-postgres sends, from `query()` to its result,
 * by wrapping `pg.Client.prototype.query`; returns the function that unwraps it.
 */
function timePgStatements(onResult: (sql: string, ms: number) => void): () => void {
  const original = pg.Client.prototype.query;
  const timed = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    const sql = typeof first === "string" ? first : (first?.text ?? "");
    const t0 = performance.now();
    const done = () => onResult(sql, performance.now() - t0);
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last] as (...result: unknown[]) => void;
      args[last] = (...result: unknown[]) => {
        done();
        callback(...result);
      };
      return Reflect.apply(original, this, args) as unknown;
    }
    const result = Reflect.apply(original, this, args) as unknown;
    if (result instanceof Promise) result.then(done, done);
    return result;
  };
  pg.Client.prototype.query = timed as unknown as typeof original;
  return () => {
    pg.Client.prototype.query = original;
  };
}

async function main() {
  const sources = await loadSources();
  if (flags.queue) {
    // Through the durable queue to separate `newsgraph worker` processes (bench/queue-ingest.ts).
    const { runQueueBench } = await import("./queue-ingest.js");
    const runs = await runQueueBench(
      flags["database-url"],
      generateArticles(sources, count, { words: Number(flags.words), seed: Number(flags.seed) }),
      flags.workers.split(",").map(Number),
      Number(flags.concurrency ?? "2"),
      // Niceness 0 by default: here the workers share the machine only with the database, and at
      // 10 they would measure what other work on the machine leaves them.
      { rounds: Number(flags.rounds), workerNice: Number(flags["worker-nice"]) },
    );
    process.exitCode = runs.some((run) => run.failed > 0) ? 1 : 0;
    return;
  }
  const articles = generateArticles(sources, count, {
    words: Number(flags.words),
    seed: Number(flags.seed),
  });
  const meanWords = articles.reduce((sum, a) => sum + a.words, 0) / count;
  console.log(
    `${count} distinct articles (${round(meanWords, 0)} words on average); ${describeLoad()}`,
  );
  // Warm the extractor's JIT and lazy lexicons so neither backend pays for it.
  for (const article of generateArticles(sources, 100, { seed: Number(flags.seed) + 1000 })) {
    extract(article.text, { publishedAt: article.publishedAt });
  }

  let exitCode = 0;
  for (const backend of backends) {
    let result: RunResult;
    if (backend === "postgres") {
      const database = await createThrowawayDatabase(flags["database-url"], "ingest");
      console.log(`\nPostgreSQL: database ${database.name}`);
      try {
        result = await runBackend(backend, { kind: "postgres", url: database.url }, articles);
      } finally {
        if (!flags.keep) await database.drop();
      }
    } else {
      const dir = flags["pglite-disk"]
        ? await mkdtemp(path.join(os.tmpdir(), "newsgraph-bench-"))
        : null;
      console.log(`\nPGlite: ${dir ?? "in memory"} (initdb and migrations are not timed)`);
      try {
        result = await runBackend(backend, { kind: "pglite", dataDir: dir }, articles);
      } finally {
        if (dir) await rm(dir, { recursive: true, force: true });
      }
    }
    report(result, count);
    if (result.failures.size > 0 || result.duplicates > 0) exitCode = 1;
  }
  console.log(`\n${describeLoad()}; target: at least 30 articles/s on PostgreSQL`);
  process.exitCode = exitCode;
}

await main();
