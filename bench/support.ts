/** Helpers shared by the benchmarks: throwaway databases, percentiles, memory sampling. */
import os from "node:os";
import pg from "pg";

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
