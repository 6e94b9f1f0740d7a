import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** The entities of an article: canonical name and type. */
function entitiesOf(paragraphs: string[]): [string, string][] {
  return extract(paragraphs.join("\n\n")).entities.map((e) => [e.name, e.type]);
}

describe("surveying agencies named '… Survey'", () => {
  it("types a geological or mapping survey as an organization", () => {
    const entities = entitiesOf([
      "Landslide risk rises on coast",
      "LONDON (Reuters) - Cliffs along the Yorkshire coast are crumbling faster than expected, the British Geological Survey said on Thursday.",
      "The Ordnance Survey will publish revised maps next year, and the British Antarctic Survey lent its radar.",
    ]);
    expect(entities).toContainEqual(["British Geological Survey", "ORGANIZATION"]);
    expect(entities).toContainEqual(["Ordnance Survey", "ORGANIZATION"]);
    expect(entities).toContainEqual(["British Antarctic Survey", "ORGANIZATION"]);
  });

  it("still makes no entity of a survey that is a study", () => {
    const entities = entitiesOf([
      "Jobless rate falls",
      "LONDON (Reuters) - Unemployment fell to 4.1 percent, the Labour Force Survey showed on Tuesday.",
    ]);
    expect(entities.some(([name]) => name.includes("Survey"))).toBe(false);
  });
});
