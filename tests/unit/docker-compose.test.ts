import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { loadConfig } from "../../src/config.js";

// No Docker daemon runs where the tests do: these check docker-compose.yml statically, as Compose
// would read it, against the scripts, the CLI and the configuration the services start.

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

interface Service {
  image?: string;
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }> | string[];
  container_name?: string;
  restart?: string;
}

const compose = parse(readFileSync(`${ROOT}docker-compose.yml`, "utf8")) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};
const { scripts } = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as {
  scripts: Record<string, string>;
};
const configSource = readFileSync(`${ROOT}src/config.ts`, "utf8");

function service(name: string): Service {
  const found = compose.services[name];
  expect(found, `service ${name}`).toBeDefined();
  return found!;
}

/** A service's environment as the container sees it, with `${VAR:-default}` taken as unset VAR. */
function environment(name: string): Record<string, string> {
  const env = service(name).environment ?? {};
  const entries = Array.isArray(env)
    ? env.map((line): [string, string] => {
        const at = line.indexOf("=");
        return at === -1 ? [line, ""] : [line.slice(0, at), line.slice(at + 1)];
      })
    : Object.entries(env).map(([key, value]): [string, string] => [
        key,
        value == null ? "" : String(value),
      ]);
  return Object.fromEntries(
    entries.map(([key, value]) => [key, value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, "$1")]),
  );
}

/** The words of a command as the container runs them: `sh -c "a && b"` gives each of a and b. */
function commands(name: string): string[][] {
  const command = service(name).command;
  const words = Array.isArray(command) ? command : ((command ?? "").match(/"[^"]*"|\S+/g) ?? []);
  const unquoted = words.map((word) => word.replace(/^"(.*)"$/, "$1"));
  if (unquoted[0] === "sh" && unquoted[1] === "-c") {
    return unquoted[2]!.split("&&").map((part) => part.trim().split(/\s+/));
  }
  return [unquoted];
}

/** Runs `node bin/newsgraph.js ARGS --help`: exit 0 and the command's usage when the CLI knows it. */
function cliHelp(args: string[]) {
  const result = spawnSync(process.execPath, ["bin/newsgraph.js", ...args, "--help"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "" },
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("docker-compose.yml", () => {
  test("every service's command is an npm script or a newsgraph command that exists", () => {
    for (const [name, definition] of Object.entries(compose.services)) {
      if (definition.command === undefined) continue;
      for (const words of commands(name)) {
        if (words[0] === "npm") {
          // `npm ci` is npm's own; `npm start` / `npm run X` must be scripts of package.json.
          if (words[1] === "ci") continue;
          const script = words[1] === "run" ? words[2]! : words[1]!;
          expect(scripts[script], `${name}: npm ${words.slice(1).join(" ")}`).toBeDefined();
        } else {
          expect(words.slice(0, 2), `${name}: ${words.join(" ")}`).toEqual([
            "node",
            "bin/newsgraph.js",
          ]);
          const { status, output } = cliHelp(words.slice(2));
          expect(status, `${name}: ${words.join(" ")}\n${output}`).toBe(0);
          expect(output).toContain(`Usage: newsgraph ${words[2]}`);
        }
      }
    }
  }, 60_000);

  test("every variable the app and the worker get is one the configuration reads, and valid", () => {
    for (const name of ["app", "worker"]) {
      const env = environment(name);
      for (const variable of Object.keys(env)) {
        expect(
          configSource.includes(`env.${variable}`) || configSource.includes(`"${variable}"`),
          `${name}: ${variable} is read by src/config.ts`,
        ).toBe(true);
      }
      // loadConfig throws on any value it does not accept.
      expect(() => loadConfig(env), name).not.toThrow();
    }
  });

  test("the app waits for PostgreSQL (DB_STARTUP=wait) at the postgres service, writes need a key", () => {
    const config = loadConfig(environment("app"));
    expect(config.dbStartup).toBe("wait");
    expect(config.databaseUrl).toMatch(/@postgres:5432\//);
    const postgres = service("postgres").environment as Record<string, string>;
    const url = new URL(config.databaseUrl!);
    expect([url.username, url.password, url.pathname.slice(1)]).toEqual([
      postgres.POSTGRES_USER,
      postgres.POSTGRES_PASSWORD,
      postgres.POSTGRES_DB,
    ]);
    // The key is passed through from the caller; unset, writes stay loopback-only.
    expect(environment("app").NEWSGRAPH_API_KEY).toBe("");
    expect(config.apiKey).toBeNull();
  });

  test("the app scales (a host port range, no container name) beside a worker on the same database", () => {
    const app = service("app");
    expect(app.container_name).toBeUndefined();
    const appConfig = loadConfig(environment("app"));
    const range = app.ports
      ?.map((port) => /^(\d+)-(\d+):(\d+)$/.exec(port))
      .find((match) => match !== null);
    expect(range, "a host port range for app replicas").toBeTruthy();
    expect(Number(range![2]) - Number(range![1]) + 1).toBeGreaterThanOrEqual(2);
    expect(Number(range![3])).toBe(appConfig.port);

    const worker = service("worker");
    expect(commands("worker")[0]!.slice(2, 3)).toEqual(["worker"]);
    expect(worker.ports).toBeUndefined();
    const workerConfig = loadConfig(environment("worker"));
    expect(workerConfig.databaseUrl).toBe(appConfig.databaseUrl);
    expect(workerConfig.workerNiceness).toBeGreaterThan(0);
  });

  test("dependencies are installed and dist/ compiled once, before any replica starts", () => {
    const install = commands("install").map((words) => words.join(" "));
    expect(install).toEqual(["npm ci --ignore-scripts", "npm run postinstall", "npm run build"]);
    for (const name of ["app", "worker"]) {
      const definition = service(name);
      // Replicas must not each run npm ci (or compile) into the shared volume and bind mount.
      expect(commands(name).flat()).not.toContain("ci");
      expect(definition.depends_on).toMatchObject({
        install: { condition: "service_completed_successfully" },
        postgres: { condition: "service_healthy" },
      });
      expect(definition.volumes).toEqual(service("install").volumes);
    }
    expect(service("postgres").volumes?.[0]).toMatch(/^pgdata:/);
    expect(Object.keys(compose.volumes ?? {}).sort()).toEqual(["app_node_modules", "pgdata"]);
  });
});
