import { describe, expect, it } from "vitest";
import { anniversaryYears, yearsBefore } from "../../src/extract/stages/07-events/dating.js";
import { eventTestKit } from "./event-test-kit.js";

/** Acts an anniversary marks, told with "when". Sentences are invented, in wire style. */

describe("anniversaryYears", () => {
  it.each([
    ["Monday marked the 25th anniversary of the treaty, when Lena Holm ", 25],
    ["The 10th anniversary of the flood coincided with the 40th anniversary of the dam when ", 40],
    ["Lena Holm spoke on the anniversary of the treaty when ", null],
    ["The 25th anniversary of the treaty falls today. When ", null],
  ])("%s → %s", (text, years) => {
    expect(anniversaryYears(text)).toBe(years);
  });

  it("moves a day or a month back by whole years", () => {
    expect(yearsBefore("2017-04-12", 50)).toBe("1967-04-12");
    expect(yearsBefore("2017-04", 3)).toBe("2014-04");
  });
});

describe("an act an anniversary marks", () => {
  const { eventsOf } = eventTestKit([{ name: "Lena Holm", type: "PERSON" }]);

  it("dates the act told after 'when' that many years before the day", () => {
    const events = eventsOf({
      paragraphs: [
        [
          "Wednesday was the 20th anniversary of the first solo balloon flight, when Lena Holm lifted off from Reykjavik.",
        ],
      ],
    });
    expect(events).toMatchObject([{ code: "00", date: "1997-04-12" }]);
  });

  it("keeps a date told with its own year", () => {
    const events = eventsOf({
      paragraphs: [
        [
          "Wednesday was the 20th anniversary of the first solo balloon flight, when Lena Holm lifted off from Reykjavik on April 12, 1997.",
        ],
      ],
    });
    expect(events).toMatchObject([{ code: "00", date: "1997-04-12" }]);
  });
});
