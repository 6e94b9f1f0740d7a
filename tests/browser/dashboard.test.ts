import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import type { Database } from "../../src/db/client.js";
import { GRAPHIQL_TABS } from "../../src/graphiql-tabs.js";
import { createTestDatabase } from "../setup/backends.js";
import {
  CHROMIUM_PATH,
  graphql,
  hasChromium,
  isLocal,
  launchBrowser,
  screenshot,
  startSeededServer,
  type Browser,
  type SeededServer,
} from "./harness.js";

if (!hasChromium) {
  console.warn(
    `\nBrowser tests SKIPPED: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH).\n`,
  );
}

const ready = (page: Page, panel: string) =>
  page.waitForSelector(`#${panel}[data-state="ready"]`, { timeout: 60_000 });

/** Total of the events list as the dashboard shows it. */
const listTotal = async (page: Page) =>
  Number(await page.locator("#events .count").getAttribute("data-total"));

describe.skipIf(!hasChromium)(
  `dashboard and GraphiQL in Chromium${hasChromium ? "" : ` (skipped: no Chromium at ${CHROMIUM_PATH})`}`,
  () => {
    let db: Database;
    let server: SeededServer;
    let browser: Browser;
    beforeAll(async () => {
      db = await createTestDatabase("pglite");
      server = await startSeededServer(db);
      browser = await launchBrowser();
    }, 300_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await db?.close();
    });
    afterEach(() => {
      // Offline means offline: nothing any page did reached another host.
      expect(browser.foreignRequests).toEqual([]);
      expect(browser.requests.filter((url) => !isLocal(url))).toEqual([]);
      expect(browser.requests.length).toBeGreaterThan(0);
      expect(browser.pageErrors).toEqual([]);
    });

    test("GraphiQL renders from the server alone, with the example tabs, and runs a tab", async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/graphql`);
      await page.waitForSelector(".graphiql-execute-button", { timeout: 60_000 });
      await expect
        .poll(() => page.locator(".graphiql-tab").count(), { timeout: 30_000 })
        .toBe(GRAPHIQL_TABS.length);
      await page.waitForTimeout(500);
      await page.click(".graphiql-execute-button");
      await expect
        .poll(() => page.locator(".graphiql-response").innerText(), { timeout: 30_000 })
        .toContain('"totalCount"');
      expect(await page.locator(".graphiql-response").innerText()).not.toContain('"errors"');
      await screenshot(page, "graphiql");
      await page.close();
    }, 120_000);

    test("the dashboard loads over the seeds: timeline, network, top entities, breakdown and events", async () => {
      const page = await browser.newPage();
      // The dashboard sends trusted documents by id, never their text.
      const bodies: string[] = [];
      page.on("request", (request) => {
        if (new URL(request.url()).pathname === "/graphql" && request.method() === "POST") {
          bodies.push(request.postData() ?? "");
        }
      });
      await page.goto(`${server.url}/dashboard/`);
      for (const panel of ["timeline", "network", "top", "breakdown", "events"]) {
        await ready(page, panel);
      }
      const drawn = await page.evaluate(() => {
        const { charts } = window.newsgraphDashboard!;
        const series = (name: string) =>
          (charts[name]!.getOption() as { series: { data: unknown[]; links?: unknown[] }[] })
            .series;
        const timeline = series("timeline");
        return {
          timelineTypes: timeline.length,
          timelineEvents: timeline
            .flatMap((s) => s.data as { value: number }[])
            .reduce((n, d) => n + d.value, 0),
          networkNodes: series("network")[0]!.data.length,
          networkLinks: series("network")[0]!.links!.length,
          topEntities: series("top")[0]!.data.length,
          breakdownTypes: series("breakdown")[0]!.data.length,
          canvases: document.querySelectorAll(".chart canvas").length,
        };
      });
      expect(drawn.timelineTypes).toBeGreaterThan(3);
      expect(drawn.timelineEvents).toBeGreaterThan(20);
      expect(drawn.networkNodes).toBeGreaterThan(3);
      expect(drawn.networkLinks).toBeGreaterThan(2);
      expect(drawn.topEntities).toBeGreaterThan(3);
      expect(drawn.breakdownTypes).toBeGreaterThan(3);
      expect(drawn.canvases).toBe(4);
      // The mark comes when ECharts reports the timeline drawn, after its animation: wait for it.
      await expect
        .poll(
          () => page.evaluate(() => performance.getEntriesByName("newsgraph:first-chart").length),
          { timeout: 30_000 },
        )
        .toBe(1);
      expect(await listTotal(page)).toBeGreaterThan(20);
      expect(await page.locator("#events .event-row").count()).toBeGreaterThan(10);
      expect(bodies.length).toBeGreaterThan(0);
      for (const body of bodies) {
        const sent = JSON.parse(body) as Record<string, unknown>;
        expect(sent.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(sent).not.toHaveProperty("query");
      }
      await page.waitForTimeout(1500); // let the force layout settle for the screenshot
      await screenshot(page, "overview");
      await page.close();
    }, 120_000);

    test("filters change the URL and the data, and a shared URL restores them", async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/dashboard/`);
      await ready(page, "events");
      const everything = await listTotal(page);

      await page.click(".types summary");
      await page.check("#type-CONSULT");
      await page.waitForURL(/types=CONSULT/);
      await expect.poll(() => listTotal(page), { timeout: 30_000 }).toBeLessThan(everything);
      await ready(page, "events");
      const consult = await listTotal(page);
      expect(consult).toBeGreaterThan(0);
      const labels = await page.locator("#events .event-row .cameo").allInnerTexts();
      expect(labels.every((label) => label.startsWith("04"))).toBe(true);
      await ready(page, "breakdown");
      const breakdown = await page.evaluate(
        () =>
          (
            window.newsgraphDashboard!.charts.breakdown!.getOption() as {
              series: { data: { value: number; type: string }[] }[];
            }
          ).series[0]!.data,
      );
      expect(breakdown).toEqual([expect.objectContaining({ type: "CONSULT", value: consult })]);
      await page.keyboard.press("Escape");

      await page.fill("#filter-entity", "Tillers");
      await page.waitForSelector("#entity-options li", { timeout: 30_000 });
      expect(await page.locator("#entity-options li").first().innerText()).toContain(
        "Rex Tillerson",
      );
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await page.waitForURL(/entity=/);
      await expect.poll(() => listTotal(page), { timeout: 30_000 }).toBeLessThan(consult);
      await ready(page, "events");
      expect(await page.locator(".chips").innerText()).toContain("Rex Tillerson");
      const rows = await page.locator("#events .event-row").allInnerTexts();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.includes("Tillerson"))).toBe(true);
      await screenshot(page, "filtered");

      // The URL is the view: open it afresh.
      const shared = page.url();
      const other = await browser.newPage();
      await other.goto(shared);
      await ready(other, "events");
      expect(await listTotal(other)).toBe(await listTotal(page));
      expect(await other.isChecked("#type-CONSULT")).toBe(true);
      await expect.poll(() => other.locator(".chips").innerText()).toContain("Rex Tillerson");
      await other.close();
      await page.close();
    }, 180_000);

    test("clicking a timeline bar lists that day's events", async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/dashboard/`);
      await ready(page, "timeline");
      await ready(page, "events");
      // The busiest day's bar, and the pixel just above the axis inside it.
      const target = await page.evaluate(() => {
        const chart = window.newsgraphDashboard!.charts.timeline!;
        const option = chart.getOption() as {
          xAxis: { data: string[] }[];
          series: { data: { value: number }[] }[];
        };
        const days = option.xAxis[0]!.data;
        const totals = days.map((_, i) => option.series.reduce((n, s) => n + s.data[i]!.value, 0));
        const index = totals.indexOf(Math.max(...totals));
        const [x, y] = chart.convertToPixel({ gridIndex: 0 }, [index, 0.5]) as number[];
        const box = chart.getDom().getBoundingClientRect();
        return { day: days[index]!, total: totals[index]!, x: box.left + x!, y: box.top + y! };
      });
      await page.mouse.click(target.x, target.y);
      await page.waitForURL(new RegExp(`bucket=${target.day}`));
      await expect
        .poll(() => page.locator("#events .list-heading").innerText())
        .toContain(`on ${target.day}`);
      await ready(page, "events");
      expect(await listTotal(page)).toBe(target.total);
      const dates = await page.locator("#events .event-row .date").allInnerTexts();
      expect(dates.length).toBe(Math.min(target.total, 25));
      expect(new Set(dates)).toEqual(new Set([target.day]));
      await screenshot(page, "timeline-day");
      await page.close();
    }, 120_000);

    test("an event shows its reports and quotes with the supporting span highlighted; an entity page too", async () => {
      const { events } = await graphql(
        server.url,
        `
          {
            events(
              first: 20
              orderBy: ARTICLE_COUNT_DESC
              filter: { search: "Tillerson", types: [CONSULT] }
            ) {
              edges {
                node {
                  id
                  summary
                  quotes(first: 1) {
                    totalCount
                  }
                }
              }
            }
          }
        `,
      );
      // The most reported of Tillerson's meetings that has quotes about it (a quote links to an
      // event only when its paragraph is about it, so not every report carries one).
      const event = events.edges
        .map((edge: { node: { quotes: { totalCount: number } } }) => edge.node)
        .find((node: { quotes: { totalCount: number } }) => node.quotes.totalCount > 0);
      expect(event, "an event of the seeds with quotes about it").toBeDefined();
      const page = await browser.newPage();
      await page.goto(`${server.url}/dashboard/event/${encodeURIComponent(event.id)}`);
      await ready(page, "event");
      await ready(page, "quotes");
      expect(await page.locator("#event h2").innerText()).toBe(event.summary);
      const quotes = page.locator("#quotes li.quote");
      expect(await quotes.count()).toBe(Math.min(event.quotes.totalCount, 25));
      for (const quote of await quotes.all()) {
        const sentence = await quote.locator("q.evidence").innerText();
        const marked = await quote.locator("mark").innerText();
        expect(marked.length).toBeGreaterThan(0);
        expect(sentence).toContain(marked);
      }
      await ready(page, "reports");
      expect(await page.locator("#reports mark").count()).toBeGreaterThan(0);
      expect(await page.locator("#reports .source strong").first().innerText()).not.toBe("");
      await screenshot(page, "event");

      await page.locator("#event .facts a.entity", { hasText: "Tillerson" }).first().click();
      await page.waitForURL(/\/dashboard\/entity\//);
      await ready(page, "entity");
      expect(await page.locator("#entity h2").innerText()).toBe("Rex Tillerson");
      await ready(page, "entity-events");
      await ready(page, "entity-quotes");
      expect(await page.locator("#entity-quotes mark").count()).toBeGreaterThan(0);
      await ready(page, "partners");
      expect(await page.locator("#partners li").count()).toBeGreaterThan(0);
      await screenshot(page, "entity");
      await page.close();
    }, 120_000);

    test("an article ingested through the API appears on an open dashboard without a reload", async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/dashboard/`);
      await ready(page, "events");
      await page.waitForSelector(".live.live-live", { timeout: 30_000 });
      await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
      const before = await listTotal(page);

      const text =
        "Trade ministers meet in Geneva\n\nGENEVA, April 20 (Reuters) - Swiss Economy Minister Johann Schneider-Ammann met Indian Commerce Minister Nirmala Sitharaman in Geneva on Thursday to discuss a free trade agreement, officials said.\n";
      const { ingestArticle } = await graphql(
        server.url,
        `
          mutation ($input: IngestArticleInput!) {
            ingestArticle(input: $input) {
              __typename
              ... on Error {
                message
              }
            }
          }
        `,
        { input: { text, publishedAt: "2017-04-20" } },
      );
      expect(ingestArticle.__typename).toBe("MutationIngestArticleSuccess");

      await page.waitForSelector(".toast", { timeout: 30_000 });
      expect(await page.locator(".toast").first().innerText()).toContain("Schneider-Ammann");
      await page.waitForSelector("#events .event-row.fresh", { timeout: 30_000 });
      expect(await page.locator("#events .event-row").first().innerText()).toContain(
        "Schneider-Ammann",
      );
      expect(await listTotal(page)).toBe(before + 1);
      expect(await page.evaluate(() => "stillTheSamePage" in window)).toBe(true);
      expect(await page.evaluate(() => window.newsgraphDashboard!.liveEvents)).toBe(1);
      await screenshot(page, "live");
      await page.close();
    }, 120_000);

    test("keyboard alone reaches a timeline bucket; a phone-width view does not overflow", async () => {
      const page = await browser.newPage({ width: 390, height: 844 });
      await page.goto(`${server.url}/dashboard/`);
      await ready(page, "timeline");
      await ready(page, "events");
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      await screenshot(page, "phone");

      const reach = async (selector: string) => {
        for (let i = 0; i < 80; i += 1) {
          await page.keyboard.press("Tab");
          if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
            return;
          }
        }
        throw new Error(`Tab never reached ${selector}`);
      };
      await reach("#timeline details summary");
      await page.keyboard.press("Enter");
      await reach("#timeline details button");
      const bucket = await page.evaluate(() => document.activeElement!.textContent);
      await page.keyboard.press("Enter");
      await page.waitForURL(new RegExp(`bucket=${bucket}`));
      await expect
        .poll(() => page.locator("#events .list-heading").innerText())
        .toContain(`on ${bucket}`);
      await page.close();
    }, 120_000);

    test("loading, empty and error states are shown, not swallowed", async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/dashboard/?source=No%20Such%20Agency`);
      await page.waitForSelector('#events[data-state="empty"]', { timeout: 60_000 });
      await page.waitForSelector('#timeline[data-state="empty"]', { timeout: 60_000 });
      expect(await page.locator("#events .status").innerText()).toContain("No events match");

      // The API fails: the panels say so with the API's message and code.
      await page.route(
        (url) => url.pathname === "/graphql",
        async (route) => {
          if (route.request().postData()?.includes("DashboardOverview")) {
            await route.fulfill({
              status: 200,
              contentType: "application/json",
              body: JSON.stringify({
                errors: [
                  {
                    message: "the database is not reachable",
                    extensions: { code: "DATABASE_UNAVAILABLE" },
                  },
                ],
              }),
            });
          } else {
            await route.continue();
          }
        },
      );
      await page.goto(`${server.url}/dashboard/`);
      await page.waitForSelector('#timeline[data-state="error"]', { timeout: 60_000 });
      const message = await page.locator("#timeline .status").innerText();
      expect(message).toContain("the database is not reachable");
      expect(message).toContain("DATABASE_UNAVAILABLE");
      await ready(page, "events");
      await screenshot(page, "error");
      await page.close();
    }, 120_000);
  },
);
