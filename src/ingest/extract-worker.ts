import { parentPort } from "node:worker_threads";
import { extract } from "../extract/pipeline.js";
import type { ExtractOptions } from "../extract/types.js";

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
