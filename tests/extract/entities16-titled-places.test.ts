import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** The entities of an article: canonical name and type. */
function entitiesOf(paragraphs: string[]): [string, string][] {
  return extract(paragraphs.join("\n\n")).entities.map((e) => [e.name, e.type]);
}

describe("a place opening with 'San', 'Santa', 'Port' … before an official's title", () => {
  it("ends at the title, and the official is a person", () => {
    const entities = entitiesOf([
      "Storm hits coast",
      "SAN DIEGO (AP) — Santa Barbara Mayor Randy Rowse offered help on Monday, and Port Moresby Governor Powes Parkop said the city stood ready.",
    ]);
    expect(entities).toContainEqual(["Santa Barbara", "LOCATION"]);
    expect(entities).toContainEqual(["Randy Rowse", "PERSON"]);
    expect(entities).toContainEqual(["Powes Parkop", "PERSON"]);
  });

  it("splits a place read by its shape, past a shorter known name, from a governor after it", () => {
    const entities = entitiesOf([
      "Floods devastate southern state",
      "Rio Grande do Norte Governor Fatima Bezerra said on Friday the damage would take years to repair.",
    ]);
    expect(entities).toContainEqual(["Rio Grande do Norte", "LOCATION"]);
    expect(entities).toContainEqual(["Fatima Bezerra", "PERSON"]);
  });
});
