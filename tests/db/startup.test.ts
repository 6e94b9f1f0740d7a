import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { loadSeeds } from "../../src/ingest/seed.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Runs the server entry point until it exits (or `timeoutMs` passes) and returns its output. */
function runServer(env: Record<string, string>, timeoutMs = 60_000) {
  return new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: "warn", SEED: "false", ...env },
    });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.on("data", (d) => (stdout += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

describe("server start-up failures", () => {
  test("by default (DB_STARTUP=fail) an unreachable database exits non-zero with one line naming host and cause", async () => {
    const { code, stderr } = await runServer({
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/newsgraph",
    });
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/127\.0\.0\.1:1\/newsgraph: connection refused/);
  });

  test("with DB_STARTUP=wait an unreachable database does not stop the server: live, not ready", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
      cwd: ROOT,
      env: {
        ...process.env,
        LOG_LEVEL: "info",
        SEED: "false",
        PORT: "0",
        HOST: "127.0.0.1",
        DB_STARTUP: "wait",
        DATABASE_URL: "postgresql://postgres@127.0.0.1:1/newsgraph",
      },
    });
    try {
      let stdout = "";
      const port = await new Promise<number>((resolve, reject) => {
        child.stdout.on("data", (d: Buffer) => {
          stdout += d.toString("utf8");
          const match = /"port":(\d+)/.exec(stdout);
          if (match) resolve(Number(match[1]));
        });
        child.on("exit", (code) => reject(new Error(`exited ${code}: ${stdout}`)));
      });
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      const ready = await fetch(`http://127.0.0.1:${port}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: "not ready", reason: "database unreachable" });
      const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });

  test("a port already in use exits non-zero with one line naming the port", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "0.0.0.0", resolve));
    const port = (blocker.address() as { port: number }).port;
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "newsgraph-port-"));
    try {
      const { code, stderr } = await runServer({ PORT: String(port), DATA_DIR: dataDir });
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(
        `newsgraph: port ${port} is already in use (set PORT to another port)`,
      );
    } finally {
      blocker.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe("embedded database on disk", () => {
  test("keeps its data across restarts and loads the seeds only once", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "newsgraph-data-"));
    try {
      const first = await openDatabase({ kind: "pglite", dataDir });
      const seeded = await loadSeeds(first.prisma);
      const stored = await first.prisma.article.count();
      await first.close();
      expect(seeded.ingested).toBeGreaterThan(0);
      expect(stored).toBe(seeded.ingested);

      const second = await openDatabase({ kind: "pglite", dataDir });
      const again = await loadSeeds(second.prisma);
      expect(again.ingested).toBe(0);
      expect(await second.prisma.article.count()).toBe(stored);
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
