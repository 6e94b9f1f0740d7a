import { describe, expect, it } from "vitest";
import { runStages } from "../../src/extract/pipeline.js";

/** Each mention of a one-paragraph article as "text:TYPE". */
function mentionsOf(body: string): string[] {
  return runStages(`Weekend results\n\n${body}`, {}, "mentions").mentions.map(
    (m) => `${m.text}:${m.type}`,
  );
}

describe("the sides of a match result", () => {
  it("are teams when their names are common nouns", () => {
    expect(mentionsOf("Everton lost 2-1 to Arsenal on Saturday.")).toEqual([
      "Everton:ORGANIZATION",
      "Arsenal:ORGANIZATION",
    ]);
  });

  it("are teams when their names are towns or given names", () => {
    expect(mentionsOf("On Sunday Leeds beat Chelsea 3-1 at home.")).toEqual([
      "Leeds:ORGANIZATION",
      "Chelsea:ORGANIZATION",
    ]);
  });

  it("keep countries places and people people", () => {
    expect(mentionsOf("France beat Spain 2-1 in Paris.")).toEqual([
      "France:LOCATION",
      "Spain:LOCATION",
      "Paris:LOCATION",
    ]);
    expect(mentionsOf("Iga Swiatek beat Coco Gauff 6-4 6-2 in the final.")).toEqual([
      "Iga Swiatek:PERSON",
      "Coco Gauff:PERSON",
    ]);
  });

  it("do not include a date or a name cut off by a comma", () => {
    expect(mentionsOf("Burnley, who had led since October, drew 0-0 at Turf Moor.")).not.toContain(
      "October:ORGANIZATION",
    );
  });

  it("leave a vote's tally alone", () => {
    expect(mentionsOf("The Senate voted 51-49 to confirm her.")).toEqual(["Senate:ORGANIZATION"]);
  });
});
