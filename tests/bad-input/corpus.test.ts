import pino from "pino";
import { expect, test } from "vitest";
import type { Database } from "../../src/db/client.js";
import { createNewsgraphYoga } from "../../src/yoga.js";
import { describeEachBackend } from "../setup/backends.js";
import { BAD_INPUT_CASES, type BadInputCase } from "./cases.js";

const TABLES = [
  "article",
  "entity",
  "entity_alias",
  "mention",
  "quote",
  "event",
  "event_participant",
  "event_mention",
] as const;

async function rowCounts(db: Database): Promise<Record<string, number>> {
  const rows = await db.prisma.$queryRawUnsafe<{ name: string; n: number }[]>(
    TABLES.map((t) => `SELECT '${t}' AS name, count(*)::int AS n FROM ${t}`).join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}

type Body = {
  data?: Record<string, { __typename?: string; code?: string } | null> | null;
  errors?: { message: string; extensions?: { code?: unknown } }[];
};

/** Every code in a response: top-level errors and error members of mutation unions. */
function codesOf(body: Body): string[] {
  const fromErrors = (body.errors ?? []).map((e) => String(e.extensions?.code));
  const fromUnions = Object.values(body.data ?? {}).flatMap((value) =>
    value && typeof value.code === "string" ? [value.code] : [],
  );
  return [...fromErrors, ...fromUnions];
}

async function send(yoga: ReturnType<typeof createNewsgraphYoga>, input: BadInputCase) {
  const init =
    "json" in input.body
      ? { body: JSON.stringify(input.body.json), contentType: "application/json" }
      : { body: input.body.raw, contentType: input.body.contentType ?? "application/json" };
  const response = await yoga.fetch(
    "http://localhost/graphql",
    {
      method: "POST",
      headers: {
        "content-type": init.contentType,
        accept: "application/json",
        ...input.headers,
      },
      body: init.body as BodyInit,
    },
    { clientAddress: "127.0.0.1" },
  );
  return { status: response.status, body: (await response.json()) as Body };
}

describeEachBackend("bad-input corpus", (use) => {
  test(`the corpus holds ${BAD_INPUT_CASES.length} cases`, () => {
    expect(new Set(BAD_INPUT_CASES.map((c) => c.name)).size).toBe(BAD_INPUT_CASES.length);
  });

  test.each(BAD_INPUT_CASES.map((c) => [c.name, c] as const))(
    "%s: typed error or correct result, the server stays up, rejected ingests store nothing",
    async (_name, input) => {
      const db = use();
      const yoga = createNewsgraphYoga({ db, logger: pino({ level: "silent" }) });
      const before = await rowCounts(db);
      const { status, body } = await send(yoga, input);
      const codes = codesOf(body);
      expect(codes).not.toContain("INTERNAL_SERVER_ERROR");
      const after = await rowCounts(db);

      if ("stored" in input.expected) {
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
        const created = Object.values(body.data ?? {})[0] as unknown as {
          __typename: string;
          data: { id: string; text: string };
        };
        expect(created.__typename).toBe("MutationIngestArticleSuccess");
        expect(after.article).toBe(before.article! + 1);
        const row = await db.prisma.article.findFirstOrThrow({ orderBy: { id: "desc" } });
        expect(row.text).toBe(created.data.text);
        if ("json" in input.body) {
          const sent = (input.body.json as { variables: { input: { text: string } } }).variables
            .input.text;
          expect(row.text.normalize("NFC")).toBe(sent.normalize("NFC"));
        }
      } else if ("data" in input.expected) {
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
        expect(body.data).toEqual(input.expected.data);
        expect(after).toEqual(before);
      } else {
        expect(status).toBe(input.expected.status ?? 200);
        expect(codes.length).toBeGreaterThan(0);
        expect(codes).toContain(input.expected.code);
        expect(after).toEqual(before);
      }
      // Nothing in any answer leaks a stack trace, a source path, parser internals or a
      // suggestion of the names the schema holds.
      expect(JSON.stringify(body)).not.toMatch(
        /\.ts:\d+|node_modules|at async |originalError|SyntaxError|in JSON at|Did you mean/,
      );
      // Messages repeat no long value of the request: an answer is never a multiple of it.
      for (const error of body.errors ?? []) expect(error.message.length).toBeLessThan(1100);
      // A VALIDATION_FAILED names the offending field.
      for (const error of body.errors ?? []) {
        if (error.extensions?.code === "VALIDATION_FAILED") {
          expect(error.extensions).toHaveProperty("field");
        }
      }

      const alive = await send(yoga, {
        name: "after",
        body: { json: { query: "{ articles(first: 1) { totalCount } }" } },
        ingest: false,
        expected: { stored: true },
      });
      expect(alive).toEqual({
        status: 200,
        body: { data: { articles: { totalCount: after.article } } },
      });
    },
  );
});
