import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { ExtractOptions, Extraction } from "../extract/types.js";
import { type FormatArticle, type Layer, parseFormatArticle, toFormatJson } from "./format.js";
import {
  type Accuracy,
  type ArticleScore,
  type Counts,
  type ScoreCounts,
  accuracyRate,
  prf,
  scoreArticle,
  sumCounts,
} from "./score.js";

/** The extractor under evaluation, e.g. `extract` from the pipeline. */
export type ExtractFunction = (text: string, options: ExtractOptions) => Extraction;

export interface ArticleResult {
  /** File name without `.txt`. */
  name: string;
  predicted: FormatArticle;
  gold: FormatArticle;
  score: ArticleScore;
  milliseconds: number;
  /** The message when the extractor threw; the article then scores as an empty prediction. */
  error: string | null;
}

export interface EvaluationReport {
  directory: string;
  articles: ArticleResult[];
  totals: ScoreCounts;
  milliseconds: number;
}

const EMPTY_PREDICTION: FormatArticle = { publishedAt: null, entities: [], quotes: [], events: [] };

/**
 * The options an article is extracted with: only the year of the gold
 * publication date, so that a dateline such as "April 12 (UPI)" can be
 * completed, while publishedAt detection itself is still measured.
 */
export function evaluationOptions(gold: FormatArticle): ExtractOptions {
  const year = gold.publishedAt === null ? null : Number(gold.publishedAt.slice(0, 4));
  return year !== null && Number.isInteger(year) ? { year } : {};
}

/** Extracts and scores one article given its text and gold annotation. */
export function evaluateArticle(
  name: string,
  text: string,
  gold: FormatArticle,
  extract: ExtractFunction,
): ArticleResult {
  let predicted = EMPTY_PREDICTION;
  let error: string | null = null;
  const started = performance.now();
  try {
    predicted = toFormatJson(extract(text, evaluationOptions(gold)));
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  const milliseconds = performance.now() - started;
  return { name, predicted, gold, score: scoreArticle(predicted, gold), milliseconds, error };
}

/** Lists the article names of a directory that have both NAME.txt and NAME.gold.json. */
export async function listAnnotatedArticles(dir: string): Promise<string[]> {
  const files = new Set(await readdir(dir));
  return [...files]
    .filter((file) => file.endsWith(".txt") && files.has(file.replace(/\.txt$/, ".gold.json")))
    .map((file) => file.replace(/\.txt$/, ""))
    .sort();
}

/** Reads one NAME.txt and NAME.gold.json pair. */
export async function readAnnotatedArticle(
  dir: string,
  name: string,
): Promise<{ text: string; gold: FormatArticle }> {
  const goldPath = join(dir, `${name}.gold.json`);
  const [text, goldText] = await Promise.all([
    readFile(join(dir, `${name}.txt`), "utf8"),
    readFile(goldPath, "utf8"),
  ]);
  return { text, gold: parseFormatArticle(JSON.parse(goldText), goldPath) };
}

/** Runs `extract` on every annotated article of `dir` and scores it against the gold files. */
export async function evaluateDirectory(
  dir: string,
  extract: ExtractFunction,
): Promise<EvaluationReport> {
  const inputs = [];
  for (const name of await listAnnotatedArticles(dir)) {
    inputs.push({ name, ...(await readAnnotatedArticle(dir, name)) });
  }
  // One untimed run first, so that lazy loading of lexicons and models is not
  // charged to whichever article happens to come first.
  const first = inputs[0];
  if (first) evaluateArticle(first.name, first.text, first.gold, extract);
  const articles = inputs.map(({ name, text, gold }) => evaluateArticle(name, text, gold, extract));
  return {
    directory: dir,
    articles,
    totals: sumCounts(articles.map((article) => article.score)),
    milliseconds: articles.reduce((sum, article) => sum + article.milliseconds, 0),
  };
}

/**
 * The genre of an article: its file-name prefix before the first "-" when that
 * is a word ("news-…", "bio-…"); numbered fixtures ("01-…") have none.
 */
export function genreOf(name: string): string | null {
  const prefix = /^([a-z]+)-/i.exec(name)?.[1];
  return prefix === undefined ? null : prefix.toLowerCase();
}

/** The articles of a report grouped by genre, in name order; empty when fewer than two genres. */
export function genreTotals(
  report: EvaluationReport,
): Array<{ genre: string; articleCount: number; totals: ScoreCounts; milliseconds: number }> {
  const groups = new Map<string, ArticleResult[]>();
  for (const article of report.articles) {
    const genre = genreOf(article.name);
    if (genre === null) return [];
    groups.set(genre, [...(groups.get(genre) ?? []), article]);
  }
  if (groups.size < 2) return [];
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([genre, articles]) => ({
      genre,
      articleCount: articles.length,
      totals: sumCounts(articles.map((article) => article.score)),
      milliseconds: articles.reduce((sum, article) => sum + article.milliseconds, 0),
    }));
}

const fixed = (value: number | null): string => (value === null ? "  -  " : value.toFixed(2));
const f1Of = (counts: Counts): string => fixed(prf(counts).f1);
const rateOf = (accuracy: Accuracy): string => fixed(accuracyRate(accuracy));
const ratio = (accuracy: Accuracy): string => `${accuracy.correct}/${accuracy.total}`;

function prfLine(counts: Counts): string {
  const { precision, recall, f1 } = prf(counts);
  return `P ${fixed(precision)} R ${fixed(recall)} F1 ${fixed(f1)} (${counts.matched}/${counts.predicted} pred, ${counts.gold} gold)`;
}

/** Four summary lines of a total; formatReport ends with them (a hook reads `tail -n 4`). */
export function formatTotals(
  totals: ScoreCounts,
  articleCount: number,
  milliseconds: number,
  label = "TOTAL ",
): string[] {
  const perArticle = articleCount === 0 ? 0 : milliseconds / articleCount;
  const scored = (layer: Layer, line: string): string =>
    totals.scoredArticles[layer] === 0
      ? "not annotated"
      : totals.scoredArticles[layer] === articleCount
        ? line
        : `${line} | over ${totals.scoredArticles[layer]} annotated articles`;
  return [
    `${label}entities  ${scored("entities", `${prfLine(totals.entities)} | typed F1 ${f1Of(totals.typedEntities)} | splits ${totals.splits}`)}`,
    `${label}quotes    ${scored("quotes", `${prfLine(totals.quotes)} | speaker ${rateOf(totals.speakers)} (${ratio(totals.speakers)})`)}`,
    `${label}events    ${scored("events", `${prfLine(totals.events)} | date ${rateOf(totals.eventDates)} (${ratio(totals.eventDates)}) | location ${rateOf(totals.eventLocations)} (${ratio(totals.eventLocations)})`)}`,
    `${label}articles ${articleCount} | publishedAt ${rateOf(totals.publishedAt)} (${ratio(totals.publishedAt)}) | ${perArticle.toFixed(1)} ms/article`,
  ];
}

/** A readable table: one row per article, then the totals as the last four lines. */
export function formatReport(report: EvaluationReport): string {
  const nameWidth = Math.max(7, ...report.articles.map((article) => article.name.length));
  const header = [
    "article".padEnd(nameWidth),
    "ent F1",
    "typed",
    "split",
    "quo F1",
    "spkr ",
    "evt F1",
    "date ",
    "pub",
    "    ms",
  ].join("  ");
  const rows = report.articles.map(({ name, score, milliseconds, error }) => {
    const ifScored = (layer: Layer, figure: string) =>
      score.scoredArticles[layer] > 0 ? figure : "-".padStart(figure.length);
    const row = [
      name.padEnd(nameWidth),
      ifScored("entities", f1Of(score.entities).padStart(6)),
      ifScored("entities", f1Of(score.typedEntities).padStart(5)),
      ifScored("entities", String(score.splits).padStart(5)),
      ifScored("quotes", f1Of(score.quotes).padStart(6)),
      ifScored("quotes", rateOf(score.speakers)),
      ifScored("events", f1Of(score.events).padStart(6)),
      ifScored("events", rateOf(score.eventDates)),
      (score.publishedAt.total === 0
        ? "-"
        : score.publishedAt.correct === 1
          ? "ok"
          : "no"
      ).padStart(3),
      milliseconds.toFixed(1).padStart(6),
    ].join("  ");
    return error === null ? row : `${row}  ERROR ${error}`;
  });
  const genres = genreTotals(report).flatMap(({ genre, articleCount, totals, milliseconds }) => [
    "",
    ...formatTotals(totals, articleCount, milliseconds, `${genre.toUpperCase()} `),
  ]);
  return [
    `Evaluation of ${report.directory}`,
    header,
    ...rows,
    ...genres,
    "",
    ...formatTotals(report.totals, report.articles.length, report.milliseconds),
  ].join("\n");
}

/** Predicted against gold for one article: matched pairs, missed gold and spurious predictions. */
export function formatArticleDiff(result: ArticleResult): string {
  const { predicted, gold, score } = result;
  const lines: string[] = [`== ${result.name}`];
  if (result.error !== null) lines.push(`extractor threw: ${result.error}`);
  lines.push(
    `publishedAt: predicted ${predicted.publishedAt ?? "null"}, gold ${gold.publishedAt ?? "null"}`,
  );

  const entityLabel = (e: FormatArticle["entities"][number]) =>
    `${e.name} [${e.type}]${e.aliases.length ? ` aka ${e.aliases.join(" | ")}` : ""}`;
  const { entities, quotes, events } = score.alignments;
  lines.push("", `-- entities ${prfLine(score.entities)}`);
  for (const { predicted: p, gold: g } of entities.pairs) {
    const predictedEntity = predicted.entities[p];
    const goldEntity = gold.entities[g];
    if (!predictedEntity || !goldEntity) continue;
    const typeNote =
      predictedEntity.type === goldEntity.type
        ? ""
        : `  TYPE ${predictedEntity.type} ≠ ${goldEntity.type}`;
    lines.push(
      `  ok      ${entityLabel(goldEntity)}  ⇐ ${entityLabel(predictedEntity)}${typeNote}`,
    );
  }
  for (const g of entities.missedGold) {
    const goldEntity = gold.entities[g];
    if (goldEntity) lines.push(`  missed  ${entityLabel(goldEntity)}`);
  }
  for (const p of entities.spuriousPredicted) {
    const predictedEntity = predicted.entities[p];
    if (predictedEntity) lines.push(`  extra   ${entityLabel(predictedEntity)}`);
  }

  lines.push("", `-- quotes ${prfLine(score.quotes)}`);
  for (const { predicted: p, gold: g } of quotes.pairs) {
    const goldQuote = gold.quotes[g];
    const predictedQuote = predicted.quotes[p];
    if (!goldQuote || !predictedQuote) continue;
    lines.push(
      `  ok      "${goldQuote.text.slice(0, 60)}" speaker gold ${goldQuote.speaker ?? "null"}, predicted ${predictedQuote.speaker ?? "null"}`,
    );
  }
  for (const g of quotes.missedGold) {
    const goldQuote = gold.quotes[g];
    if (goldQuote)
      lines.push(`  missed  "${goldQuote.text.slice(0, 60)}" (${goldQuote.speaker ?? "null"})`);
  }
  for (const p of quotes.spuriousPredicted) {
    const predictedQuote = predicted.quotes[p];
    if (predictedQuote)
      lines.push(
        `  extra   "${predictedQuote.text.slice(0, 60)}" (${predictedQuote.speaker ?? "null"})`,
      );
  }

  const eventLabel = (e: FormatArticle["events"][number]) =>
    `${e.type} ${e.date ?? "undated"} "${e.trigger}" [${e.participants.join(", ")}]${e.location ? ` @ ${e.location}` : ""}`;
  lines.push("", `-- events ${prfLine(score.events)}`);
  for (const { predicted: p, gold: g } of events.pairs) {
    const goldEvent = gold.events[g];
    const predictedEvent = predicted.events[p];
    if (goldEvent && predictedEvent)
      lines.push(`  ok      ${eventLabel(goldEvent)}  ⇐ ${eventLabel(predictedEvent)}`);
  }
  for (const g of events.missedGold) {
    const goldEvent = gold.events[g];
    if (goldEvent) lines.push(`  missed  ${eventLabel(goldEvent)}`);
  }
  for (const p of events.spuriousPredicted) {
    const predictedEvent = predicted.events[p];
    if (predictedEvent) lines.push(`  extra   ${eventLabel(predictedEvent)}`);
  }
  return lines.join("\n");
}

/** The report as plain JSON: per-article counts and rates, without the texts and alignments. */
export function reportToJson(report: EvaluationReport): unknown {
  const rates = (counts: ScoreCounts) => ({
    entities: prf(counts.entities),
    typedEntities: prf(counts.typedEntities),
    quotes: prf(counts.quotes),
    speakerAccuracy: accuracyRate(counts.speakers),
    events: prf(counts.events),
    eventDateAccuracy: accuracyRate(counts.eventDates),
    eventLocationAccuracy: accuracyRate(counts.eventLocations),
    publishedAtAccuracy: accuracyRate(counts.publishedAt),
  });
  const countsOnly = ({ alignments: _alignments, ...counts }: ArticleScore): ScoreCounts => counts;
  return {
    directory: report.directory,
    milliseconds: report.milliseconds,
    totals: { counts: report.totals, rates: rates(report.totals) },
    genres: genreTotals(report).map(({ genre, articleCount, totals }) => ({
      genre,
      articleCount,
      counts: totals,
      rates: rates(totals),
    })),
    articles: report.articles.map((article) => ({
      name: article.name,
      milliseconds: article.milliseconds,
      error: article.error,
      counts: countsOnly(article.score),
      rates: rates(article.score),
    })),
  };
}
