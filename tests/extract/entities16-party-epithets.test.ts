import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** The quotations of an article, each with its speaker's canonical name (or null). */
function quotesOf(paragraphs: string[]): [string, string | null][] {
  const extraction = extract(paragraphs.join("\n\n"));
  return extraction.quotes.map((q) => [
    q.text,
    extraction.entities.find((e) => e.id === q.speakerId)?.name ?? null,
  ]);
}

describe("a lawmaker described by state and party ('the Oregon Democrat')", () => {
  const paragraphs = [
    "Senate clears spending bill",
    "WASHINGTON (AP) — The Senate passed a spending bill on Friday. Sen. Jeff Merkley said he would keep pushing for changes.",
    '"This fight is far from over," said the Oregon Democrat.',
  ];

  it("names the state, not an organization", () => {
    const entities = extract(paragraphs.join("\n\n")).entities.map((e) => [e.name, e.type]);
    expect(entities).toContainEqual(["Oregon", "LOCATION"]);
    expect(entities.some(([name]) => name === "Oregon Democrat")).toBe(false);
  });

  it("speaks as the lawmaker named before", () => {
    expect(quotesOf(paragraphs)).toEqual([["This fight is far from over,", "Jeff Merkley"]]);
  });
});
