import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** The entities of an article: canonical name, type and aliases. */
function entitiesOf(paragraphs: string[]): { name: string; type: string; aliases: string[] }[] {
  return extract(paragraphs.join("\n\n")).entities.map((e) => ({
    name: e.name,
    type: e.type,
    aliases: e.aliases,
  }));
}

describe("rivers named without the word 'River'", () => {
  it("types a well-known river named bare as a place", () => {
    const entities = entitiesOf([
      "Sudan and Egypt warn over dam",
      "KHARTOUM (AFP) — Sudan said on Tuesday that water levels on the Blue Nile had dropped sharply, while Egypt said the Nile supplied almost all of its fresh water.",
      "Barges carrying grain moved down the Danube, and farmers along the Euphrates reported poor harvests.",
    ]);
    for (const river of ["Blue Nile", "Nile", "Danube", "Euphrates"]) {
      expect(entities.find((e) => e.name === river)?.type).toBe("LOCATION");
    }
  });

  it("makes 'the X' an alias of 'the X River' named in the same article", () => {
    const entities = entitiesOf([
      "Floods hit central Somalia",
      "MOGADISHU (Reuters) - The Shabelle River burst its banks on Monday near Beledweyne, aid agencies said. Water from the Shabelle swamped farms and homes.",
    ]);
    const river = entities.find((e) => e.name === "Shabelle River");
    expect(river?.type).toBe("LOCATION");
    expect(river?.aliases).toContain("Shabelle");
  });

  it("does not join a country to a river named after it", () => {
    const entities = entitiesOf([
      "Water talks",
      "AMMAN (Reuters) - The Jordan River has shrunk to a trickle, officials in Jordan said on Monday.",
    ]);
    expect(entities.find((e) => e.name === "Jordan")?.type).toBe("LOCATION");
    expect(entities.find((e) => e.name === "Jordan River")?.aliases ?? []).not.toContain("Jordan");
  });
});
