import { describe, expect, it } from "vitest";
import { eventTestKit } from "./event-test-kit.js";

/** Missiles, rockets and drones launched or fired: an attack when aimed, a show of force when not. Invented wire-style sentences. */

const { eventsOf } = eventTestKit([
  { name: "Russia", type: "LOCATION" },
  { name: "Kyiv", type: "LOCATION" },
  { name: "Kharkiv", type: "LOCATION" },
  { name: "North Korea", type: "LOCATION" },
  { name: "Hezbollah", type: "ORGANIZATION" },
  { name: "Israel", type: "LOCATION" },
]);

// Publication date: Wednesday 2017-04-12.
describe("weapons aimed at a target", () => {
  it("reads missiles and drones launched at a city as an attack", () => {
    const events = eventsOf({
      paragraphs: [["Russia launched 40 missiles and drones at Kyiv and Kharkiv on Tuesday."]],
    });
    expect(events).toMatchObject([{ code: "19", participants: ["ACTOR:Russia"] }]);
    expect(events[0]?.date).toBe("2017-04-11");
  });

  it("reads rockets fired into a country as an attack, however many words sit between", () => {
    const events = eventsOf({
      paragraphs: [["Hezbollah fired a barrage of about 30 rockets into Israel on Monday."]],
    });
    expect(events).toMatchObject([{ code: "19" }]);
    expect(events[0]?.participants?.[0]).toBe("ACTOR:Hezbollah");
  });
});

describe("weapons aimed at nothing", () => {
  it("keeps missiles fired into the sea a show of force", () => {
    const events = eventsOf({
      paragraphs: [
        ["North Korea fired two short-range ballistic missiles into the sea on Monday."],
      ],
    });
    expect(events).toMatchObject([{ code: "15", participants: ["ACTOR:North Korea"] }]);
  });

  it("does not take a time after 'at' for a target", () => {
    const events = eventsOf({
      paragraphs: [["North Korea launched a missile at dawn on Monday."]],
    });
    expect(events).toMatchObject([{ code: "15" }]);
  });
});

describe("a firing told inside an accusation", () => {
  it("does not report 'accused X of firing missiles' as a firing of its own", () => {
    const events = eventsOf({
      paragraphs: [["Russia accused Hezbollah of firing dozens of rockets at Israel."]],
    });
    expect(events.some((event) => event.code === "19" || event.code === "15")).toBe(false);
  });
});

describe("where an aimed weapon struck", () => {
  it("places the attack at the town the drones were launched against", () => {
    const events = eventsOf({
      paragraphs: [["Russia launched a wave of drones against Kharkiv on Monday night."]],
    });
    expect(events).toMatchObject([{ code: "19", location: "Kharkiv" }]);
  });
});
