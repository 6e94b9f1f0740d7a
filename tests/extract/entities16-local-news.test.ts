import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** The entities of an article: canonical name and type. */
function entitiesOf(paragraphs: string[]): [string, string][] {
  return extract(paragraphs.join("\n\n")).entities.map((e) => [e.name, e.type]);
}

describe("a local planning story", () => {
  it("types the body a spokesperson speaks for as an organization", () => {
    const paragraphs = [
      "Housing scheme approved",
      "A spokesperson for Kestrel Homes said the estate would include 40 affordable homes.",
      '"We have listened to the community throughout," the spokesperson added.',
    ];
    const extraction = extract(paragraphs.join("\n\n"));
    const kestrel = extraction.entities.find((e) => e.name === "Kestrel Homes");
    expect(kestrel?.type).toBe("ORGANIZATION");
    expect(extraction.quotes[0]?.speakerId).toBe(kestrel?.id);
  });

  it("keeps a person a spokesperson speaks for a person", () => {
    const entities = entitiesOf([
      "Star withdraws from final",
      "A spokesperson for Novak Djokovic said he had a knee injury.",
    ]);
    expect(entities).toContainEqual(["Novak Djokovic", "PERSON"]);
  });

  it("types a town on whose edge or in whose centre something stands as a place", () => {
    const entities = entitiesOf([
      "Council approves new homes",
      "Plans for 300 homes on the edge of Knaresby have been approved. A new surgery will open in the centre of Holmbridge.",
    ]);
    expect(entities).toContainEqual(["Knaresby", "LOCATION"]);
    expect(entities).toContainEqual(["Holmbridge", "LOCATION"]);
  });
});
