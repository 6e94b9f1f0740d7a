import { describe, expect, it } from "vitest";
import { eventTestKit } from "./event-test-kit.js";

/** A definite noun that refers back to a site or town named before places the act there. Invented wire-style sentences. */

const { eventsOf } = eventTestKit([
  { name: "Baytown Refinery", type: "LOCATION" },
  { name: "Pasadena", type: "LOCATION" },
  { name: "Steelworkers Union", type: "ORGANIZATION" },
  { name: "Harris County Sheriff's Office", type: "ORGANIZATION" },
]);

// Publication date: Wednesday 2017-04-12.
describe("a site referred back to", () => {
  it("places a strike 'at the refinery' at the refinery named before", () => {
    const events = eventsOf({
      paragraphs: [
        ["A fire broke out at the Baytown Refinery on Monday."],
        ["Last month, the Steelworkers Union went on strike at the refinery over pay."],
      ],
    });
    const strike = events.find((event) => event.code === "14");
    expect(strike).toMatchObject({
      participants: ["ACTOR:Steelworkers Union"],
      location: "Baytown Refinery",
    });
  });

  it("places an act 'in the town' at the town introduced as 'the town of'", () => {
    const events = eventsOf({
      paragraphs: [
        ["Floods hit the town of Pasadena on Monday."],
        [
          "In March, the Harris County Sheriff's Office arrested three men in the town over a robbery.",
        ],
      ],
    });
    const arrest = events.find((event) => event.code === "17");
    expect(arrest?.location).toBe("Pasadena");
  });

  it("leaves an act unplaced when no site of that kind was named", () => {
    const events = eventsOf({
      paragraphs: [["Last month, the Steelworkers Union went on strike at the plant over pay."]],
    });
    expect(events[0]?.location ?? null).toBeNull();
  });
});
