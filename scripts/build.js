// `npm run build`: compiles src/ to JavaScript in dist/ (tsconfig.build.json), bundles the
// server from it into dist/bundle/ (what `npm start` runs), and records when, so that
// `npm start` knows whether dist/ is up to date. Importable: start.js calls build().
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = path.resolve(import.meta.dirname, "..");
export const DIST = path.join(ROOT, "dist");
/**
 * The bundled server. Two levels below the root like every compiled module, so paths that
 * modules resolve from their own location (../../seeds, ../../prisma/migrations) stay right;
 * the extraction worker is bundled beside it, where extract-pool looks for it.
 */
export const BUNDLE = path.join(DIST, "bundle");
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
  const bundled = bundle();
  if (bundled !== 0) return bundled;
  mkdirSync(DIST, { recursive: true });
  writeFileSync(STAMP, `${startedAt.toISOString()}\n`);
  console.error(
    `newsgraph: compiled src/ to dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

/**
 * Packages left outside the bundle: they find files (WebAssembly, worker scripts, the
 * query compiler) relative to their own location, or are loaded only on some paths.
 */
const UNBUNDLED = [
  "@electric-sql/pglite",
  "pglite-prisma-adapter",
  "@prisma/client",
  "@prisma/adapter-pg",
  "pg",
  "pg-boss",
  "pino",
  "pino-pretty",
];

/**
 * Bundles dist/server.js and the extraction worker into dist/bundle/ with esbuild: one
 * file for the modules a start loads instead of hundreds is a third less start-up CPU
 * (bench/start.ts). Dynamic imports stay separate chunks, loaded when first needed.
 */
function bundle() {
  const esbuild = createRequire(import.meta.url)("esbuild");
  rmSync(BUNDLE, { recursive: true, force: true });
  try {
    esbuild.buildSync({
      entryPoints: [path.join(DIST, "server.js"), path.join(DIST, "ingest/extract-worker.js")],
      bundle: true,
      splitting: true,
      platform: "node",
      format: "esm",
      target: "node20",
      outdir: BUNDLE,
      entryNames: "[name]",
      logLevel: "warning",
      external: UNBUNDLED,
      // Bundled CommonJS packages call require() for Node's own modules.
      banner: {
        js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
      },
    });
    return 0;
  } catch {
    // esbuild has printed the errors.
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = build();
}
