import { describe, expect, it } from "vitest";
import { emptyDoc } from "../../src/extract/pipeline.js";
import { layoutStage } from "../../src/extract/stages/01-layout.js";
import type { Doc } from "../../src/extract/types.js";

function layoutOf(text: string, publishedAt?: string): Doc {
  return layoutStage.run(emptyDoc(text, publishedAt ? { publishedAt } : {}));
}

const LEDE =
  "The council voted on Monday to close the old harbor to cruise ships, a move residents welcomed.";
const NEXT = "The mayor said the city would build a new terminal outside the center by next year.";
const LAST =
  "Operators said they would challenge the decision in court, calling it unfair to staff.";

/** A page with `line` copied between two paragraphs of the body. */
function pageWith(line: string): string {
  return ["Harbor closed to cruise ships", "", LEDE, "", NEXT, "", line, "", LAST].join("\n");
}

describe("page furniture copied between paragraphs", () => {
  const furniture = [
    "Follow our coverage of the harbor dispute at https://example.com/harbor",
    "Comments (12)",
    "Get the latest news delivered to your inbox.",
    "Get our free daily newsletter",
    "By signing up, you agree to our Terms of Use and Privacy Policy.",
    "Want more? Sign up for our daily briefing.",
    "Report an error",
    "Send us a tip",
    "Jump to comments",
    "Leave a Reply",
    "Next article",
    "Back to top",
    "Link copied!",
    "You may also like",
    "Click to share on Twitter (Opens in new window)",
    "Like this: Like Loading...",
    "Please enable JavaScript to view the comments.",
    "Listen · 5:12",
    "Support independent journalism",
    "Our reporting relies on readers. Please consider a donation.",
    "AFP via Getty Images",
    "Also Read | Ferry strike ends after three days",
    "pic.twitter.com/Ab12Cd34",
    "@harborwatch",
  ];
  it.each(furniture)("keeps %s out of the body", (line) => {
    const doc = layoutOf(pageWith(line));
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([LEDE, NEXT, LAST]);
  });

  const prose = [
    "Posted in Kabul since 2019, the general said he knew the valley well.",
    "Support for the measure fell to 40 percent in the latest poll.",
    "Follow-up talks are planned for next month.",
    "Subscribers to the ferry service will pay more from May.",
    "Governor Ana Ruiz signed the bill at the Capitol in Austin in May.",
    "Police say the gunman acted alone near the harbor in Gdansk.",
    "Ana Ruiz at the time was mayor of Austin.",
    "Ana Ruiz in March rejected the plan in Austin.",
  ];
  it.each(prose)("keeps %s in the body", (line) => {
    const doc = layoutOf(pageWith(line));
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([LEDE, NEXT, line, LAST]);
  });
});

describe("an embedded post", () => {
  it("credits the poster of the signature line and keeps the signature and link out of the body", () => {
    const post = "The harbor is closed to large ships from today. pic.twitter.com/Xy12AbCd";
    const signature = "— Port of Gdansk (@portgdansk) April 3, 2017";
    const doc = layoutOf(pageWith(`${post}\n\n${signature}`));
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([
      LEDE,
      NEXT,
      "The harbor is closed to large ships from today.",
      LAST,
    ]);
    expect(doc.layout.credits.map((c) => c.name)).toEqual(["Port of Gdansk"]);
    expect(doc.publishedAt).toBeNull();
  });

  const signatures = [
    "— Port of Gdansk (@portgdansk.bsky.social) April 3, 2017 at 9:15 AM",
    "A post shared by Port of Gdansk (@portgdansk)",
  ];
  it.each(signatures)("reads %s as a signature line", (signature) => {
    const post = "The harbor is closed to large ships from today.";
    const doc = layoutOf(pageWith(`${post}\n\n${signature}`));
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([LEDE, NEXT, post, LAST]);
    expect(doc.layout.credits.map((c) => c.name)).toEqual(["Port of Gdansk"]);
  });
});

describe("a newsletter box closed by its button", () => {
  it("is furniture, blurb and all", () => {
    const box = [
      "Sign up for Harbor Weekly",
      "The week's shipping news, explained in five minutes.",
      "Sign up",
    ].join("\n");
    const doc = layoutOf(pageWith(box));
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([LEDE, NEXT, LAST]);
  });

  it("does not swallow a paragraph longer than a blurb", () => {
    const long =
      "Residents first asked for limits on ships in 2015, when a survey found that most people in the old town wanted fewer visitors during the summer and more space on the quays for markets and fishing boats.";
    const box = ["Sign up for Harbor Weekly", long, "Subscribe"].join("\n");
    const doc = layoutOf(pageWith(box));
    expect(doc.layout.paragraphs.map((p) => p.text)).toContain(long);
  });
});

describe("a photo caption copied without its credit", () => {
  const captions = [
    "Governor Ana Ruiz speaks at a rally outside the Capitol in Austin on Monday.",
    "Jane Roe, left, and Tom Reed arrive for talks at the harbor office in Gdansk.",
    "Firefighters work at the scene of the blaze in Kharkiv, Ukraine, Tuesday, Feb. 14, 2023.",
    "A woman walks past a closed shop in Athens in March.",
    "Governor Ana Ruiz at a rally outside the Capitol in Austin in May.",
    "Ana Ruiz speaking to supporters in Austin on Monday.",
  ];
  it.each(captions)("reads %s as a caption", (line) => {
    const doc = layoutOf(pageWith(line));
    expect(doc.layout.captions.map((c) => c.text)).toEqual([line]);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([LEDE, NEXT, LAST]);
  });

  it("reads one right under a datelined lede", () => {
    const caption = "Firefighters work at the scene of the blaze in Kharkiv on Tuesday.";
    const lede = "KHARKIV, Ukraine (AP) — A drone struck a fuel depot overnight, officials said.";
    const doc = layoutOf(["Depot burns", "", lede, "", caption, "", NEXT].join("\n"));
    expect(doc.layout.captions.map((c) => c.text)).toEqual([caption]);
  });

  it("does not hide the dateline of the lede below it", () => {
    const caption = "Cruise ships moored near the old harbor last summer.";
    const lede = "GDANSK, Poland (AP) — The council voted on Monday to bar large cruise ships.";
    const doc = layoutOf(
      ["Port bans ships", "", "Residents cheer", "", caption, "", lede, "", NEXT].join("\n"),
    );
    expect(doc.layout.dateline?.place).toBe("Gdansk");
    expect(doc.layout.captions.map((c) => c.text)).toEqual([caption]);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([
      "The council voted on Monday to bar large cruise ships.",
      NEXT,
    ]);
  });

  it("never reads the lede as one", () => {
    const lede = "Firefighters battle a blaze at a fuel depot in Kharkiv on Tuesday.";
    const doc = layoutOf(["Depot burns", "", lede, "", NEXT, "", LAST].join("\n"));
    expect(doc.layout.paragraphs[0]?.text).toBe(lede);
    expect(doc.layout.captions).toEqual([]);
  });
});

describe("a news page copied whole", () => {
  const page = [
    "Skip to content",
    "World",
    "",
    "Dam operator fined over river spill",
    "Regulator says warnings were ignored for months",
    "Olena Marsh | AP",
    "Updated 3:41 PM EDT, Mon April 3, 2017",
    "",
    "Share this article",
    "",
    "PORTO, Portugal (AP) — A court in Porto fined the operator of the Alto Douro dam on Monday for a spill that killed fish along 40 kilometers of river.",
    "",
    "Advertisement",
    "",
    "Inspectors from the environment agency walk along the river near Peso da Regua in March.",
    "",
    "Judge Rita Costa said the company had ignored its own engineers.",
    "",
    "Read more: Drought leaves reservoirs at record low",
    "",
    "The company said it would appeal.",
    "",
    "Copyright 2017 The Associated Press. All rights reserved.",
    "12 comments",
  ].join("\n");

  it("finds headline, standfirst, byline, publication date and dateline", () => {
    const doc = layoutOf(page);
    expect(doc.layout.headline?.text).toBe("Dam operator fined over river spill");
    expect(doc.layout.subtitle?.text).toBe("Regulator says warnings were ignored for months");
    expect(doc.layout.authors.map((a) => a.name)).toEqual(["Olena Marsh"]);
    expect(doc.publishedAt).toBe("2017-04-03");
    expect(doc.layout.dateline?.place).toBe("Porto");
    expect(doc.layout.dateline?.agency).toBe("AP");
  });

  it("keeps only the story in the body", () => {
    const doc = layoutOf(page);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([
      "A court in Porto fined the operator of the Alto Douro dam on Monday for a spill that killed fish along 40 kilometers of river.",
      "Judge Rita Costa said the company had ignored its own engineers.",
      "The company said it would appeal.",
    ]);
    expect(doc.layout.captions.map((c) => c.text)).toEqual([
      "Inspectors from the environment agency walk along the river near Peso da Regua in March.",
    ]);
  });
});

describe("a story hard-wrapped at a margin, as e-mail and PDF copies are", () => {
  const wrapped = [
    "Port to ban cruise ships from old harbor",
    "",
    "GDANSK, Poland (Reuters) - The city council voted on Monday to bar large",
    "cruise ships from the old harbor from next spring, Mayor Adam Zielinski said on",
    "Monday, handing a victory to residents of the old town.",
    "",
    '"This is a day our neighbourhood will remember," said Ewa Nowak, who leads',
    "the residents' association in the old quarter of the city, known as Stare",
    "Miasto.",
    "",
    "Operators said they would challenge the decision in court.",
  ].join("\n");

  it("joins the lines of each paragraph, whatever letter the next line starts with", () => {
    const doc = layoutOf(wrapped);
    const paragraphs = doc.layout.paragraphs.map((p) => p.text.replace(/\n/g, " "));
    expect(paragraphs).toEqual([
      "The city council voted on Monday to bar large cruise ships from the old harbor from next spring, Mayor Adam Zielinski said on Monday, handing a victory to residents of the old town.",
      '"This is a day our neighbourhood will remember," said Ewa Nowak, who leads the residents\' association in the old quarter of the city, known as Stare Miasto.',
      "Operators said they would challenge the decision in court.",
    ]);
    for (const paragraph of doc.layout.paragraphs) {
      expect(wrapped.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    }
  });

  it("does not join short lines of a page that is not wrapped", () => {
    const page = [
      "Port bans cruise ships",
      "",
      "The city council voted on Monday to bar large cruise ships from the old harbor.",
      "Operators said they would challenge the decision in court.",
      "",
      "The ban starts next spring.",
    ].join("\n");
    expect(layoutOf(page).layout.paragraphs).toHaveLength(3);
  });
});

describe("a story pasted as one hard-wrapped block, with no blank lines", () => {
  const block = [
    "Town votes to close its last coal plant",
    "LEEDS, England (Reuters) - Councillors in the northern town voted on Tuesday",
    "to close its last coal-fired power plant by 2027, Council Leader Martin",
    "Hughes said, ending more than a century of coal burning in the area after",
    "years of campaigning by residents.",
    "Engineers said the site could host a battery farm once the boilers were",
    "removed and the land was cleaned up.",
  ].join("\n");

  it("joins the lines of the block, so a name broken over a line end stays whole", () => {
    const paragraphs = layoutOf(block).layout.paragraphs.map((p) => p.text.replace(/\n/g, " "));
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toContain("Council Leader Martin Hughes said");
    expect(paragraphs[1]).toMatch(/^Engineers said .* cleaned up\.$/);
  });

  it("is still joined when one paragraph was pasted unwrapped", () => {
    const lines = block.split("\n");
    const unwrapped =
      "The plant, which opened in 1961 and once employed more than 2,000 people, has run at a loss for most of the past decade.";
    const page = [...lines.slice(0, 5), unwrapped, ...lines.slice(5)].join("\n");
    const paragraphs = layoutOf(page).layout.paragraphs.map((p) => p.text.replace(/\n/g, " "));
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toContain("Council Leader Martin Hughes said");
    expect(paragraphs[1]).toBe(unwrapped);
  });

  it("starts a paragraph at an indented line", () => {
    const indented = [
      "Town votes to close its last coal plant",
      "    LEEDS, England (Reuters) - Councillors in the northern town voted on",
      "Tuesday to close its last coal-fired power plant by 2027, ending more than a",
      "century of coal burning in the area after years of campaigning by residents",
      "who had long complained about the smoke and the noise of the coal trucks.",
      "    Engineers said the site could host a battery farm once the boilers were",
      "removed and the land was cleaned up, a process that could take three years.",
    ].join("\n");
    const paragraphs = layoutOf(indented).layout.paragraphs.map((p) => p.text);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toMatch(/^Engineers said/);
  });

  it("keeps one-line paragraphs apart when every line ends its sentence", () => {
    const page = [
      "Town votes to close its last coal plant",
      "Councillors in the northern town voted on Tuesday to close the plant by 2027.",
      "The council leader said the decision ended a century of burning coal there.",
      "Engineers said the site could host a battery farm once it was cleaned up.",
      "Residents had campaigned against the plant's fumes for more than ten years.",
    ].join("\n");
    expect(layoutOf(page).layout.paragraphs).toHaveLength(4);
  });
});

describe("a publication date printed only under the story", () => {
  const story = ["Harbor closed to cruise ships", "", LEDE, "", NEXT, "", LAST];
  const closings: [string[], string][] = [
    [["(Reporting by Anna Kowal; Editing by Mark Reed)", "", "April 3, 2017"], "2017-04-03"],
    [["© 2017 Harbor Daily News. Posted: Apr 3, 2017 / 09:15 AM CET"], "2017-04-03"],
    [["First published on Mon 3 Apr 2017 09.15 BST"], "2017-04-03"],
  ];
  it.each(closings)("reads %j as the publication date", (closing, date) => {
    expect(layoutOf([...story, "", ...closing].join("\n")).publishedAt).toBe(date);
  });

  it("does not read a date printed in the body, a timeline's entry", () => {
    const page = [
      "Harbor closed to cruise ships",
      "",
      LEDE,
      "",
      NEXT,
      "",
      "April 3, 2017",
      "",
      LAST,
    ];
    expect(layoutOf(page.join("\n")).publishedAt).toBeNull();
  });

  it("gives way to a date printed above the story", () => {
    const page = ["Harbor closed to cruise ships", "April 1, 2017", "", LEDE, "", LAST];
    expect(layoutOf([...page, "", "Updated April 3, 2017"].join("\n")).publishedAt).toBe(
      "2017-04-01",
    );
  });
});

describe("a desk's slug or a page's label before the headline", () => {
  const labelled: [string, string][] = [
    ["UPDATE 2-Port bans cruise ships from old harbor", "Port bans cruise ships from old harbor"],
    ["EXCLUSIVE-Port bans cruise ships from old harbor", "Port bans cruise ships from old harbor"],
    ["Live: Port bans cruise ships from old harbor", "Port bans cruise ships from old harbor"],
    ["Opinion | Port bans cruise ships from old harbor", "Port bans cruise ships from old harbor"],
    [
      "Port-au-Prince bans cruise ships from old harbor",
      "Port-au-Prince bans cruise ships from old harbor",
    ],
    ["Live music returns to the old harbor", "Live music returns to the old harbor"],
  ];
  it.each(labelled)("reads %s as the headline without its label", (line, headline) => {
    const doc = layoutOf([line, "", LEDE, "", NEXT].join("\n"));
    expect(doc.layout.headline?.text).toBe(headline);
    expect(doc.layout.paragraphs.map((p) => p.text)).toEqual([LEDE, NEXT]);
  });
});
