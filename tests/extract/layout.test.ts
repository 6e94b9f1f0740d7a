import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyDoc } from "../../src/extract/pipeline.js";
import { analyzeLayout, layoutStage } from "../../src/extract/stages/01-layout.js";
import type { Block, Doc, ExtractOptions, Span } from "../../src/extract/types.js";

function layoutOf(text: string, options: ExtractOptions = {}): Doc {
  return layoutStage.run(emptyDoc(text, options));
}

function sliceOf(doc: Doc, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

const HEAD = "Flood waters rise across the valley\n\n";

describe("datelines", () => {
  const cases: [
    string,
    {
      place: string | null;
      agency: string | null;
      month: number | null;
      day: number | null;
      year: number | null;
      body: string;
    },
  ][] = [
    [
      "March 9 (UPI) -- Rescuers reached the village.",
      {
        place: null,
        agency: "UPI",
        month: 3,
        day: 9,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "Sept. 30 (UPI) -- Rescuers reached the village.",
      {
        place: null,
        agency: "UPI",
        month: 9,
        day: 30,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "MOSCOW (Reuters) - Rescuers reached the village.",
      {
        place: "Moscow",
        agency: "Reuters",
        month: null,
        day: null,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "WASHINGTON — Rescuers reached the village.",
      {
        place: "Washington",
        agency: null,
        month: null,
        day: null,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "LONDON, March 3 (AFP) - Rescuers reached the village.",
      {
        place: "London",
        agency: "AFP",
        month: 3,
        day: 3,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "KABUL, Afghanistan (AP) — Rescuers reached the village.",
      {
        place: "Kabul",
        agency: "AP",
        month: null,
        day: null,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "NEW YORK, Jan. 5, 2019 /PRNewswire/ -- Acme Corp. announced a merger.",
      {
        place: "New York",
        agency: "PRNewswire",
        month: 1,
        day: 5,
        year: 2019,
        body: "Acme Corp. announced a merger.",
      },
    ],
    [
      "BEIJING, Oct 1 (Xinhua) -- Rescuers reached the village.",
      {
        place: "Beijing",
        agency: "Xinhua",
        month: 10,
        day: 1,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "CAIRO, the Arab Republic of Egypt, May 4 (Xinhua) -- Rescuers reached the village.",
      {
        place: "Cairo",
        agency: "Xinhua",
        month: 5,
        day: 4,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "HANOI/BANGKOK (Reuters) - Rescuers reached the village.",
      {
        place: "Hanoi",
        agency: "Reuters",
        month: null,
        day: null,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "(CNN) — Rescuers reached the village.",
      {
        place: null,
        agency: "CNN",
        month: null,
        day: null,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "SÃO PAULO, Brazil (AP) — Rescuers reached the village.",
      {
        place: "São Paulo",
        agency: "AP",
        month: null,
        day: null,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "NEW DELHI: Rescuers reached the village.",
      {
        place: "New Delhi",
        agency: null,
        month: null,
        day: null,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "Jerusalem, 12 April (ANSA) - Rescuers reached the village.",
      {
        place: "Jerusalem",
        agency: "ANSA",
        month: 4,
        day: 12,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "GENEVA, 5 Nov 2023 (AFP) - Rescuers reached the village.",
      {
        place: "Geneva",
        agency: "AFP",
        month: 11,
        day: 5,
        year: 2023,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "Nairobi, June 2 (Reuters) - Rescuers reached the village.",
      {
        place: "Nairobi",
        agency: "Reuters",
        month: 6,
        day: 2,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "Port-au-Prince, Haiti, March 9 (AP) — Rescuers reached the village.",
      {
        place: "Port-au-Prince",
        agency: "AP",
        month: 3,
        day: 9,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "LONDON, 3 March (IANS) Rescuers reached the village.",
      {
        place: "London",
        agency: "IANS",
        month: 3,
        day: 3,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "Washington (CNN)Rescuers reached the village.",
      {
        place: "Washington",
        agency: "CNN",
        month: null,
        day: null,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "New Delhi [India], March 3 (ANI): Rescuers reached the village.",
      {
        place: "New Delhi",
        agency: "ANI",
        month: 3,
        day: 3,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "Dhaka, March 3 (bdnews24.com) - Rescuers reached the village.",
      {
        place: "Dhaka",
        agency: "bdnews24.com",
        month: 3,
        day: 3,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
    [
      "SAN FRANCISCO--(BUSINESS WIRE)--Mar. 3, 2021--Acme Corp. announced a merger.",
      {
        place: "San Francisco",
        agency: "BUSINESS WIRE",
        month: 3,
        day: 3,
        year: 2021,
        body: "Acme Corp. announced a merger.",
      },
    ],
    [
      "NEW YORK, NY / ACCESSWIRE / March 3, 2021 / Acme Corp. announced a merger.",
      {
        place: "New York",
        agency: "ACCESSWIRE",
        month: 3,
        day: 3,
        year: 2021,
        body: "Acme Corp. announced a merger.",
      },
    ],
    [
      "Mumbai: Rescuers reached the village.",
      {
        place: "Mumbai",
        agency: null,
        month: null,
        day: null,
        year: null,
        body: "Rescuers reached the village.",
      },
    ],
  ];
  it.each(cases)("%s", (paragraph, expected) => {
    const doc = layoutOf(HEAD + paragraph);
    const dateline = doc.layout.dateline;
    expect(dateline).not.toBeNull();
    expect(dateline?.place).toBe(expected.place);
    expect(dateline?.agency).toBe(expected.agency);
    expect([dateline?.month, dateline?.day, dateline?.year]).toEqual([
      expected.month,
      expected.day,
      expected.year,
    ]);
    expect(doc.layout.paragraphs[0]?.text).toBe(expected.body);
    if (dateline?.placeSpan && expected.place) {
      expect(sliceOf(doc, dateline.placeSpan).toLowerCase()).toBe(expected.place.toLowerCase());
    }
  });

  const regions: [string, string | null][] = [
    ["KABUL, Afghanistan (AP) — Rescuers came.", "Afghanistan"],
    ["SAN DIEGO, Calif. (AP) — Rescuers came.", "Calif."],
    ["PALM BEACH, the United States, April 7 (Xinhua) -- Rescuers came.", "United States"],
    ["LUCCA, Tuscany, Italy, April 10 (AFP) - Rescuers came.", "Italy"],
    ["MOSCOW (Reuters) - Rescuers came.", null],
    ["New Delhi [India], March 3 (ANI): Rescuers came.", "India"],
  ];
  it.each(regions)("region of %s", (paragraph, region) => {
    const doc = layoutOf(HEAD + paragraph);
    const dateline = doc.layout.dateline;
    expect(dateline?.region ?? null).toBe(region);
    if (dateline?.regionSpan) expect(sliceOf(doc, dateline.regionSpan)).toBe(region);
    expect(doc.layout.paragraphs[0]?.text).toBe("Rescuers came.");
  });

  const notDatelines = [
    "WARNING: Rescuers reached the village.",
    "Rescuers: the village was reached on Monday.",
    "On Monday, March 3 - the day of the vote - rescuers reached the village.",
    "UN — the agency said rescuers reached the village.",
    "FILE - In this March 3 photo, rescuers reach the village.",
    "BREAKING: Rescuers reached the village.",
    "NATO-led troops reached the village on Monday.",
    "The mayor said rescuers reached the village.",
    "In March the river rose again - and then fell.",
    "Greenpeace (GP) Activists reached the village.",
    "Mumbai: a city that rescuers reached on Monday.",
  ];
  it.each(notDatelines)("no dateline in %s", (paragraph) => {
    const doc = layoutOf(HEAD + paragraph);
    expect(doc.layout.dateline).toBeNull();
    expect(doc.layout.paragraphs[0]?.text).toBe(paragraph);
  });
});

describe("bylines", () => {
  const cases: [string, string[]][] = [
    ["By Maria Lopez", ["Maria Lopez"]],
    ["By Maria Lopez and Tom H. Reed", ["Maria Lopez", "Tom H. Reed"]],
    ["By Maria Lopez, Tom Reed and Ana de la Cruz", ["Maria Lopez", "Tom Reed", "Ana de la Cruz"]],
    ["By Maria Lopez | Reuters", ["Maria Lopez"]],
    ["By Maria Lopez, Associated Press", ["Maria Lopez"]],
    ["By Maria Lopez, UPI Staff Writer", ["Maria Lopez"]],
    ["BY MARIA LOPEZ AND TOM REED", ["MARIA LOPEZ", "TOM REED"]],
    ["BY MARIA LOPEZ and TOM REED Associated Press", ["MARIA LOPEZ", "TOM REED"]],
    ["By Maria Lopez, CNN", ["Maria Lopez"]],
    ["Maria Lopez Environment correspondent", ["Maria Lopez"]],
    ["Maria Lopez and Tom Reed in Lagos", ["Maria Lopez", "Tom Reed"]],
    ["Posted by Maria Lopez on March 3, 2021", ["Maria Lopez"]],
    ["Maria Lopez, Reuters", ["Maria Lopez"]],
    ["Maria Lopez and Tom Reed, The Washington Post", ["Maria Lopez", "Tom Reed"]],
    ["By Maria Lopez @mlopez", ["Maria Lopez"]],
    ["By Maria Lopez • 3 min read", ["Maria Lopez"]],
    ["Author: Maria Lopez", ["Maria Lopez"]],
  ];
  it.each(cases)("%s", (byline, names) => {
    const doc = layoutOf(`Flood waters rise\n${byline}\nRescuers reached the village on Monday.`);
    expect(doc.layout.authors.map((author) => author.name)).toEqual(names);
    for (const author of doc.layout.authors) expect(sliceOf(doc, author)).toBe(author.name);
    if (names.length > 0) expect(doc.layout.byline?.text).toBe(byline);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([
      "Rescuers reached the village on Monday.",
    ]);
  });

  const agencies: [string, string[]][] = [
    ["By Maria Lopez, Bloomberg", ["Bloomberg"]],
    ["Maria Lopez | AP", ["AP"]],
    ["By Maria Lopez and Tom Reed, The Washington Post", ["Washington Post"]],
    ["By The Associated Press", ["Associated Press"]],
    ["By Maria Lopez, Staff Writer", []],
    ["By MARIA LOPEZ and TOM REED Associated Press", ["Associated Press"]],
    ["By Maria Lopez The Associated Press", ["Associated Press"]],
  ];
  it.each(agencies)("credits the agency of %s", (byline, names) => {
    const doc = layoutOf(`Flood waters rise\n${byline}\nRescuers reached the village on Monday.`);
    expect(doc.layout.credits.map((credit) => credit.name)).toEqual(names);
    for (const credit of doc.layout.credits) expect(sliceOf(doc, credit)).toBe(credit.name);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([
      "Rescuers reached the village on Monday.",
    ]);
  });

  it("reads the date printed in a byline", () => {
    expect(
      layoutOf("Flood waters rise\nPosted by Maria Lopez on March 3, 2021\nRescuers came.")
        .publishedAt,
    ).toBe("2021-03-03");
  });

  it("does not read a title-case headline line as a bare byline", () => {
    const doc = layoutOf(
      "Senate Passes Spending Bill, Averting Shutdown\nThe measure goes to the president.\nBy Ana Ruiz\nThe Senate voted on Sunday.",
    );
    expect(doc.layout.authors.map((a) => a.name)).toEqual(["Ana Ruiz"]);
    expect(doc.layout.subtitle?.text).toBe("The measure goes to the president.");
  });

  it("reads a bare byline above a date line", () => {
    const doc = layoutOf(
      "Flood waters rise\nRivers burst their banks.\nTomasz Reed\nSun 3 Mar 2024 14.30 GMT\nRescuers came.",
    );
    expect(doc.layout.authors.map((a) => a.name)).toEqual(["Tomasz Reed"]);
    expect(doc.publishedAt).toBe("2024-03-03");
  });

  it("reads a bare byline with a wire credit after a standfirst, and the date below it", () => {
    const doc = layoutOf(
      "Flood waters rise\nRivers burst their banks; thousands leave.\nTomasz Reed and agencies\nSun 3 Mar 2024 14.30 GMT\nRescuers came.",
    );
    expect(doc.layout.authors.map((a) => a.name)).toEqual(["Tomasz Reed"]);
    expect(doc.layout.credits).toEqual([]);
    expect(doc.publishedAt).toBe("2024-03-03");
  });

  it("reads no bare byline after the body has started", () => {
    const doc = layoutOf(
      "Flood waters rise\nRescuers came on Monday.\nThe river fell.\nMaria Lopez and Tom Reed\nIt rained again.",
    );
    expect(doc.layout.byline).toBeNull();
  });

  it("does not read a body sentence that starts with By as a byline", () => {
    const doc = layoutOf("Flood waters rise\nBy Tuesday, the river had fallen two metres.");
    expect(doc.layout.byline).toBeNull();
    expect(doc.layout.paragraphs).toHaveLength(1);
  });
});

describe("captions and credits", () => {
  const cases: [string, string[]][] = [
    ["Rescuers carry a child through the water. Photo by Ivan Petrov/EPA", ["Ivan Petrov"]],
    ["Rescuers carry a child through the water. (Photo: AFP)", []],
    [
      "Rescuers carry a child through the water. Photograph: Jane Smith/Getty Images",
      ["Jane Smith"],
    ],
    ["Rescuers carry a child through the water. File photo by Ivan Petrov/UPI", ["Ivan Petrov"]],
    ["Rescuers carry a child through the water. photo by Ivan Petrov/UPI", ["Ivan Petrov"]],
    ["Rescuers at work Photo: Ivan Petrov", ["Ivan Petrov"]],
    ["Rescuers carry a child through the water. REUTERS/Kim Lee", ["Kim Lee"]],
    [
      "Rescuers carry a child through the water. REUTERS/Kim Lee Purchase Licensing Rights",
      ["Kim Lee"],
    ],
    ["Rescuers carry a child through the water. (AP Photo/Sam Ortiz)", ["Sam Ortiz"]],
    ["Rescuers carry a child through the water. Image: NASA Paul Grant.", ["Paul Grant"]],
    ["Rescuers carry a child on Tuesday.Credit...Ivan Petrov/Reuters", ["Ivan Petrov"]],
    ["Rescuers carry a child through the water. Photo courtesy of the Reed family", []],
    [
      "Rescuers carry a child through the water. Photo by Ivan Petrov and Kim Lee/AFP via Getty Images",
      ["Ivan Petrov", "Kim Lee"],
    ],
    ["Rescuers carry a child through the water. © Ivan Petrov", ["Ivan Petrov"]],
    ["Rescuers carry a child through the water. Ivan Petrov / AFP", ["Ivan Petrov"]],
    ["Rescuers carry a child through the water. Ivan Petrov | Getty Images", ["Ivan Petrov"]],
    ["Rescuers carry a child through the water. AFP via Getty Images", []],
    ["Rescuers carry a child through the water. (Reuters)", []],
    ["Rescuers carry a child through the water. Image source: Reuters", []],
    ["Ivan Petrov/The New York Times", ["Ivan Petrov"]],
  ];
  it.each(cases)("%s", (caption, credited) => {
    const doc = layoutOf(`Flood waters rise\n${caption}\nRescuers reached the village on Monday.`);
    expect(doc.layout.captions.map((c) => c.text)).toEqual([caption]);
    expect(doc.layout.credits.map((c) => c.name)).toEqual(credited);
    for (const credit of doc.layout.credits) expect(sliceOf(doc, credit)).toBe(credit.name);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([
      "Rescuers reached the village on Monday.",
    ]);
  });

  it.each<[string, string[]]>([
    ["Image copyright Northfield Media", ["Northfield Media"]],
    ["Image copyright Reuters", ["Reuters"]],
    ["Photo credit Dana Kerr", ["Dana Kerr"]],
    ["Image source, Northfield Media", ["Northfield Media"]],
    ["Image copyright family handout", []],
  ])("a copyright line credits people and agencies: %s", (line, credited) => {
    const doc = layoutOf(`Flood waters rise\n${line}\nRescuers reached the village on Monday.`);
    expect(doc.layout.credits.map((c) => c.name)).toEqual(credited);
    for (const credit of doc.layout.credits) expect(sliceOf(doc, credit)).toBe(credit.name);
  });

  it("drops the 'Image caption' label from the caption", () => {
    const doc = layoutOf(
      "Flood waters rise\nImage copyright Getty Images\nImage caption, Rescuers carry a child\nRescuers came.",
    );
    expect(doc.layout.captions.map((c) => c.text)).toEqual(["Rescuers carry a child"]);
    expect(doc.layout.furniture.map((f) => f.text)).toEqual(["Image copyright Getty Images"]);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual(["Rescuers came."]);
  });

  const notCaptions = [
    "He described the picture: a city in ruins, with smoke rising.",
    "A photo by the agency showed the bridge had collapsed.",
    "The agency released a photo: Rescuers Carry A Child From The Water",
    "Ministers met to discuss EU/UK relations.",
    "The vote was split 50/50 along party lines.",
  ];
  it.each(notCaptions)("reads %s as body, not a caption", (line) => {
    const doc = layoutOf(`Flood waters rise\nRescuers came.\n${line}\nThe river fell.`);
    expect(doc.layout.captions).toEqual([]);
    expect(doc.layout.paragraphs.map((p) => p.text)).toContain(line);
  });

  it("keeps the agency after the slash in the caption text", () => {
    const doc = layoutOf(
      "Flood waters rise\nA boat on the river. Photo by Ivan Petrov/EPA\nRescuers reached the village.",
    );
    expect(doc.layout.captions[0]?.text.endsWith("Ivan Petrov/EPA")).toBe(true);
  });

  it("drops a caption repeated further down", () => {
    const caption = "A boat on the river. Photo by Ivan Petrov/EPA";
    const doc = layoutOf(
      `Flood waters rise\n${caption}\nRescuers came.\n\n${caption}\n\nThe river fell.`,
    );
    expect(doc.layout.captions).toHaveLength(1);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual(["Rescuers came.", "The river fell."]);
  });

  it("counts a caption repeated verbatim once and keeps the repeat out of the body", () => {
    const caption = "A boat on the river. Photo by Ivan Petrov/EPA";
    const doc = layoutOf(
      `Flood waters rise\n${caption}\n${caption}\n\nRescuers reached the village.`,
    );
    expect(doc.layout.captions).toHaveLength(1);
    expect(doc.layout.captions[0]?.start).toBe(18);
    expect(doc.layout.furniture.map((f) => f.text)).toEqual([caption]);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual(["Rescuers reached the village."]);
  });
});

describe("furniture", () => {
  const lines = [
    "RELATED Storm season starts early on the coast",
    "Related: Storm season starts early",
    "Latest Headlines",
    "Most Popular",
    "Advertisement",
    "Read more",
    "Share this article",
    "Subscribe to our newsletter",
    "Sign up for daily alerts",
    "Follow us on Twitter",
    "Click here to watch the video",
    "Image copyright Getty Images",
    "© 2024 Example Media. All rights reserved.",
    "Copyright 2023 Some Company",
    "Home | World | Politics | Business",
    "Facebook Twitter Email",
    "Published: 12 April 2017 10:32 BST",
    "(Reporting by Ana Ruiz; Editing by Tom Reed)",
    "3 min read",
    "2 hours ago",
    "Listen to this article · 4:10 min",
    "Supported by",
    "Share full article",
    "___",
    "Our Principles, opens new tab",
    "Editor's note: This story was updated with new figures.",
    "Correction: An earlier version misstated the toll.",
    "Contributing: Ana Ruiz",
    "Have a news tip? Email the newsroom.",
    "Video: Rescuers reach the village",
    "Updated 2 hours ago",
    "Posted on Tuesday, 10:32 AM",
    "Last updated: yesterday",
    "Start each morning with our Daily Brief newsletter. Sign up here.",
    "Our Standards: The Example News Trust Principles.",
    "share2",
    "Article continues after this advertisement",
    "Continue reading the main story",
    "Scroll to continue with content",
    "Advertisement · Scroll to continue",
    "View 112 comments",
    "Copy link",
    "Gift this article",
    "toggle caption",
    "0:00 / 2:31",
    "Enter your email address",
    'PHOTOS: "It was like a war zone" - scenes from the storm',
    'Also read: "We have lost everything," says flood victim',
    'Podcast: "We were not warned" - residents speak out',
    "Save articles to read later and create your own reading list.",
    "This article is more than 2 years old",
    "Free weekly newsletter",
    "after newsletter promotion",
  ];
  it.each(lines)("%s", (line) => {
    const doc = layoutOf(
      `Flood waters rise\nRescuers reached the village.\nOfficials counted the damage.\n${line}\nThe river fell on Tuesday.`,
    );
    expect(doc.layout.furniture.map((f) => f.text)).toEqual([line]);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([
      "Rescuers reached the village.",
      "Officials counted the damage.",
      "The river fell on Tuesday.",
    ]);
  });
});

describe("trailing junk and link lists", () => {
  it("drops the headlines listed under a link-list heading up to the next blank line", () => {
    const doc = layoutOf(
      "Flood waters rise\nRescuers reached the village.\n\nRelated content\nWhat the floods mean for farmers?\nMaps: where the river rose\n\nThe river fell on Tuesday.",
    );
    expect(doc.layout.furniture.map((f) => f.text)).toEqual([
      "Related content",
      "What the floods mean for farmers?",
      "Maps: where the river rose",
    ]);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([
      "Rescuers reached the village.",
      "The river fell on Tuesday.",
    ]);
  });

  it("drops short unpunctuated topic lines after the last paragraph", () => {
    const doc = layoutOf(
      "Flood waters rise\nRescuers reached the village.\nThe river fell.\n\nmonsoon season\nclimate change",
    );
    expect(doc.layout.furniture.map((f) => f.text)).toEqual(["monsoon season", "climate change"]);
    expect(doc.layout.paragraphs).toHaveLength(2);
  });

  const endMarks: [string, string[]][] = [
    ["The river fell. Enditem", ["The river fell."]],
    ["The river fell.\nEnditem", ["The river fell."]],
    ["The river fell.\n\nabc/xy", ["The river fell."]],
  ];
  it.each(endMarks)("drops the wire end mark in %j", (tail, paragraphs) => {
    const doc = layoutOf(`Flood waters rise\nRescuers came.\n${tail}`);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual(["Rescuers came.", ...paragraphs]);
    expect(doc.layout.furniture).toHaveLength(1);
  });
});

describe("body lines that resemble furniture", () => {
  const lines = [
    "Updated figures released on Tuesday show 40 dead.",
    "Published in 1990, the report warned of floods.",
    "Registered voters queued for 3 hours.",
  ];
  it.each(lines)("%s stays body", (line) => {
    const doc = layoutOf(
      `Flood waters rise\nRescuers came.\nOfficials counted the damage.\n${line}\nThe river fell.`,
    );
    expect(doc.layout.paragraphs.map((p) => p.text)).toContain(line);
  });
});

describe("headline, subtitle and paragraphs", () => {
  it("reads a subtitle before the byline", () => {
    const doc = layoutOf(
      'Flood waters rise\n\n"We lost everything," one farmer said.\n\nBy Ana Ruiz\nMarch 9 (UPI) -- Rescuers came.\n\nThe river fell.',
    );
    expect(doc.layout.headline?.text).toBe("Flood waters rise");
    expect(doc.layout.subtitle?.text).toBe('"We lost everything," one farmer said.');
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual(["Rescuers came.", "The river fell."]);
  });

  it("reads a subtitle directly before a dateline paragraph", () => {
    const doc = layoutOf(
      "Flood waters rise\nThousands flee as rivers burst their banks\nDHAKA (AP) — Rescuers came.\nThe river fell.",
    );
    expect(doc.layout.subtitle?.text).toBe("Thousands flee as rivers burst their banks");
    expect(doc.layout.dateline?.place).toBe("Dhaka");
  });

  it("reads a headline-like dek without a closing period as the subtitle", () => {
    const doc = layoutOf(
      "Flood waters rise\nThousands flee as rivers burst their banks\nRescuers came.\nThe river fell.",
    );
    expect(doc.layout.subtitle?.text).toBe("Thousands flee as rivers burst their banks");
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual(["Rescuers came.", "The river fell."]);
  });

  const headlines: [string, string][] = [
    ["Storm batters the coast | Example News", "Storm batters the coast"],
    ["Storm batters the coast - BBC News", "Storm batters the coast"],
    ["Storm batters the coast — Reuters", "Storm batters the coast"],
    [
      "Storm batters the coast - and the worst is yet to come",
      "Storm batters the coast - and the worst is yet to come",
    ],
    ["Trump - Putin summit ends", "Trump - Putin summit ends"],
  ];
  it.each(headlines)("headline of %s", (line, headline) => {
    const doc = layoutOf(`${line}\nRescuers came.`);
    expect(doc.layout.headline?.text).toBe(headline);
  });

  it.each([
    ["News|Storm season", "News|Storm season"],
    ["Home > News > Politics", "Home > News > Politics"],
    ["World › Europe", "World › Europe"],
  ])("skips the breadcrumb %s above the headline", (crumb, furniture) => {
    const doc = layoutOf(`${crumb}\nStorm batters the coast\nRescuers came on Monday.`);
    expect(doc.layout.headline?.text).toBe("Storm batters the coast");
    expect(doc.layout.furniture.map((f) => f.text)).toEqual([furniture]);
  });

  it.each([
    ["Storm batters the coast | Example News", "Storm batter"],
    ["Opinion | Why the storm season is getting longer every year", "Why the storm"],
  ])("keeps %s as the headline", (line, opening) => {
    const doc = layoutOf(`${line}\nRescuers came on Monday.`);
    expect(doc.layout.headline?.text.startsWith(opening)).toBe(true);
  });

  it("skips section names and menus above the headline", () => {
    const doc = layoutOf(
      "Skip to main content\nMenu\nWorld\nStorm batters the coast\nRescuers came.",
    );
    expect(doc.layout.headline?.text).toBe("Storm batters the coast");
    expect(doc.layout.furniture.map((f) => f.text)).toEqual([
      "Skip to main content",
      "Menu",
      "World",
    ]);
  });

  it("reads no headline when the text opens with a dateline paragraph", () => {
    const doc = layoutOf("MIAMI (AP) — Rescuers came.\nThe river fell.");
    expect(doc.layout.headline).toBeNull();
    expect(doc.layout.dateline?.place).toBe("Miami");
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual(["Rescuers came.", "The river fell."]);
  });

  it("reads a subtitle above a publication date line", () => {
    const doc = layoutOf(
      "Flood waters rise\nThousands flee the valley.\nPublished On 3 Mar 2024\nRescuers came.\nThe river fell.",
    );
    expect(doc.layout.subtitle?.text).toBe("Thousands flee the valley.");
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual(["Rescuers came.", "The river fell."]);
  });

  it("reads no subtitle when the body follows the headline", () => {
    const doc = layoutOf("Flood waters rise\nRescuers came on Monday.\nThe river fell.");
    expect(doc.layout.subtitle).toBeNull();
    expect(doc.layout.paragraphs).toHaveLength(2);
  });

  it("joins the lines of a hard-wrapped paragraph", () => {
    const doc = layoutOf(
      "Flood waters rise\n\nRescuers reached the village on Monday, and\nthey found 40 people alive,\nofficials said.\n\nThe river fell.",
    );
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([
      "Rescuers reached the village on Monday, and\nthey found 40 people alive,\nofficials said.",
      "The river fell.",
    ]);
  });

  it("handles CRLF line breaks with exact offsets", () => {
    const doc = layoutOf(
      "Flood waters rise\r\n\r\nBy Ana Ruiz\r\nRescuers came.\r\nThe river fell.\r\n",
    );
    expect(doc.layout.headline?.text).toBe("Flood waters rise");
    expect(doc.layout.authors.map((a) => a.name)).toEqual(["Ana Ruiz"]);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual(["Rescuers came.", "The river fell."]);
  });

  it("every block slices back to its text", () => {
    const doc = layoutOf(
      "Flood waters rise\r\nThousands flee\r\nBy Ana Ruiz and Tom Reed\r\nA boat. Photo by Ivan Petrov/EPA\r\nA boat. Photo by Ivan Petrov/EPA\r\n\r\n  DHAKA, Bangladesh (AP) — Rescuers came.  \n\nRELATED Storms\nThe river fell.\n",
    );
    const blocks: Block[] = [
      ...(doc.layout.headline ? [doc.layout.headline] : []),
      ...(doc.layout.subtitle ? [doc.layout.subtitle] : []),
      ...(doc.layout.byline ? [doc.layout.byline] : []),
      ...doc.layout.captions,
      ...doc.layout.paragraphs,
      ...doc.layout.furniture,
    ];
    expect(blocks).toHaveLength(8);
    for (const b of blocks) expect(sliceOf(doc, b)).toBe(b.text);
    const dateline = doc.layout.dateline;
    expect(dateline && sliceOf(doc, dateline)).toBe("DHAKA, Bangladesh (AP) —");
  });
});

describe("a whole wire article", () => {
  const caption =
    "Workers clear mud from a street in Porto Alegre, Brazil, on Tuesday. Photo by Ana Lima and Rui Costa/EPA";
  const article = [
    "Floods in southern Brazil force 80,000 from their homes",
    "",
    '"We have never seen water this high," the state governor said Tuesday.',
    "",
    "By Maria Lopez and Tom H. Reed",
    caption,
    caption,
    "",
    "May 7 (UPI) -- Floods in Brazil's Rio Grande do Sul state have driven more than 80,000 people from their homes, officials said Tuesday.",
    "",
    "Rescuers in boats searched for residents stranded on rooftops.",
    "",
    "RELATED Brazil declares emergency in three states",
    "",
    "The U.S. Embassy in Brasilia said it was ready to help.",
    "",
    "",
    "Latest Headlines",
  ].join("\n");

  it("reads every part of the page", () => {
    const doc = layoutOf(article, { year: 2024 });
    const { layout } = doc;
    expect(layout.headline?.text).toBe("Floods in southern Brazil force 80,000 from their homes");
    expect(layout.subtitle?.text).toBe(
      '"We have never seen water this high," the state governor said Tuesday.',
    );
    expect(layout.authors.map((a) => a.name)).toEqual(["Maria Lopez", "Tom H. Reed"]);
    expect(layout.captions.map((c) => c.text)).toEqual([caption]);
    expect(layout.credits.map((c) => c.name)).toEqual(["Ana Lima", "Rui Costa"]);
    expect(layout.dateline).toMatchObject({
      place: null,
      agency: "UPI",
      month: 5,
      day: 7,
      year: null,
    });
    expect(layout.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      "Floods in Brazil's Rio Grande ",
      "Rescuers in boats searched for",
      "The U.S. Embassy in Brasilia s",
    ]);
    expect(layout.furniture.map((f) => f.text)).toEqual([
      caption,
      "RELATED Brazil declares emergency in three states",
      "Latest Headlines",
    ]);
    expect(doc.publishedAt).toBe("2024-05-07");
  });
});

describe("publishedAt", () => {
  const cases: [string, string, ExtractOptions, string | null][] = [
    [
      "options with a time keep their own calendar day",
      "Rescuers came.",
      { publishedAt: "2017-04-12T23:30:00-05:00" },
      "2017-04-12",
    ],
    [
      "options as a written date",
      "Rescuers came.",
      { publishedAt: "April 12, 2017" },
      "2017-04-12",
    ],
    [
      "an impossible options date is ignored",
      "Rescuers came.",
      { publishedAt: "2017-02-30" },
      null,
    ],
    [
      "options win over the dateline",
      "NEW YORK, Jan. 5, 2019 /PRNewswire/ -- Acme grew.",
      { publishedAt: "2020-02-03" },
      "2020-02-03",
    ],
    [
      "options accept a Date",
      "March 9 (UPI) -- Rescuers came.",
      { publishedAt: new Date(Date.UTC(2021, 5, 7)) },
      "2021-06-07",
    ],
    [
      "invalid options are ignored",
      "NEW YORK, Jan. 5, 2019 /PRNewswire/ -- Acme grew.",
      { publishedAt: "yesterday" },
      "2019-01-05",
    ],
    [
      "a weekday and full date run into the first paragraph",
      "Tram line approved\n\nThursday, March 15, 2012 The council in Leeds voted to fund it.",
      {},
      "2012-03-15",
    ],
    [
      "an abbreviated weekday run into the first paragraph",
      "Tram line approved\n\nThu., March 15, 2012 The council voted.",
      {},
      "2012-03-15",
    ],
    [
      "a weekday that disagrees with the date is not read as one",
      "Tram line approved\n\nFriday, March 15, 2012 The council voted.",
      {},
      null,
    ],
    [
      "a weekday date without a year opening the text is not a publication date",
      "Tram line approved\n\nThursday, March 15 The council voted.",
      {},
      null,
    ],
    [
      "an invalid Date is ignored",
      "NEW YORK, Jan. 5, 2019 /PRNewswire/ -- Acme grew.",
      { publishedAt: new Date("nope") },
      "2019-01-05",
    ],
    [
      "the dateline's full date beats the year option",
      "NEW YORK, Jan. 5, 2019 /PRNewswire/ -- Acme grew.",
      { year: 2015 },
      "2019-01-05",
    ],
    [
      "dateline month and day complete with the year option",
      "March 9 (UPI) -- Rescuers came.",
      { year: 2017 },
      "2017-03-09",
    ],
    ["no year is invented", "March 9 (UPI) -- Rescuers came.", {}, null],
    ["nothing gives a date", "Rescuers came.", { year: 2017 }, null],
  ];
  it.each(cases)("%s", (_name, paragraph, options, expected) => {
    expect(layoutOf(HEAD + paragraph, options).publishedAt).toBe(expected);
  });

  const dateLines: [string, string | null][] = [
    ["Thursday, May 7, 2015", "2015-05-07"],
    ["October 26, 2023 2:14 PM GMT+3 Updated 3 hours ago", "2023-10-26"],
    ["Updated 4:37 PM GMT+4:30, May 11, 2024", "2024-05-11"],
    ["17 January 2024", "2024-01-17"],
    ["Published: 2019-03-08 10:00 GMT", "2019-03-08"],
    ["He died on May 7, 2015.", null],
    // Copied from a page whose date, time and label sit in separate elements.
    ["February 12, 20244:39 PM GMTUpdated 2 hours ago", "2024-02-12"],
    ["March 3, 202410:05 AM EST", "2024-03-03"],
    ["Parts list 20244:39 units", null],
    // Numeric dates: day first, month first beside a US time zone or when the day comes second.
    ["Posted: 12/04/2024 09:15", "2024-04-12"],
    ["Published: 26/02/2024", "2024-02-26"],
    ["04/12/2024 10:32 AM EDT", "2024-04-12"],
    ["02/26/2024", "2024-02-26"],
    ["Call 12/04/2024 about the form", null],
    ["2024-04-12T10:32:00Z", "2024-04-12"],
    // Year first is always year, month, day.
    ["2024/04/12 10:32", "2024-04-12"],
    ["Published: 2024.4.12", "2024-04-12"],
    ["12 April 2024 · 5 min read", "2024-04-12"],
    ["Dec. 4, 2024 / 1:52 AM", "2024-12-04"],
    ["12 Apr 2024 10:32AM (Updated: 12 Apr 2024 11:02AM)", "2024-04-12"],
    // Section and agency parts beside the date.
    ["World News | Wire Desk | Updated: February 15, 2024 1:34 pm IST", "2024-02-15"],
    ["Rain came on Monday | Updated: February 15, 2024", null],
    ["April 3, 2017 / 3:41 PM / Updated 2 years ago", "2017-04-03"],
    ["Publish date: Apr 3, 2017", "2017-04-03"],
  ];
  it.each(dateLines)("reads the printed date line %s", (line, expected) => {
    const doc = layoutOf(`Flood waters rise\n\n${line}\n\nRescuers came on Tuesday.`);
    expect(doc.publishedAt).toBe(expected);
  });

  it("dates a yearless dateline by the page's copyright year", () => {
    const page = (copyright: string) =>
      `Heat wave grips north\n\nNEW DELHI, May 18 (Reuters) - Power demand hit a record on Thursday.\n\nMore heat is expected.\n\n${copyright}`;
    expect(layoutOf(page("© 2023 Reuters. All rights reserved.")).publishedAt).toBe("2023-05-18");
    expect(layoutOf(page("Copyright 2023 Thomson Reuters")).publishedAt).toBe("2023-05-18");
    // A range gives no one year; the caller's year wins over the page's.
    expect(layoutOf(page("Copyright 2010-2023 Reuters")).publishedAt).toBeNull();
    expect(layoutOf(page("© 2023 Reuters"), { year: 2022 }).publishedAt).toBe("2022-05-18");
  });

  it("reads the agency and the author beside a printed date", () => {
    const agency = layoutOf(
      "Court strikes down scheme\nIndia News | Press Trust of India | Updated: February 15, 2024 1:34 pm IST\nNew Delhi: The court ruled on Thursday.",
    );
    expect(agency.layout.credits.map((c) => c.name)).toEqual(["Press Trust of India"]);
    expect(agency.layout.paragraphs.map((p) => p.text)).toEqual(["The court ruled on Thursday."]);
    expect(agency.layout.dateline?.place).toBe("New Delhi");
    const author = layoutOf(
      "Court strikes down scheme\nPosted on April 12, 2024 by Jane Doe\nThe court ruled on Thursday.",
    );
    expect(author.publishedAt).toBe("2024-04-12");
    expect(author.layout.authors.map((a) => a.name)).toEqual(["Jane Doe"]);
  });

  it("ignores a bare date line deep in the body but reads a labelled one", () => {
    const body = "Rescuers came.\nThe river fell.\nIt rained again.";
    expect(
      layoutOf(`Flood waters rise\n${body}\nMarch 3, 2021\nMore rain came.`).publishedAt,
    ).toBeNull();
    expect(layoutOf(`Flood waters rise\n${body}\nPublished March 3, 2021`).publishedAt).toBe(
      "2021-03-03",
    );
  });

  it("reads a printed date line under the headline", () => {
    const doc = layoutOf("Flood waters rise\n\nThursday, May 7, 2015\n\nRescuers came on Tuesday.");
    expect(doc.publishedAt).toBe("2015-05-07");
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual(["Rescuers came on Tuesday."]);
  });
});

describe("robustness", () => {
  const inputs: [string, string][] = [
    ["empty", ""],
    ["whitespace", " \n\r\n\t "],
    ["html", "<html><body><h1>Title</h1>\n<p>Some text.</p></body></html>"],
    [
      "binary junk",
      String.fromCharCode(...Array.from({ length: 2000 }, (_v, i) => (i * 7919) % 65536)),
    ],
    ["one line without punctuation", "word ".repeat(20000)],
    ["unbalanced quotes", 'Title\n"He said "no\n(((('],
  ];
  it.each(inputs)("does not throw on %s", (_name, text) => {
    const doc = layoutOf(text);
    for (const p of doc.layout.paragraphs) expect(sliceOf(doc, p)).toBe(p.text);
  });

  it("never throws and every block slices back, on arbitrary article-like text", () => {
    const piece = fc.constantFrom(
      "\n",
      "\r\n",
      "\n\n",
      " ",
      "By Ana Ruiz and Tom Reed",
      "MOSCOW (Reuters) - ",
      "April 12 (UPI) -- ",
      "Photo by Ivan Petrov/EPA",
      "RELATED ",
      "Latest Headlines",
      '"',
      "“",
      "U.S.",
      "Thursday, May 7, 2015",
      "(",
      "|",
    );
    const article = fc
      .array(fc.oneof(piece, fc.string({ maxLength: 30 })), { maxLength: 40 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(article, (text) => {
        // analyzeLayout directly: the stage's safety net must not hide a failure here.
        const { layout } = analyzeLayout(text, {});
        const doc = emptyDoc(text);
        const blocks = [
          layout.headline,
          layout.subtitle,
          layout.byline,
          ...layout.captions,
          ...layout.paragraphs,
          ...layout.furniture,
        ];
        for (const b of blocks) if (b) expect(sliceOf(doc, b)).toBe(b.text);
        for (const person of [...layout.authors, ...layout.credits])
          expect(sliceOf(doc, person)).toBe(person.name);
      }),
      { numRuns: 300 },
    );
  });

  it("stays linear on a large input", () => {
    const paragraph =
      "WASHINGTON (AP) — Officials said the U.S. plan, worth $3.5 billion, would pass. ";
    const text = "Storm batters the coast\n" + (paragraph.repeat(3) + "\n").repeat(20000);
    const started = performance.now();
    const doc = layoutOf(text);
    expect(doc.layout.paragraphs.length).toBe(20000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("closing notes", () => {
  const story =
    "Flood waters rise\nBy Ana Ruiz and Tomasz Reed\nRescuers reached the village on Monday.\nThe river fell overnight.\n";
  const body = ["Rescuers reached the village on Monday.", "The river fell overnight."];

  it.each([
    "Ana Ruiz, the paper's Andes correspondent, covers Peru and Bolivia from Lima. More about Ana Ruiz",
    "Tomasz Reed is a reporter on the Metro desk who writes about transit.",
    "A version of this article appears in print on March 4, 2024, Section A, Page 6 of the New York edition with the headline: Flood Waters Rise.",
  ])("a closing note is furniture: %s", (note) => {
    const doc = layoutOf(`${story}${note}`);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual(body);
  });

  it("keeps a last paragraph about someone who is not a byline author", () => {
    const last = "Maria Lopez, a reporter for the local radio station, was among those rescued.";
    const doc = layoutOf(`${story}${last}`);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([...body, last]);
  });

  it("keeps an author's name that opens a paragraph of news before the end", () => {
    const middle = "Ana Ruiz, the mayor's sister, covers the costs of the shelter.";
    const doc = layoutOf(`Flood waters rise\nBy Ana Ruiz\n${middle}\nThe river fell overnight.`);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([middle, "The river fell overnight."]);
  });
});

describe("pasted page shapes", () => {
  it.each([
    ["PRESS RELEASE\nFOR IMMEDIATE RELEASE\nMarch 5, 2024", "2024-03-05"],
    ["FOR IMMEDIATE RELEASE\nMedia release", null],
  ])("skips release labels and a date above the headline: %s", (top, published) => {
    const doc = layoutOf(
      `${top}\nAgency issues air guidance\nGENEVA — The agency acted on Tuesday.`,
    );
    expect(doc.layout.headline?.text).toBe("Agency issues air guidance");
    expect(doc.publishedAt).toBe(published);
  });

  it("keeps a first line that is a headline even when it mentions a release", () => {
    const doc = layoutOf("Prisoners' release delayed again\nThe court ruled on Tuesday.");
    expect(doc.layout.headline?.text).toBe("Prisoners' release delayed again");
  });

  it.each(["14:32", "9.05am", "10:32 AM EDT"])(
    "a live blog's entry time %s is furniture",
    (time) => {
      const doc = layoutOf(
        `Live: Fires spread\nFirefighters battle blaze\nCrews worked all night.\n${time}\nVillages evacuated\nFour villages were cleared on Sunday.`,
      );
      expect(doc.layout.furniture.map((f) => f.text)).toContain(time);
      expect(doc.layout.paragraphs.map((p) => p.text)).not.toContain(time);
    },
  );

  it("a number in a body line is not a time stamp", () => {
    const doc = layoutOf(
      "Fires spread\nCrews worked all night.\nThe score was 14:32 at half time.",
    );
    expect(doc.layout.paragraphs.map((p) => p.text)).toContain("The score was 14:32 at half time.");
  });

  it("drops a copied link list between 'list of N items' and 'end of list'", () => {
    const doc = layoutOf(
      [
        "Council rejects draft",
        "Thirteen members voted in favour on Tuesday.",
        "Keep reading",
        "list of 2 items",
        "list 1 of 2",
        "Rivals trade blame as talks stall",
        "list 2 of 2",
        "What is the border crossing?",
        "end of list",
        "The sponsors said they would try again",
      ].join("\n"),
    );
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([
      "Thirteen members voted in favour on Tuesday.",
      "The sponsors said they would try again",
    ]);
  });

  it("reads the author's job title under a bare byline as furniture, keeping the outlet", () => {
    const doc = layoutOf(
      "Drivers to strike again\nTom Edgworth\nBusiness reporter, Example News\nDrivers will walk out next month, the union said.",
    );
    expect(doc.layout.authors.map((a) => a.name)).toEqual(["Tom Edgworth"]);
    expect(doc.layout.subtitle).toBeNull();
    expect(doc.layout.credits.map((c) => c.name)).toEqual(["Example News"]);
  });

  it("a sentence under a byline stays text", () => {
    const doc = layoutOf(
      "Drivers to strike again\nBy Tom Edgworth\nA reporter was hurt at the picket line.\nDrivers will walk out.",
    );
    expect(doc.layout.paragraphs.map((p) => p.text)).toContain(
      "A reporter was hurt at the picket line.",
    );
  });

  it.each([
    ["By Sarah Jones, Local Democracy Reporter", ["Sarah Jones"]],
    ["By Sarah Jones, Chief Political Correspondent", ["Sarah Jones"]],
    ["By Sarah Jones, Mary Ellis and Tom Hale", ["Sarah Jones", "Mary Ellis", "Tom Hale"]],
  ])("a role after a comma in %s is no author", (byline, authors) => {
    const doc = layoutOf(`Depot approved\n${byline}\nCouncillors approved the plan.`);
    expect(doc.layout.authors.map((a) => a.name)).toEqual(authors);
  });

  it("reads the line under a picture agency's line as a caption", () => {
    const doc = layoutOf(
      "Drivers to strike again\nGetty Images\nPicket lines formed outside several stations\nDrivers will walk out next month, the union said.",
    );
    expect(doc.layout.captions.map((c) => c.text)).toEqual([
      "Picket lines formed outside several stations",
    ]);
    expect(doc.layout.credits.map((c) => c.name)).toEqual(["Getty Images"]);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([
      "Drivers will walk out next month, the union said.",
    ]);
  });

  it("a dateline under a picture agency's line stays the body", () => {
    const doc = layoutOf(
      "Drivers to strike again\nGetty Images\nLONDON (Reuters) - Drivers will walk out next month.",
    );
    expect(doc.layout.captions).toEqual([]);
    expect(doc.layout.dateline?.place).toBe("London");
  });
});

describe("a dateline copied one element a line", () => {
  it.each([
    ["Taipei, Taiwan\nCNN\n — ", "Taipei", "Taiwan", "CNN"],
    ["LONDON\nCNN\n—", "London", null, "CNN"],
    ["CNN\n—", null, null, "CNN"],
  ])("reads %j", (top, place, region, agency) => {
    const doc = layoutOf(
      `Quake hits island\nBy Ann Lee, CNN\n${top}\nRescuers searched on Thursday.`,
    );
    expect(doc.layout.dateline?.place ?? null).toBe(place);
    expect(doc.layout.dateline?.region ?? null).toBe(region);
    expect(doc.layout.dateline?.agency).toBe(agency);
    expect(doc.layout.subtitle).toBeNull();
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual(["Rescuers searched on Thursday."]);
  });

  it("needs the dash line: a place and an agency alone are text", () => {
    const doc = layoutOf("Quake hits island\nTaipei, Taiwan\nCNN\nRescuers searched on Thursday.");
    expect(doc.layout.dateline).toBeNull();
  });
});

describe("a dateline with its agency unbracketed on the place's line", () => {
  it.each([
    ["Taipei, Taiwan CNN — Rescuers searched on Thursday.", "Taipei", "Taiwan", "CNN"],
    ["LONDON CNN — Rescuers searched on Thursday.", "London", null, "CNN"],
  ])("reads %j", (first, place, region, agency) => {
    const doc = layoutOf(`Quake hits island\nBy Ann Lee, CNN\n${first}`);
    expect(doc.layout.dateline?.place ?? null).toBe(place);
    expect(doc.layout.dateline?.region ?? null).toBe(region);
    expect(doc.layout.dateline?.agency).toBe(agency);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual(["Rescuers searched on Thursday."]);
  });

  it.each([
    ["Taipei, Taiwan — The lantern show opened on Saturday.", "Taipei", "Taiwan"],
    [
      "Dayton, Ohio, United States - The lantern show opened on Saturday.",
      "Dayton",
      "United States",
    ],
  ])(
    "reads %j with no agency or date: a known state or country and a dash",
    (first, place, region) => {
      const doc = layoutOf(`Lantern show opens\nMonday, March 5, 2007\n${first}`);
      expect(doc.layout.dateline?.place ?? null).toBe(place);
      expect(doc.layout.dateline?.region ?? null).toBe(region);
      expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([
        "The lantern show opened on Saturday.",
      ]);
    },
  );

  it.each([
    "Taipei, Taiwan: The lantern show opened on Saturday.",
    "Later, Marlowe — who had left early — said so.",
    "Dayton, Mr Reyes — a local man — said so.",
  ])("leaves %j alone: a colon, or no known place after the comma", (first) => {
    const doc = layoutOf(`Lantern show opens\n${first}`);
    expect(doc.layout.dateline).toBeNull();
  });

  it("leaves a sentence with an acronym before a dash alone", () => {
    const doc = layoutOf("Quake hits island\nThe UN — which met on Monday — said so.");
    expect(doc.layout.dateline).toBeNull();
  });
});

describe("junk between paragraphs", () => {
  it.each([
    "Advertisement - Scroll to continue",
    "ADVERTISEMENT SKIP ADVERTISEMENT",
    "Image 1 of 5",
    "Photo 3/12",
    "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies. Accept",
  ])("%s is furniture", (junk) => {
    const doc = layoutOf(
      `Quake hits island\nRescuers searched on Thursday.\n${junk}\nThe quake struck on Wednesday.`,
    );
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([
      "Rescuers searched on Thursday.",
      "The quake struck on Wednesday.",
    ]);
  });

  it.each([
    "Advertisement revenue fell by a third last year, the company said.",
    "We use cookies from the bakery next door, the owner said.",
  ])("%s stays text", (line) => {
    const doc = layoutOf(
      `Quake hits island\nRescuers searched on Thursday.\n${line}\nThe quake struck on Wednesday.`,
    );
    expect(doc.layout.paragraphs.map((p) => p.text)).toContain(line);
  });
});

describe("pull quotes", () => {
  const lead =
    'Mayor unveils tree plan\nDENVER — The mayor on Friday announced a plan to plant 10,000 trees.\n"Every neighborhood deserves shade and clean air," Mayor Ana Ruiz said in City Park.\n';
  it.each([
    ["“Every neighborhood deserves shade and clean air”\n— Ana Ruiz, mayor\n"],
    ['"Every neighborhood deserves shade and clean air."\n'],
  ])("a quotation repeated on a line of its own is furniture: %j", (pull) => {
    const doc = layoutOf(`${lead}${pull}The city will spend $12 million, officials said.`);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([
      "The mayor on Friday announced a plan to plant 10,000 trees.",
      '"Every neighborhood deserves shade and clean air," Mayor Ana Ruiz said in City Park.',
      "The city will spend $12 million, officials said.",
    ]);
  });

  it("a quotation paragraph said only once stays text", () => {
    const doc = layoutOf(
      `${lead}"We will plant the first trees in the poorest blocks this spring."\nThe city will spend $12 million.`,
    );
    expect(doc.layout.paragraphs.map((p) => p.text)).toContain(
      '"We will plant the first trees in the poorest blocks this spring."',
    );
  });
});

describe("a stamp printed when it is already the next day at the dateline", () => {
  const body = "\n\nKABUL, Afghanistan (AP) — Rescuers dug through the mud on Sunday.";
  it.each([
    ["Updated 11:42 PM EDT, June 15, 2024", true],
    ["Updated 9:05 p.m. ET, June 15, 2024", true],
    ["Updated 10:15 AM EDT, June 15, 2024", undefined],
    ["June 15, 2024 11:42 PM GMT", true],
    ["Sat 15 Jun 2024 22.30 BST", true],
    ["June 15, 2024 9:15 AM GMT", undefined],
    ["Updated 9:10 AM EDT, June 15, 2024", undefined],
  ])("%s", (stamp, ahead) => {
    const doc = layoutOf(`Floods kill dozens in north\n\nBy Ana Ruiz\n\n${stamp}${body}`);
    expect(doc.publishedAt).toBe("2024-06-15");
    expect(doc.layout.localDayMayBeAhead).toBe(ahead);
  });

  it.each(["WASHINGTON (AP) —", "MEXICO CITY (AP) —", "Rescuers said"])(
    "does not apply to a story datelined in the Americas or not datelined: %s",
    (opening) => {
      const doc = layoutOf(
        `Floods kill dozens in north\n\nUpdated 11:42 PM EDT, June 15, 2024\n\n${opening} the mud was deep on Sunday.`,
      );
      expect(doc.publishedAt).toBe("2024-06-15");
      expect(doc.layout.localDayMayBeAhead).toBeUndefined();
    },
  );

  it("does not apply when the date comes from the options", () => {
    const doc = layoutOf(
      `Floods kill dozens in north\n\nUpdated 11:42 PM EDT, June 15, 2024${body}`,
      { publishedAt: "2024-06-15" },
    );
    expect(doc.layout.localDayMayBeAhead).toBeUndefined();
  });
});

describe("a copied BBC-style page", () => {
  const page = [
    "Home",
    "News",
    "Bus drivers walk out over pay in three cities",
    "4 hours ago",
    "Share",
    "Tomasz Nowak",
    "BBC News, Cardiff",
    "Image source, PA Media",
    "Image caption,",
    '"We just want a fair deal for the work we do," said one driver',
    "Bus drivers in Cardiff, Newport and Swansea began a 48-hour strike on Monday.",
    "",
    "The union said talks had broken down.",
  ].join("\n");

  it("reads a bare name over an outlet and place as the byline", () => {
    const { layout } = layoutOf(page);
    expect(layout.authors.map((a) => a.name)).toEqual(["Tomasz Nowak"]);
    expect(layout.subtitle).toBeNull();
  });

  it("credits the agency after 'Image source,'", () => {
    expect(layoutOf(page).layout.credits.map((c) => c.name)).toContain("PA Media");
  });

  it("takes the line after a lone 'Image caption,' as the caption, not the body", () => {
    const { layout } = layoutOf(page);
    expect(layout.captions.map((c) => c.text)).toEqual([
      '"We just want a fair deal for the work we do," said one driver',
    ]);
    expect(layout.paragraphs.map((p) => p.text.slice(0, 20))).toEqual([
      "Bus drivers in Cardi",
      "The union said talks",
    ]);
  });

  it.each(["Residents Flee Rising Waters\nBBC News", "Heavy Rain\nBBC News, Cardiff"])(
    "does not take a title-case line over an outlet line as a byline: %s",
    (lines) => {
      const { layout } = layoutOf(
        `Storm hits coast\n${lines}\nThe storm reached the coast on Monday.`,
      );
      expect(layout.authors).toEqual([]);
    },
  );

  it("does not take a headline-like line over a plain sentence as a byline", () => {
    const { layout } = layoutOf(
      "Storm hits coast\n\nHeavy Rain Warning\n\nThe storm reached the coast overnight, officials said.",
    );
    expect(layout.authors).toEqual([]);
  });
});

describe("a date line with a reading time, a clock time or slashes", () => {
  const body = "\n\nThe council approved the plan on Tuesday.\n\nOpponents said they would appeal.";
  it.each([
    ["Ana Ruiz, Political Reporter | March 5, 2024 | 4 min read", ["Ana Ruiz"]],
    ["March 5, 2024 / 2:02 PM / Metro News", []],
    ["By Ana Ruiz / March 5, 2024", ["Ana Ruiz"]],
    ["Ana Ruiz | March 5, 2024 | Updated 4:30 PM EST", ["Ana Ruiz"]],
  ])("%s", (line, authors) => {
    const doc = layoutOf(`Council backs new plan\n\n${line}${body}`);
    expect(doc.publishedAt).toBe("2024-03-05");
    expect(doc.layout.authors.map((author) => author.name)).toEqual(authors);
    expect(doc.layout.paragraphs).toHaveLength(2);
  });
});

describe("a copied Guardian-style page", () => {
  const page = [
    "Harbour operator fined £4m over oil spill",
    "This article is more than 3 months old",
    "Regulator says firm hid the scale of the leak from inspectors",
    "Tomas Berg Environment correspondent",
    "Wed 9 Oct 2024 12.01 BST",
    "Share",
    "A harbour operator has been fined £4m after an oil spill that closed beaches for a month.",
    "",
    "The regulator said the company had broken its licence for five years.",
    "",
    "Sign up to Green Brief",
    "Free weekly newsletter",
    '"The week\'s biggest climate stories, straight to your inbox" – all the news you need',
    "Privacy Notice: Newsletters may contain info about charities and online ads.",
    "after newsletter promotion",
    "The company said it accepted the findings.",
  ].join("\n");

  it("reads the standfirst, byline and date under an archive warning", () => {
    const doc = layoutOf(page);
    expect(doc.layout.subtitle?.text).toBe(
      "Regulator says firm hid the scale of the leak from inspectors",
    );
    expect(doc.layout.authors.map((a) => a.name)).toEqual(["Tomas Berg"]);
    expect(doc.publishedAt).toBe("2024-10-09");
  });

  it("keeps the newsletter box out of the body", () => {
    const texts = layoutOf(page).layout.paragraphs.map((p) => p.text.slice(0, 24));
    expect(texts).toEqual([
      "A harbour operator has b",
      "The regulator said the c",
      "The company said it acce",
    ]);
  });
});

describe("datelines and date lines of copied US pages", () => {
  it.each([
    ["Washington CNN —\nThe Senate passed the bill on Saturday.", "Washington", null],
    ["Hong Kong, China CNN — Typhoon Yagi hit the city on Friday.", "Hong Kong", "China"],
  ])("reads a dateline with a bare agency: %s", (opening, place, region) => {
    const doc = layoutOf(`Storm hits coast\n\n${opening}\n\nSchools were closed.`);
    expect(doc.layout.dateline?.place).toBe(place);
    expect(doc.layout.dateline?.region ?? null).toBe(region);
    expect(doc.layout.dateline?.agency).toBe("CNN");
    expect(doc.layout.paragraphs[0]?.text).toMatch(/^(?:The Senate|Typhoon)/);
  });

  it.each([
    ["WASHINGTON — March 4, 2025 — The Senate passed the bill."],
    ["WASHINGTON (March 4, 2025) — The Senate passed the bill."],
    ["Tuesday, March 4, 2025 — WASHINGTON: The Senate passed the bill."],
  ])("reads a dateline whose date is set apart from the place: %s", (opening) => {
    const doc = layoutOf(`Senate passes bill\n\n${opening}\n\nIt goes to the House.`);
    expect(doc.layout.dateline?.place).toBe("Washington");
    expect(doc.publishedAt).toBe("2025-03-04");
    expect(doc.layout.paragraphs[0]?.text).toBe("The Senate passed the bill.");
  });

  it("does not read a life's dates after a name as a dateline", () => {
    const doc = layoutOf(
      "A life in linguistics\n\nAnna Berg (May 1, 1920 – June 2, 2001) was a linguist.",
    );
    expect(doc.layout.dateline).toBeNull();
    expect(doc.publishedAt).toBeNull();
  });

  it("does not read an unknown word before a dash as an agency", () => {
    const doc = layoutOf("Storm hits coast\n\nWashington Post — the paper said on Friday.");
    expect(doc.layout.dateline).toBeNull();
  });

  it("takes the date line under the byline even after a standfirst and a caption", () => {
    const doc = layoutOf(
      [
        "Judge Blocks State Law on Online Speech",
        "The ruling is a setback for officials who backed the measure.",
        "Share full article",
        "Read in app",
        "A federal courthouse in Austin.Credit...Ana Ruiz for The Daily Ledger",
        "By Tom Reed",
        "Dec. 1, 2021, 11:42 p.m. ET",
        "A federal judge on Wednesday blocked the law.",
      ].join("\n"),
    );
    expect(doc.publishedAt).toBe("2021-12-01");
    expect(doc.layout.furniture.map((f) => f.text)).toContain("Read in app");
  });
});
