import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** The quotations of an article, each with its speaker's canonical name (or null). */
function quotesOf(lines: string[], publishedAt?: string): [string, string | null][] {
  const extraction = extract(lines.join("\n"), publishedAt ? { publishedAt } : {});
  return extraction.quotes.map((q) => [
    q.text,
    extraction.entities.find((e) => e.id === q.speakerId)?.name ?? null,
  ]);
}

describe("quotations on a page copied with its furniture", () => {
  it("keeps 'he said' with the speaker before a caption copied without its credit", () => {
    const quotes = quotesOf(
      [
        "Mayor unveils plan to plant 100,000 trees",
        "",
        "By Sam Ortiz",
        "",
        "DENVER — Mayor Mike Johnston on Tuesday unveiled a plan to plant 100,000 trees across the city over the next decade.",
        "",
        '"Every neighborhood deserves shade, not just the wealthy ones," Johnston said at a park on the west side.',
        "",
        "Governor Jared Polis attends a bill signing at the state Capitol in Denver in May.",
        "",
        '"We will start where the need is greatest," he said. "That means the neighborhoods left behind for too long."',
      ],
      "2024-04-09",
    );
    expect(quotes).toEqual([
      ["Every neighborhood deserves shade, not just the wealthy ones,", "Mike Johnston"],
      ["We will start where the need is greatest,", "Mike Johnston"],
      ["That means the neighborhoods left behind for too long.", "Mike Johnston"],
    ]);
  });

  it("attributes split, continued and nested quotations across ads, captions and link lists", () => {
    const quotes = quotesOf(
      [
        "Court blocks mining permit in Andes valley",
        "Farmers say their water is saved",
        "Lucia Fernandez | AP",
        "Updated 11:05 AM GMT, Thu March 9, 2023",
        "",
        "SANTIAGO, Chile (AP) — Chile's Supreme Court on Wednesday blocked a permit for a copper mine in a glacier valley.",
        "",
        "ADVERTISEMENT",
        "",
        "Environment Minister Maisa Rojas welcomed the ruling. “Water comes first. No project is above the law,” Rojas told reporters.",
        "",
        "Farmer Jorge Soto speaks to reporters outside the court in Santiago, Chile, on Wednesday, March 8, 2023. (AP Photo/Esteban Felix)",
        "",
        '"We fought this for nine years," said Jorge Soto, a farmer from the valley. "My father fought it before me.',
        "",
        "Read more: Drought leaves reservoirs at record low",
        "",
        '"Today we can finally rest," he added.',
        "",
        'Andes Copper chief executive Daniel Hume said in a statement that the firm was "deeply disappointed by the decision" and would study its options.',
        "",
        "Related:",
        "Copper price falls after ruling",
        "",
        "\"People ask me, 'Is this the end of the mine?' and I tell them it is not,\" Hume said.",
      ],
      undefined,
    );
    expect(quotes).toEqual([
      ["Water comes first. No project is above the law,", "Maisa Rojas"],
      ["We fought this for nine years,", "Jorge Soto"],
      ["My father fought it before me.", "Jorge Soto"],
      ["Today we can finally rest,", "Jorge Soto"],
      ["deeply disappointed by the decision", "Daniel Hume"],
      ["People ask me, 'Is this the end of the mine?' and I tell them it is not,", "Daniel Hume"],
    ]);
  });

  it("reads a quotation spanning paragraphs past a newsletter box as one speaker's", () => {
    const quotes = quotesOf(
      [
        "Heat wave pushes power demand to record",
        "",
        "NEW DELHI, May 18 (Reuters) - India's peak power demand hit a record on Thursday as a heat wave swept the north.",
        "",
        "Grid analyst Ravi Mehta said the margin was thin. “One failure at a big plant and states will have to cut supply,” Mehta said. “The grid has no room left.",
        "",
        "Sign up for Power Daily",
        "The day's energy news, explained before your coffee.",
        "Sign up",
        "",
        "“The summer has barely started and we are already at the limit.”",
        "",
        "“People are staying indoors until evening,” said shopkeeper Anil Kumar.",
      ],
      "2023-05-18",
    );
    expect(quotes).toEqual([
      ["One failure at a big plant and states will have to cut supply,", "Ravi Mehta"],
      ["The grid has no room left.", "Ravi Mehta"],
      ["The summer has barely started and we are already at the limit.", "Ravi Mehta"],
      ["People are staying indoors until evening,", "Anil Kumar"],
    ]);
  });

  it("reads a hard-wrapped story, with a title and name split over two lines", () => {
    const quotes = quotesOf(
      [
        "Country to ban plastic straws by next year",
        "",
        "OTTAWA (Reuters) - The government will ban plastic straws, bags and cutlery",
        "from next year, officials said on Monday, joining a growing list of countries",
        "moving against plastic waste.",
        "",
        '"We take our kids to the beach and have to search for a patch of sand that',
        'is not covered with straws or bottles," said Environment Minister',
        "Jane Whitfield at a nature reserve near the capital.",
        "",
        '"That is a problem we cannot keep handing to our children," she told',
        "reporters.",
      ],
      "2019-06-10",
    );
    expect(quotes.map(([, speaker]) => speaker)).toEqual(["Jane Whitfield", "Jane Whitfield"]);
    expect(quotes[0]?.[0]).toMatch(/^We take our kids to the beach/);
  });

  it("reads a story pasted as one hard-wrapped block, quotation words joined by one space", () => {
    const quotes = quotesOf([
      "Town votes to close its last coal plant",
      "LEEDS, England (Reuters) - Councillors in the northern town voted on Tuesday",
      "to close its last coal-fired power plant by 2027, ending more than a century",
      "of coal burning in the area after years of campaigning by local residents.",
      '"We have waited a very long time for this day to come," said Council Leader',
      "Martin Hughes, who has campaigned against the plant since the early 1990s.",
      "Engineers said the site could host a battery farm once the boilers were",
      "removed and the land was cleaned up.",
    ]);
    expect(quotes).toEqual([
      ["We have waited a very long time for this day to come,", "Martin Hughes"],
    ]);
  });

  it("gives an embedded post copied in quotation marks to the poster of its signature line", () => {
    const quotes = quotesOf([
      "Heat wave closes schools across the region",
      "",
      "MADRID (Reuters) - Schools across southern Spain closed on Monday as temperatures passed 44 degrees, officials said.",
      "",
      "Lucia Ferrer, a teacher in Seville, said classrooms had become unbearable by mid-morning.",
      "",
      '"Stay indoors between noon and six and check on your elderly neighbours today." https://t.co/Ab12CdEf',
      "",
      "— Pedro Alvarez (@pedroalvarez) July 8, 2024",
      "",
      '"The children could not concentrate in that heat at all," Ferrer said.',
    ]);
    expect(quotes.map(([, speaker]) => speaker)).toEqual(["Pedro Alvarez", "Lucia Ferrer"]);
  });

  it("does not give a pronoun below an embedded post to its poster", () => {
    const quotes = quotesOf([
      "Heat wave closes schools across the region",
      "",
      "MADRID (Reuters) - Schools across southern Spain closed on Monday as temperatures passed 44 degrees, officials said.",
      "",
      "Lucia Ferrer, a teacher in Seville, said classrooms had become unbearable by mid-morning.",
      "",
      '"Stay indoors between noon and six and check on your elderly neighbours today."',
      "",
      "A post shared by Pedro Alvarez (@pedroalvarez)",
      "",
      '"The children could not concentrate in that heat at all," she said.',
    ]);
    expect(quotes.map(([, speaker]) => speaker)).toEqual(["Pedro Alvarez", "Lucia Ferrer"]);
  });
});
