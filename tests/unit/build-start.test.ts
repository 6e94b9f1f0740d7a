import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

test("npm run build compiles to dist/, and npm start serves GraphQL from it without tsx", async () => {
  const built = spawnSync(process.execPath, ["scripts/build.js"], { cwd: ROOT, encoding: "utf8" });
  expect(built.status, built.stdout + built.stderr).toBe(0);

  // Paths resolved from a module's own location point at the repository from dist/ too.
  const seed = (await import(pathToFileURL(path.join(ROOT, "dist/ingest/seed.js")).href)) as {
    SEEDS_DIR: string;
  };
  const migrate = (await import(pathToFileURL(path.join(ROOT, "dist/db/migrate.js")).href)) as {
    MIGRATIONS_DIR: string;
  };
  expect(seed.SEEDS_DIR).toBe(path.join(ROOT, "seeds"));
  expect(migrate.MIGRATIONS_DIR).toBe(path.join(ROOT, "prisma/migrations"));

  const dataDir = await mkdtemp(path.join(os.tmpdir(), "newsgraph-start-"));
  // What `npm start` runs; NODE_OPTIONS is cleared so that no loader (tsx) can help it.
  const child = spawn(process.execPath, ["scripts/start.js"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_OPTIONS: "",
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      SEED: "false",
      LOG_LEVEL: "info",
    },
  });
  try {
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => {
        stdout += d.toString("utf8");
        const match = /"port":(\d+)/.exec(stdout);
        if (match) resolve(Number(match[1]));
      });
      child.on("exit", () => reject(new Error(`server exited early: ${stdout}${stderr}`)));
    });
    // Just built: start.js did not compile again.
    expect(stderr).not.toContain("compiling");
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ articles { totalCount } }" }),
    });
    expect(await response.json()).toEqual({ data: { articles: { totalCount: 0 } } });
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    // stdout is a pipe, not a terminal: JSON lines.
    for (const line of stdout.trim().split("\n")) expect(() => JSON.parse(line)).not.toThrow();
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  }
}, 600_000);
