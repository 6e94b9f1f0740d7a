import { expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** The events of an article, by CAMEO root, with their parties' names. */
function eventsOf(text: string, publishedAt: string) {
  const extraction = extract(text, { publishedAt });
  const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
  return extraction.events.map((event) => ({
    code: event.code,
    parties: event.participants.map((p) => names.get(p.entityId)),
  }));
}

it("the lead's unnamed person is the one the next paragraph names with an age", () => {
  const events = eventsOf(
    [
      "Driver jailed over fatal crash",
      "A woman who killed a cyclist while driving on her phone has been jailed for six years.",
      "Karen Dale, 44, of Bootle, admitted causing death by dangerous driving at Liverpool Crown Court.",
    ].join("\n\n"),
    "2025-03-04",
  );
  expect(events).toContainEqual({ code: "17", parties: ["Karen Dale"] });
});

it("a lead that names nobody after it keeps its acts without a party", () => {
  const events = eventsOf(
    [
      "Driver jailed over fatal crash",
      "A woman who killed a cyclist while driving on her phone has been jailed for six years.",
      "The court heard the cyclist, a father of three, died at the scene.",
    ].join("\n\n"),
    "2025-03-04",
  );
  expect(events.filter((e) => e.code === "17")).toEqual([]);
});
