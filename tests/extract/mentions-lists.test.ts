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

describe("lone names listed beside a given name", () => {
  it("reads each unknown proper word of the list as a person", () => {
    const mentions = mentionsOf(
      "About 2,000 people still worship the old gods, such as Orvandil, Belisamu, Nodenar, and Diana.",
    );
    expect(typeOf(mentions, "Diana")).toBe("PERSON");
    expect(typeOf(mentions, "Nodenar")).toBe("PERSON");
    expect(typeOf(mentions, "Belisamu")).toBe("PERSON");
    expect(typeOf(mentions, "Orvandil")).toBe("PERSON");
  });

  it("leaves places listed beside a given name that is also a place alone", () => {
    const mentions = mentionsOf("The envoy toured Jordan, Lebanon and Syria last week.");
    expect(typeOf(mentions, "Jordan")).toBe("LOCATION");
    expect(typeOf(mentions, "Lebanon")).toBe("LOCATION");
  });
});

describe("a name listed after a place and the place's own noun", () => {
  it("reads a guessed person after 'the … crossing and' as a place", () => {
    const mentions = mentionsOf("Trucks waited at the Rafah crossing and Velmor Sadek for days.");
    expect(typeOf(mentions, "Velmor Sadek")).toBe("LOCATION");
  });

  it("keeps a person with a known given name a person", () => {
    const mentions = mentionsOf("Fighting spread from Kasai province and Tanya Lubaki fled.");
    expect(typeOf(mentions, "Tanya Lubaki")).toBe("PERSON");
  });
});

describe("a body guessed from a place word, listed beside a place", () => {
  it("reads it as a place", () => {
    const mentions = mentionsOf("The caravan crossed Syria and Asia Minor before winter.");
    expect(typeOf(mentions, "Asia Minor")).toBe("LOCATION");
  });

  it("keeps it a body beside a body", () => {
    const mentions = mentionsOf("Shares of Boeing and Texas Instruments rose on Monday.");
    expect(typeOf(mentions, "Texas Instruments")).toBe("ORGANIZATION");
  });
});

describe("a name listed after a place with 'and the'", () => {
  it("reads 'Kandovar and the Vesaran' as two places", () => {
    const mentions = mentionsOf("Many workers moved to Kandovar and the Vesaran in the 1990s.");
    expect(typeOf(mentions, "Vesaran")).toBe("LOCATION");
  });
});
