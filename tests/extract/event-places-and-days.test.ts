import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";
import type { Extraction } from "../../src/extract/types.js";

function nameOf(extraction: Extraction, id: number | null): string | null {
  if (id === null) return null;
  return extraction.entities.find((entity) => entity.id === id)?.name ?? null;
}

/** [code, date, location] of every event, in order. */
function summary(extraction: Extraction): [string, string | null, string | null][] {
  return extraction.events.map((event) => [
    event.code,
    event.date,
    nameOf(extraction, event.locationId),
  ]);
}

describe("event places", () => {
  it("places a happening at a town named after a part noun ('on the edge of X')", () => {
    const extraction = extract(
      "Council approves new depot\n\nPlans for a bus depot on the edge of Sheffield were approved by the Corvale County Council on Monday.\n\nPolice arrested two men on the outskirts of Glasgow on Sunday, the Norland Police Service said.",
      { publishedAt: "2025-04-01" },
    );
    expect(summary(extraction)).toEqual([
      ["00", "2025-03-31", "Sheffield"],
      ["17", "2025-03-30", "Glasgow"],
    ]);
  });
});
