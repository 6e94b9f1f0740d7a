/**
 * Splits this machine's cores between a local PostgreSQL server and the
 * benchmark (Linux, taskset from util-linux). In production the API servers
 * run on hosts of their own and the database is the resource they share; on
 * one small machine, by default, the server's CPU time is taken from the
 * database's, so a ratio API / SQL floor there measures how much CPU the
 * server costs the database, not how much later it answers.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";

/** The CPU affinity mask of `pid`, in the hexadecimal form taskset prints and takes. */
function affinityOf(pid: number): string {
  const printed = execFileSync("taskset", ["-p", String(pid)], { encoding: "utf8" });
  const match = /:\s*([0-9a-f]+)\s*$/i.exec(printed);
  if (!match) throw new Error(`taskset printed no mask for ${pid}: ${printed}`);
  return match[1]!;
}

/** Sets the mask of every thread of `pid`; a process that has exited meanwhile is skipped. */
function setAffinity(pid: number, mask: string) {
  try {
    execFileSync("taskset", ["-a", "-p", mask, String(pid)], { stdio: "ignore" });
  } catch {
    // Gone (a backend whose connection closed): nothing to pin or restore.
  }
}

function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Field 4 of stat(5), after the parenthesised command name.
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}

function childrenOf(pid: number): number[] {
  try {
    return execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there is none
  }
}

export interface CoreSplit {
  /** What runs where, for the benchmark's header. */
  description: string;
  /** Gives the database server and this process their masks back. */
  restore(): void;
}

/**
 * Pins the PostgreSQL server of `databaseUrl` (its postmaster and every process
 * it has forked; backends forked later inherit the postmaster's mask) to the
 * first core, and this process (with the servers it starts from now on) to the
 * others. The masks are restored by `restore()`, and on exit or Ctrl-C.
 */
export async function splitCores(databaseUrl: string): Promise<CoreSplit> {
  const cores = os.availableParallelism();
  if (cores < 2) throw new Error("--split-cores needs at least two cores");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let postmaster: number;
  try {
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    postmaster = parentOf(rows[0]!.pid);
  } catch (error) {
    throw new Error(
      `--split-cores needs the PostgreSQL server on this machine (${(error as Error).message})`,
    );
  } finally {
    await client.end();
  }
  const databaseMask = affinityOf(postmaster);
  const ownMask = affinityOf(process.pid);
  const all = (1n << BigInt(cores)) - 1n;
  const databaseCore = "1";
  const benchmarkCores = (all & ~1n).toString(16);
  for (const pid of [postmaster, ...childrenOf(postmaster)]) setAffinity(pid, databaseCore);
  setAffinity(process.pid, benchmarkCores);

  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    for (const pid of [postmaster, ...childrenOf(postmaster)]) setAffinity(pid, databaseMask);
    setAffinity(process.pid, ownMask);
  };
  process.once("exit", restore);
  process.once("SIGINT", () => {
    restore();
    process.exit(130);
  });
  return {
    description:
      `PostgreSQL on core 0, this process and the servers it starts on ` +
      (cores === 2 ? "core 1" : `cores 1-${cores - 1}`),
    restore,
  };
}
