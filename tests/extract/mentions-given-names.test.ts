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

describe("a modal capitalized inside a sentence is a given name", () => {
  it.each<[string, string]>([
    ["He was called up after an injury to Will Tarrant and started every game.", "Will Tarrant"],
    ["The coach praised Will Dunmore after the match.", "Will Dunmore"],
  ])("%j → %s is a person", (body, name) => {
    expect(typeOf(mentionsOf(body), name)).toBe("PERSON");
  });

  it("keeps the modal opening a question no name", () => {
    const mentions = mentionsOf("Will Dunmore play on Sunday? Nobody knows yet.");
    expect(mentions.find((m) => m.text.startsWith("Will"))).toBeUndefined();
  });
});

describe("a country's name that is also a given name, opening a three-part name", () => {
  it("reads the given, middle and family names as one person", () => {
    const mentions = mentionsOf("The award went to Chad Peter Ravensworth on Friday.");
    expect(typeOf(mentions, "Chad Peter Ravensworth")).toBe("PERSON");
    expect(typeOf(mentions, "Chad")).toBeUndefined();
  });

  it("still splits the country from a leader named after it", () => {
    const mentions = mentionsOf("Chad President Idris Wandame met the envoy.");
    expect(typeOf(mentions, "Chad")).toBe("LOCATION");
  });
});

describe("a lone given name between 'the' and a noun", () => {
  it("names no person in 'the Cecil expedition'", () => {
    const mentions = mentionsOf("After the Cecil expedition he returned to the coast.");
    expect(typeOf(mentions, "Cecil")).toBeUndefined();
  });

  it("keeps a given name after a verb a person", () => {
    expect(typeOf(mentionsOf("The letter was sent to Cecil by his brother."), "Cecil")).toBe(
      "PERSON",
    );
  });
});
