import { describe, expect, it } from "vitest";
import { eventTestKit, type EntitySpec } from "./event-test-kit.js";

/**
 * Walkouts and protests by crowds nobody names, as labour and city desks report them:
 * "dockworkers walked off the job at the port", "thousands protested in the capital". The lead's
 * happening is news even without a named actor; its place stands in as its party. Invented
 * sentences.
 */

const NAMES: EntitySpec[] = [
  { name: "Port of Arkelo", type: "LOCATION" },
  { name: "Brennholt", type: "LOCATION" },
  { name: "Union of Port Workers", type: "ORGANIZATION" },
  { name: "Harbour Board", type: "ORGANIZATION" },
];

const { eventsOf } = eventTestKit(NAMES);

const lead = (sentence: string, more: string[][] = []) =>
  eventsOf({ paragraphs: [[sentence], ...more], headline: "Walkout" });

describe("walkouts told with a verb", () => {
  it("reads 'walked off the job' as a walkout placed where it happened", () => {
    expect(
      lead("Dockworkers walked off the job at the Port of Arkelo on Tuesday, halting all traffic."),
    ).toMatchObject([
      {
        code: "14",
        participants: ["OTHER:Port of Arkelo"],
        date: "2017-04-11",
        location: "Port of Arkelo",
      },
    ]);
  });

  it("reads 'downed tools' as a walkout with its named union", () => {
    expect(
      lead("Members of the Union of Port Workers downed tools in Brennholt on Monday."),
    ).toMatchObject([{ code: "14", participants: ["ACTOR:Union of Port Workers"] }]);
  });

  it("reads 'walked out' as a walkout in a pay dispute", () => {
    expect(
      lead("Nurses walked out of hospitals across Brennholt on Monday in a row over pay."),
    ).toMatchObject([{ code: "14", participants: ["OTHER:Brennholt"], date: "2017-04-10" }]);
  });

  it("leaves a walk-out of a meeting to the meeting when no labour dispute is told", () => {
    const events = lead(
      "The Harbour Board chairman walked out of the meeting in Brennholt on Monday.",
    );
    expect(events.map((event) => event.code)).not.toContain("14");
  });
});

describe("protests by unnamed crowds", () => {
  it("gives the lead's protest its place as party", () => {
    expect(
      lead("Thousands of people protested in Brennholt on Wednesday against the new port tax."),
    ).toMatchObject([{ code: "14", participants: ["OTHER:Brennholt"], date: "2017-04-12" }]);
  });

  it("gives a threatened walkout no place as party", () => {
    const events = lead("Dockworkers threatened to go on strike at the Port of Arkelo.");
    expect(events.map((event) => event.code)).not.toContain("14");
  });

  it("gives a later, unnamed protest no place of its own as party", () => {
    const events = lead("The Harbour Board approved the new port tax on Monday.", [
      ["Residents protested outside the board's offices in Brennholt on Tuesday."],
    ]);
    expect(events.map((event) => event.code)).not.toContain("14");
  });
});
