/**
 * Start-up benchmark: time from spawning the server to its first answered
 * GraphQL request, on a database that already exists (warm start), for the
 * compiled server (`node dist/server.js`, what `npm start` runs once built) and
 * for the TypeScript one through tsx (`npm run dev` without watch).
 *
 *   npx tsx bench/start.ts [--runs 3] [--data-dir DIR]
 *
 * The first start creates and seeds the PGlite database under --data-dir (a
 * temporary directory by default); it is not counted. Run `npm run build` first.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { describeLoad, percentile, round } from "./support.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values: flags } = parseArgs({
  options: { runs: { type: "string", default: "3" }, "data-dir": { type: "string" } },
});
const runs = Number(flags.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 20) throw new Error("--runs must be 1..20");
if (!existsSync(path.join(ROOT, "dist/server.js"))) throw new Error("run `npm run build` first");

const PORT = 40_000 + Math.floor(Math.random() * 5_000);

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface StartTime {
  wallMs: number;
  /** The server's own CPU until it answered: what a start costs on an idle machine. */
  cpuMs: number;
}

/** Starts the server with `args`, measures until a GraphQL query is answered, then stops it. */
async function timeStart(args: string[], dataDir: string): Promise<StartTime> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
    },
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
          body: JSON.stringify({ query: "{ articles(first: 1) { totalCount } }" }),
        });
        if (response.ok) {
          return { wallMs: performance.now() - started, cpuMs: cpuMsOf(child.pid!) };
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

const dataDir = flags["data-dir"] ?? (await mkdtemp(path.join(os.tmpdir(), "newsgraph-start-")));
const compiled = ["dist/server.js"];
const typescript = ["--import", "tsx", "src/server.ts"];
const first = await timeStart(compiled, dataDir);
console.log(`first start on ${dataDir}: ${round(first.wallMs, 0)} ms (CPU ${first.cpuMs} ms)`);
const results: Record<string, StartTime[]> = {
  "compiled (npm start)": [],
  "tsx (src/server.ts)": [],
};
for (let i = 0; i < runs; i++) {
  // Alternate, so that both see the same machine load.
  results["compiled (npm start)"]!.push(await timeStart(compiled, dataDir));
  results["tsx (src/server.ts)"]!.push(await timeStart(typescript, dataDir));
}
console.log(`warm start to the first answered query, ${runs} run(s) each; ${describeLoad()}`);
for (const [name, times] of Object.entries(results)) {
  const wall = times.map((t) => t.wallMs).sort((a, b) => a - b);
  const cpu = times.map((t) => t.cpuMs).sort((a, b) => a - b);
  console.log(
    `  ${name.padEnd(22)} wall median ${round(percentile(wall, 50), 0)} ms (best ${round(wall[0]!, 0)}), ` +
      `server CPU median ${percentile(cpu, 50)} ms (best ${cpu[0]})`,
  );
}
if (!flags["data-dir"]) await rm(dataDir, { recursive: true, force: true });
