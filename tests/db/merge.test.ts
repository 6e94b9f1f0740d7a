import { expect, test } from "vitest";
import type { Database } from "../../src/db/client.js";
import { DuplicateArticleError } from "../../src/errors.js";
import { loadEventReportStats } from "../../src/ingest/event-stats.js";
import { ingestArticle } from "../../src/ingest/ingest.js";
import { describeEachBackend } from "../setup/backends.js";
import { fakeExtractor, type EntitySpec, type EventSpec } from "../setup/factories.js";

interface Report {
  events: EventSpec[];
  publishedAt?: string;
  source?: string;
  precision?: "DAY" | "MONTH" | "YEAR";
  /** Report the events as plans ("was expected to veto"). */
  planned?: boolean;
}

const people: EntitySpec[] = [
  { name: "Rex Tillerson" },
  { name: "Sergei Lavrov" },
  { name: "Vladimir Putin" },
  { name: "United Nations", type: "ORGANIZATION" },
  { name: "Moscow", type: "LOCATION" },
  { name: "Idlib", type: "LOCATION" },
  { name: "Hama", type: "LOCATION" },
  { name: "Boris Johnson" },
  { name: "Russia", type: "LOCATION" },
  { name: "South Korea", type: "LOCATION" },
  { name: "United States", type: "LOCATION" },
  { name: "Carlos Mendes" },
  { name: "Ivan Petrov" },
  { name: "Interpol", type: "ORGANIZATION" },
  { name: "Madrid", type: "LOCATION" },
  { name: "Lisbon", type: "LOCATION" },
];

/** The fake extractor marks every event DAY; `precision` rewrites it to report coarser dates. */
function reporter(report: Report) {
  const base = fakeExtractor({ entities: people, events: report.events });
  return (text: string, options: Parameters<typeof base>[1]) => {
    const extraction = base(text, options);
    for (const event of extraction.events) {
      if (event.date && report.precision) event.precision = report.precision;
      if (report.planned) event.summary += " (Planned)";
    }
    return extraction;
  };
}

async function ingestReports(db: Database, reports: Report[]) {
  for (const [i, report] of reports.entries()) {
    await ingestArticle(
      db.prisma,
      {
        text: `Report ${i}`,
        publishedAt: report.publishedAt ?? "2017-04-12",
        source: report.source ?? `Outlet ${i}`,
      },
      reporter(report),
    );
  }
}

const talks = (date?: string, extra: Partial<EventSpec> = {}): EventSpec => ({
  code: "04",
  participants: ["Rex Tillerson", "Sergei Lavrov"],
  ...(date ? { date } : {}),
  ...extra,
});

/** Interpol arrests someone; the arrested person is the target. */
const arrest = (person: string, extra: Partial<EventSpec> = {}): EventSpec => ({
  code: "17",
  participants: ["Interpol", person],
  trigger: "arrested",
  ...extra,
});

/** Vladimir Putin says something; `date` only when a report dates it. */
const statement = (extra: Partial<EventSpec> = {}): EventSpec => ({
  code: "01",
  participants: ["Vladimir Putin"],
  trigger: "said",
  ...extra,
});

const mergeCases: { name: string; reports: Report[]; events: number }[] = [
  {
    name: "two reports of the same talks on the same day",
    reports: [{ events: [talks("2017-04-12")] }, { events: [talks("2017-04-12")] }],
    events: 1,
  },
  {
    name: "dates a day apart (time zones)",
    reports: [{ events: [talks("2017-04-12")] }, { events: [talks("2017-04-13")] }],
    events: 1,
  },
  {
    name: "one shared participant is enough",
    reports: [
      { events: [talks("2017-04-12")] },
      {
        events: [
          { code: "04", participants: ["Vladimir Putin", "Rex Tillerson"], date: "2017-04-12" },
        ],
      },
    ],
    events: 1,
  },
  {
    name: "a month-precision report inside the day's month",
    reports: [
      { events: [talks("2017-04-12")] },
      { events: [talks("2017-04-01")], precision: "MONTH" },
    ],
    events: 1,
  },
  {
    name: "an undated report published the same day",
    reports: [{ events: [talks("2017-04-12")] }, { events: [talks()], publishedAt: "2017-04-12" }],
    events: 1,
  },
  {
    name: "one report knows the place, the other does not",
    reports: [
      { events: [talks("2017-04-12", { location: "Moscow" })] },
      { events: [talks("2017-04-12")] },
    ],
    events: 1,
  },
  {
    name: "two votes on different days stay apart",
    reports: [
      {
        events: [
          { code: "12", participants: ["United Nations", "Sergei Lavrov"], date: "2017-04-12" },
        ],
      },
      {
        events: [
          { code: "12", participants: ["United Nations", "Sergei Lavrov"], date: "2017-04-20" },
        ],
      },
    ],
    events: 2,
  },
  {
    name: "two strikes on different towns stay apart",
    reports: [
      {
        events: [
          { code: "19", participants: ["United Nations"], date: "2017-04-07", location: "Idlib" },
        ],
      },
      {
        events: [
          { code: "19", participants: ["United Nations"], date: "2017-04-07", location: "Hama" },
        ],
      },
    ],
    events: 2,
  },
  {
    name: "a different CAMEO root stays apart",
    reports: [{ events: [talks("2017-04-12")] }, { events: [talks("2017-04-12", { code: "12" })] }],
    events: 2,
  },
  {
    name: "no shared participant stays apart",
    reports: [
      { events: [talks("2017-04-12")] },
      {
        events: [
          { code: "04", participants: ["Vladimir Putin", "United Nations"], date: "2017-04-12" },
        ],
      },
    ],
    events: 2,
  },
  {
    name: "two days apart stays apart",
    reports: [{ events: [talks("2017-04-12")] }, { events: [talks("2017-04-14")] }],
    events: 2,
  },
  {
    name: "adjacent months at month precision stay apart",
    reports: [
      { events: [talks("2017-03-01")], precision: "MONTH" },
      { events: [talks("2017-04-01")], precision: "MONTH" },
    ],
    events: 2,
  },
  {
    name: "undated reports published a week apart stay apart",
    reports: [
      { events: [talks()], publishedAt: "2017-04-05" },
      { events: [talks()], publishedAt: "2017-04-12" },
    ],
    events: 2,
  },
  {
    name: "a shared country alone does not join meetings of different people",
    reports: [
      {
        events: [{ code: "04", participants: ["Rex Tillerson", "Russia"], date: "2017-04-12" }],
      },
      {
        events: [{ code: "04", participants: ["Boris Johnson", "Russia"], date: "2017-04-12" }],
      },
    ],
    events: 2,
  },
  {
    name: "a report naming only countries needs all of them (up to two) in the event",
    reports: [
      {
        events: [
          { code: "04", participants: ["Rex Tillerson", "United States"], date: "2017-04-12" },
        ],
      },
      {
        events: [
          { code: "04", participants: ["South Korea", "United States"], date: "2017-04-12" },
        ],
      },
    ],
    events: 2,
  },
  {
    name: "a report naming only countries joins the event they both took part in",
    reports: [
      {
        events: [
          {
            code: "19",
            participants: ["United States", "Russia", "Rex Tillerson"],
            date: "2017-04-07",
          },
        ],
      },
      { events: [{ code: "19", participants: ["United States", "Russia"], date: "2017-04-07" }] },
    ],
    events: 1,
  },
  // Clusters of one happening told by several outlets days apart: the later report recalls the
  // happening without a date of its own (undated, or dated only by its story's day).
  {
    name: "an arrest, then the extradition report four days later that recalls it from another dateline",
    reports: [
      {
        publishedAt: "2017-04-03",
        events: [arrest("Carlos Mendes", { date: "2017-04-03", location: "Madrid" })],
      },
      {
        publishedAt: "2017-04-07",
        events: [
          arrest("Carlos Mendes", { date: "2017-04-07", dateInferred: true, location: "Lisbon" }),
        ],
      },
    ],
    events: 1,
  },
  {
    name: "an arrest recalled by an undated report a week later",
    reports: [
      { publishedAt: "2017-04-03", events: [arrest("Carlos Mendes", { date: "2017-04-02" })] },
      {
        publishedAt: "2017-04-09",
        events: [{ code: "17", participants: ["Carlos Mendes"], trigger: "was arrested" }],
      },
    ],
    events: 1,
  },
  {
    name: "a presidential statement at a memorial, reported again two days later",
    reports: [
      {
        publishedAt: "2017-04-10",
        events: [
          {
            code: "01",
            participants: ["Vladimir Putin"],
            trigger: "said",
            date: "2017-04-10",
            location: "Moscow",
          },
        ],
      },
      {
        publishedAt: "2017-04-12",
        events: [
          {
            code: "01",
            participants: ["Vladimir Putin", "Russia"],
            trigger: "told mourners",
            date: "2017-04-12",
            dateInferred: true,
          },
        ],
      },
    ],
    events: 1,
  },
  {
    name: "arrests of two different people by one agency days apart stay apart",
    reports: [
      { publishedAt: "2017-04-03", events: [arrest("Carlos Mendes", { date: "2017-04-03" })] },
      {
        publishedAt: "2017-04-07",
        events: [arrest("Ivan Petrov", { date: "2017-04-07", dateInferred: true })],
      },
    ],
    events: 2,
  },
  {
    name: "the same person arrested again, each report dating its own arrest, stays apart",
    reports: [
      { publishedAt: "2017-04-03", events: [arrest("Carlos Mendes", { date: "2017-04-03" })] },
      { publishedAt: "2017-04-07", events: [arrest("Carlos Mendes", { date: "2017-04-07" })] },
    ],
    events: 2,
  },
  {
    name: "a happening older than the recall window stays apart",
    reports: [
      { publishedAt: "2017-04-03", events: [arrest("Carlos Mendes", { date: "2017-04-03" })] },
      {
        publishedAt: "2017-04-20",
        events: [arrest("Carlos Mendes", { date: "2017-04-20", dateInferred: true })],
      },
    ],
    events: 2,
  },
  {
    name: "a shared country alone recalls nothing",
    reports: [
      {
        publishedAt: "2017-04-03",
        events: [{ code: "17", participants: ["Russia", "Carlos Mendes"], date: "2017-04-03" }],
      },
      {
        publishedAt: "2017-04-06",
        events: [
          {
            code: "17",
            participants: ["Russia", "Boris Johnson"],
            date: "2017-04-06",
            dateInferred: true,
          },
        ],
      },
    ],
    events: 2,
  },
  {
    name: "two statements by one speaker, each dated only by its story's day two days apart, stay apart",
    reports: [
      {
        publishedAt: "2017-04-10",
        events: [statement({ date: "2017-04-10", dateInferred: true })],
      },
      {
        publishedAt: "2017-04-12",
        events: [statement({ date: "2017-04-12", dateInferred: true, trigger: "told reporters" })],
      },
    ],
    events: 2,
  },
  {
    name: "two undated statements by one speaker published a day apart stay apart",
    reports: [
      { publishedAt: "2017-04-10", events: [statement()] },
      { publishedAt: "2017-04-11", events: [statement({ trigger: "told reporters" })] },
    ],
    events: 2,
  },
  {
    name: "two undated criticisms of the same party by one speaker a day apart are one act",
    reports: [
      {
        publishedAt: "2017-04-10",
        events: [{ code: "11", participants: ["Vladimir Putin", "United Nations"] }],
      },
      {
        publishedAt: "2017-04-11",
        events: [{ code: "11", participants: ["Vladimir Putin", "United Nations"] }],
      },
    ],
    events: 1,
  },
  {
    name: "an arrest dated only by its story's day is recalled by a report three days later",
    reports: [
      {
        publishedAt: "2017-04-03",
        events: [arrest("Carlos Mendes", { date: "2017-04-03", dateInferred: true })],
      },
      {
        publishedAt: "2017-04-06",
        events: [arrest("Carlos Mendes", { date: "2017-04-06", dateInferred: true })],
      },
    ],
    events: 1,
  },
  {
    name: "two events of one article never merge with each other",
    reports: [{ events: [talks("2017-04-12"), talks("2017-04-12")] }],
    events: 2,
  },
];

/** Clusters of the team's own wire copy: one happening told by two outlets days apart. */
const clusters: {
  name: string;
  articles: { text: string; publishedAt: string; source: string }[];
  /** The trigger of the shared happening and of a distinct one sharing a participant. */
  shared: string;
  apart: string;
}[] = [
  {
    name: "an arrest, then the extradition report that recalls it",
    articles: [
      {
        text: "Spanish police arrest fugitive banker in Madrid\n\nMADRID (Reuters) - Spanish police arrested fugitive Portuguese banker Tomas Ferreira in Madrid on Monday, ending a two-year search by Interpol, the Interior Ministry said.\n\nFerreira, 58, was detained at a hotel near the Atocha railway station, the ministry said in a statement.",
        publishedAt: "2017-04-05",
        source: "Reuters",
      },
      {
        text: "Spain extradites banker Ferreira to Portugal\n\nLISBON (AFP) - Spain on Friday extradited Portuguese banker Tomas Ferreira, who was arrested in Madrid, to Portugal, where he faces fraud charges.\n\nFerreira arrived in Lisbon under police escort, Portugal's justice ministry said.",
        publishedAt: "2017-04-07",
        source: "AFP",
      },
    ],
    shared: "arrested",
    apart: "extradited",
  },
  {
    name: "a presidential condemnation at a memorial, reported again two days later",
    articles: [
      {
        text: 'President Okafor honours bombing victims at Abuja memorial\n\nABUJA (Reuters) - Nigerian President Daniel Okafor on Sunday condemned the bombers who killed 40 people at a market in Abuja, speaking at a memorial service for the victims.\n\n"We will not be divided by those who murder children," Okafor told mourners.',
        publishedAt: "2017-05-08",
        source: "Reuters",
      },
      {
        text: "Okafor vows justice as Abuja mourns\n\nLAGOS (AP) - Nigerian President Daniel Okafor condemned the bombers behind last week's market attack at a memorial in Abuja, and his government offered rewards for information.\n\nThe attack killed 40 people, police said.",
        publishedAt: "2017-05-10",
        source: "AP",
      },
    ],
    shared: "condemned",
    apart: "offered",
  },
];

describeEachBackend("event merging across articles", (use) => {
  test.each(clusters)(
    "extracted from two outlets: $name merge; a distinct act sharing a party stays apart",
    async ({ articles, shared, apart }) => {
      const db = use();
      for (const article of articles) await ingestArticle(db.prisma, article);
      // How many articles report each stored event named by `trigger`.
      const reportsOf = async (trigger: string) => {
        const events = await db.prisma.event.findMany({
          where: { trigger },
          include: { mentions: { select: { articleId: true } } },
        });
        return events.map((event) => new Set(event.mentions.map((m) => m.articleId)).size);
      };
      expect(await reportsOf(shared)).toEqual([2]);
      expect(await reportsOf(apart)).toEqual([1]);
    },
  );

  test.each(mergeCases)("$name → $events event(s)", async ({ reports, events }) => {
    const db = use();
    await ingestReports(db, reports);
    expect(await db.prisma.event.count()).toBe(events);
    const reportsPerEvent = await db.prisma.eventMention.groupBy({
      by: ["eventId"],
      _count: { articleId: true },
    });
    const total = reportsPerEvent.reduce((n, r) => n + r._count.articleId, 0);
    expect(total).toBe(reports.reduce((n, r) => n + r.events.length, 0));
  });

  test("a recalled arrest keeps the date its first report gave and lists both reports", async () => {
    const db = use();
    await ingestReports(db, [
      {
        publishedAt: "2017-04-03",
        source: "Reuters",
        events: [arrest("Carlos Mendes", { date: "2017-04-03", location: "Madrid" })],
      },
      {
        publishedAt: "2017-04-07",
        source: "AFP",
        events: [arrest("Carlos Mendes", { date: "2017-04-07", dateInferred: true })],
      },
    ]);
    const event = await db.prisma.event.findFirstOrThrow({ include: { location: true } });
    expect(event.date?.toISOString().slice(0, 10)).toBe("2017-04-03");
    expect(event.location?.name).toBe("Madrid");
    const [stats] = await loadEventReportStats(db.prisma, [event.id]);
    expect(stats).toMatchObject({ articleCount: 2, sourceCount: 2 });
  });

  test("extracted from two outlets: a minister's two undated statements days apart stay two events", async () => {
    const db = use();
    const statements = [
      {
        text: 'Jensen says port deal will bring 2,000 jobs\n\nCOPENHAGEN (Reuters) - Danish Trade Minister Lars Jensen said the port agreement with China would bring 2,000 jobs to the west coast of Denmark.\n\n"This is the largest investment our harbours have seen in a generation," Jensen told reporters.',
        publishedAt: "2017-06-01",
        source: "Reuters",
      },
      {
        text: 'Jensen says farmers will get drought relief\n\nAARHUS (AP) - Danish Trade Minister Lars Jensen said farmers hit by the summer drought would receive emergency payments before the harvest.\n\n"No farm should go under because of one dry summer," Jensen said in a radio interview.',
        publishedAt: "2017-06-03",
        source: "AP",
      },
    ];
    for (const article of statements) await ingestArticle(db.prisma, article);
    const said = await db.prisma.event.findMany({
      where: { code: "01" },
      include: { mentions: { select: { articleId: true } } },
    });
    expect(said.map((event) => new Set(event.mentions.map((m) => m.articleId)).size)).toEqual([
      1, 1,
    ]);
    expect(said.every((event) => event.dateInferred)).toBe(true);
  });

  test("a date a later report gives in its words replaces the one inferred from a story's day", async () => {
    const db = use();
    await ingestReports(db, [
      {
        publishedAt: "2017-04-04",
        events: [arrest("Carlos Mendes", { date: "2017-04-04", dateInferred: true })],
      },
      { publishedAt: "2017-04-06", events: [arrest("Carlos Mendes", { date: "2017-04-03" })] },
    ]);
    const event = await db.prisma.event.findFirstOrThrow();
    expect(await db.prisma.event.count()).toBe(1);
    expect(event.date?.toISOString().slice(0, 10)).toBe("2017-04-03");
    expect(event.dateInferred).toBe(false);
  });

  test("a merged event keeps the most precise date, a known place and every participant", async () => {
    const db = use();
    await ingestReports(db, [
      { events: [talks("2017-04-01")], precision: "MONTH" },
      {
        events: [
          {
            code: "04",
            participants: ["Sergei Lavrov", "Vladimir Putin"],
            date: "2017-04-12",
            location: "Moscow",
          },
        ],
      },
    ]);
    const event = await db.prisma.event.findFirstOrThrow({
      include: { location: true, participants: { include: { entity: true } } },
    });
    expect(event.date?.toISOString().slice(0, 10)).toBe("2017-04-12");
    expect(event.datePrecision).toBe("DAY");
    expect(event.location?.name).toBe("Moscow");
    expect([...new Set(event.participants.map((p) => p.entity.name))].sort()).toEqual([
      "Rex Tillerson",
      "Sergei Lavrov",
      "Vladimir Putin",
    ]);
  });

  test("a report of the act describes the event over a report of the plan, in either order", async () => {
    for (const order of [
      [true, false],
      [false, true],
    ]) {
      const db = use();
      await db.prisma.$executeRawUnsafe(
        "TRUNCATE article, entity, entity_alias, mention, quote, event, event_participant, event_mention RESTART IDENTITY CASCADE",
      );
      await ingestReports(
        db,
        order.map((planned) => ({
          events: [
            {
              code: "12" as const,
              trigger: planned ? "to veto" : "vetoed",
              participants: ["Russia", "United Nations"],
              date: "2017-04-12",
            },
          ],
          planned,
        })),
      );
      const event = await db.prisma.event.findFirstOrThrow();
      expect(event.summary).toBe("Russia and United Nations vetoed");
      expect(event.trigger).toBe("vetoed");
    }
  });

  test("counts articles, distinct publishers and the first and last report", async () => {
    const db = use();
    await ingestReports(db, [
      { events: [talks("2017-04-12")], source: "Reuters", publishedAt: "2017-04-12" },
      // A syndicated copy: same publisher, different page.
      { events: [talks("2017-04-12")], source: "Reuters", publishedAt: "2017-04-13" },
      { events: [talks("2017-04-12")], source: "AFP", publishedAt: "2017-04-13" },
      { events: [talks()], source: "BBC", publishedAt: "2017-04-12" },
    ]);
    const event = await db.prisma.event.findFirstOrThrow();
    expect(await db.prisma.event.count()).toBe(1);
    const [stats, unknown] = await loadEventReportStats(db.prisma, [event.id, event.id + 1000]);
    expect(stats).toEqual({
      articleCount: 4,
      sourceCount: 3,
      firstReportedAt: "2017-04-12",
      lastReportedAt: "2017-04-13",
    });
    expect(unknown).toEqual({
      articleCount: 0,
      sourceCount: 0,
      firstReportedAt: null,
      lastReportedAt: null,
    });
  });

  test("re-ingesting the same text changes nothing; a new text at a known URL replaces its reports", async () => {
    const db = use();
    const url = "https://news.example/talks";
    await ingestReports(db, [{ events: [talks("2017-04-12")] }]);
    const first = await ingestArticle(
      db.prisma,
      { text: "Talks report", url, publishedAt: "2017-04-12" },
      reporter({ events: [talks("2017-04-12")] }),
    );
    const again = ingestArticle(
      db.prisma,
      { text: "Talks report", url, publishedAt: "2017-04-12" },
      reporter({ events: [talks("2017-04-12")] }),
    );
    await expect(again).rejects.toBeInstanceOf(DuplicateArticleError);
    expect(await db.prisma.event.count()).toBe(1);
    expect(await db.prisma.eventMention.count()).toBe(2);

    const updated = await ingestArticle(
      db.prisma,
      { text: "Talks report, corrected: it was a vote", url, publishedAt: "2017-04-12" },
      reporter({ events: [talks("2017-04-12", { code: "12" })] }),
    );
    expect(updated).toEqual({ status: "UPDATED", articleId: first.articleId });
    const events = await db.prisma.event.findMany({
      orderBy: { code: "asc" },
      include: { _count: { select: { mentions: true } } },
    });
    expect(events.map((e) => [e.code, e._count.mentions])).toEqual([
      ["04", 1],
      ["12", 1],
    ]);
  });
});
