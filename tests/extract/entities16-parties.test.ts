import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** The entities of an article: canonical name and type. */
function entitiesOf(paragraphs: string[]): [string, string][] {
  return extract(paragraphs.join("\n\n")).entities.map((e) => [e.name, e.type]);
}

describe("a party before its members' letters", () => {
  it("names the party alone ('Labour MPs', 'SNP MSPs')", () => {
    const entities = entitiesOf([
      "Prime minister faces revolt",
      "LONDON (Reuters) - The prime minister faced a growing revolt from Labour MPs on Monday over cuts to disability benefits, while SNP MSPs in Edinburgh demanded a vote.",
    ]);
    expect(entities).toContainEqual(["Labour", "ORGANIZATION"]);
    expect(entities.some(([name]) => name.endsWith("MPs") || name.endsWith("MSPs"))).toBe(false);
  });
});
