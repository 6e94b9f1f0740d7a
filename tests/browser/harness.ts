import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { Database } from "../../src/db/client.js";
import { defaultDashboardDir } from "../../src/http/dashboard.js";
import { loadSeeds } from "../../src/ingest/seed.js";
import { createNewsgraphYoga } from "../../src/yoga.js";

/** Debian's Chromium (apt-get install chromium); never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM_PATH);

/** Where screenshots of each view go (linked from the README). */
export const SCREENSHOT_DIR = join(process.cwd(), "test-results", "browser");

const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface SeededServer {
  url: string;
  close(): Promise<void>;
}

/** The newsgraph HTTP server over `db` with the seed articles loaded, on a free loopback port. */
export async function startSeededServer(db: Database): Promise<SeededServer> {
  if (!existsSync(join(defaultDashboardDir(), "index.html"))) {
    throw new Error("the dashboard is not built: run `npm run build:dashboard`");
  }
  await loadSeeds(db.prisma);
  const yoga = createNewsgraphYoga({ db, logger: pino({ level: "silent" }) });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await yoga.dispose();
    },
  };
}

export interface Browser {
  context: BrowserContext;
  /** Every URL a page asked for that is not on this machine (they are refused, as offline). */
  foreignRequests: string[];
  /** Every URL requested, in order. */
  requests: string[];
  /** Uncaught exceptions thrown in any page. */
  pageErrors: string[];
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Whether a request stays on this machine: loopback, or data the page made itself. */
export function isLocal(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === "data:" || parsed.protocol === "blob:") return true;
  return LOCAL_HOSTS.has(parsed.hostname);
}

/**
 * Headless Chromium with a fresh profile. Requests to any other host are
 * recorded and refused, so a page that needs the internet fails as it would offline.
 */
export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), "newsgraph-chromium-"));
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  // Playwright takes the --user-data-dir as the persistent context's directory.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1366, height: 900 },
    serviceWorkers: "block",
  });
  const requests: string[] = [];
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  await context.route(
    (url) => !isLocal(url.href),
    (route) => {
      foreignRequests.push(route.request().url());
      return route.abort("internetdisconnected");
    },
  );
  return {
    context,
    requests,
    foreignRequests,
    pageErrors,
    async newPage(viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      page.on("pageerror", (error) => pageErrors.push(error.message));
      return page;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Runs a GraphQL request from the test (loopback, so mutations need no key). */
export async function graphql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data!;
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** The part of an ECharts instance the tests read through the dashboard's window hook. */
interface ChartHandle {
  getOption(): unknown;
  convertToPixel(finder: { gridIndex: number }, value: number[]): number[] | number;
  getDom(): HTMLElement;
}

declare global {
  interface Window {
    newsgraphDashboard?: { charts: Record<string, ChartHandle>; liveEvents: number };
  }
}
