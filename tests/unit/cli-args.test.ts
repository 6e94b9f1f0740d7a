import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { parseCommandArgs } from "../../src/cli/args.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("parseCommandArgs", () => {
  let out: string[];
  let err: string[];
  beforeEach(() => {
    out = [];
    err = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void out.push(line));
    vi.spyOn(console, "error").mockImplementation((line: string) => void err.push(line));
  });
  afterEach(() => vi.restoreAllMocks());

  const spec = {
    name: "demo",
    usage: "Usage: newsgraph demo FILE [--level N]",
    options: { level: { type: "string" as const }, json: { type: "boolean" as const } },
    positionals: { min: 1, max: 1 },
  };

  test("parses options and positionals", () => {
    const parsed = parseCommandArgs(spec, ["a.txt", "--level", "3", "--json"]);
    expect(parsed).toMatchObject({ values: { level: "3", json: true }, positionals: ["a.txt"] });
    expect([...out, ...err]).toEqual([]);
  });

  test("--help and -h print the usage on stdout and return 0, whatever else is given", () => {
    expect(parseCommandArgs(spec, ["--help"])).toBe(0);
    expect(parseCommandArgs(spec, ["-h", "--unknown", "x", "y"])).toBe(0);
    expect(out).toEqual([spec.usage, spec.usage]);
    expect(err).toEqual([]);
  });

  test("after -- a --help is an argument, not a request for help", () => {
    expect(parseCommandArgs(spec, ["--", "--help"])).toMatchObject({ positionals: ["--help"] });
  });

  test.each([
    [["a.txt", "--verbose"], /Unknown option '--verbose'/],
    [["a.txt", "--level"], /--level <value>' argument missing/],
    [["a.txt", "--json=yes"], /does not take an argument/],
    [[], /an argument is missing/],
    [["a.txt", "b.txt"], /unexpected argument\(s\) "b.txt"/],
  ])("refuses %j with exit code 2 and the usage on stderr", (args, message) => {
    expect(parseCommandArgs(spec, args)).toBe(2);
    expect(err.join("\n")).toMatch(message);
    expect(err.join("\n")).toContain(spec.usage);
    expect(out).toEqual([]);
  });

  test("a command without positionals refuses any", () => {
    const none = { name: "seed", usage: "Usage: newsgraph seed", options: {} };
    expect(parseCommandArgs(none, ["seeds/"])).toBe(2);
    expect(err.join("\n")).toMatch(/newsgraph seed: takes no arguments, got "seeds\/"/);
  });
});

/** Runs the real CLI (bin/newsgraph.js) and collects its output. */
function run(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin/newsgraph.js"), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("newsgraph commands", () => {
  test("every command's --help prints its usage and does nothing else", async () => {
    const scratch = await mkdtemp(path.join(os.tmpdir(), "newsgraph-help-"));
    const dataDir = path.join(scratch, "data");
    try {
      // DATABASE_URL points nowhere: a command that tried to use it would fail.
      const env = { DATA_DIR: dataDir, DATABASE_URL: "" };
      const commands = [
        "migrate",
        "seed",
        "extract",
        "eval",
        "ingest",
        "reprocess",
        "worker",
        "retry-failed",
      ];
      const results = await Promise.all(commands.map((name) => run([name, "--help"], env)));
      for (const [i, result] of results.entries()) {
        expect(result, commands[i]).toMatchObject({ code: 0, stderr: "" });
        expect(result.stdout).toMatch(new RegExp(`^Usage: newsgraph ${commands[i]}`));
      }
      // migrate --help and seed --help opened no database: DATA_DIR was never created.
      expect(existsSync(dataDir)).toBe(false);
      const refused = await Promise.all([
        run(["seed", "everything"], env),
        run(["migrate", "--force"], env),
        run(["extract"], env),
        run(["worker", "--bogus", "-h"], env),
        run(["retry-failed", "now"], env),
      ]);
      // --help wins over a wrong argument beside it.
      expect(refused.map((r) => r.code)).toEqual([2, 2, 2, 0, 2]);
      expect(refused[3]!.stdout).toMatch(/^Usage: newsgraph worker/);
      expect(refused[4]!.stderr).toMatch(/newsgraph retry-failed: takes no arguments/);
      expect(refused[0]!.stderr).toMatch(/newsgraph seed: takes no arguments/);
      expect(refused[1]!.stderr).toMatch(/newsgraph migrate: Unknown option '--force'/);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }, 300_000);
});
