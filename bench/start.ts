/**
 * Start-up benchmark: time from spawning the server to its first answered
 * GraphQL request, on a database that already exists (warm start), for
 * - `npm start` (`node scripts/start.js`: the bundled server in dist/bundle/),
 * - the compiled but unbundled server (`node dist/server.js`),
 * - the TypeScript through tsx (`npm run dev` without watch),
 * against a baseline measured in the same run: a bare `node -e` HTTP server
 * answering the same request, so the ratio survives a busy machine.
 *
 *   npx tsx bench/start.ts [--runs 3] [--data-dir DIR] [--database-url URL] [--no-tsx]
 *
 * PGlite by default: the first start creates and seeds the database under
 * --data-dir (a temporary directory by default) and is not counted. With
 * --database-url (a server to create a throwaway database on) the servers use
 * PostgreSQL instead. Run `npm run build` first.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createThrowawayDatabase, describeLoad, percentile, round } from "./support.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values: flags } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    "data-dir": { type: "string" },
    "database-url": { type: "string" },
    "no-tsx": { type: "boolean", default: false },
  },
});
const runs = Number(flags.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 20) throw new Error("--runs must be 1..20");
if (!existsSync(path.join(ROOT, "dist/bundle/server.js"))) {
  throw new Error("run `npm run build` first");
}

const PORT = 40_000 + Math.floor(Math.random() * 5_000);
const QUERY = JSON.stringify({ query: "{ articles(first: 1) { totalCount } }" });

/** CPU time (user + system) in ms from a /proc stat line (Linux; 100 ticks per second). */
function cpuMsFromStat(stat: string): number {
  const fields = stat.split(") ")[1]!.split(" ");
  // utime and stime are fields 14 and 15 of stat.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface StartTime {
  wallMs: number;
  /** The server's CPU until it answered, all threads: what a start costs on an idle machine. */
  cpuMs: number;
  /** The main thread's share: the part no second core can take over. */
  mainThreadCpuMs: number;
}

/** Starts `node args`, measures until the query is answered, then stops it. */
async function timeStart(args: string[], env: NodeJS.ProcessEnv): Promise<StartTime> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: "", PORT: String(PORT), HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: QUERY,
        });
        if (response.ok) {
          const wallMs = performance.now() - started;
          const pid = child.pid!;
          return {
            wallMs,
            cpuMs: cpuMsFromStat(readFileSync(`/proc/${pid}/stat`, "utf8")),
            mainThreadCpuMs: cpuMsFromStat(readFileSync(`/proc/${pid}/task/${pid}/stat`, "utf8")),
          };
        }
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

/** The floor: plain Node starting an HTTP server that answers every request with "{}". */
const BARE_SERVER = [
  "-e",
  'require("node:http").createServer((q, s) => { q.resume(); q.on("end", () => s.end("{}")); })' +
    ".listen(Number(process.env.PORT), process.env.HOST)",
];

const postgres = flags["database-url"]
  ? await createThrowawayDatabase(flags["database-url"], "start")
  : null;
const dataDir = postgres
  ? null
  : (flags["data-dir"] ?? (await mkdtemp(path.join(os.tmpdir(), "newsgraph-start-"))));
const env: NodeJS.ProcessEnv = postgres
  ? { DATABASE_URL: postgres.url, LOG_LEVEL: "warn" }
  : { DATA_DIR: dataDir!, DATABASE_URL: "", LOG_LEVEL: "warn" };
try {
  const first = await timeStart(["scripts/start.js"], env);
  console.log(
    `first start on ${postgres ? `PostgreSQL (${postgres.name})` : `PGlite in ${dataDir}`}: ` +
      `${round(first.wallMs, 0)} ms (CPU ${first.cpuMs} ms)`,
  );
  const variants: Record<string, string[]> = {
    "bare node -e server": BARE_SERVER,
    "npm start (bundle)": ["scripts/start.js"],
    "dist/server.js": ["dist/server.js"],
    ...(flags["no-tsx"] ? {} : { "tsx src/server.ts": ["--import", "tsx", "src/server.ts"] }),
  };
  const results = new Map<string, StartTime[]>(Object.keys(variants).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    // Alternate, so that every variant sees the same machine load.
    for (const [name, args] of Object.entries(variants)) {
      results.get(name)!.push(await timeStart(args, env));
    }
  }
  const bare = results.get("bare node -e server")!.map((t) => t.wallMs);
  const bareMedian = percentile(
    bare.sort((a, b) => a - b),
    50,
  );
  console.log(
    `warm start to the first answered query on ${postgres ? "PostgreSQL" : "PGlite"}, ` +
      `${runs} run(s) each; ${describeLoad()}`,
  );
  for (const [name, times] of results) {
    const wall = times.map((t) => t.wallMs).sort((a, b) => a - b);
    const cpu = times.map((t) => t.cpuMs).sort((a, b) => a - b);
    const main = times.map((t) => t.mainThreadCpuMs).sort((a, b) => a - b);
    const median = percentile(wall, 50);
    console.log(
      `  ${name.padEnd(20)} wall median ${String(round(median, 0)).padStart(5)} ms ` +
        `(best ${round(wall[0]!, 0)}, ${round(median / bareMedian, 1)}x bare node), ` +
        `CPU median ${percentile(cpu, 50)} ms, main thread ${percentile(main, 50)} ms`,
    );
  }
} finally {
  if (postgres) await postgres.drop();
  else if (!flags["data-dir"]) await rm(dataDir!, { recursive: true, force: true });
}
