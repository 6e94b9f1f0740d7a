/**
 * List maxima benchmark: fills a database so that every list field without a
 * page size is full (more rows than its maximum in src/graphql/list-limits.ts),
 * then, for each such list, finds the largest query the cost limit admits
 * (the page size above the list raised until the server refuses it) and runs
 * it: time, response bytes, and the process's peak RSS. What this shows: at
 * the maxima the worst admitted query is answered within the response budget,
 * or refused at once with QUERY_LIMIT_EXCEEDED, and memory stays bounded.
 *
 *   npx tsx bench/list-maxima.ts [--backend pglite|postgres] [--runs 5] [--only TEXT]
 *                                [--database-url postgresql://postgres@127.0.0.1:5432/postgres]
 *
 * The server is the one `npm start` builds (createNewsgraphYoga, default limits)
 * inside this process; PGlite runs in memory, PostgreSQL on a throwaway database.
 */
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import pino from "pino";
import { DEFAULT_LIMITS } from "../src/config.js";
import { openDatabase, type Database } from "../src/db/client.js";
import { LIST_LIMITS } from "../src/graphql/list-limits.js";
import { createNewsgraphYoga } from "../src/yoga.js";
import { createThrowawayDatabase, describeLoad, MB, percentile, round } from "./support.js";

const { values: flags } = parseArgs({
  options: {
    backend: { type: "string", default: "pglite" },
    runs: { type: "string", default: "5" },
    /** Only the shapes whose lists contain this text. */
    only: { type: "string", default: "" },
    "database-url": {
      type: "string",
      default: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    },
  },
});
const runs = Number(flags.runs);
if (flags.backend !== "pglite" && flags.backend !== "postgres") {
  throw new Error("--backend must be pglite or postgres");
}

/** Rows per list: past every maximum, so each list is cut at its maximum. */
const FILL = {
  articles: 120,
  entities: 110,
  aliasesPerEntity: LIST_LIMITS.aliases + 5,
  mentionsPerArticle: LIST_LIMITS.articleEntities + 10,
  authorsPerArticle: LIST_LIMITS.authors + 2,
  events: 400,
  participantsPerEvent: LIST_LIMITS.eventParticipants + 2,
  reportsPerEvent: LIST_LIMITS.eventReports + 10,
  quotesPerArticle: 12,
  eventsPerQuote: LIST_LIMITS.quoteEvents + 2,
  /** Words of article text: a long wire story. */
  textWords: 900,
};

const WORDS = ["talks", "minister", "border", "trade", "said", "on", "Monday", "the", "agreement"];

async function fill(db: Database) {
  const prisma = db.prisma;
  const text = Array.from({ length: FILL.textWords }, (_, i) => WORDS[i % WORDS.length]).join(" ");
  // A sentence every 120 characters or so, as in wire copy: evidence quotes one.
  const sentenceBounds: number[] = [];
  for (let start = 0; start < text.length; start += 120) {
    sentenceBounds.push(start, Math.min(text.length, start + 119));
  }
  await prisma.article.createMany({
    data: Array.from({ length: FILL.articles }, (_, a) => ({
      title: `Story ${a}`,
      source: "Bench Wire",
      url: `https://example.com/story/${a}`,
      contentHash: createHash("sha256").update(`story ${a}`).digest("hex"),
      authors: Array.from({ length: FILL.authorsPerArticle }, (_, i) => `Reporter ${a}-${i}`),
      publishedAt: new Date(Date.UTC(2024, 0, 1 + (a % 365))),
      text,
      body: text,
      sentenceBounds,
      extractorVersion: "bench",
    })),
  });
  await prisma.entity.createMany({
    data: Array.from({ length: FILL.entities }, (_, e) => ({
      name: `Person ${e}`,
      type: "PERSON" as const,
      key: `person ${e}`,
      matchKey: `person ${e}`,
    })),
  });
  await prisma.entityAlias.createMany({
    data: Array.from({ length: FILL.entities * FILL.aliasesPerEntity }, (_, i) => {
      const entity = Math.floor(i / FILL.aliasesPerEntity);
      return { entityId: entity + 1, alias: `P. ${entity} form ${i}`, key: `p ${entity} ${i}` };
    }),
  });
  await prisma.mention.createMany({
    data: Array.from({ length: FILL.articles * FILL.mentionsPerArticle }, (_, i) => {
      const article = Math.floor(i / FILL.mentionsPerArticle);
      const entity = (article + (i % FILL.mentionsPerArticle)) % FILL.entities;
      return {
        articleId: article + 1,
        entityId: entity + 1,
        start: (i % FILL.mentionsPerArticle) * 10,
        end: (i % FILL.mentionsPerArticle) * 10 + 5,
        text: "talks",
        sentenceIndex: 0,
      };
    }),
  });
  await prisma.event.createMany({
    data: Array.from({ length: FILL.events }, (_, e) => {
      const day = new Date(Date.UTC(2023, 0, 1 + e));
      return {
        code: String((e % 20) + 1).padStart(2, "0"),
        trigger: "met",
        date: day,
        datePrecision: "DAY" as const,
        anchorDate: day,
        summary: `Meeting ${e}`,
        confidence: 0.9,
      };
    }),
  });
  await prisma.eventParticipant.createMany({
    data: Array.from({ length: FILL.events * FILL.participantsPerEvent }, (_, i) => {
      const event = Math.floor(i / FILL.participantsPerEvent);
      const entity = (event * 7 + (i % FILL.participantsPerEvent)) % FILL.entities;
      return { eventId: event + 1, entityId: entity + 1, role: "ACTOR" as const };
    }),
  });
  await prisma.eventMention.createMany({
    data: Array.from({ length: FILL.events * FILL.reportsPerEvent }, (_, i) => {
      const event = Math.floor(i / FILL.reportsPerEvent);
      const article = (event + (i % FILL.reportsPerEvent)) % FILL.articles;
      // Two reports per article where the article count runs out: distinct starts.
      const start = Math.floor((i % FILL.reportsPerEvent) / FILL.articles) * 50;
      return {
        eventId: event + 1,
        articleId: article + 1,
        start,
        end: start + 40,
        sentenceIndex: 0,
        confidence: 0.9,
      };
    }),
  });
  await prisma.quote.createMany({
    data: Array.from({ length: FILL.articles * FILL.quotesPerArticle }, (_, i) => ({
      articleId: Math.floor(i / FILL.quotesPerArticle) + 1,
      speakerId: (i % FILL.entities) + 1,
      text: "We have made real progress on the agreement",
      start: 0,
      end: 40,
      sentenceIndex: 0,
      verb: "said",
      confidence: 0.9,
    })),
  });
  await prisma.quoteEvent.createMany({
    data: Array.from(
      { length: FILL.articles * FILL.quotesPerArticle * FILL.eventsPerQuote },
      (_, i) => {
        const quote = Math.floor(i / FILL.eventsPerQuote);
        return {
          quoteId: quote + 1,
          eventId: ((quote + (i % FILL.eventsPerQuote)) % FILL.events) + 1,
        };
      },
    ),
  });
  // The planner should see the real table sizes, as on a server that has run a while.
  await db.prisma.$executeRawUnsafe("ANALYZE");
}

/** One worst case per list without a page size; PAGE is the page size of the connection above. */
const SHAPES: { lists: string; query: string }[] = [
  {
    lists: "Article.entities × Entity.aliases",
    query: "{ articles(first: PAGE) { edges { node { entities { name aliases } } } } }",
  },
  {
    lists: "Event.articles × Article.authors",
    query: "{ events(first: PAGE) { edges { node { articles { title authors } } } } }",
  },
  {
    lists: "Event.articles × Article.text (the size case)",
    query: "{ events(first: PAGE) { edges { node { articles { text } } } } }",
  },
  {
    lists: "Event.reports with evidence",
    query:
      "{ events(first: PAGE) { edges { node { reports { confidence evidence { sentence article { title } } } } } } }",
  },
  {
    lists: "Article.events × Event.participants",
    query:
      "{ articles(first: PAGE) { edges { node { events { label participants { role entity { name } } } } } } }",
  },
  {
    lists: "Quote.events × Event.articles",
    query: "{ quotes(first: PAGE) { edges { node { events { label articles { title } } } } } }",
  },
  {
    lists: "eventTimeline buckets × byType",
    query: "{ eventTimeline(interval: DAY) { bucket total byType { code count } } } ",
  },
  {
    lists: "EntityNetwork.nodes and edges",
    query:
      "{ entityNetwork(first: PAGE) { nodes { weight entity { name } } edges { sharedEvents source { name } target { name } } } }",
  },
];

type Answer = { data?: unknown; errors?: { extensions?: { code?: string } }[] };

async function main() {
  const throwaway =
    flags.backend === "postgres"
      ? await createThrowawayDatabase(flags["database-url"], "maxima")
      : null;
  const db = await openDatabase(
    throwaway ? { kind: "postgres", url: throwaway.url } : { kind: "pglite", dataDir: null },
    { statementTimeoutMs: DEFAULT_LIMITS.statementTimeoutMs },
  );
  try {
    await fill(db);
    const yoga = createNewsgraphYoga({
      db,
      logger: pino({ level: "silent" }),
      limits: DEFAULT_LIMITS,
    });
    const post = async (query: string) => {
      const started = performance.now();
      const response = await yoga.fetch(
        "http://localhost/graphql",
        {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify({ query }),
        },
        { clientAddress: "127.0.0.1" },
      );
      const text = await response.text();
      return {
        ms: performance.now() - started,
        bytes: text.length,
        answer: JSON.parse(text) as Answer,
      };
    };
    const refused = (answer: Answer) => answer.errors?.[0]?.extensions?.code;

    console.log(
      `${flags.backend}: every unpaged list filled past its maximum; default limits ` +
        `(cost ${DEFAULT_LIMITS.maxCost}, response ${DEFAULT_LIMITS.maxResponseBytes / MB} MB); ${describeLoad()}`,
    );
    const baseRss = process.memoryUsage().rss;
    let peakRss = baseRss;
    const rows: Record<string, unknown>[] = [];
    for (const shape of SHAPES.filter((s) => s.lists.includes(flags.only))) {
      // The largest page size the cost limit admits (1..100), by bisection.
      let admitted = 0;
      if (shape.query.includes("PAGE")) {
        let low = 1;
        let high = 100;
        while (low <= high) {
          const mid = Math.floor((low + high) / 2);
          const { answer } = await post(shape.query.replace("PAGE", String(mid)));
          // Refused by cost: too large a page. Anything else (an answer, or the response
          // budget refusing what the cost admitted) runs at this page size.
          const overCost = answer.errors?.some((e) =>
            (e as { message?: string }).message?.startsWith("query cost"),
          );
          if (overCost) {
            high = mid - 1;
          } else {
            admitted = mid;
            low = mid + 1;
          }
        }
      }
      const query = shape.query.replace("PAGE", String(admitted || 1));
      const times: number[] = [];
      let shapePeak = process.memoryUsage().rss;
      let last = await post(query);
      for (let i = 0; i < runs; i++) {
        last = await post(query);
        times.push(last.ms);
        shapePeak = Math.max(shapePeak, process.memoryUsage().rss);
      }
      peakRss = Math.max(peakRss, shapePeak);
      times.sort((a, b) => a - b);
      rows.push({
        lists: shape.lists,
        "page size": admitted || "-",
        outcome: refused(last.answer) ?? "answered",
        "p50 ms": round(percentile(times, 50)),
        "max ms": round(times.at(-1)!),
        "response KB": round(last.bytes / 1024, 0),
        "peak RSS MB": round(shapePeak / MB, 0),
      });
    }
    console.table(rows);
    console.log(
      `process RSS ${round(baseRss / MB, 0)} MB after filling, peak ${round(peakRss / MB, 0)} MB over the runs`,
    );
    await yoga.dispose();
  } finally {
    await db.close();
    await throwaway?.drop();
  }
}

await main();
