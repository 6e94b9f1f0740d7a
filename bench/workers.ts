/** `newsgraph worker` processes for the benchmarks. */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * Starts `newsgraph worker` with one extraction thread (at its default WORKER_NICE unless `env`
 * sets one), the whole process at `processNiceness` when above 0; resolves once it runs jobs (so
 * `env` must keep LOG_LEVEL at info).
 */
export async function startWorker(
  databaseUrl: string,
  concurrency: number,
  env: Record<string, string> = {},
  processNiceness = 0,
): Promise<ChildProcess> {
  const command = [
    process.execPath,
    "bin/newsgraph.js",
    "worker",
    "--concurrency",
    String(concurrency),
  ];
  // `nice` execs the worker, so the child's pid (and the signals sent to it) stay the worker's.
  if (processNiceness > 0) command.unshift("nice", "-n", String(processNiceness));
  const child = spawn(command[0]!, command.slice(1), {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "info",
      EXTRACT_THREADS: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.includes("ingest worker running")) {
        child.stdout!.off("data", onData);
        child.stdout!.resume(); // keep draining job logs
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`worker exited (${code}): ${output}`)));
  });
  return child;
}

/** SIGTERM, then waits for the exit (a worker finishes its running jobs first). */
export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
