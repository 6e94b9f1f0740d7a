import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, test } from "vitest";
import { loadConfig } from "../../src/config.js";
import { startNewsgraph } from "../../src/http/app.js";
import { createNewsgraphYoga } from "../../src/yoga.js";
import { describeEachBackend } from "../setup/backends.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { logger: pino({ level: "debug" }, stream), lines };
}

/**
 * Starts a POST whose body is held back until `finish` is called, so the
 * request is in flight for as long as the test wants.
 */
function slowRequest(port: number, query: string) {
  const body = JSON.stringify({ query });
  const half = Math.floor(body.length / 2);
  let finish!: () => void;
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        let text = "";
        res.on("data", (d: Buffer) => (text += d.toString("utf8")));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.write(body.slice(0, half));
    finish = () => req.end(body.slice(half));
  });
  return { response, finish: () => finish() };
}

describeEachBackend("operations endpoints", (use) => {
  test("/health answers 200 and /ready 200 while the database is reachable and migrated", async () => {
    const { yoga } = {
      yoga: createNewsgraphYoga({ db: use(), logger: pino({ level: "silent" }) }),
    };
    const health = await yoga.fetch("http://localhost/health");
    expect(health.status).toBe(200);
    const ready = await yoga.fetch("http://localhost/ready");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  test("/ready answers 503 while a shipped migration is not applied", async () => {
    const db = use();
    const yoga = createNewsgraphYoga({ db, logger: pino({ level: "silent" }) });
    const latest = `(SELECT max(migration_name) FROM _prisma_migrations)`;
    await db.prisma.$executeRawUnsafe(
      `UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = ${latest}`,
    );
    try {
      const ready = await yoga.fetch("http://localhost/ready");
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({
        status: "not ready",
        reason: "1 migration(s) not applied",
      });
    } finally {
      await db.prisma.$executeRawUnsafe(`UPDATE _prisma_migrations SET rolled_back_at = NULL`);
    }
  });

  test("/metrics serves Prometheus metrics that count GraphQL requests", async () => {
    const yoga = createNewsgraphYoga({ db: use(), logger: pino({ level: "silent" }) });
    for (let i = 0; i < 3; i++) {
      await yoga.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "query Count { articles { totalCount } }" }),
      });
    }
    const metrics = await yoga.fetch("http://localhost/metrics");
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(text).toMatch(/^# TYPE newsgraph_http_request_duration_seconds histogram$/m);
    // "Count" is not on the allow-list of operation names: it is counted as "other".
    expect(text).toMatch(
      /newsgraph_graphql_operations_total\{type="query",name="other",outcome="ok"\} 3/,
    );
    expect(text).toMatch(
      /newsgraph_http_requests_total\{method="POST",route="\/graphql",status="200"\} 3/,
    );
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  test("every request gets an id, returned in a header and logged as one JSON line", async () => {
    const { logger, lines } = capturedLogger();
    const yoga = createNewsgraphYoga({ db: use(), logger });
    const post = (headers: Record<string, string>) =>
      yoga.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: "{ articles { totalCount } }" }),
      });
    const generated = await post({});
    const id = generated.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const given = await post({ "x-request-id": "trace-7" });
    expect(given.headers.get("x-request-id")).toBe("trace-7");
    const unsafe = await post({ "x-request-id": "bad id\nwith newline" });
    expect(unsafe.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const requestLines = lines.filter((line) => line.msg === "request");
    expect(requestLines.map((line) => line.requestId)).toEqual([
      id,
      "trace-7",
      unsafe.headers.get("x-request-id"),
    ]);
    expect(requestLines[0]).toMatchObject({
      level: 30,
      method: "POST",
      path: "/graphql",
      status: 200,
      durationMs: expect.any(Number),
    });
  });
});

describe("server lifecycle", () => {
  test("warns at start without an API key, and shutdown finishes in-flight requests before closing the database", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "newsgraph-ops-"));
    const { logger, lines } = capturedLogger();
    try {
      const running = await startNewsgraph(
        loadConfig({ DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", SEED: "false" }),
        logger,
      );
      expect(lines).toContainEqual(
        expect.objectContaining({
          level: 40,
          msg: "NEWSGRAPH_API_KEY is not set: mutations are accepted from loopback clients only",
        }),
      );
      const inFlight = slowRequest(running.port, "{ articles { totalCount } }");
      // Let the server receive the headers before shutdown starts.
      await new Promise((resolve) => setTimeout(resolve, 200));
      let shutDown = false;
      const shutdown = running.shutdown().then(() => (shutDown = true));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(shutDown).toBe(false);
      inFlight.finish();
      const answered = await inFlight.response;
      expect(answered.status).toBe(200);
      expect(JSON.parse(answered.body)).toEqual({ data: { articles: { totalCount: 0 } } });
      await shutdown;
      await expect(running.db.prisma.article.count()).rejects.toThrow();
      await expect(
        fetch(`http://127.0.0.1:${running.port}/health`).then((r) => r.status),
      ).rejects.toThrow();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  test("SIGTERM lets an in-flight request finish and exits 0 with JSON log lines", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "newsgraph-sigterm-"));
    const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: "0",
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        SEED: "false",
        LOG_LEVEL: "info",
      },
    });
    try {
      let stdout = "";
      const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
      const port = await new Promise<number>((resolve, reject) => {
        child.stdout.on("data", (d: Buffer) => {
          stdout += d.toString("utf8");
          const match = /"port":(\d+)/.exec(stdout);
          if (match) resolve(Number(match[1]));
        });
        child.on("exit", () => reject(new Error(`server exited early: ${stdout}`)));
      });
      const inFlight = slowRequest(port, "{ articles { totalCount } }");
      await new Promise((resolve) => setTimeout(resolve, 200));
      child.kill("SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 300));
      inFlight.finish();
      const answered = await inFlight.response;
      expect(answered.status).toBe(200);
      expect(JSON.parse(answered.body)).toEqual({ data: { articles: { totalCount: 0 } } });
      expect(await exited).toBe(0);
      const logLines = stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(logLines.map((line) => line.msg)).toEqual(
        expect.arrayContaining([
          "shutting down: finishing in-flight requests",
          "request",
          "stopped",
        ]),
      );
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
