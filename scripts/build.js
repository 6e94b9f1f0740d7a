// `npm run build`: compiles src/ to JavaScript in dist/ (tsconfig.build.json) and records
// when, so that `npm start` knows whether dist/ is up to date. Importable: start.js calls build().
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = path.resolve(import.meta.dirname, "..");
export const DIST = path.join(ROOT, "dist");
const STAMP = path.join(DIST, ".build-stamp");
/** Besides src/, what changes the compiled output. */
const CONFIG_FILES = ["tsconfig.json", "tsconfig.build.json", "package.json"];

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** True when dist/ is missing or older than a source or configuration file. */
export function buildIsStale() {
  let builtAt;
  try {
    builtAt = statSync(STAMP).mtimeMs;
  } catch {
    return true;
  }
  const sources = Math.max(
    newestChange(path.join(ROOT, "src")),
    ...CONFIG_FILES.map((file) => statSync(path.join(ROOT, file)).mtimeMs),
  );
  return sources > builtAt;
}

/** Runs tsc over tsconfig.build.json; returns its exit code. */
export function build() {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const started = Date.now();
  // The stamp is taken before compiling: a file edited during the build makes the next start rebuild.
  const startedAt = new Date();
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (result.status !== 0) return result.status ?? 1;
  mkdirSync(DIST, { recursive: true });
  writeFileSync(STAMP, `${startedAt.toISOString()}\n`);
  console.error(
    `newsgraph: compiled src/ to dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = build();
}
