import { expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** Each entity's type by canonical name, and each event's place. */
function read(paragraphs: string[]) {
  const extraction = extract(paragraphs.join("\n\n"), { publishedAt: "2025-02-10" });
  const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
  return {
    types: new Map(extraction.entities.map((e) => [e.name, e.type])),
    places: extraction.events.map((e) => (e.locationId === null ? null : names.get(e.locationId))),
  };
}

it("the name after 'at' in a result's sentence is the ground, a place, and the result's place", () => {
  const { types, places } = read([
    "Atletico keep pace at the top",
    "MADRID (AP) — Atletico beat Sevilla 3-1 at the Riyadh Air Metropolitano on Sunday, with Julian Alvarez scoring twice.",
  ]);
  expect(types.get("Riyadh Air Metropolitano")).toBe("LOCATION");
  expect(places).toContain("Riyadh Air Metropolitano");
});

it("a competition after 'at' stays no ground", () => {
  const { types } = read([
    "Late goal sends Morocco through",
    "DOHA (AP) — Morocco beat Portugal 1-0 at the World Cup on Saturday to reach the semifinals.",
  ]);
  expect(types.get("World Cup")).not.toBe("LOCATION");
});
