// Loads /dashboard in Debian's Chromium over the seeded database and prints page
// weight and time to first chart.
//   npx tsx bench/dashboard.ts [--runs 5] [--data-dir DIR] [--screenshot docs/dashboard.png]
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { CHROMIUM_PATH, hasChromium, launchBrowser } from "../tests/browser/harness.js";
import { describeLoad, percentile, round, startServer } from "./support.js";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    "data-dir": { type: "string" },
    screenshot: { type: "string" },
  },
});
const runs = Math.max(1, Number(values.runs));
if (!hasChromium) {
  console.error(`no Chromium at ${CHROMIUM_PATH}: apt-get install chromium (or set CHROMIUM_PATH)`);
  process.exit(2);
}

const dataDir = values["data-dir"] ?? (await mkdtemp(join(tmpdir(), "newsgraph-bench-dash-")));
console.log(`starting the server over ${dataDir} (the seeds load on first start) …`);
const server = await startServer({ DATA_DIR: dataDir, SEED: "true", DATABASE_URL: "" });
const url = `http://127.0.0.1:${server.port}/dashboard/`;
console.log(`serving ${url}`);
const browser = await launchBrowser();
// Chromium ends a persistent context when its last page closes: keep one open.
await browser.newPage();

interface Sample {
  firstChartMs: number;
  domContentLoadedMs: number;
  bytes: number;
  gzipBytes: number;
  requests: number;
}

try {
  const samples: Sample[] = [];
  for (let run = 0; run <= runs; run += 1) {
    // A fresh page each time; the first run is a cold cache and is reported on its own.
    const page = await browser.newPage();
    const bodies: Promise<{ bytes: number; gzip: number }>[] = [];
    page.on("response", (response) => {
      // The live subscription's stream never ends; it is not part of the page's weight.
      if (response.headers()["content-type"]?.includes("text/event-stream")) return;
      bodies.push(
        response.body().then(
          (body) => ({ bytes: body.length, gzip: gzipSync(body).length }),
          () => ({ bytes: 0, gzip: 0 }),
        ),
      );
    });
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName("newsgraph:first-chart").length > 0,
      undefined,
      { timeout: 60_000 },
    );
    await page.waitForSelector('#events[data-state="ready"]', { timeout: 60_000 });
    const timing = await page.evaluate(() => ({
      firstChartMs: performance.getEntriesByName("newsgraph:first-chart")[0]!.startTime,
      domContentLoadedMs: (
        performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming
      ).domContentLoadedEventEnd,
    }));
    const sizes = await Promise.all(bodies);
    samples.push({
      ...timing,
      bytes: sizes.reduce((n, s) => n + s.bytes, 0),
      gzipBytes: sizes.reduce((n, s) => n + s.gzip, 0),
      requests: sizes.length,
    });
    await page.close();
    console.log(
      `${run === 0 ? "cold" : `warm ${run}`}: first chart ${round(timing.firstChartMs)} ms`,
    );
  }
  if (values.screenshot) {
    // The README's picture: one laptop screen of the overview once the network has settled.
    const page = await browser.newPage({ width: 1280, height: 800 });
    await page.goto(url);
    await page.waitForSelector('#network[data-state="ready"]', { timeout: 60_000 });
    await page.waitForTimeout(3000);
    await page.screenshot({ path: values.screenshot });
    await page.close();
  }
  const [cold, ...warm] = samples;
  const sorted = warm.map((s) => s.firstChartMs).sort((a, b) => a - b);
  const kb = (bytes: number) => `${round(bytes / 1024)} KB`;
  console.log(`load: ${describeLoad()}`);
  console.log(
    `page weight: ${kb(cold!.bytes)} in ${cold!.requests} responses (${kb(cold!.gzipBytes)} if gzipped), scripts, styles and the first GraphQL answers`,
  );
  console.log(
    `time to first chart, cold cache: ${round(cold!.firstChartMs)} ms (DOMContentLoaded ${round(cold!.domContentLoadedMs)} ms)`,
  );
  console.log(
    `time to first chart, ${warm.length} warm loads: p50 ${round(percentile(sorted, 50))} ms, max ${round(sorted.at(-1)!)} ms`,
  );
  const target = 1000;
  console.log(
    `target ≤ ${target} ms: ${Math.max(cold!.firstChartMs, sorted.at(-1)!) <= target ? "met" : "NOT met"}`,
  );
} finally {
  await browser.close();
  await server.stop();
  if (!values["data-dir"]) await rm(dataDir, { recursive: true, force: true });
}
