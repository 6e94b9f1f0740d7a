import { randomUUID } from "node:crypto";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.js";
import { announceChange, type CommittedChange } from "../../src/ingest/changes.js";
import { ingestArticle } from "../../src/ingest/ingest.js";
import { ChangeFeed } from "../../src/pubsub.js";
import { IngestQueue } from "../../src/queue/ingest-queue.js";
import { createNewsgraphYoga } from "../../src/yoga.js";
import { describeEachBackend } from "../setup/backends.js";
import { withDatabase } from "../setup/global.js";

const silent = pino({ level: "silent" });

/** A short wire story of our own; `n` makes each text distinct, the people overlap. */
function story(n: number): string {
  return `Talks on border trade resume (${n})

VIENNA (Reuters) - Austrian Chancellor Karl Brenner met Czech Prime Minister Pavel Novak in Vienna on Tuesday to discuss border trade, officials said (report ${n}).

"We agreed to keep talking," Brenner told reporters after the meeting.`;
}

async function graphql(
  yoga: ReturnType<typeof createNewsgraphYoga>,
  query: string,
  variables = {},
) {
  const response = await yoga.fetch(
    "http://127.0.0.1/graphql",
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    },
    { clientAddress: "127.0.0.1" },
  );
  return (await response.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
}

/** Resolves once `predicate` holds for the changes seen, or rejects after `ms`. */
function waitForChanges(
  feed: ChangeFeed,
  predicate: (seen: CommittedChange[]) => boolean,
  ms = 30_000,
): { seen: CommittedChange[]; done: Promise<void> } {
  const seen: CommittedChange[] = [];
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`changes seen: ${JSON.stringify(seen)}`)), ms);
    const unsubscribe = feed.subscribe((change) => {
      seen.push(change);
      if (predicate(seen)) {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      }
    });
  });
  return { seen, done };
}

describeEachBackend("committed-change feed", (use) => {
  test("announces a committed ingest with its events, and nothing for a rolled-back transaction", async () => {
    const db = use();
    const feed = new ChangeFeed(db, silent);
    await feed.ready;
    try {
      // A transaction that announces a change and then fails: the notification must never arrive.
      await expect(
        db.prisma.$transaction(async (tx) => {
          await announceChange(tx, "ingested", 987_654);
          throw new Error("rolled back on purpose");
        }),
      ).rejects.toThrow("rolled back on purpose");
      const { seen, done } = waitForChanges(feed, (s) => s.some((c) => c.kind === "ingested"));
      const { articleId } = await ingestArticle(db.prisma, {
        text: story(1),
        publishedAt: "2017-04-11",
      });
      await done;
      const events = await db.prisma.eventMention.findMany({
        where: { articleId },
        distinct: ["eventId"],
        select: { eventId: true },
      });
      expect(seen).toEqual(
        [{ kind: "ingested", articleId, eventIds: events.map((e) => e.eventId).sort() }].map(
          (c) => ({ ...c, eventIds: expect.arrayContaining(c.eventIds) }),
        ),
      );
      expect(seen.some((c) => c.articleId === 987_654)).toBe(false);
    } finally {
      await feed.close();
    }
  });
});

describeEachBackend("ingest queue on the embedded database", (use, kind) => {
  test.runIf(kind === "pglite")(
    "enqueueArticles answers QUEUE_UNAVAILABLE while ingestArticle keeps working",
    async () => {
      const yoga = createNewsgraphYoga({ db: use(), logger: silent });
      const enqueued = await graphql(
        yoga,
        `
          mutation ($input: [IngestArticleInput!]!) {
            enqueueArticles(input: $input) {
              __typename
              ... on Error {
                code
                message
              }
            }
          }
        `,
        { input: [{ text: story(2) }] },
      );
      expect(enqueued.data.enqueueArticles).toMatchObject({
        __typename: "QueueUnavailable",
        code: "QUEUE_UNAVAILABLE",
      });
      const job = await graphql(
        yoga,
        `
          {
            ingestJob(id: "x") {
              id
            }
          }
        `,
      );
      expect(job.errors?.[0]?.extensions.code).toBe("QUEUE_UNAVAILABLE");
      const ingested = await graphql(
        yoga,
        `
          mutation ($input: IngestArticleInput!) {
            ingestArticle(input: $input) {
              __typename
            }
          }
        `,
        { input: { text: story(3) } },
      );
      expect(ingested.data.ingestArticle.__typename).toBe("MutationIngestArticleSuccess");
    },
  );
});

const server = inject("postgres");

describe.runIf(server)("ingest queue on PostgreSQL", () => {
  let db: Database;
  let url: string;
  let admin: Database;
  let queue: IngestQueue;
  const name = `newsgraph_queue_${randomUUID().replace(/-/g, "").slice(0, 12)}`;

  beforeAll(async () => {
    admin = await openDatabase({ kind: "postgres", url: server!.url }, { migrate: false });
    await admin.withSession((s) => s.exec(`CREATE DATABASE ${name} TEMPLATE ${server!.template}`));
    url = withDatabase(server!.url, name);
    db = await openDatabase({ kind: "postgres", url }, { migrate: false });
    queue = await IngestQueue.open(db, url, {
      settings: {
        retryLimit: 2,
        retryDelaySeconds: 1,
        jobTimeoutSeconds: 60,
        maintenanceSeconds: 30,
      },
    });
  });
  afterAll(async () => {
    await queue?.close();
    await db?.close();
    await admin?.withSession((s) => s.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    await admin?.close();
  });

  test("jobs go queued → done with their article; a repeat is done as a duplicate; bad input is refused whole", async () => {
    const yoga = createNewsgraphYoga({ db, logger: silent, queue: () => queue });
    const refused = await graphql(
      yoga,
      `
        mutation ($input: [IngestArticleInput!]!) {
          enqueueArticles(input: $input) {
            __typename
            ... on ValidationError {
              field
            }
          }
        }
      `,
      { input: [{ text: story(10) }, { text: "  " }] },
    );
    expect(refused.data.enqueueArticles).toEqual({
      __typename: "ValidationError",
      field: "input[1].text",
    });
    expect((await queue.jobs({ state: null, first: 10, after: null })).length).toBe(0);

    const enqueued = await graphql(
      yoga,
      `
        mutation ($input: [IngestArticleInput!]!) {
          enqueueArticles(input: $input) {
            ... on MutationEnqueueArticlesSuccess {
              data
            }
          }
        }
      `,
      { input: [{ text: story(10) }, { text: story(11) }, { text: story(10) }] },
    );
    const ids = enqueued.data.enqueueArticles.data as string[];
    expect(ids).toHaveLength(3);
    const queued = await graphql(
      yoga,
      `
        {
          ingestJobs(state: QUEUED, first: 2) {
            edges {
              node {
                id
                state
                attempts
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `,
    );
    expect(queued.data.ingestJobs.edges).toHaveLength(2);
    expect(queued.data.ingestJobs.pageInfo.hasNextPage).toBe(true);
    const rest = await graphql(
      yoga,
      `
        query ($after: String) {
          ingestJobs(state: QUEUED, first: 2, after: $after) {
            edges {
              node {
                id
              }
            }
            pageInfo {
              hasNextPage
            }
          }
        }
      `,
      { after: queued.data.ingestJobs.pageInfo.endCursor },
    );
    expect(rest.data.ingestJobs.edges).toHaveLength(1);
    expect(
      new Set(
        [...queued.data.ingestJobs.edges, ...rest.data.ingestJobs.edges].map((e: any) => e.node.id),
      ),
    ).toEqual(new Set(ids));

    const { extract } = await import("../../src/extract/pipeline.js");
    await queue.work({ concurrency: 2, extractor: extract, pollingSeconds: 0.5 });
    const deadline = Date.now() + 60_000;
    let jobs: any[] = [];
    while (Date.now() < deadline) {
      const answer = await graphql(
        yoga,
        `{ a: ingestJob(id: "${ids[0]}") { ...J } b: ingestJob(id: "${ids[1]}") { ...J } c: ingestJob(id: "${ids[2]}") { ...J } }
        fragment J on IngestJob { state attempts duplicate startedAt completedAt article { id title } error { code } }`,
      );
      jobs = [answer.data.a, answer.data.b, answer.data.c];
      if (jobs.every((j) => j.state === "DONE" || j.state === "FAILED")) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(jobs.map((j) => j.state)).toEqual(["DONE", "DONE", "DONE"]);
    expect(jobs.every((j) => j.attempts === 1 && j.completedAt && j.error === null)).toBe(true);
    // The same text twice: one article, the other job points at it as a duplicate.
    const [first, , repeat] = jobs;
    expect(repeat.article.id).toBe(first.article.id);
    expect([first.duplicate, repeat.duplicate].filter(Boolean)).toHaveLength(1);
    expect(await db.prisma.article.count()).toBe(2);
    expect(
      (await graphql(yoga, `{ ingestJob(id: "${randomUUID()}") { id } }`)).data.ingestJob,
    ).toBeNull();
  });
});

describe.runIf(server)("ingest worker slots on PostgreSQL", () => {
  let db: Database;
  let admin: Database;
  let queue: IngestQueue;
  const name = `newsgraph_slots_${randomUUID().replace(/-/g, "").slice(0, 12)}`;

  beforeAll(async () => {
    admin = await openDatabase({ kind: "postgres", url: server!.url }, { migrate: false });
    await admin.withSession((s) => s.exec(`CREATE DATABASE ${name} TEMPLATE ${server!.template}`));
    const url = withDatabase(server!.url, name);
    db = await openDatabase({ kind: "postgres", url }, { migrate: false });
    queue = await IngestQueue.open(db, url);
  });
  afterAll(async () => {
    await queue?.close();
    await db?.close();
    await admin?.withSession((s) => s.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    await admin?.close();
  });

  test("a slot takes the next queued job as soon as it finished one, not after the polling interval", async () => {
    const POLLING_SECONDS = 20;
    await queue.enqueue([1, 2, 3, 4].map((n) => ({ text: story(100 + n) })));
    const { extract } = await import("../../src/extract/pipeline.js");
    // One slot: the jobs run one after another, each fetched when the one before ended.
    await queue.work({ concurrency: 1, extractor: extract, pollingSeconds: POLLING_SECONDS });
    let jobs: Awaited<ReturnType<IngestQueue["jobs"]>> = [];
    const deadline = Date.now() + 40_000;
    while (Date.now() < deadline) {
      jobs = await queue.jobs({ state: "DONE", first: 10, after: null });
      if (jobs.length === 4) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(jobs).toHaveLength(4);
    const byStart = [...jobs].sort((a, b) => a.startedAt!.getTime() - b.startedAt!.getTime());
    const gaps = byStart
      .slice(1)
      .map((job, i) => (job.startedAt!.getTime() - byStart[i]!.completedAt!.getTime()) / 1000);
    // Waiting out the interval after each job would leave gaps of ~POLLING_SECONDS.
    for (const gap of gaps) expect(gap).toBeLessThan(POLLING_SECONDS / 2);
  }, 60_000);
});
