import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** The entities of an article: canonical name and type. */
function entitiesOf(paragraphs: string[]): [string, string][] {
  return extract(paragraphs.join("\n\n")).entities.map((e) => [e.name, e.type]);
}

describe("company names made of common words", () => {
  it("keeps a common first word opening a sentence when the article writes the pair mid-sentence", () => {
    const entities = entitiesOf([
      "Bank beats forecasts",
      "Standard Chartered said on Tuesday that quarterly profit rose by a tenth. Shares in Standard Chartered rose 4 percent in Singapore.",
    ]);
    expect(entities).toContainEqual(["Standard Chartered", "ORGANIZATION"]);
    expect(entities.some(([name]) => name === "Chartered")).toBe(false);
  });

  it("types an adjective and a noun that speak as a body, not a person", () => {
    const entities = entitiesOf([
      "Postal operator to cut managers",
      "LONDON (Reuters) - Royal Mail said on Wednesday it would cut 700 management jobs. Unions at Royal Mail vowed to fight the plan.",
    ]);
    expect(entities).toContainEqual(["Royal Mail", "ORGANIZATION"]);
  });

  it("types a lone word opening a sentence before 'and' and a known company as a company", () => {
    const entities = entitiesOf([
      "Luxury brands left out of talks",
      "BERLIN (Reuters) - Unions and managers agreed on plant closures on Friday.",
      "Porsche and Audi, both owned by the group, were not part of the talks.",
    ]);
    expect(entities).toContainEqual(["Porsche", "ORGANIZATION"]);
  });

  it("types a company described as 'a Houston-based company' as an organization", () => {
    const entities = entitiesOf([
      "Private lander reaches the moon",
      "HOUSTON (AP) — Intuitive Machines, a Houston-based company, landed its craft near the lunar south pole on Thursday.",
    ]);
    expect(entities).toContainEqual(["Intuitive Machines", "ORGANIZATION"]);
  });

  it("types a proper name ending in 'Technology' as a company", () => {
    const entities = entitiesOf([
      "Lander fails",
      "PITTSBURGH (Reuters) - Astrobotic Technology's lander failed to reach the moon after a fuel leak, officials said.",
    ]);
    expect(entities).toContainEqual(["Astrobotic Technology", "ORGANIZATION"]);
  });
});
