import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** The entities of an article: canonical name, type and aliases. */
function entitiesOf(paragraphs: string[]): { name: string; type: string; aliases: string[] }[] {
  return extract(paragraphs.join("\n\n")).entities.map((e) => ({
    name: e.name,
    type: e.type,
    aliases: e.aliases,
  }));
}

describe("names in a wire credit line", () => {
  it("are people even when a word of the name is a place's, and take no acronym", () => {
    const entities = entitiesOf([
      "Carmaker agrees job cuts with unions",
      "BERLIN, Dec 20 (Reuters) - Volkswagen agreed with unions on Friday to cut jobs at its German plants. Shares in VW rose 1.5% in Frankfurt.",
      "Reporting by Nina Kraus and Victoria Waldersee; Editing by Tom Hale",
    ]);
    const reporter = entities.find((e) => e.name === "Victoria Waldersee");
    expect(reporter?.type).toBe("PERSON");
    expect(reporter?.aliases ?? []).not.toContain("VW");
    expect(entities.find((e) => e.name === "Volkswagen")?.aliases).toContain("VW");
  });
});
