import { describe, expect, it } from "vitest";
import { runStages } from "../../src/extract/pipeline.js";
import type { EntityType } from "../../src/extract/types.js";

function typeOf(body: string, text: string): EntityType | null | undefined {
  const mentions = runStages(`Late rally wins it\n\n${body}`, {}, "mentions").mentions;
  return mentions.find((m) => m.text === text)?.type;
}

describe("names after 'in'", () => {
  it.each<[string, string, EntityType]>([
    ["Ortiz drove in Tobin Marek with a single in the ninth.", "Tobin Marek", "PERSON"],
    ["The club brought in Keld Aranson as coach.", "Keld Aranson", "PERSON"],
    ["In Mary Collins, the party found its candidate.", "Mary Collins", "PERSON"],
    ["The factory opened in Port Varna last year.", "Port Varna", "LOCATION"],
    ["Protesters gathered in Virginia Beach on Sunday.", "Virginia Beach", "LOCATION"],
  ])("%s → %s is %s", (body, text, type) => {
    expect(typeOf(body, text)).toBe(type);
  });
});
