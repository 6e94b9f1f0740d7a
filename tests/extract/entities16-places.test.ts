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

describe("the capital's district written 'D.C.'", () => {
  it("is an alias of Washington, not an organization of its own", () => {
    const entities = entitiesOf([
      "Marchers fill the capital",
      "WASHINGTON (AP) — Tens of thousands of teachers marched in Washington, D.C., on Saturday to demand higher pay.",
      "D.C. police said the march was peaceful. The D.C. Council will hold a hearing on school budgets next week.",
    ]);
    const washington = entities.find((e) => e.name === "Washington");
    expect(washington?.type).toBe("LOCATION");
    expect(washington?.aliases).toContain("D.C.");
    expect(entities.some((e) => e.name === "D.C.")).toBe(false);
  });
});

describe("a capital that acts for its government", () => {
  it("is an alias of the country when it presses, pledges or vows", () => {
    const entities = entitiesOf([
      "Drones downed overnight",
      "KYIV, Ukraine (AP) — Ukraine's air force said it shot down 40 drones overnight, as Moscow pressed its offensive in the east.",
    ]);
    expect(entities.find((e) => e.name === "Russia")?.aliases).toContain("Moscow");
  });
});
