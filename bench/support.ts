/** Helpers shared by the benchmarks: throwaway databases, the server, percentiles, memory sampling. */
import { spawn, type ChildProcessByStdio } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { Readable } from "node:stream";
import { BUNDLE, build, buildIsStale } from "../scripts/build.js";

const ROOT = path.resolve(import.meta.dirname, "..");

export const MB = 1024 * 1024;

export function round(value: number, digits = 1): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

/** The value below which `p` percent of the sorted samples fall (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** "2.10 1.75 0.90 on 2 cores": how busy the machine was, printed next to every figure. */
export function describeLoad(): string {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  return `load average ${load} on ${os.availableParallelism()} cores`;
}

/**
 * Creates an empty database on the PostgreSQL server of `adminUrl` and returns
 * its URL; `drop()` removes it, closing any connection still open.
 */
export async function createThrowawayDatabase(adminUrl: string, label: string) {
  const name = `newsgraph_bench_${label}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

/**
 * Samples this process's RSS and heap every `intervalMs` while the event loop
 * turns; `stop()` returns the peaks. Synchronous loops must call `sample()`.
 */
export function sampleMemory(intervalMs = 50) {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    sample,
    stop() {
      clearInterval(timer);
      sample();
      return { rssMb: round(rss / MB, 0), heapMb: round(heap / MB, 0) };
    },
  };
}

/** The resident memory of another process, in MB, from /proc (Linux); NaN once it has exited. */
export function rssMbOf(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? round(Number(match[1]) / 1024, 0) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

let built = false;

/** Compiles and bundles the server when dist/ is older than the sources, once per run. */
function ensureBuilt() {
  if (built) return;
  if (buildIsStale()) {
    console.error("bench: dist/ is missing or older than src/; compiling first (npm run build)");
    if (build() !== 0) throw new Error("npm run build failed");
  }
  built = true;
}

/**
 * Starts the server as `npm start` runs it (the bundle in dist/bundle/, built first when
 * stale), not through tsx, as a child process on an
 * ephemeral loopback port, with `env` added to ours; resolves once it listens. The log level
 * must be info or lower: the port is read from the startup log line.
 */
export async function startServer(env: Record<string, string>) {
  ensureBuilt();
  const child = spawn(process.execPath, [path.join(BUNDLE, "server.js")], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return listeningChild(child, "server");
}

/**
 * Resolves once `child` prints a JSON log line with its `"port"`, with the port, its pid and a
 * stop function; rejects if it exits first. Its stdout keeps draining afterwards.
 */
export async function listeningChild(
  child: ChildProcessByStdio<null, Readable, null>,
  what: string,
) {
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
      reject(new Error(`${what} exited (${code}) before listening: ${output}`)),
    );
  });
  return {
    port,
    pid: child.pid!,
    stop: () =>
      new Promise<number | null>((resolve) => {
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}
