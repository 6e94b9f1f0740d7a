import { describe, expect, it } from "vitest";
import { runStages } from "../../src/extract/pipeline.js";
import type { Mention } from "../../src/extract/types.js";

/** Runs the pipeline through the mentions stage; a short headline keeps the body sentences in the body zone. */
function mentionsOf(body: string, headline = "Officials comment on the news"): Mention[] {
  return runStages(`${headline}\n\n${body}`, {}, "mentions").mentions;
}

function typesOf(mentions: Mention[], text: string): string[] {
  return mentions.filter((m) => m.text === text).map((m) => m.type ?? "none");
}

describe("a town before a comma and a state, beside a person of that surname", () => {
  it("keeps the town a place and the surname a person", () => {
    const mentions = mentionsOf(
      "A clinic named for the late senator Ellis Harlan opened on Monday in Harlan, Ky., his home town. Harlan, who died in 2019, had raised money for it.",
    );
    expect(typesOf(mentions, "Harlan")).toEqual(["LOCATION", "PERSON"]);
  });

  it("reads the capital before 'D.C.' as a place beside the president it is named for", () => {
    const mentions = mentionsOf(
      "A portrait of Denzel Washington was lent to a museum in Washington, D.C., for the summer.",
    );
    expect(typesOf(mentions, "Washington")).toEqual(["LOCATION"]);
    expect(typesOf(mentions, "Denzel Washington")).toEqual(["PERSON"]);
  });
});

describe("a family name that is also a country's name", () => {
  it("stands for the person named in full before it, outside a place frame", () => {
    const mentions = mentionsOf(
      "Singer Keisha Kenya toured Europe in May. Kenya said she loved the crowds. She flew to Kenya last week.",
    );
    expect(typesOf(mentions, "Kenya")).toEqual(["PERSON", "LOCATION"]);
  });

  it("stays the country after a ruler's title 'of' it", () => {
    const mentions = mentionsOf(
      "King Abdullah II of Jordan met Louis Moreau on Monday. Jordan said the talks would help.",
    );
    expect(typesOf(mentions, "Jordan")).toEqual(["LOCATION", "LOCATION"]);
  });
});
