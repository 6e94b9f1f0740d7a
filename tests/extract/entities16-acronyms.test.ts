import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** The entities of an article: canonical name and type. */
function entitiesOf(paragraphs: string[]): [string, string][] {
  return extract(paragraphs.join("\n\n")).entities.map((e) => [e.name, e.type]);
}

describe("foreign agencies' acronyms given after a description", () => {
  it("types an acronym in brackets after a lower-case agency noun as an organization", () => {
    const entities = entitiesOf([
      "Mexican inflation slows",
      "MEXICO CITY (Reuters) - Annual inflation in Mexico slowed in March, the national statistics agency (INEGI) said on Tuesday. INEGI will publish core figures next week.",
    ]);
    expect(entities).toContainEqual(["INEGI", "ORGANIZATION"]);
  });

  it("types an acronym the agency is 'known as' as an organization", () => {
    const entities = entitiesOf([
      "No tsunami threat after quake",
      "JAKARTA (AP) — The country's weather and geophysics agency, known as BMKG, said the quake posed no tsunami threat.",
    ]);
    expect(entities.some(([name, type]) => name.includes("BMKG") && type === "ORGANIZATION")).toBe(
      true,
    );
  });

  it("still drops an acronym defined for a common noun", () => {
    const entities = entitiesOf([
      "Study on iodine",
      "GENEVA (AFP) — Cases of iodine deficiency disorders (IDD) fell by half, researchers said.",
    ]);
    expect(entities.some(([name]) => name === "IDD")).toBe(false);
  });
});
