import { readdirSync, readFileSync } from "node:fs";
import { getPriority } from "node:os";
import { afterAll, describe, expect, test } from "vitest";
import { loadConfig } from "../../src/config.js";
import { ExtractionLimitError } from "../../src/errors.js";
import { extract } from "../../src/extract/pipeline.js";
import { ExtractionPool } from "../../src/ingest/extract-pool.js";

const article = `Ministers agree on river plan

BELGRADE (Reuters) - Serbia and Hungary signed an agreement on Tuesday to share water from the Danube, officials said.

"This is a good day for both countries," Serbian Prime Minister Ana Petrovic told reporters in Belgrade.`;

/**
 * Nested quotes that never close, the kind of input that used to stall a server: ~3 MB, over a
 * second of extraction on a quiet machine (600 KB once took seconds; extraction got faster, so the
 * time-bound test below needs this margin over its 400 ms bound).
 */
const runaway = `He said "she said 'they said "`.repeat(100_000);

describe("extraction thread pool", () => {
  const pool = new ExtractionPool({ threads: 2, timeoutMs: 30_000 });
  afterAll(() => pool.close());

  test("answers exactly what extract() answers on this thread", async () => {
    const options = { publishedAt: "2017-04-11" };
    expect(await pool.extract(article, options)).toEqual(extract(article, options));
  });

  test("runs several articles at once and keeps each answer with its article", async () => {
    const texts = Array.from({ length: 6 }, (_, i) =>
      article.replace("Tuesday", ["Monday", "Tuesday", "Wednesday"][i % 3]!).concat(` (${i})`),
    );
    const results = await Promise.all(texts.map((text) => pool.extract(text)));
    results.forEach((result, i) => expect(result.body).toBe(extract(texts[i]!).body));
  });

  test("the calling thread keeps turning while a pathological article extracts", async () => {
    await pool.extract(article); // the threads are up: what follows is extraction only
    const small = runaway.slice(0, 150_000);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    try {
      // On this thread, extract() would hold the event loop until it returned: no tick before the answer.
      const { extraction, ticksMeanwhile } = await pool
        .extract(small)
        .then((extraction) => ({ extraction, ticksMeanwhile: ticks }));
      expect(ticksMeanwhile).toBeGreaterThan(0);
      expect(extraction.body.length).toBeGreaterThan(0);
    } finally {
      clearInterval(timer);
    }
  });

  test("an article past the time bound fails with a typed error and the thread is replaced", async () => {
    const strict = new ExtractionPool({ threads: 1, timeoutMs: 400 });
    try {
      const error = await strict.extract(runaway).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExtractionLimitError);
      expect((error as ExtractionLimitError).code).toBe("EXTRACTION_LIMIT_EXCEEDED");
      // The replacement thread serves the next article.
      expect((await strict.extract(article)).title).toBe(extract(article).title);
    } finally {
      await strict.close();
    }
  });

  test("a closed pool refuses work", async () => {
    const closed = new ExtractionPool({ threads: 1 });
    await closed.close();
    await expect(closed.extract(article)).rejects.toThrow(/closed/);
  });
});

describe("extraction thread pool started on demand", () => {
  test("starts no thread until the first article, then answers it", async () => {
    const pool = new ExtractionPool({ threads: 1, start: "on-demand" });
    try {
      expect(pool.started).toBe(false);
      const extraction = await pool.extract(article);
      expect(pool.started).toBe(true);
      expect(extraction).toEqual(extract(article));
    } finally {
      await pool.close();
    }
  });

  test("warmUp starts the threads once and does nothing after close", async () => {
    const pool = new ExtractionPool({ threads: 1, start: "on-demand" });
    pool.warmUp();
    pool.warmUp();
    expect(pool.started).toBe(true);
    await pool.close();
    const closed = new ExtractionPool({ threads: 1, start: "on-demand" });
    await closed.close();
    closed.warmUp();
    expect(closed.started).toBe(false);
  });
});

/** The nice value of each thread of this process, from /proc (Linux gives every thread its own). */
function threadNiceValues(): number[] {
  return readdirSync("/proc/self/task").map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    // Fields after the parenthesized command name; nice is field 19 of stat(5).
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
  });
}

describe.runIf(process.platform === "linux")("extraction threads at a lower priority", () => {
  test("with a niceness, the pool's threads run at it and this thread keeps its own", async () => {
    const before = threadNiceValues().filter((nice) => nice === 7).length;
    const pool = new ExtractionPool({ threads: 2, niceness: 7 });
    try {
      // Both threads answered (each extracts one article only after its set-up ran).
      await Promise.all([pool.extract(article), pool.extract(`${article} (2)`)]);
      expect(threadNiceValues().filter((nice) => nice === 7).length - before).toBe(2);
      expect(getPriority()).toBe(0);
      expect(await pool.extract(article)).toEqual(extract(article));
    } finally {
      await pool.close();
    }
  });

  test("without one, no thread of the process is niced", async () => {
    const pool = new ExtractionPool({ threads: 1 });
    try {
      await pool.extract(article);
      expect(threadNiceValues().every((nice) => nice === getPriority())).toBe(true);
    } finally {
      await pool.close();
    }
  });
});

describe("WORKER_NICE", () => {
  test("defaults to 10, accepts 0 to 19 and refuses anything else", () => {
    expect(loadConfig({}).workerNiceness).toBe(10);
    expect(loadConfig({ WORKER_NICE: "0" }).workerNiceness).toBe(0);
    expect(loadConfig({ WORKER_NICE: "19" }).workerNiceness).toBe(19);
    for (const bad of ["20", "-1", "low", "2.5"]) {
      expect(() => loadConfig({ WORKER_NICE: bad }), bad).toThrow(/WORKER_NICE/);
    }
  });
});
