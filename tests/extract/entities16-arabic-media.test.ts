import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** The entities of an article: canonical name and type. */
function entitiesOf(paragraphs: string[]): [string, string][] {
  return extract(paragraphs.join("\n\n")).entities.map((e) => [e.name, e.type]);
}

describe("newspapers and channels named with the Arabic article", () => {
  it("types one that reports or is cited as an organization", () => {
    const entities = entitiesOf([
      "Minister quits over fuel shortages",
      "CAIRO (AP) — Egypt's petroleum minister resigned on Wednesday, Al-Ahram reported.",
      "Al-Masry Al-Youm said the cabinet would meet on Thursday. According to Al-Watan, a successor has been chosen.",
      "Al-Shorouk and Al-Akhbar carried the news on their front pages.",
    ]);
    for (const paper of ["Al-Ahram", "Al-Masry Al-Youm", "Al-Watan", "Al-Shorouk", "Al-Akhbar"]) {
      expect(entities).toContainEqual([paper, "ORGANIZATION"]);
    }
  });

  it("types one a source is told, interviewed by or published in as an organization", () => {
    const entities = entitiesOf([
      "Ceasefire talks to resume",
      "BEIRUT (Reuters) - The speaker of parliament told Al-Jadeed on Monday that talks would resume. In an interview with Al-Hadath, a minister said the army would deploy.",
      "His remarks were published in Al-Nahar. Speaking to Al-Mayadeen, an official said the group would respond.",
    ]);
    for (const medium of ["Al-Jadeed", "Al-Hadath", "Al-Nahar", "Al-Mayadeen"]) {
      expect(entities).toContainEqual([medium, "ORGANIZATION"]);
    }
  });

  it("leaves a person's surname a person", () => {
    const entities = entitiesOf([
      "Syrian leader visits Riyadh",
      "RIYADH (Reuters) - Syrian President Ahmed Al-Sharaa arrived in Riyadh on Sunday.",
      "Al-Sharaa said the visit would open a new page.",
    ]);
    expect(entities).toContainEqual(["Ahmed Al-Sharaa", "PERSON"]);
    expect(entities.some(([name, type]) => name === "Al-Sharaa" && type === "ORGANIZATION")).toBe(
      false,
    );
  });
});
