import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** The type of the entity an article names `name`, or undefined when it names none. */
function typeIn(paragraphs: string[], name: string): string | undefined {
  return extract(paragraphs.join("\n\n")).entities.find((e) => e.name === name)?.type;
}

describe("teams named outside a match result", () => {
  it("types a team before a manager's role as an organization, even a common word", () => {
    const type = typeIn(
      [
        "Late goal lifts league leaders",
        "LONDON (AP) — A stoppage-time header gave the league leaders a narrow win on Saturday.",
        '"We never stopped believing," Arsenal manager Mikel Arteta said after the game.',
      ],
      "Arsenal",
    );
    expect(type).toBe("ORGANIZATION");
  });

  it("types a team that won a match elsewhere in the report when it opens a sentence", () => {
    const paragraphs = [
      "Leaders stretch unbeaten run",
      "LONDON (AP) — Arsenal beat Fulham 3-1 on Saturday to stay clear at the top of the table.",
      "Arsenal have now gone 12 league games without defeat.",
    ];
    const extraction = extract(paragraphs.join("\n\n"));
    const arsenal = extraction.mentions.filter((m) => m.text === "Arsenal");
    expect(arsenal).toHaveLength(2);
    expect(arsenal.every((m) => m.type === "ORGANIZATION")).toBe(true);
  });

  it("keeps a national side a place", () => {
    const type = typeIn(
      [
        "Kane fit for qualifier",
        "LONDON (Reuters) - England captain Harry Kane trained on Tuesday ahead of the qualifier.",
      ],
      "England",
    );
    expect(type).toBe("LOCATION");
  });
});
