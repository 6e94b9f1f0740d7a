/**
 * Generated articles for the benchmarks, recombined from the team's own
 * writing: seeds/*.txt and tests/fixtures/*.txt. Each article has a headline,
 * a byline, a wire dateline and a body of about `words` words: the paragraphs
 * of one source article, topped up with runs of paragraphs from others of the
 * same collection, plus one paragraph in which people and places from small
 * lists meet. Sources and those lists repeat, so entities resolve and events
 * merge across articles; every article's text is distinct. Deterministic for a
 * given seed.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { runStages } from "../src/extract/pipeline.js";

const ROOT = path.resolve(import.meta.dirname, "..");

export interface SourceText {
  file: string;
  collection: "seeds" | "fixtures";
  headline: string;
  datelinePlace: string | null;
  agency: string | null;
  source: string | null;
  publishedAt: string | null;
  paragraphs: string[];
}

export interface GeneratedArticle {
  text: string;
  /** YYYY-MM-DD */
  publishedAt: string;
  source: string;
  words: number;
}

/** Reads the seed and fixture articles and splits each into headline, dateline and body paragraphs. */
export async function loadSources(): Promise<SourceText[]> {
  const seedsDir = path.join(ROOT, "seeds");
  const fixturesDir = path.join(ROOT, "tests", "fixtures");
  const manifest = JSON.parse(await readFile(path.join(seedsDir, "manifest.json"), "utf8")) as {
    file: string;
    source?: string;
    publishedAt?: string;
  }[];
  const seedMeta = new Map(manifest.map((m) => [m.file, m]));
  const sources: SourceText[] = [];
  for (const [collection, dir] of [
    ["seeds", seedsDir],
    ["fixtures", fixturesDir],
  ] as const) {
    const files = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
    for (const file of files) {
      const text = await readFile(path.join(dir, file), "utf8");
      let publishedAt: string | null = null;
      let source: string | null = null;
      if (collection === "seeds") {
        publishedAt = seedMeta.get(file)?.publishedAt ?? null;
        source = seedMeta.get(file)?.source ?? null;
      } else {
        const gold = path.join(dir, file.replace(/\.txt$/, ".gold.json"));
        publishedAt =
          (JSON.parse(await readFile(gold, "utf8")) as { publishedAt?: string }).publishedAt ??
          null;
      }
      const { layout } = runStages(text, {}, "layout");
      const paragraphs = layout.paragraphs
        .map((p) => p.text.trim())
        .filter((p) => countWords(p) >= 8 && !p.startsWith("("));
      if (!layout.headline || paragraphs.length < 3) continue;
      sources.push({
        file,
        collection,
        headline: layout.headline.text.trim(),
        datelinePlace: layout.dateline?.place ?? null,
        agency: layout.dateline?.agency ?? null,
        source: source ?? layout.dateline?.agency ?? null,
        publishedAt,
        paragraphs,
      });
    }
  }
  return sources;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A small, fast, seedable PRNG (mulberry32). */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  ["Anna", "Berg"],
  ["Karl", "Stein"],
  ["Maria", "Lopez"],
  ["Yusuf", "Demir"],
  ["Elena", "Petrova"],
  ["Tomas", "Novak"],
  ["Grace", "Mensah"],
  ["Hiroshi", "Tanaka"],
  ["Lucia", "Ferrari"],
  ["Omar", "Haddad"],
] as const;
const REPORTERS = ["Nadia Rahman", "Peter Lund", "Sofia Marquez", "James Okafor", "Ines Duarte"];
const ROLES = ["Foreign Minister", "Defence Minister", "Trade Minister", "special envoy"];
const PLACES = ["Geneva", "Vienna", "Oslo", "Nairobi", "Lima", "Hanoi", "Warsaw", "Dakar"];
const AGENCIES = ["Reuters", "AP", "AFP", "UPI"];
const TOPICS = [
  "to discuss a ceasefire proposal",
  "to discuss aid deliveries",
  "to discuss a trade agreement",
  "to discuss sanctions",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `count` distinct articles of about `words` words each (the body is filled
 * to at least `words` minus a few, then stops at a paragraph boundary).
 */
export function generateArticles(
  sources: SourceText[],
  count: number,
  { words = 800, seed = 1 }: { words?: number; seed?: number } = {},
): GeneratedArticle[] {
  const random = randomSource(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const seen = new Set<string>();
  const articles: GeneratedArticle[] = [];
  while (articles.length < count) {
    const primary = pick(sources);
    const others = sources.filter((s) => s.collection === primary.collection && s !== primary);

    const a = Math.floor(random() * PEOPLE.length);
    const b = (a + 1 + Math.floor(random() * (PEOPLE.length - 1))) % PEOPLE.length;
    const [aFirst, aLast] = PEOPLE[a]!;
    const [bFirst, bLast] = PEOPLE[b]!;
    const place = pick(PLACES);
    const meeting =
      `${pick(ROLES)} ${aFirst} ${aLast} met ${pick(ROLES)} ${bFirst} ${bLast} in ${place} ` +
      `on ${pick(WEEKDAYS)} ${pick(TOPICS)}, officials said. "We have made real progress, ` +
      `and we will meet again within ${2 + Math.floor(random() * 9)} days," ${aLast} told reporters.`;

    // The primary's lead and the next paragraphs up to about two thirds of the
    // length, then runs of consecutive paragraphs from other articles.
    const target = words - countWords(primary.headline) - 4;
    const body: string[] = [];
    let bodyWords = 0;
    const push = (paragraph: string) => {
      body.push(paragraph);
      bodyWords += countWords(paragraph);
    };
    const primaryShare = target * (0.5 + random() * 0.25);
    for (const paragraph of primary.paragraphs) {
      if (body.length > 0 && bodyWords + countWords(paragraph) > primaryShare) break;
      push(paragraph);
    }
    push(meeting);
    while (bodyWords < target - 15 && others.length > 0) {
      const donor = pick(others);
      let at = 1 + Math.floor(random() * Math.max(1, donor.paragraphs.length - 1));
      for (let taken = 0; taken < 3 && at < donor.paragraphs.length; taken++, at++) {
        if (bodyWords >= target - 15) break;
        push(donor.paragraphs[at]!);
      }
    }

    const agency = random() < 0.6 && primary.agency ? primary.agency : pick(AGENCIES);
    const datelinePlace = random() < 0.7 && primary.datelinePlace ? primary.datelinePlace : place;
    const publishedAt = addDays(primary.publishedAt ?? "2024-01-15", pick([0, 0, 0, 1, 2]));
    const text =
      `${primary.headline}\n\nBy ${pick(REPORTERS)}\n\n` +
      `${datelinePlace.toUpperCase()} (${agency}) - ${body[0]}\n\n` +
      body.slice(1).join("\n\n") +
      "\n";
    const hash = createHash("sha256").update(text).digest("hex");
    if (seen.has(hash)) continue;
    seen.add(hash);
    articles.push({ text, publishedAt, source: primary.source ?? agency, words: countWords(text) });
  }
  return articles;
}
