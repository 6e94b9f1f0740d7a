import { describe, expect, it } from "vitest";
import { runStages } from "../../src/extract/pipeline.js";
import type { Mention } from "../../src/extract/types.js";

/** Runs the pipeline through the mentions stage; a short headline keeps the body sentences in the body zone. */
function mentionsOf(body: string, headline = "Officials comment on the news"): Mention[] {
  return runStages(`${headline}\n\n${body}`, {}, "mentions").mentions;
}

function typeOf(mentions: Mention[], text: string): string | undefined {
  return mentions.find((m) => m.text === text)?.type;
}

describe("a lone unknown surname that speaks of itself as he or she", () => {
  it.each<[string, string]>([
    ["Tamberi told the court he had not seen the documents.", "Tamberi"],
    ["Analysts said Ferrucci told investors she expected the bank to cut jobs.", "Ferrucci"],
    ["Sabatelli argued that she had followed every rule.", "Sabatelli"],
    ["Yoshimura later said he would appeal the ruling.", "Yoshimura"],
    ["Tamberi told Reuters he would appeal.", "Tamberi"],
  ])("%j → %s is a person", (body, name) => {
    expect(typeOf(mentionsOf(body), name)).toBe("PERSON");
  });

  it("keeps a body that speaks of itself as 'it' a body", () => {
    expect(typeOf(mentionsOf("Velmora said it would cut 300 jobs."), "Velmora")).toBe(
      "ORGANIZATION",
    );
  });

  it("does not read the hearer's pronoun as the speaker's", () => {
    const mentions = mentionsOf("Ofwat told Jane Carter she must pay the fine.");
    expect(typeOf(mentions, "Ofwat")).toBe("ORGANIZATION");
  });
});

describe("a lone unknown word that a personal passive befalls", () => {
  it.each<[string, string]>([
    ["Police said Okonjuru was arrested on Tuesday.", "Okonjuru"],
    ["Okonjuru had been jailed for two years.", "Okonjuru"],
  ])("%j → %s is a person", (body, name) => {
    expect(typeOf(mentionsOf(body), name)).toBe("PERSON");
  });

  it("leaves an ordinary word opening the sentence alone", () => {
    expect(mentionsOf("Nobody was injured in the blast.")).toEqual([]);
  });
});
