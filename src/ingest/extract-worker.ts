import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import type { ExtractOptions } from "../extract/types.js";

/** What the pool gives each thread at its start. */
export interface ExtractWorkerData {
  /** Niceness for this thread (0: the process's own priority). */
  niceness: number;
}

// Before the pipeline is imported (below), so that loading it runs at the lower priority too. On
// Linux (NPTL) a nice value belongs to one thread: pid 0 means this thread, not the whole process.
// Raising one's own niceness needs no privilege; where it is refused, extraction still works.
const { niceness = 0 } = (workerData ?? {}) as Partial<ExtractWorkerData>;
if (niceness > 0) {
  try {
    setPriority(0, niceness);
  } catch {
    // e.g. a sandbox that forbids setpriority: run at the process's priority.
  }
}

const { extract } = await import("../extract/pipeline.js");

/** A request from the pool: one article to extract. */
export interface ExtractRequest {
  id: number;
  text: string;
  options: ExtractOptions;
}

// One article at a time: the pool sends the next only after this one answered.
parentPort?.on("message", ({ id, text, options }: ExtractRequest) => {
  try {
    parentPort!.postMessage({ id, ok: true, extraction: extract(text, options) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort!.postMessage({ id, ok: false, message });
  }
});

// Loading the pipeline and its first run (lazy lexicons, cold code) take a while; the pool
// starts an article's clock only after this, so a fresh thread's start-up never counts against it.
extract(
  "Officials met on Monday.\n\nLONDON (AP) - Ministers met in London on Monday, officials said.",
);
parentPort?.postMessage({ ready: true });
