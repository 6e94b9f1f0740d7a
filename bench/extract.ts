/**
 * Extraction benchmark: the pure pipeline on one thread, one article after
 * another, over generated ~800-word articles (bench/corpus.ts). Prints
 * articles/s, ms/article p50/p99, words/s, peak memory and the time spent in
 * each stage.
 *
 *   npx tsx bench/extract.ts [--articles 500] [--warmup 200] [--words 800]
 *                            [--stage-articles 200] [--seed 1]
 *
 * Runs on the main thread; V8's garbage collector still uses helper threads.
 * For a strictly single-core figure pin it: `taskset -c 0 npx tsx bench/extract.ts`.
 */
import { parseArgs } from "node:util";
import { emptyDoc, extract, STAGES } from "../src/extract/pipeline.js";
import { generateArticles, loadSources } from "./corpus.js";
import { describeLoad, MB, percentile, round } from "./support.js";

const { values: flags } = parseArgs({
  options: {
    articles: { type: "string", default: "500" },
    warmup: { type: "string", default: "200" },
    words: { type: "string", default: "800" },
    "stage-articles": { type: "string", default: "200" },
    seed: { type: "string", default: "1" },
  },
});
const count = Number(flags.articles);
const warmup = Number(flags.warmup);
const words = Number(flags.words);
const stageCount = Math.min(count, Number(flags["stage-articles"]));
const seed = Number(flags.seed);
if (!(count > 0) || !(warmup >= 0) || !(words > 0) || !(stageCount >= 0)) {
  throw new Error("--articles and --words must be positive, --warmup and --stage-articles >= 0");
}

async function main() {
  const sources = await loadSources();
  // Warm-up articles come from another seed so the measured ones are new to the pipeline.
  const corpus = generateArticles(sources, count, { words, seed });
  const warmupCorpus = generateArticles(sources, warmup, { words, seed: seed + 1000 });
  const totalWords = corpus.reduce((sum, a) => sum + a.words, 0);
  console.log(
    `${count} articles (${round(totalWords / count, 0)} words on average) from ${sources.length} ` +
      `seed and fixture texts; ${warmup} warm-up articles; ${describeLoad()}`,
  );

  for (const article of warmupCorpus) extract(article.text, { publishedAt: article.publishedAt });

  // Memory is sampled after every article: the loop is synchronous, so a timer would never fire.
  let peakRss = process.memoryUsage.rss();
  let peakHeap = process.memoryUsage().heapUsed;
  const ms: number[] = [];
  let entities = 0;
  let events = 0;
  let quotes = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const article of corpus) {
    const t0 = performance.now();
    const extraction = extract(article.text, { publishedAt: article.publishedAt });
    ms.push(performance.now() - t0);
    entities += extraction.entities.length;
    events += extraction.events.length;
    quotes += extraction.quotes.length;
    const memory = process.memoryUsage();
    if (memory.rss > peakRss) peakRss = memory.rss;
    if (memory.heapUsed > peakHeap) peakHeap = memory.heapUsed;
  }
  const elapsedS = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  ms.sort((a, b) => a - b);

  console.log("\nthroughput (target: at least 100 articles/s)");
  console.table({
    extract: {
      "articles/s": round(count / elapsedS),
      "words/s": Math.round(totalWords / elapsedS),
      "mean ms": round((elapsedS * 1000) / count),
      "p50 ms": round(percentile(ms, 50)),
      "p99 ms": round(percentile(ms, 99)),
      "max ms": round(ms[ms.length - 1]!),
      "CPU ms": round((cpuS * 1000) / count),
    },
  });
  // Other processes competing for the cores inflate wall time; CPU time (all of
  // this process's threads, the garbage collector's included) much less so.
  console.log(`articles per CPU second: ${round(count / cpuS)}; now ${describeLoad()}`);
  console.log(
    `per article: ${round(entities / count)} entities, ${round(quotes / count)} quotes, ` +
      `${round(events / count)} events`,
  );
  console.log(
    `memory: peak RSS ${round(peakRss / MB, 0)} MB and peak heap used ${round(peakHeap / MB, 0)} MB ` +
      `during the run; process max RSS ${round((process.resourceUsage().maxRSS * 1024) / MB, 0)} MB`,
  );

  if (stageCount === 0) return;
  // Same stages, same order as extract(); timed one by one on the first articles.
  const stageMs = new Map<string, number>(STAGES.map((s) => [s.name, 0]));
  for (const article of corpus.slice(0, stageCount)) {
    let doc = emptyDoc(article.text, { publishedAt: article.publishedAt });
    for (const stage of STAGES) {
      const t0 = performance.now();
      doc = stage.run(doc);
      stageMs.set(stage.name, stageMs.get(stage.name)! + performance.now() - t0);
    }
  }
  const stagesTotal = [...stageMs.values()].reduce((a, b) => a + b, 0);
  console.log(`\nper stage, mean over ${stageCount} articles`);
  console.table(
    Object.fromEntries(
      [...stageMs].map(([name, total]) => [
        name,
        {
          "ms/article": round(total / stageCount, 2),
          share: `${round((100 * total) / stagesTotal)} %`,
        },
      ]),
    ),
  );
}

await main();
