import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

/** Logs one line through createLogger in a fresh process whose stdout is a pipe, or claims a terminal. */
function logOnce(format: string, terminal: boolean): string {
  const script = [
    terminal ? 'Object.defineProperty(process.stdout, "isTTY", { value: true });' : "",
    'const { createLogger } = await import("./src/logger.ts");',
    `createLogger("info", ${JSON.stringify(format)}).info({ articles: 3 }, "seed articles loaded");`,
  ].join("\n");
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "-e", script],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "" },
    },
  );
  expect(result.status, result.stderr).toBe(0);
  // Without the colours a terminal gets.
  return result.stdout.replace(ANSI_COLOUR, "").trim();
}

test("logs are readable lines (pino-pretty) on a terminal and JSON lines otherwise; LOG_FORMAT overrides", () => {
  const piped = logOnce("auto", false);
  expect(JSON.parse(piped)).toMatchObject({ level: 30, msg: "seed articles loaded", articles: 3 });

  const terminal = logOnce("auto", true);
  expect(() => JSON.parse(terminal)).toThrow();
  expect(terminal).toMatch(/INFO.*seed articles loaded/);
  expect(terminal).toMatch(/articles: 3/);

  expect(() => JSON.parse(logOnce("json", true))).not.toThrow();
  expect(logOnce("pretty", false)).toMatch(/INFO.*seed articles loaded/);
}, 120_000);

test("buffered JSON lines: none is lost at exit, and a lone line reaches a reader without more logging", async () => {
  const burst = [
    'const { createLogger } = await import("./src/logger.ts");',
    'const logger = createLogger("info", "json");',
    'for (let i = 0; i < 500; i++) logger.info({ i }, "request");',
    "process.exit(0);",
  ].join("\n");
  const exited = spawnSync(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "-e", burst],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "" },
    },
  );
  expect(exited.status, exited.stderr).toBe(0);
  const lines = exited.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { i: number });
  expect(lines.map((line) => line.i)).toEqual(Array.from({ length: 500 }, (_, i) => i));

  // One line, then the process waits for its stdin to close: it only ends if the line came out.
  const lone = [
    'const { createLogger } = await import("./src/logger.ts");',
    'createLogger("info", "json").info({ port: 1234 }, "listening");',
    "process.stdin.resume();",
    'process.stdin.on("end", () => process.exit(0));',
  ].join("\n");
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", lone], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: "" },
    stdio: ["pipe", "pipe", "inherit"],
  });
  let output = "";
  await new Promise<void>((resolve) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.includes("\n")) resolve();
    });
  });
  child.stdin.end();
  await new Promise((resolve) => child.once("exit", resolve));
  expect(JSON.parse(output)).toMatchObject({ port: 1234, msg: "listening" });
}, 120_000);
