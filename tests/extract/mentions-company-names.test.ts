import { describe, expect, it } from "vitest";
import { runStages } from "../../src/extract/pipeline.js";
import type { EntityType, Mention } from "../../src/extract/types.js";

/** Runs the pipeline through the mentions stage; a short headline keeps the body sentences in the body zone. */
function mentionsOf(body: string, headline = "Markets close mixed"): Mention[] {
  return runStages(`${headline}\n\n${body}`, {}, "mentions").mentions;
}

function typeOf(mentions: Mention[], text: string): EntityType | null | undefined {
  return mentions.find((m) => m.text === text)?.type;
}

describe("compass words opening a company's name", () => {
  it("keeps the compass word of a company named mid-sentence", () => {
    const mentions = mentionsOf(
      "Western Quill Corp cut jobs. Analysts at Western Quill said demand for disks was firm.",
    );
    expect(typeOf(mentions, "Western Quill")).toBe("ORGANIZATION");
    expect(mentions.some((m) => m.text === "Quill")).toBe(false);
  });

  it("keeps it at the start of a sentence when the article writes the name mid-sentence too", () => {
    const mentions = mentionsOf(
      "Shares of Southern Pike Minerals rose on Monday. Southern Pike Minerals said output rose.",
    );
    const pikes = mentions.filter((m) => m.text === "Southern Pike Minerals");
    expect(pikes).toHaveLength(2);
    expect(pikes.every((m) => m.type === "ORGANIZATION")).toBe(true);
  });

  it("makes no company of a compass word and a region's name", () => {
    const mentions = mentionsOf("Aid convoys reached Southern Kordofan on Monday.");
    expect(mentions.some((m) => m.type === "ORGANIZATION" && m.text.includes("Kordofan"))).toBe(
      false,
    );
  });

  it("leaves regions of known places as places", () => {
    const mentions = mentionsOf(
      "Fighting went on in Eastern Ukraine while ministers from Western Europe met.",
    );
    expect(typeOf(mentions, "Eastern Ukraine")).toBe("LOCATION");
    expect(typeOf(mentions, "Western Europe")).toBe("LOCATION");
  });

  it("still drops a nationality word before a person", () => {
    const mentions = mentionsOf("Western diplomats met Kenyan runner Faith Kipyegon on Friday.");
    expect(typeOf(mentions, "Faith Kipyegon")).toBe("PERSON");
  });
});

describe("events named like bodies", () => {
  it("reads a game as an event, not an organization", () => {
    const mentions = mentionsOf(
      "He was named the best player of the Coastal League All-Star Game.",
    );
    expect(mentions.some((m) => m.text.endsWith("All-Star Game") && m.type !== null)).toBe(false);
  });
});

describe("bodies named in 's", () => {
  it("keeps the 's of a name that speaks", () => {
    const mentions = mentionsOf("Sales rose 3 percent, Halden's said on Monday.");
    expect(typeOf(mentions, "Halden's")).toBe("ORGANIZATION");
    expect(mentions.some((m) => m.text === "Halden")).toBe(false);
  });

  it("keeps the 's of a name before a past-tense verb and its object", () => {
    const mentions = mentionsOf("Sales slowed in March, and Brenner's cut its forecast.");
    expect(typeOf(mentions, "Brenner's")).toBe("ORGANIZATION");
    expect(mentions.some((m) => m.text === "Brenner")).toBe(false);
  });

  it("keeps the 's after a company's noun at the end of the name", () => {
    const mentions = mentionsOf("Investors sold shares of the retailer Corran's.");
    expect(typeOf(mentions, "Corran's")).toBe("ORGANIZATION");
  });

  it("reads a possessor before a noun or a name as before", () => {
    const mentions = mentionsOf(
      "The group Lantern's leader met the group Lantern's Ann Roe on Friday.",
    );
    expect(mentions.some((m) => m.text.startsWith("Lantern's"))).toBe(false);
    expect(typeOf(mentions, "Ann Roe")).toBe("PERSON");
  });
});

describe("foreign names joined by lower-case particles", () => {
  it.each(["Manos en Acción", "Banco de la Pampa"])("keeps %s whole", (name) => {
    const mentions = mentionsOf(`The group ${name} said on Monday that prices rose.`);
    expect(typeOf(mentions, name)).toBe("ORGANIZATION");
  });
});

describe("a company's noun opening a sentence", () => {
  it.each([
    ["Chipmaker Ardent Micro Corp said on Tuesday it would cut jobs.", "Ardent Micro Corp"],
    ["Insurer Halvorsen said profit rose in the quarter.", "Halvorsen"],
    ["Retailer Brightwell Stores Inc cut its forecast on Monday.", "Brightwell Stores Inc"],
  ])("%s names %s without the noun", (body, name) => {
    const mentions = mentionsOf(body);
    expect(typeOf(mentions, name)).toBe("ORGANIZATION");
    expect(mentions.some((m) => m.text.length > name.length && m.text.endsWith(name))).toBe(false);
  });

  it("keeps a name that opens with a noun that may start one", () => {
    const mentions = mentionsOf("Union Carrow said freight volumes rose.");
    expect(mentions.some((m) => m.text === "Carrow")).toBe(false);
  });
});

describe("an owner's possessive before a trade names a shop or restaurant", () => {
  it.each<[string, string]>([
    ["Shoppers lined up outside Marlowe's Hardware on Friday.", "Marlowe's Hardware"],
    ["Ferro's Bakery has sold bread on the corner since 1952.", "Ferro's Bakery"],
    ["Fans at Brannigan's Irish Pub watched the final.", "Brannigan's Irish Pub"],
  ])("%j → %s is one organization", (body, name) => {
    const mentions = mentionsOf(body);
    expect(typeOf(mentions, name)).toBe("ORGANIZATION");
    expect(mentions).toHaveLength(1);
  });

  it("keeps a place's possessive before a body's name apart", () => {
    const mentions = mentionsOf("Ohio's Transit Authority said fares would rise.");
    expect(typeOf(mentions, "Ohio")).toBe("LOCATION");
  });

  it("lets the sentence call such a name a place", () => {
    expect(
      typeOf(mentionsOf("Hobb's Kitchen is a district of the old port."), "Hobb's Kitchen"),
    ).toBe("LOCATION");
  });
});
