import { expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

it("a name ending in a written-out suffix ('Junior', 'Filho') is a person's", () => {
  const types = new Map(
    extract(
      [
        "Madrid take the derby",
        "MADRID (AP) — Real Madrid beat Atletico 2-0 on Saturday, with Rodrygo Junior scoring both goals.",
        "Defender Carlos Filho was sent off late in the game, and Atletico coach Diego Simeone said his side had not deserved to lose.",
      ].join("\n\n"),
    ).entities.map((e) => [e.name, e.type]),
  );
  expect(types.get("Rodrygo Junior")).toBe("PERSON");
  expect(types.get("Carlos Filho")).toBe("PERSON");
});
