import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/client.js";
import { openConfiguredDatabase } from "../../src/db/open.js";
import { withDatabase } from "../setup/global.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = path.join(ROOT, "bin/newsgraph.js");
const SEEDS = path.join(ROOT, "seeds");

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const seed = (name: string) => readFile(path.join(SEEDS, name), "utf8");

/** A work directory with every kind of input and failure the bulk command handles. */
async function prepareInputs(dir: string) {
  await mkdir(path.join(dir, "batch/nested"), { recursive: true });
  await cp(path.join(SEEDS, "01-idlib-gas-attack-kills-dozens.txt"), path.join(dir, "one.txt"));
  await cp(
    path.join(SEEDS, "02-khan-sheikhoun-toll-rises.txt"),
    path.join(dir, "batch/02-toll.txt"),
  );
  await cp(
    path.join(SEEDS, "03-haley-un-photos-trump-assad.txt"),
    path.join(dir, "batch/nested/03-haley.txt"),
  );
  await writeFile(path.join(dir, "batch/notes.md"), "not an article format; skipped\n");
  await writeFile(path.join(dir, "empty.txt"), "");
  await writeFile(path.join(dir, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x00, 0x00]));
  const lines = [
    JSON.stringify({
      text: await seed("04-brussels-donors-pledge-syria-aid.txt"),
      url: "https://www.bbc-example.test/news/aid",
      publishedAt: "2017-04-05",
      source: "BBC",
    }),
    "{not json",
    "",
    JSON.stringify({
      text: await seed("05-moualem-denies-chemical-weapons-use.txt"),
      publishedAt: "2017-04-06",
      source: "Xinhua",
    }),
    JSON.stringify({ text: "   " }),
    JSON.stringify({ text: "x", publishedAt: 20170406 }),
  ];
  await writeFile(path.join(dir, "feed.jsonl"), `${lines.join("\n")}\n`);
}

function runCli(args: string[], env: Record<string, string>, stdin = ""): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: workDir,
      env: { ...process.env, LOG_LEVEL: "silent", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

let workDir = "";

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "newsgraph-cli-"));
  await prepareInputs(workDir);
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** PGlite under a temporary DATA_DIR always; a throwaway PostgreSQL database too when configured. */
function cliBackends(): { name: string; env: () => Promise<Record<string, string>> }[] {
  const backends: { name: string; env: () => Promise<Record<string, string>> }[] = [
    {
      name: "pglite",
      env: async () => ({ DATA_DIR: path.join(workDir, `data-${randomUUID()}`) }),
    },
  ];
  const server = inject("postgres");
  if (server) {
    backends.push({
      name: "postgres",
      env: async () => {
        const name = `newsgraph_cli_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
        const admin = await openDatabase({ kind: "postgres", url: server.url }, { migrate: false });
        await admin.withSession((s) =>
          s.exec(`CREATE DATABASE ${name} TEMPLATE ${server.template}`),
        );
        await admin.close();
        createdDatabases.push(name);
        return { DATABASE_URL: withDatabase(server.url, name) };
      },
    });
  }
  return backends;
}

const createdDatabases: string[] = [];
afterAll(async () => {
  const server = inject("postgres");
  if (!server || createdDatabases.length === 0) return;
  const admin = await openDatabase({ kind: "postgres", url: server.url }, { migrate: false });
  for (const name of createdDatabases) {
    await admin.withSession((s) => s.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
  await admin.close();
});

for (const backend of cliBackends()) {
  describe(`newsgraph ingest / reprocess [${backend.name}]`, () => {
    let env: Record<string, string> = {};
    beforeAll(async () => {
      env = await backend.env();
    });

    test("ingests files, directories, JSON Lines and stdin; reports every failure and exits 1", async () => {
      const stdinArticle = await seed("06-xi-arrives-mar-a-lago-tillerson-assad.txt");
      const result = await runCli(
        [
          "ingest",
          "one.txt",
          "batch",
          "feed.jsonl",
          "empty.txt",
          "binary.txt",
          "missing.txt",
          "-",
          "--concurrency",
          "3",
        ],
        env,
        stdinArticle,
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        /^ingested 6 \(6 new, 0 updated\), 0 duplicate\(s\), 6 failed/m,
      );
      const failures = result.stdout
        .split("\n")
        .filter((line) => line.startsWith("  failed "))
        .sort();
      expect(failures).toEqual([
        "  failed binary.txt: text contains NUL bytes; binary input is not an article",
        "  failed empty.txt: text must not be empty",
        expect.stringMatching(/^ {2}failed feed\.jsonl:2: invalid JSON: /),
        "  failed feed.jsonl:5: text must not be empty",
        "  failed feed.jsonl:6: publishedAt must be a string",
        "  failed missing.txt: no such file or directory",
      ]);
      // Not a terminal: one plain progress line per article read (unreadable inputs have none), on stderr.
      const progress = result.stderr.split("\n").filter((line) => /^\[\d+\/9\] /.test(line));
      expect(progress).toHaveLength(9);
      expect(result.stderr).toContain("ingested batch/nested/03-haley.txt");
      expect(result.stderr).toContain("ingested stdin");
    });

    test("a second run stores nothing new and says so; changed text at a known URL is an update", async () => {
      const changed = JSON.stringify({
        text: `${await seed("04-brussels-donors-pledge-syria-aid.txt")}\nCorrection: figures updated.`,
        url: "https://www.bbc-example.test/news/aid",
        publishedAt: "2017-04-05",
        source: "BBC",
      });
      const result = await runCli(["ingest", "one.txt", "batch", "-"], env, `${changed}\n`);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /^ingested 1 \(0 new, 1 updated\), 3 duplicate\(s\), 0 failed/m,
      );
      expect(result.stderr).toContain("duplicate one.txt (already stored as article");
      expect(result.stderr).toContain("updated stdin:1");
    });

    test("reprocess re-runs the extractor over all stored articles, or only outdated ones", async () => {
      const all = await runCli(["reprocess", "--all"], env);
      expect(all.code).toBe(0);
      expect(all.stdout).toMatch(/^reprocessed 6 of 6 article\(s\) with extractor \S+, 0 failed/m);
      expect(all.stderr.split("\n").filter((l) => l.includes("reprocessed article"))).toHaveLength(
        6,
      );
      const outdated = await runCli(["reprocess", "--outdated"], env);
      expect(outdated.code).toBe(0);
      expect(outdated.stdout).toMatch(/^reprocessed 0 of 0 article\(s\)/m);
    });

    test("reprocess --degraded takes the articles on which a stage failed, and clears the mark", async () => {
      // As an extraction whose events stage failed would have stored it.
      const db = await openConfiguredDatabase(loadConfig(env));
      const [first] = await db.prisma.article.findMany({ orderBy: { id: "asc" }, take: 1 });
      await db.prisma.article.update({
        where: { id: first!.id },
        data: { degradedStages: ["events"] },
      });
      await db.close();

      const degraded = await runCli(["reprocess", "--degraded"], env);
      expect(degraded.code).toBe(0);
      expect(degraded.stdout).toMatch(/^reprocessed 1 of 1 article\(s\)/m);
      expect(degraded.stderr).toContain(`reprocessed article ${first!.id} `);
      const again = await runCli(["reprocess", "--degraded"], env);
      expect(again.stdout).toMatch(/^reprocessed 0 of 0 article\(s\)/m);
    });

    test.each([
      [["ingest"], /no PATH given/],
      [["ingest", "one.txt", "--concurrency", "0"], /--concurrency must be an integer/],
      [["ingest", "one.txt", "--bogus"], /Unknown option/],
      [["reprocess"], /exactly one of --all, --outdated or --degraded/],
      [["reprocess", "--all", "--degraded"], /exactly one of/],
    ])("usage error %j exits 2", async (args, message) => {
      const result = await runCli(args, env);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    });
  });
}
