import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** The quotations of an article, each with its speaker's canonical name (or null). */
function quotesOf(paragraphs: string[]): [string, string | null][] {
  const extraction = extract(paragraphs.join("\n\n"));
  return extraction.quotes.map((q) => [
    q.text,
    extraction.entities.find((e) => e.id === q.speakerId)?.name ?? null,
  ]);
}

describe("a pronoun speaker after people of both sexes", () => {
  it("skips a man whose given name shows his sex for 'she said'", () => {
    const quotes = quotesOf([
      "Dock strike talks break down",
      "GDANSK, Poland (AP) — Talks to end a dock strike broke down on Monday.",
      "Union leader Maria Lopez told members to stay home. Piotr Nowak, who runs the port operator, said the company had made its last offer.",
      '"We will never sign a deal that cuts our pensions," she said.',
    ]);
    expect(quotes).toEqual([["We will never sign a deal that cuts our pensions,", "Maria Lopez"]]);
  });

  it("skips a woman whose given name shows her sex for 'he said'", () => {
    const quotes = quotesOf([
      "Dock strike talks break down",
      "GDANSK, Poland (AP) — Talks to end a dock strike broke down on Monday.",
      "Port director Tomasz Zielinski called the strike illegal. Union leader Agnieszka Wrona said workers would hold out.",
      '"The port loses money every hour it stays shut," he said.',
    ]);
    expect(quotes).toEqual([
      ["The port loses money every hour it stays shut,", "Tomasz Zielinski"],
    ]);
  });

  it("skips a man whose own clause calls him 'he', whatever his given name", () => {
    const quotes = quotesOf([
      "Smuggler jailed for ten years",
      "LAGOS, Nigeria (AP) — A court in Lagos jailed a people smuggler for ten years on Thursday.",
      "Prosecutor Helen Ward had asked for the longest sentence. Defence lawyer Tunde Bakare said he would appeal the ruling.",
      '"The court has sent a clear message to people smugglers," she said.',
    ]);
    expect(quotes).toEqual([
      ["The court has sent a clear message to people smugglers,", "Helen Ward"],
    ]);
  });
});

describe("a pronoun speaker after an unnamed person who spoke", () => {
  it("is that unnamed person, not the last person named before", () => {
    const quotes = quotesOf([
      "Landlord jailed over unsafe flats",
      "LEEDS, England (AP) — A landlord was jailed for four years on Friday. His lawyer, Karen Holt, said he would appeal.",
      "One tenant, a retired bus driver from the estate, said outside court that she had lost everything.",
      '"He took our rent for years and left us with damp and rats," she said.',
    ]);
    expect(quotes).toEqual([["He took our rent for years and left us with damp and rats,", null]]);
  });

  it("is the person named after that unnamed speaker", () => {
    const quotes = quotesOf([
      "Landlord jailed over unsafe flats",
      "LEEDS, England (AP) — A landlord was jailed for four years on Friday.",
      "A witness said the building had no working fire alarms. Inspector Karen Holt told the court she had found eleven faults.",
      '"It was only a matter of time before someone died," she said.',
    ]);
    expect(quotes).toEqual([["It was only a matter of time before someone died,", "Karen Holt"]]);
  });
});
