import { randomUUID } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../src/db/client.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A gzip dump of a migrated, empty PGlite data directory. */
    pgliteTemplatePath: string;
    /** Server URL and template database name when TEST_DATABASE_URL is set. */
    postgres: { url: string; template: string } | null;
  }
}

/**
 * Migrates once per run: a PGlite data-dir dump each test file loads (~1 s
 * instead of initdb + migrations), and a template database on PostgreSQL
 * that each test file clones.
 */
export default async function setup(project: TestProject) {
  const pglite = await openDatabase({ kind: "pglite", dataDir: null });
  const dump = await pglite.dumpDataDir!();
  await pglite.close();
  const templatePath = path.join(
    os.tmpdir(),
    `newsgraph-pglite-${process.pid}-${randomUUID()}.tgz`,
  );
  await writeFile(templatePath, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplatePath", templatePath);

  const serverUrl = process.env.TEST_DATABASE_URL;
  let template: string | null = null;
  if (serverUrl) {
    template = `newsgraph_tpl_${process.pid}`;
    const admin = await openDatabase({ kind: "postgres", url: serverUrl }, { migrate: false });
    await admin.withSession(async (s) => {
      await s.exec(`DROP DATABASE IF EXISTS ${template}`);
      await s.exec(`CREATE DATABASE ${template}`);
    });
    await admin.close();
    const migrated = await openDatabase({
      kind: "postgres",
      url: withDatabase(serverUrl, template),
    });
    await migrated.close();
  }
  project.provide("postgres", serverUrl && template ? { url: serverUrl, template } : null);

  return async () => {
    await rm(templatePath, { force: true });
    if (serverUrl && template) {
      const admin = await openDatabase({ kind: "postgres", url: serverUrl }, { migrate: false });
      await admin.withSession((s) => s.exec(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
      await admin.close();
    }
  };
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
