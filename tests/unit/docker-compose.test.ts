import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";
import { loadConfig } from "../../src/config.js";

/** The `environment:` map of one service in docker-compose.yml (plain `KEY: value` lines). */
async function composeEnvironment(service: string): Promise<Record<string, string>> {
  const lines = (
    await readFile(new URL("../../docker-compose.yml", import.meta.url), "utf8")
  ).split("\n");
  const start = lines.indexOf(`  ${service}:`);
  expect(start, `service ${service}`).toBeGreaterThanOrEqual(0);
  const env: Record<string, string> = {};
  let inEnvironment = false;
  for (const line of lines.slice(start + 1)) {
    if (/^ {0,2}\S/.test(line)) break; // the next service or top-level key
    if (/^ {4}\S/.test(line)) inEnvironment = line.trim() === "environment:";
    const entry = /^ {6}([A-Z_]+): "?([^"#]*?)"?\s*$/.exec(line);
    // Compose interpolation with nothing set in the caller's environment: `${VAR:-default}` → default.
    if (inEnvironment && entry) env[entry[1]!] = entry[2]!.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, "$1");
  }
  return env;
}

test("docker compose starts the app with DB_STARTUP=wait against the postgres service", async () => {
  const env = await composeEnvironment("app");
  expect(env.DB_STARTUP).toBe("wait");
  const config = loadConfig(env);
  expect(config.dbStartup).toBe("wait");
  expect(config.databaseUrl).toMatch(/@postgres:5432\//);
  // The key is passed through from the caller; unset, writes stay loopback-only.
  expect(env.NEWSGRAPH_API_KEY).toBe("");
  expect(config.apiKey).toBeNull();
});

/** The lines of one service's block in docker-compose.yml. */
async function serviceBlock(service: string): Promise<string[]> {
  const lines = (
    await readFile(new URL("../../docker-compose.yml", import.meta.url), "utf8")
  ).split("\n");
  const start = lines.indexOf(`  ${service}:`);
  expect(start, `service ${service}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && /^ {0,2}\S/.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

test("docker compose scales the app (a host port range, no container name) beside a worker service", async () => {
  const app = await serviceBlock("app");
  expect(app.some((line) => /container_name:/.test(line))).toBe(false);
  const port = app.map((line) => /^ {6}- "(\d+)-(\d+):4000"$/.exec(line)).find(Boolean);
  expect(port, "a host port range for app replicas").toBeTruthy();
  expect(Number(port![2]) - Number(port![1]) + 1).toBeGreaterThanOrEqual(2);
  // Replicas must not each run npm ci into the shared node_modules volume.
  expect(app.join("\n")).not.toMatch(/npm ci/);

  const worker = await serviceBlock("worker");
  expect(worker.join("\n")).toMatch(/command: node bin\/newsgraph\.js worker/);
  const workerConfig = loadConfig(await composeEnvironment("worker"));
  const appConfig = loadConfig(await composeEnvironment("app"));
  expect(workerConfig.databaseUrl).toBe(appConfig.databaseUrl);
  expect(worker.some((line) => /ports:/.test(line))).toBe(false);
  for (const service of [app, worker]) {
    expect(service.join("\n")).toMatch(/install:\n\s+condition: service_completed_successfully/);
  }
});
