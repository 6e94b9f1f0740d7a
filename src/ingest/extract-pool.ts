import { availableParallelism } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { ExtractionLimitError } from "../errors.js";
import type { ExtractOptions, Extraction } from "../extract/types.js";
import type { AnyExtractor } from "./ingest.js";
import type { ExtractWorkerData } from "./extract-worker.js";

/** Longest one article may take to extract before its thread is stopped (EXTRACT_TIMEOUT_MS). */
export const DEFAULT_EXTRACT_TIMEOUT_MS = 20_000;
/** Heap of one extraction thread; a runaway article fails alone instead of taking the process down. */
const WORKER_HEAP_MB = 512;

/** One thread per core less the one that serves requests, at least one. */
export function defaultExtractThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

export interface ExtractionPoolOptions {
  threads?: number;
  timeoutMs?: number;
  /**
   * "now" starts the threads at once; "on-demand" starts them on the first article or on
   * `warmUp()`, so a server's start-up does not share its cores with loading the pipeline.
   */
  start?: "now" | "on-demand";
  /**
   * Niceness (0–19) each thread gives itself before loading the pipeline: above 0, the threads
   * yield the CPU to normal-priority work on the same machine (WORKER_NICE of `newsgraph worker`).
   * Linux gives each thread its own nice value, so only extraction runs at the lower priority.
   */
  niceness?: number;
}

interface Task {
  id: number;
  text: string;
  options: ExtractOptions;
  resolve(extraction: Extraction): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** The thread has loaded the pipeline (so time spent starting is not counted against an article). */
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

type WorkerReply =
  | { ready: true }
  | { id: number; ok: true; extraction: Extraction }
  | { id: number; ok: false; message: string };

/**
 * Runs `extract()` on worker threads so the thread that answers GraphQL
 * requests never spends an article's CPU time. Each thread takes one article
 * at a time; an article that runs past `timeoutMs` (or exhausts the thread's
 * heap) has its thread replaced and fails with ExtractionLimitError.
 */
export class ExtractionPool {
  readonly threads: number;
  readonly timeoutMs: number;
  readonly niceness: number;
  private readonly slots: Slot[] = [];
  private readonly waiting: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor({
    threads = defaultExtractThreads(),
    timeoutMs = DEFAULT_EXTRACT_TIMEOUT_MS,
    start = "now",
    niceness = 0,
  }: ExtractionPoolOptions = {}) {
    this.threads = Math.max(1, Math.floor(threads));
    this.timeoutMs = timeoutMs;
    this.niceness = Math.min(19, Math.max(0, Math.floor(niceness)));
    if (start === "now") this.warmUp();
  }

  /** Whether the threads have been started (they may still be loading the pipeline). */
  get started(): boolean {
    return this.slots.length > 0;
  }

  /** Starts the threads if they are not running yet (they load the pipeline before taking work). */
  warmUp(): void {
    if (this.closed || this.slots.length > 0) return;
    for (let i = 0; i < this.threads; i += 1) this.slots.push(this.spawn());
  }

  /** The pool as the ingest service's extractor. */
  readonly extractor: AnyExtractor = (text, options) => this.extract(text, options);

  /** Extracts one article on a pool thread. */
  extract(text: string, options: ExtractOptions = {}): Promise<Extraction> {
    if (this.closed) return Promise.reject(new Error("the extraction pool is closed"));
    this.warmUp();
    return new Promise<Extraction>((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, text, options, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every thread; articles still waiting fail. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const task of this.waiting.splice(0)) task.reject(new Error("the extraction pool closed"));
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        slot.task?.reject(new Error("the extraction pool closed"));
        slot.task = null;
        await slot.worker.terminate();
      }),
    );
  }

  private dispatch() {
    for (const slot of this.slots) {
      if (!slot.ready || slot.task || this.waiting.length === 0) continue;
      const task = this.waiting.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => {
        this.replace(slot, new ExtractionLimitError(`extraction ran past ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      slot.worker.postMessage({ id: task.id, text: task.text, options: task.options });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_FILE, {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      workerData: { niceness: this.niceness } satisfies ExtractWorkerData,
    });
    const slot: Slot = { worker, ready: false, task: null, timer: null };
    // An idle pool must not keep a CLI command alive.
    worker.unref();
    worker.on("message", (reply: WorkerReply) => {
      if ("ready" in reply) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const task = slot.task;
      if (!task || task.id !== reply.id) return;
      this.finish(slot);
      if (reply.ok) task.resolve(reply.extraction);
      else task.reject(new Error(`extraction failed: ${reply.message}`));
      this.dispatch();
    });
    worker.on("error", (error: Error & { code?: string }) => {
      const reason =
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? new ExtractionLimitError("extraction ran out of memory")
          : error;
      this.replace(slot, reason);
    });
    worker.on("exit", () => {
      if (!this.closed && this.slots.includes(slot) && slot.worker === worker) {
        this.replace(slot, new Error("an extraction thread exited"));
      }
    });
    return slot;
  }

  private finish(slot: Slot) {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }

  /** Fails the slot's article and puts a fresh thread in its place. */
  private replace(slot: Slot, reason: Error) {
    const task = slot.task;
    this.finish(slot);
    const index = this.slots.indexOf(slot);
    if (index === -1 || this.closed) return;
    const old = slot.worker;
    this.slots[index] = this.spawn();
    old.removeAllListeners("exit");
    void old.terminate();
    task?.reject(reason);
    this.dispatch();
  }
}

// The worker file sits beside this one: extract-worker.js in a compiled build,
// extract-worker.ts when this module runs from source (tsx, vitest). From
// source, a thread first registers tsx's ESM hooks itself (hooks given in
// execArgv do not reach worker threads on Node 20), then imports the worker.
const RUNS_FROM_SOURCE = import.meta.url.endsWith(".ts");
const WORKER_FILE = RUNS_FROM_SOURCE
  ? new URL(`data:text/javascript,${encodeURIComponent(tsxBootstrap())}`)
  : new URL("./extract-worker.js", import.meta.url);

function tsxBootstrap(): string {
  const require = createRequire(fileURLToPath(import.meta.url));
  const manifestPath = require.resolve("tsx/package.json");
  const manifest = require(manifestPath) as {
    exports: Record<string, { import?: { default?: string } }>;
  };
  const api = new URL(manifest.exports["./esm/api"]!.import!.default!, pathToFileURL(manifestPath));
  const worker = new URL("./extract-worker.ts", import.meta.url);
  return [
    `import { register } from ${JSON.stringify(api.href)};`,
    "register();",
    `await import(${JSON.stringify(worker.href)});`,
  ].join("\n");
}
