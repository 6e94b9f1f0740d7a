import { readFile } from "node:fs/promises";
import { parseCommandArgs } from "../cli/args.js";
import { extract } from "../extract/pipeline.js";
import type { Extraction } from "../extract/types.js";
import { type FormatArticle, toFormatJson } from "./format.js";
import {
  evaluateArticle,
  evaluateDirectory,
  formatArticleDiff,
  formatReport,
  listAnnotatedArticles,
  readAnnotatedArticle,
  reportToJson,
} from "./run.js";

const EVAL_USAGE = `Usage: newsgraph eval DIR [--json] [--article NAME]

Scores the extractor on every NAME.txt + NAME.gold.json in DIR (precision,
recall, F1 per layer). --json prints the figures as JSON; --article NAME prints
predicted against gold for one article (a unique prefix of its name will do).`;
const EXTRACT_USAGE = `Usage: newsgraph extract FILE|- [--published YYYY-MM-DD] [--year YYYY] [--json]

Prints the entities, quotes and events found in one article (no database).
FILE - reads standard input. --published sets the publication day, --year
completes a dateline without a year, --json prints the gold-file shape.`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

function errorMessage(caught: unknown): string {
  return caught instanceof Error ? caught.message : String(caught);
}

/** The article an `--article` value names: exact, without extension, or a unique prefix ("dev-04"). */
async function resolveArticleName(dir: string, requested: string): Promise<string> {
  const wanted = requested.replace(/\.(txt|gold\.json)$/, "");
  const names = await listAnnotatedArticles(dir);
  if (names.includes(wanted)) return wanted;
  const matches = names.filter((name) => name.startsWith(wanted));
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  throw new Error(
    matches.length === 0
      ? `no annotated article "${wanted}" in ${dir}`
      : `"${wanted}" is ambiguous: ${matches.join(", ")}`,
  );
}

/**
 * `newsgraph eval DIR`: scores the pipeline on every NAME.txt + NAME.gold.json
 * in DIR. `--json` prints the figures as JSON; `--article NAME` prints
 * predicted against gold for one article. Returns the exit code.
 */
export async function runEvalCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    {
      name: "eval",
      usage: EVAL_USAGE,
      options: { json: { type: "boolean" }, article: { type: "string" } },
      positionals: { min: 1, max: 1 },
    },
    args,
  );
  if (typeof parsed === "number") return parsed;
  const dir = parsed.positionals[0]!;
  try {
    const requested = parsed.values.article;
    if (requested !== undefined) {
      const name = await resolveArticleName(dir, requested);
      const { text, gold } = await readAnnotatedArticle(dir, name);
      const result = evaluateArticle(name, text, gold, extract);
      console.log(
        parsed.values.json
          ? JSON.stringify({ predicted: result.predicted, gold }, null, 2)
          : formatArticleDiff(result),
      );
      return 0;
    }
    const report = await evaluateDirectory(dir, extract);
    console.log(
      parsed.values.json ? JSON.stringify(reportToJson(report), null, 2) : formatReport(report),
    );
    return 0;
  } catch (caught) {
    console.error(`eval failed: ${errorMessage(caught)}`);
    return 1;
  }
}

/** A readable account of one extraction: title, date, entities, quotes and events. */
export function formatExtraction(extraction: Extraction): string {
  const article: FormatArticle = toFormatJson(extraction);
  const lines = [
    `Title:     ${article.title || "(none)"}`,
    `Published: ${article.publishedAt ?? "unknown"}`,
  ];
  if (extraction.authors.length > 0) lines.push(`Authors:   ${extraction.authors.join(", ")}`);
  lines.push("", `Entities (${article.entities.length})`);
  for (const entity of article.entities) {
    const aliases = entity.aliases.length > 0 ? `  aka ${entity.aliases.join("; ")}` : "";
    lines.push(`  ${entity.type.padEnd(12)} ${entity.name}${aliases}`);
  }
  lines.push("", `Quotes (${article.quotes.length})`);
  for (const quote of article.quotes) {
    lines.push(`  ${quote.speaker ?? "(unattributed)"}: "${quote.text}"`);
  }
  lines.push("", `Events (${article.events.length})`);
  for (const event of article.events) {
    const where = event.location === null ? "" : ` at ${event.location}`;
    lines.push(`  ${event.type} · ${event.date ?? "undated"}${where} · "${event.trigger}"`);
    if (event.participants.length > 0)
      lines.push(`      participants: ${event.participants.join(", ")}`);
    if (event.summary) lines.push(`      ${event.summary}`);
  }
  return lines.join("\n");
}

/**
 * `newsgraph extract FILE [--published YYYY-MM-DD] [--year YYYY] [--json]`
 * (FILE `-` reads stdin; `--year` completes a dateline without a year): prints
 * what the pipeline finds in one article. Returns the exit code.
 */
export async function runExtractCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    {
      name: "extract",
      usage: EXTRACT_USAGE,
      options: {
        json: { type: "boolean" },
        published: { type: "string" },
        year: { type: "string" },
      },
      positionals: { min: 1, max: 1 },
    },
    args,
  );
  if (typeof parsed === "number") return parsed;
  const file = parsed.positionals[0]!;
  const published = parsed.values.published;
  if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    console.error(`--published must be YYYY-MM-DD, got "${published}"\n${EXTRACT_USAGE}`);
    return 2;
  }
  const year = parsed.values.year;
  if (year !== undefined && !/^\d{4}$/.test(year)) {
    console.error(`--year must be YYYY, got "${year}"\n${EXTRACT_USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = file === "-" ? await readStdin() : await readFile(file, "utf8");
  } catch (caught) {
    console.error(`cannot read ${file}: ${errorMessage(caught)}`);
    return 1;
  }
  const extraction = extract(text, {
    ...(published === undefined ? {} : { publishedAt: published }),
    ...(year === undefined ? {} : { year: Number(year) }),
  });
  console.log(
    parsed.values.json
      ? JSON.stringify(toFormatJson(extraction), null, 2)
      : formatExtraction(extraction),
  );
  return 0;
}
