/**
 * Scores the extraction pipeline on the shared development fixtures
 * (`../shared/fixtures` beside the repository).
 *
 *   npx tsx scripts/eval-shared.ts                 table per article, totals last
 *   npx tsx scripts/eval-shared.ts --json          figures as JSON
 *   npx tsx scripts/eval-shared.ts --article NAME  predicted against gold for one article
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runEvalCommand } from "../src/eval/commands.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const sharedFixtures = resolve(repoRoot, "../shared/fixtures");

process.exitCode = await runEvalCommand([sharedFixtures, ...process.argv.slice(2)]);
