import { describe, expect, it } from "vitest";
import { eventTestKit, type EntitySpec, type Expected } from "./event-test-kit.js";

/**
 * Natural hazards as weather and disaster desks report them: a warning of a flood is no flood,
 * and storms, eruptions, slides and collisions are disasters under their own names. Invented sentences.
 */

const NAMES: EntitySpec[] = [
  { name: "Bureau of Meteorology", type: "ORGANIZATION" },
  { name: "Queensland", type: "LOCATION" },
  { name: "Luzon", type: "LOCATION" },
  { name: "Valbrenna", type: "LOCATION" },
];

const { eventsOf } = eventTestKit(NAMES);

// Publication date: Wednesday 2017-04-12.
const cases: [string, string, Expected[]][] = [
  [
    "a flood warning issued is no flood",
    "The Bureau of Meteorology issued flood warnings for southern Queensland on Tuesday.",
    [],
  ],
  [
    "a tsunami alert is no tsunami",
    "A tsunami alert was lifted for the coast of Luzon on Monday.",
    [],
  ],
  [
    "a landslide risk is no landslide",
    "Residents of Valbrenna were told the landslide risk remained high.",
    [],
  ],
  [
    "00 disaster: a typhoon that made landfall",
    "The typhoon made landfall in northern Luzon on Monday.",
    [{ code: "00", participants: ["OTHER:Luzon"], date: "2017-04-10", location: "Luzon" }],
  ],
  [
    "00 disaster: a volcano that erupted",
    "The volcano erupted near Valbrenna on Tuesday, sending ash over nearby villages.",
    [{ code: "00", participants: ["OTHER:Valbrenna"], date: "2017-04-11" }],
  ],
  [
    "00 disaster: an avalanche",
    "An avalanche buried a ski lodge near Valbrenna on Monday.",
    [{ code: "00", participants: ["OTHER:Valbrenna"], date: "2017-04-10" }],
  ],
  [
    "00 accident: a collision, whose toll is no attack",
    "At least 36 people were killed when a passenger train collided with a freight train near Valbrenna on Tuesday.",
    [{ code: "00", participants: ["OTHER:Valbrenna"], date: "2017-04-11", location: "Valbrenna" }],
  ],
  [
    "00 accident: a derailment",
    "The derailment near Valbrenna on Monday injured 40 passengers.",
    [{ code: "00", participants: ["OTHER:Valbrenna"], date: "2017-04-10" }],
  ],
];

describe("natural hazards", () => {
  it.each(cases)("%s", (_name, sentence, expected) => {
    const events = eventsOf({ paragraphs: [[sentence]] });
    expect(events).toHaveLength(expected.length);
    expected.forEach((want, index) => expect(events[index]).toMatchObject(want));
  });
});
