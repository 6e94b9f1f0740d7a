import { expect, test } from "vitest";
import { degradedNote } from "../../src/cli/ingest-command.js";
import type { Extractor } from "../../src/ingest/ingest.js";
import { runBulkIngest, type BulkItem, type BulkOutcome } from "../../src/ingest/bulk.js";
import { describeEachBackend } from "../setup/backends.js";
import { summitExtractor as summit } from "../setup/factories.js";

const item = (label: string, text: string): BulkItem => ({
  label,
  load: async () => ({ text, source: "Wire" }),
});

/** The summit extraction, as if its events stage had thrown on articles mentioning a veto. */
const failingOnVetoes: Extractor = (text, options) => {
  const extraction = summit(text, options);
  if (!text.includes("veto")) return extraction;
  return {
    ...extraction,
    events: [],
    degradedStages: [{ stage: "events", error: "TypeError at find-events.ts:12:3" }],
  };
};

describeEachBackend("bulk ingest and failed extraction stages", (use) => {
  test("an article stored without a failed stage's facts is reported, in its outcome and the summary", async () => {
    const db = use();
    const outcomes: BulkOutcome[] = [];
    const summary = await runBulkIngest(
      db.prisma,
      [
        item("meeting.txt", "Tillerson meets Putin\n\nThe two met in Moscow."),
        item("veto.txt", "Russia casts veto\n\nThe council vote failed after a veto."),
      ],
      { concurrency: 2, extractor: failingOnVetoes, onOutcome: (o) => outcomes.push(o) },
    );
    expect(summary.created).toBe(2);
    const veto = outcomes.find((o) => o.label === "veto.txt")!;
    const meeting = outcomes.find((o) => o.label === "meeting.txt")!;
    expect(veto).toMatchObject({
      status: "CREATED",
      degradedStages: [{ stage: "events", error: "TypeError at find-events.ts:12:3" }],
    });
    expect(meeting).toMatchObject({ status: "CREATED", degradedStages: [] });
    expect(summary.degraded).toEqual([
      {
        label: "veto.txt",
        articleId: (veto as { articleId: number }).articleId,
        stages: [{ stage: "events", error: "TypeError at find-events.ts:12:3" }],
      },
    ]);
    // The article records it too, for `newsgraph reprocess --degraded`.
    const stored = await db.prisma.article.findUniqueOrThrow({
      where: { id: (veto as { articleId: number }).articleId },
    });
    expect(stored.degradedStages).toEqual(["events"]);
  });
});

test("the progress line names the failed stage and where it threw, and says nothing otherwise", () => {
  expect(degradedNote([{ stage: "quotes", error: "RangeError at speakers.ts:4:9" }])).toBe(
    ", stored WITHOUT the facts of quotes (RangeError at speakers.ts:4:9)",
  );
  expect(degradedNote([])).toBe("");
});
