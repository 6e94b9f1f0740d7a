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

describe("an office-holder's office is a body", () => {
  it.each<[string, string]>([
    [
      "The Rivermont County Sheriff's Office said deputies responded to the call.",
      "Rivermont County Sheriff's Office",
    ],
    [
      "A spokesman for the Rivermont County Sheriff's Department said the road was closed.",
      "Rivermont County Sheriff's Department",
    ],
    [
      "The Eastvale District Attorney's Office declined to comment.",
      "Eastvale District Attorney's Office",
    ],
    [
      "The Harlow County Coroner's Office said the cause was a gunshot.",
      "Harlow County Coroner's Office",
    ],
    [
      "The Marden County Clerk's Office stopped counting at midnight.",
      "Marden County Clerk's Office",
    ],
  ])("%j → %s", (body, name) => {
    expect(typeOf(mentionsOf(body), name)).toBe("ORGANIZATION");
  });

  it("keeps a place's possessive apart from the body it owns", () => {
    const mentions = mentionsOf("Britain's Foreign Office said the talks had failed.");
    expect(typeOf(mentions, "Britain")).toBe("LOCATION");
    expect(typeOf(mentions, "Foreign Office")).toBe("ORGANIZATION");
  });
});

describe("a trade after a proper name names a company", () => {
  it.each<[string, string]>([
    ["Delacroix Pharma said its chief executive would step down.", "Delacroix Pharma"],
    ["Officials at Brightwater Pharma said the drug was safe.", "Brightwater Pharma"],
    ["The deal with Marlowe Foods closed on Friday.", "Marlowe Foods"],
  ])("%j → %s", (body, name) => {
    expect(typeOf(mentionsOf(body), name)).toBe("ORGANIZATION");
  });

  it("names no company after an adjective", () => {
    expect(typeOf(mentionsOf("Lawmakers criticized Big Pharma over prices."), "Big Pharma")).toBe(
      undefined,
    );
  });
});

describe("a leader or shareholder 'of' an unknown name makes it a body", () => {
  it.each<[string, string]>([
    ["The head of Veltrana, Ana Morel, said repairs would take weeks.", "Veltrana"],
    ["Shares of Corvexa fell 3 percent in early trading.", "Corvexa"],
    ["The fund bought a stake in Norbeck last year.", "Norbeck"],
    // A known company's name and one more word: a subsidiary, not the company's product.
    ["The chief executive of Gazprom Vostok resigned on Monday.", "Gazprom Vostok"],
  ])("%j → %s", (body, name) => {
    expect(typeOf(mentionsOf(body), name)).toBe("ORGANIZATION");
  });

  it("leaves a place a leader is 'of' to the place rules", () => {
    expect(typeOf(mentionsOf("The head of Ukraine's grid operator spoke."), "Ukraine")).toBe(
      "LOCATION",
    );
  });
});

describe("a place's name before a lower-case body noun names the body", () => {
  it("makes 'the Durango cartel' one organization, apart from the state", () => {
    const mentions = mentionsOf(
      "Police in Durango said a faction of the Durango cartel carried out the attack.",
    );
    expect(typeOf(mentions, "Durango cartel")).toBe("ORGANIZATION");
    expect(typeOf(mentions, "Durango")).toBe("LOCATION");
  });

  it("leaves a person's name before the noun alone", () => {
    const mentions = mentionsOf("Prosecutors said Rafael Quintero built a cartel in the 1980s.");
    expect(typeOf(mentions, "Rafael Quintero")).toBe("PERSON");
  });
});

describe("a company's shares or stock after its name", () => {
  it.each<[string, string]>([
    ["Dravex shares rose 4% in early trading.", "Dravex"],
    ["Halvern stock fell after the report.", "Halvern"],
  ])("%j → %s", (body, name) => {
    expect(typeOf(mentionsOf(body), name)).toBe("ORGANIZATION");
  });

  it("reads 'shares a border' as a verb", () => {
    expect(
      typeOf(mentionsOf("Maps show that Moldavia shares a border with the region."), "Moldavia"),
    ).not.toBe("ORGANIZATION");
  });
});

describe("a name before a match score is a team", () => {
  it("types the unknown side of a result", () => {
    expect(typeOf(mentionsOf("Harwick Rovers beat Dunmoor 3-1 on Saturday."), "Dunmoor")).toBe(
      "ORGANIZATION",
    );
  });

  it("keeps a country a place", () => {
    expect(typeOf(mentionsOf("The hosts beat Portugal 2-0 in the opener."), "Portugal")).toBe(
      "LOCATION",
    );
  });

  it("leaves a tennis player's set scores alone", () => {
    expect(typeOf(mentionsOf("The champion beat Varga 6-4 6-3 in the final."), "Varga")).not.toBe(
      "ORGANIZATION",
    );
  });
});

describe("examples listed after a plural noun share its kind", () => {
  it.each<[string, string, string]>([
    ["Mining has polluted rivers such as the Dorvel and Ankaro.", "Dorvel", "LOCATION"],
    ["Mining has polluted rivers such as the Dorvel and Ankaro.", "Ankaro", "LOCATION"],
    ["Lenders including Kestrevo and Morvane cut their rates.", "Kestrevo", "ORGANIZATION"],
    // Listed straight after the noun.
    [
      "From the pier you can see the islands Kell Morra, Sanday Minor and Kaldey.",
      "Sanday Minor",
      "LOCATION",
    ],
  ])("%j → %s (%s)", (body, name, type) => {
    expect(typeOf(mentionsOf(body), name)).toBe(type);
  });

  it("needs the list to run straight on from the noun", () => {
    const mentions = mentionsOf("Rivers such as this one, said Dorvel Anker, are drying up.");
    expect(typeOf(mentions, "Dorvel Anker")).not.toBe("LOCATION");
  });
});
