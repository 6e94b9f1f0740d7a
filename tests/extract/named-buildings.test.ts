import { expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** The type each entity of an article is given, by canonical name. */
function typesOf(paragraphs: string[]): Map<string, string> {
  return new Map(extract(paragraphs.join("\n\n")).entities.map((e) => [e.name, e.type]));
}

it("a name before 'palace', 'mosque', 'cathedral' or 'castle' is a place, not a person", () => {
  const types = typesOf([
    "Chile's Congress backs pension overhaul",
    "SANTIAGO, Chile (AP) — Chile's Congress on Tuesday approved an overhaul of the pension system.",
    '"Nobody got everything they wanted," President Gabriel Boric said in an address from La Moneda palace.',
    "Worshippers later gathered at the Santa Lucia cathedral and outside Rosales castle, where a vigil was held.",
  ]);
  expect(types.get("La Moneda")).toBe("LOCATION");
  expect(types.get("Rosales")).toBe("LOCATION");
  expect(types.get("Gabriel Boric")).toBe("PERSON");
});
