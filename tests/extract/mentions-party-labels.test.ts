import { describe, expect, it } from "vitest";
import { runStages } from "../../src/extract/pipeline.js";
import type { Mention } from "../../src/extract/types.js";

function mentionsOf(body: string): Mention[] {
  return runStages(`Senate passes farm bill\n\n${body}`, {}, "mentions").mentions;
}

describe("party labels and portfolios before names", () => {
  it("drops a party member's label before a person's name", () => {
    const mentions = mentionsOf("Democrat Helen Carver and Tory Tom Hale backed the bill.");
    expect(mentions.find((m) => m.text === "Helen Carver")?.type).toBe("PERSON");
    expect(mentions.find((m) => m.text === "Tom Hale")?.type).toBe("PERSON");
    expect(mentions.some((m) => m.text.startsWith("Democrat") || m.text.startsWith("Tory"))).toBe(
      false,
    );
  });

  it("reads a portfolio before a minister's title as no organization", () => {
    const mentions = mentionsOf("Labour Minister Ann Lee welcomed the vote on Tuesday.");
    expect(mentions.find((m) => m.text === "Ann Lee")?.type).toBe("PERSON");
    expect(mentions.some((m) => m.text === "Labour" && m.type === "ORGANIZATION")).toBe(false);
  });

  it("still reads a party before a lawmaker's role as the party", () => {
    const mentions = mentionsOf("Labour lawmaker Ann Lee welcomed the vote on Tuesday.");
    expect(mentions.find((m) => m.text === "Labour")?.type).toBe("ORGANIZATION");
  });
});
