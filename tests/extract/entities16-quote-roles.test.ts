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

describe("a role set before a name with a complement naming a place or body", () => {
  it("makes the role's holder the speaker of 'the envoy said', not the last person named", () => {
    const quotes = quotesOf([
      "Truce talks resume in Oman",
      "MUSCAT, Oman (AFP) — Talks on extending the truce resumed on Sunday in the Omani capital.",
      "The special envoy for Yemen, Hans Grundberg, said both sides had shown flexibility. Mohammed Abdulsalam said prisoners would be swapped.",
      '"Both delegations came here ready to make hard choices," the envoy said.',
    ]);
    expect(quotes).toEqual([
      ["Both delegations came here ready to make hard choices,", "Hans Grundberg"],
    ]);
  });

  it("reads an ambassador to a named body the same way", () => {
    const quotes = quotesOf([
      "Council delays vote",
      "NEW YORK (Reuters) - Britain's ambassador to the United Nations, Barbara Woodward, said on Monday the vote would wait. Vassily Nebenzia said Moscow objected to the draft.",
      '"We need a few more days to bring everyone on board," the ambassador said.',
    ]);
    expect(quotes).toEqual([
      ["We need a few more days to bring everyone on board,", "Barbara Woodward"],
    ]);
  });

  it("leaves 'the UN envoy said' unattributed when no envoy of the UN was named", () => {
    const quotes = quotesOf([
      "Sudan talks stall",
      "JEDDAH (AFP) — Talks between Sudan's warring generals stalled on Monday, mediators said.",
      "Mohamed Hamdan Dagalo rejected a proposal for a truce. Abdel Fattah al-Burhan did not send a delegation.",
      '"We are running out of time to prevent a famine," the UN envoy told reporters.',
    ]);
    expect(quotes).toEqual([["We are running out of time to prevent a famine,", null]]);
  });
});
