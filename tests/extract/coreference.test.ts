import { describe, expect, it } from "vitest";
import { runStages } from "../../src/extract/pipeline.js";
import type { Entity } from "../../src/extract/types.js";
import {
  initials,
  isGovernmentUse,
  samePersonName,
  spellsLoosely,
  withinTwoEdits,
} from "../../src/extract/stages/04-coreference.js";
import { withinOneEdit } from "../../src/extract/normalize.js";
import { acronymFitsWords } from "../../src/extract/lexicon/acronyms.js";

function entitiesOf(body: string, headline = "Officials comment on the news"): Entity[] {
  return runStages(`${headline}\n\n${body}`, {}, "coreference").entities;
}

/** The entity that has `form` as its name or one of its aliases. */
function entityWith(entities: Entity[], form: string): Entity | undefined {
  return entities.find((e) => e.name === form || e.aliases.includes(form));
}

describe("people", () => {
  it.each<[string, string, string]>([
    ["Rex Tillerson arrived on Monday. Tillerson met officials.", "Tillerson", "Rex Tillerson"],
    [
      "Syrian President Bashar al-Assad spoke. Critics said Assad lied.",
      "Assad",
      "Bashar al-Assad",
    ],
    ["Brigid Kosgei won the race. Brigid waved to the crowd.", "Brigid", "Brigid Kosgei"],
    ["Mr. Key spoke after John Key arrived. The crowd cheered for Key.", "Key", "John Key"],
    ["Officials met Xi Jinping on Monday. Xi said little.", "Xi", "Xi Jinping"],
    [
      "Luiz Inacio Lula da Silva won the runoff. Lula thanked his voters.",
      "Lula",
      "Luiz Inacio Lula da Silva",
    ],
    [
      "A book by Doug Ware was praised. Doug G. Ware wrote it in 2010.",
      "Doug Ware",
      "Doug G. Ware",
    ],
    [
      "Governor Harlan Voss Jr. signed the bill. Voss said it would pass.",
      "Voss",
      "Harlan Voss Jr.",
    ],
  ])("%j: %s → %s", (body, short, full) => {
    const entities = entitiesOf(body);
    const entity = entityWith(entities, short);
    expect(entity?.name).toBe(full);
    expect(entity?.type).toBe("PERSON");
    expect(entities.filter((e) => e.type === "PERSON")).toHaveLength(1);
  });

  it("links a surname in the headline to the full name in the body", () => {
    const entities = entitiesOf(
      "Rex Tillerson flew to Moscow on Tuesday.",
      "Tillerson heads to Moscow for talks",
    );
    expect(entityWith(entities, "Tillerson")?.name).toBe("Rex Tillerson");
    expect(entities.filter((e) => e.type === "PERSON")).toHaveLength(1);
  });

  it("keeps namesakes apart and gives a bare surname to the most recent one", () => {
    const entities = entitiesOf(
      "Donald Trump spoke first. Trump thanked the crowd. Later, Ivanka Trump took the stage. Trump said she was proud.",
    );
    const donald = entities.find((e) => e.name === "Donald Trump");
    const ivanka = entities.find((e) => e.name === "Ivanka Trump");
    expect(donald).toBeDefined();
    expect(ivanka).toBeDefined();
    expect(donald?.mentionIds).toHaveLength(2);
    expect(ivanka?.mentionIds).toHaveLength(2);
  });

  it.each<[string, string, string]>([
    [
      "Joe Biden signed the bill on Monday. His son, Hunter Biden, did not attend. Biden said the law would help.",
      "Joe Biden",
      "Hunter Biden",
    ],
    [
      "Actor Tom Reyes married in 2008. They have two daughters, Ana Reyes (born 2009) and Lucia Reyes. Reyes lives in London.",
      "Tom Reyes",
      "Lucia Reyes",
    ],
  ])(
    "%j: a bare surname goes to %s, not to a namesake named as a relative",
    (body, main, relative) => {
      const entities = entitiesOf(body);
      const surname = main.split(" ")[1] ?? "";
      expect(entityWith(entities, surname)?.name).toBe(main);
      expect(entities.find((e) => e.name === relative)?.mentionIds).toHaveLength(1);
    },
  );

  it.each<[string, string]>([
    [
      "Ana Cruz was born in Dayton, Ohio, to Luis and Maria Cruz. Cruz studied law in Chicago.",
      "Ana Cruz",
    ],
    [
      "Daniel Varga was a son of Peter Varga, a painter, and a nephew of Karl Varga. Varga studied medicine.",
      "Daniel Varga",
    ],
    [
      "Lena Brandt is the daughter of Ilse Brandt, a singer who worked in Hamburg (d. 1990), and Otto Brandt, a baker. Brandt left school at 16.",
      "Lena Brandt",
    ],
  ])(
    "%j: a bare surname goes to %s, not to a parent named after 'son of' or 'born to'",
    (body, main) => {
      const entities = entitiesOf(body);
      const surname = main.split(" ")[1] ?? "";
      expect(entityWith(entities, surname)?.name).toBe(main);
    },
  );

  it.each<[string, string]>([
    ["Mr", "Carlos Reyes"],
    ["Ms", "Maria Reyes"],
  ])("gives '%s Reyes' to the namesake of the honorific's gender (%s)", (honorific, expected) => {
    const entities = entitiesOf(
      `The mayor, Carlos Reyes, met council leader Maria Reyes on Monday. ${honorific} Reyes said the budget was agreed.`,
    );
    expect(entityWith(entities, `${honorific} Reyes`)?.name).toBe(expected);
  });

  it("gives a bare surname to a relative when no other namesake is named", () => {
    const entities = entitiesOf(
      "Her father, Omar Khalil, was a doctor in Cairo. Khalil said he was proud of her.",
    );
    expect(entityWith(entities, "Khalil")?.name).toBe("Omar Khalil");
  });

  it("uses the fullest title as the description and keeps title forms as aliases", () => {
    const entities = entitiesOf(
      "U.S. Secretary of State Rex Tillerson arrived. Secretary Tillerson said talks would go on. Tillerson left.",
    );
    const tillerson = entityWith(entities, "Tillerson");
    expect(tillerson?.name).toBe("Rex Tillerson");
    expect(tillerson?.description).toBe("U.S. Secretary of State");
    expect(tillerson?.aliases).toEqual(
      expect.arrayContaining([
        "U.S. Secretary of State Rex Tillerson",
        "Tillerson",
        "Secretary Tillerson",
      ]),
    );
    expect(tillerson?.aliases).not.toContain("Rex Tillerson");
    expect(new Set(tillerson?.aliases).size).toBe(tillerson?.aliases.length);
  });
});

describe("one person under several full names", () => {
  it.each<[string, string, boolean]>([
    ["karl brandt", "jens karl olaf brandt", true],
    ["tanabe yumiko", "yumiko tanabe", true],
    ["henri paul", "henri paul d'aubry", true],
    ["bill garner", "william garner", true],
    ["katrin holloway", "katrina holloway", true],
    ["donald trump", "ivanka trump", false],
    ["jan smith", "jon smith", false],
    ["anna berg", "anna lind", false],
    ["pierre marc dubois", "peter marc dubois", true],
    ["giovanni rossi", "john rossi", true],
    ["pierre marc dubois", "paul marc dubois", false],
    ["jacob hale", "james hale", false],
  ])("samePersonName(%j, %j) = %s", (a, b, expected) => {
    expect(samePersonName(a.split(" "), b.split(" "))).toBe(expected);
  });

  it("joins a given name written in another language, and its bare form", () => {
    const entities = entitiesOf(
      "Pierre Marc Dubois was born in Lyon. In Boston he called himself Peter Marc Dubois, and friends knew him as Peter.",
    );
    const people = entities.filter((e) => e.type === "PERSON");
    expect(people).toHaveLength(1);
    expect(people[0]?.aliases).toEqual(expect.arrayContaining(["Peter Marc Dubois", "Peter"]));
  });

  it("keeps a parent introduced by 'son of' apart from a son of the same names", () => {
    const entities = entitiesOf(
      "Pierre Marc Dubois was an engineer. Dubois was the second son of Pierre Dubois, a painter, and grew up in Lyon.",
    );
    expect(entityWith(entities, "Pierre Dubois")).toBeDefined();
    expect(entityWith(entities, "Pierre Dubois")).not.toBe(
      entityWith(entities, "Pierre Marc Dubois"),
    );
    expect(entityWith(entities, "Dubois")?.name).toBe("Pierre Marc Dubois");
  });

  it("joins Saint, St. and St forms of one saint's name", () => {
    const entities = entitiesOf(
      "Clement was a bishop, commonly known as Saint Clement. Later, St. Clement wrote letters. St Clement died in exile.",
    );
    const people = entities.filter((e) => e.type === "PERSON");
    expect(people).toHaveLength(1);
    expect(people[0]?.aliases).toEqual(expect.arrayContaining(["St. Clement", "St Clement"]));
  });

  it("joins a full name, its shorter form and its reordered form", () => {
    const entities = entitiesOf(
      "Ingrid Maja Solvang (born 1950) was a Norwegian chemist. Maja Solvang studied in Bergen. Tanaka Emiko later joined Emiko Tanaka's lab, where Solvang worked.",
    );
    expect(entityWith(entities, "Maja Solvang")?.name).toBe("Ingrid Maja Solvang");
    expect(entityWith(entities, "Solvang")?.name).toBe("Ingrid Maja Solvang");
    expect(entityWith(entities, "Tanaka Emiko")).toBe(entityWith(entities, "Emiko Tanaka"));
  });

  it("links a surname misspelt by one letter when only one person fits", () => {
    const entities = entitiesOf(
      "Treasurer H.L. Brandauer opened the show. Donors, said Brandaur, must lend the prints.",
    );
    expect(entityWith(entities, "Brandaur")?.name).toBe("H.L. Brandauer");
    expect(entities.filter((e) => e.type === "PERSON")).toHaveLength(1);
  });

  it("links a long surname misspelt by two letters when only one person fits", () => {
    const entities = entitiesOf(
      "Karolina Weissmann, a spokeswoman for the agency, said the rules would change. Ms Wiessmann said the review would take a year.",
    );
    expect(entityWith(entities, "Wiessmann")?.name).toBe("Karolina Weissmann");
    expect(entities.filter((e) => e.type === "PERSON")).toHaveLength(1);
  });

  it("keeps a surname apart from a longer surname that starts with it", () => {
    const entities = entitiesOf(
      "Officials said Martina Richardson would lead the inquiry. Mr Richards said he disagreed.",
    );
    expect(entityWith(entities, "Richards")?.name).not.toBe("Martina Richardson");
  });

  it.each<[string, string, boolean]>([
    ["buchtmann", "bauchtman", true],
    ["weissmann", "wiessmann", true],
    ["kowalski", "kowalsky", true],
    ["richardson", "richards", true],
    ["schneider", "schmidt", false],
    ["abcdefgh", "abcdxyzh", false],
  ])("withinTwoEdits(%j, %j) = %s", (a, b, expected) => {
    expect(withinTwoEdits(a, b)).toBe(expected);
  });

  it("keeps a family named in the plural apart from its member", () => {
    const entities = entitiesOf(
      "Jakob Vennström taught in Basel. The Vennströms were a family of mathematicians.",
    );
    expect(entityWith(entities, "Vennströms")?.name).not.toBe("Jakob Vennström");
  });
});

describe("an organization named by what it is of", () => {
  it("joins the complement to the organization's full name", () => {
    const entities = entitiesOf(
      "The Church of Scientology denied the claims. Critics of Scientology protested on Sunday.",
    );
    expect(entityWith(entities, "Scientology")?.name).toBe("Church of Scientology");
  });
});

describe("initials written with spaces", () => {
  it("reads a known abbreviation with spaces as its standard name and makes no person of others", () => {
    const entities = entitiesOf(
      "He moved from Ohio to S. F. in 1859 and later toured the U. S. widely.",
    );
    expect(entityWith(entities, "U. S.")?.name).toBe("United States");
    expect(entities.some((e) => e.type === "PERSON")).toBe(false);
  });
});

describe("a second name in brackets", () => {
  it("joins a place's other name given in brackets", () => {
    const entities = entitiesOf(
      "Pilgrims slept near the Masjid al-Noor (Great Mosque) overnight. The Great Mosque was full by dawn.",
    );
    expect(entityWith(entities, "Great Mosque")).toBe(entityWith(entities, "Masjid al-Noor"));
  });

  it("joins a bracketed name that opens with 'The'", () => {
    const entities = entitiesOf(
      "Tourists queue at Qasr Nur (The Palace of Lamps) each morning. Inside the Palace of Lamps it is cool.",
    );
    expect(entityWith(entities, "Palace of Lamps")).toBe(entityWith(entities, "Qasr Nur"));
  });

  it("keeps a country or region in brackets apart", () => {
    const entities = entitiesOf("Flights to Lyon (France) resumed on Monday.");
    expect(entityWith(entities, "France")).not.toBe(entityWith(entities, "Lyon"));
  });
});

describe("names written in capitals", () => {
  it("names a dateline place as the body writes it", () => {
    const entities = runStages(
      "Storm spares the coast\n\nPORT ELLERBY, Fla. (AP) - Rain fell on Port Ellerby all day.",
      {},
      "coreference",
    ).entities;
    expect(entityWith(entities, "PORT ELLERBY")?.name).toBe("Port Ellerby");
  });

  it("title-cases a dateline place the body never names, and keeps acronyms", () => {
    const entities = runStages(
      "Storm spares the coast\n\nSOUTH HARLOW, Ore. (AP) - Rain fell all day, NATO said.",
      {},
      "coreference",
    ).entities;
    expect(entityWith(entities, "SOUTH HARLOW")?.name).toBe("South Harlow");
    expect(entityWith(entities, "NATO")?.aliases).toContain("NATO");
  });

  it("keeps a town and a company that starts with its name apart", () => {
    const entities = entitiesOf(
      "The town of West was spared, and West Fertilizer Co. said its plant was safe.",
    );
    expect(entityWith(entities, "West")?.type).toBe("LOCATION");
    expect(entityWith(entities, "West Fertilizer Co.")?.type).toBe("ORGANIZATION");
  });
});

describe("organizations and places", () => {
  it.each<[string, string, string]>([
    ["The U.S. said it would act.", "U.S.", "United States"],
    ["Officials in the US denied it.", "US", "United States"],
    ["Delegates at the U.N. voted.", "U.N.", "United Nations"],
    ["The FBI opened an inquiry.", "FBI", "Federal Bureau of Investigation"],
    [
      "Two banks were cut off from SWIFT.",
      "SWIFT",
      "Society for Worldwide Interbank Financial Telecommunication",
    ],
    ["Leaders met at the G7 summit in Italy.", "G7", "Group of Seven"],
    [
      "The U.N. Security Council met on Friday.",
      "U.N. Security Council",
      "United Nations Security Council",
    ],
    ["Britain's economy shrank.", "Britain", "United Kingdom"],
    ["Officials met at the State of Texas capitol.", "State of Texas", "Texas"],
    ["The firm is based in Cupertino, Calif., near the bay.", "Calif.", "California"],
  ])("%j: %s → %s", (body, form, name) => {
    expect(entityWith(entitiesOf(body), form)?.name).toBe(name);
  });

  it("links an acronym the article defines to its full name", () => {
    const entities = entitiesOf(
      "Crews at the Kennedy Space Center (KSC) prepared the launch. Engineers at KSC checked the pad.",
    );
    const center = entityWith(entities, "KSC");
    expect(center?.name).toBe("Kennedy Space Center");
    expect(center?.type).toBe("LOCATION");
    expect(entities.filter((e) => e.name.includes("Kennedy"))).toHaveLength(1);
  });

  it("links an acronym to a full name with matching initials", () => {
    const entities = entitiesOf(
      "The European Handball Federation fined the club. An EHF official said the ruling was final.",
    );
    expect(entityWith(entities, "EHF")?.name).toBe("European Handball Federation");
  });

  it("does not take a dateline agency as an acronym of the place before it", () => {
    const entities = runStages(
      "Police ambush kills officers\n\nCULIACAN, Mexico (AP) -- Gunmen attacked a convoy.",
      {},
      "coreference",
    ).entities;
    expect(entityWith(entities, "AP")?.name).toBe("Associated Press");
    expect(entityWith(entities, "Mexico")?.name).toBe("Mexico");
  });

  it("links an acronym given after a comma and or", () => {
    const entities = entitiesOf(
      "The United Nations Office for the Coordination of Humanitarian Affairs, or OCHA, said aid was short. OCHA asked for funds.",
    );
    expect(entityWith(entities, "OCHA")?.name).toBe(
      "United Nations Office for the Coordination of Humanitarian Affairs",
    );
  });

  it("merges a company's short name into its full name", () => {
    const entities = entitiesOf(
      "Bills from Severn Vale Water rose. Severn Vale defended the rise.",
    );
    expect(entityWith(entities, "Severn Vale")?.name).toBe("Severn Vale Water");
  });

  it("merges a short form into the longer name it shortens", () => {
    const entities = entitiesOf(
      "The Investigative Committee of Russia opened a case. The Investigative Committee said more arrests would follow.",
    );
    expect(entityWith(entities, "Investigative Committee")?.name).toBe(
      "Investigative Committee of Russia",
    );
  });

  it("keeps a facility apart from a longer facility that starts with its name", () => {
    const entities = entitiesOf(
      "Crowds gathered at Kennedy Space Center on Monday. The Kennedy Space Center Visitor Complex stayed open.",
    );
    expect(entityWith(entities, "Kennedy Space Center")).not.toBe(
      entityWith(entities, "Kennedy Space Center Visitor Complex"),
    );
  });

  it("does not merge entities of different types", () => {
    const entities = entitiesOf(
      "Students at Texas A&M University marched. Texas officials were unmoved.",
    );
    expect(entityWith(entities, "Texas")?.type).toBe("LOCATION");
    expect(entityWith(entities, "Texas A&M University")?.type).toBe("ORGANIZATION");
  });

  it("treats British and American spellings as one name", () => {
    const entities = entitiesOf(
      "The World Health Organization issued advice. The World Health Organisation later updated it.",
    );
    expect(entities.filter((e) => e.name.startsWith("World Health"))).toHaveLength(1);
  });

  it("merges a one-letter typo in one word of a longer place name", () => {
    const entities = entitiesOf(
      "Fishing boats left the Kerrigan Islands on Monday. Residents of the Kerrigan Islands waited. Supplies reached the Kerrigen Islands by air.",
    );
    expect(entityWith(entities, "Kerrigen Islands")?.name).toBe("Kerrigan Islands");
  });

  it("keeps one island apart from the islands named after it", () => {
    const entities = entitiesOf(
      "Ferries serve the Kerrigan Islands twice a week. Most people live on Kerrigan Island, the largest.",
    );
    expect(entityWith(entities, "Kerrigan Island")).not.toBe(
      entityWith(entities, "Kerrigan Islands"),
    );
  });

  it("merges a one-letter typo of a place name", () => {
    const entities = entitiesOf(
      "A building collapsed in Magnitogorsk on Monday. Rescuers in Magnitogorsk worked all night. Mourners in Magnitigorsk gathered.",
    );
    expect(entityWith(entities, "Magnitigorsk")?.name).toBe("Magnitogorsk");
  });

  it("adds the lower-case place word as an alias", () => {
    const entities = entitiesOf("The blast hit a market in the Baghlan province on Monday.");
    expect(entityWith(entities, "Baghlan")?.aliases).toContain("Baghlan province");
  });
});

describe("numbers, epithets and places after a ruler's or saint's name", () => {
  it.each<[string, string, string]>([
    ["The letter reached Pope Lucius I, who replied in May.", "Lucius I", "Pope Lucius I"],
    [
      "Envoys came to Tsar Ivan the Terrible in winter.",
      "Ivan the Terrible",
      "Tsar Ivan the Terrible",
    ],
    ["The court read the letters of Anne of Denmark aloud.", "Anne", "Anne of Denmark"],
    ["He painted King Henry VIII of England twice.", "Henry VIII", "King Henry VIII of England"],
  ])("%s", (body, name, alias) => {
    const entities = entitiesOf(body);
    expect(entities.find((e) => e.name === name)?.aliases).toContain(alias);
  });

  it("makes a one-word name with an epithet a person", () => {
    const entities = entitiesOf("The walls were built by Constantine the Great long ago.");
    expect(entityWith(entities, "Constantine the Great")?.type).toBe("PERSON");
  });

  it("keeps the place of a one-word name as a place of its own", () => {
    const entities = entitiesOf("The court read the letters of Anne of Denmark aloud.");
    expect(entityWith(entities, "Denmark")?.type).toBe("LOCATION");
  });

  it("adds no place to a full name or a lone pronoun I", () => {
    const entities = entitiesOf("Senator Ana Ruiz of Texas spoke, and then I left.");
    expect(entityWith(entities, "Ana Ruiz")?.aliases.some((a) => a.includes("Texas"))).toBe(false);
    expect(entities.some((e) => e.name.endsWith(" I"))).toBe(false);
  });
});

describe("an organization or facility named with its owner's possessive", () => {
  it.each<[string, string, string | null]>([
    [
      "Rescuers searched Istanbul's Grand Bazaar after the quake on Monday.",
      "Grand Bazaar",
      "Istanbul's Grand Bazaar",
    ],
    [
      "She later joined Oxford University's Bodleian Library as a curator.",
      "Bodleian Library",
      "Oxford University's Bodleian Library",
    ],
    // A person's possessive is not part of a name.
    ["Reporters waited outside Pedro Sanchez's Moncloa Palace on Friday.", "Moncloa Palace", null],
  ])("%s", (body, name, alias) => {
    const entity = entityWith(entitiesOf(body), name);
    expect(entity).toBeDefined();
    if (alias) expect(entity?.aliases).toContain(alias);
    else expect(entity?.aliases.some((a) => a.includes("'s"))).toBe(false);
  });
});

describe("metonymy: a capital or seat of government for its government", () => {
  it.each<[string, string]>([
    ["Moscow vetoed the resolution on Wednesday.", "Moscow"],
    ["Moscow, however, on Friday vetoed the draft.", "Moscow"],
    ["The Kremlin said the strike was illegal.", "Kremlin"],
    ["The Kremlin, Assad's chief ally, said the claims were false.", "Kremlin"],
    ["Relations between Washington and Moscow are poor.", "Washington"],
    ["He tried to persuade Moscow to drop its support.", "Moscow"],
    ["Kremlin spokesman Dmitry Peskov declined to comment.", "Kremlin"],
    ["The sanctions make it costlier for the Kremlin to wage war.", "Kremlin"],
    ['A spokeswoman said Washington "strongly supports" the talks.', "Washington"],
  ])("%j: %s stands for the country", (body, form) => {
    const entity = entityWith(entitiesOf(body), form);
    expect(entity?.name).not.toBe(form);
    expect(entity?.type).toBe("LOCATION");
  });

  it.each<[string, string]>([
    ["Talks were held in Moscow on Monday.", "Moscow"],
    ["Tillerson met Putin in the Kremlin.", "Kremlin"],
    ["Snow fell on Moscow overnight.", "Moscow"],
    ["The airline will fly between Oslo and New York in June.", "Oslo"],
    ["She has homes in Lisbon, Portugal and Vienna, Austria.", "Vienna"],
    ["The summit moves to Nairobi, Kenya, next year.", "Nairobi"],
  ])("%j: %s stays the place", (body, form) => {
    expect(entityWith(entitiesOf(body), form)?.name).toBe(form);
  });

  it("keeps the city and the country apart when the article uses both senses", () => {
    const entities = entitiesOf(
      "Talks were held in Moscow on Monday. Moscow insists it did nothing wrong.",
    );
    const city = entities.find((e) => e.name === "Moscow");
    const country = entities.find((e) => e.name === "Russia");
    expect(city?.mentionIds).toHaveLength(1);
    expect(country?.aliases).toContain("Moscow");
  });

  it("reads the context of one mention", () => {
    const text = "Moscow vetoed it.";
    const mention = {
      id: 0,
      start: 0,
      end: 6,
      text: "Moscow",
      type: "LOCATION" as const,
      sentenceIndex: 0,
      zone: "body" as const,
      title: null,
      fullSpan: null,
      entityId: null,
    };
    expect(isGovernmentUse(text, mention)).toBe(true);
    expect(isGovernmentUse("Flights to Moscow resumed.", { ...mention, start: 11, end: 17 })).toBe(
      false,
    );
  });
});

describe("entity records", () => {
  it("numbers entities by first mention, links every mention and fills the key", () => {
    const doc = runStages(
      "Officials comment on the news\n\nThe U.S. Department of Justice charged Anna Berg. Berg denied it. The U.S. appealed.",
      {},
      "coreference",
    );
    expect(doc.entities.map((e) => e.id)).toEqual(doc.entities.map((_, i) => i));
    expect(doc.mentions.every((m) => m.entityId !== null)).toBe(true);
    for (const entity of doc.entities) {
      for (const id of entity.mentionIds) expect(doc.mentions[id]?.entityId).toBe(entity.id);
    }
    const firstMentions = doc.entities.map((e) => e.mentionIds[0] ?? -1);
    expect([...firstMentions].sort((a, b) => a - b)).toEqual(firstMentions);
    expect(entityWith(doc.entities, "U.S. Department of Justice")?.key).toBe(
      "united states department of justice",
    );
    expect(entityWith(doc.entities, "Berg")?.mentionIds).toHaveLength(2);
  });

  it("returns no entities for an empty document", () => {
    expect(runStages("", {}, "coreference").entities).toEqual([]);
  });
});

describe("helpers", () => {
  it.each([
    ["Federal Bureau of Investigation", "FBI"],
    ["Group of Seven", "GS"],
    ["Kennedy Space Center", "KSC"],
  ])("initials(%j) = %j", (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it.each<[string, string[], boolean]>([
    ["afcfta", ["african", "continental", "free", "trade", "area"], true],
    ["ksc", ["kennedy", "space", "center"], true],
    ["ap", ["mexico"], false],
    ["crea", ["centre", "for", "research", "on", "energy", "and", "clean", "air"], true],
  ])("acronymFitsWords(%j, %j) = %s", (acronym, words, expected) => {
    expect(acronymFitsWords(acronym, words)).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ["magnitogorsk", "magnitigorsk", true],
    ["moscow", "moscows", true],
    ["moscow", "muscat", false],
  ])("withinOneEdit(%j, %j) = %s", (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});

describe("roads", () => {
  it("makes one road of a numbered road written with either direction of travel", () => {
    const entities = entitiesOf(
      "Take US-61 South from the bridge; coming back, follow US-61 North past the mill.",
    );
    const roads = entities.filter((e) => e.name.startsWith("US-61"));
    expect(roads).toHaveLength(1);
    const forms = [roads[0]?.name, ...(roads[0]?.aliases ?? [])];
    expect(forms).toEqual(expect.arrayContaining(["US-61 South", "US-61 North"]));
  });

  it("does not read the US in a road's number as the United States", () => {
    const entities = entitiesOf("Drivers take US 169 to the expressway every morning.");
    expect(entityWith(entities, "US 169")?.name).toBe("US 169");
  });
});

describe("campus acronyms", () => {
  it("joins 'UNC Greensboro' to the University of North Carolina at Greensboro", () => {
    const entities = entitiesOf(
      "The prints went to the University of North Carolina at Greensboro. UNC Greensboro will show them.",
    );
    const university = entityWith(entities, "UNC Greensboro");
    expect(university?.name).toBe("University of North Carolina at Greensboro");
    expect(entities.filter((e) => e.type === "ORGANIZATION")).toHaveLength(1);
  });
});

describe("places named with and without their landform", () => {
  it.each([
    [
      "Ferries reach Orlanda Island twice a week. Most visitors stay in Orlanda for a day.",
      "Orlanda",
      "Orlanda Island",
    ],
    [
      "Hikers cross the Vessan Mountains in June. Snow falls in Vessan early.",
      "Vessan",
      "Vessan Mountains",
    ],
    ["Boats moor in Neiby Harbour at dusk. Neiby Harbor is busy.", "Neiby Harbor", "Neiby Harbour"],
    [
      "Aid trucks entered the Gaza Strip on Monday. Hospitals in Gaza were short of fuel.",
      "Gaza",
      "Gaza Strip",
    ],
  ])("%j: %s joins %s", (body, short, full) => {
    const entity = entityWith(entitiesOf(body), short);
    expect(entity?.type).toBe("LOCATION");
    expect([entity?.name, ...(entity?.aliases ?? [])]).toContain(full);
  });
});

describe("acronyms with one letter from inside a word", () => {
  it.each<[string, string, boolean]>([
    ["JAXA", "Japan Aerospace Exploration Agency", true],
    ["KOSA", "Korea Space Agency", false],
    ["NXA", "National Aviation Agency", false],
    ["BXC", "Bank of Exeter Council", true],
    ["XBC", "Bank of Exeter Council", false],
  ])("spellsLoosely(%j, %j) = %s", (letters, name, expected) => {
    expect(spellsLoosely(letters, name)).toBe(expected);
  });

  it("joins an undefined acronym to the one organization it spells loosely", () => {
    const entities = entitiesOf(
      "The Japan Aerospace Exploration Agency launched the probe on Monday. JAXA said the craft was healthy.",
    );
    expect(entityWith(entities, "JAXA")?.name).toBe("Japan Aerospace Exploration Agency");
  });

  it("leaves an acronym alone when two organizations fit it", () => {
    const entities = entitiesOf(
      "The Lakeland Aerospace Exploration Agency and the Lunar Aerospace Examination Academy met. LAXA said little.",
    );
    expect(entityWith(entities, "LAXA")?.aliases ?? []).toHaveLength(0);
  });
});

describe("a capital that hosts an international body", () => {
  it("stands for the body the article names", () => {
    const entities = entitiesOf(
      "European Union ministers met on Monday. Hungary said Brussels wanted to punish it.",
    );
    expect(entityWith(entities, "Brussels")?.name).toBe("European Union");
  });

  it("stands for its country when the article names no such body", () => {
    const entities = entitiesOf("France said Brussels wanted to punish it for the strike.");
    expect(entityWith(entities, "Brussels")?.name).toBe("Belgium");
  });

  it("stays a place after a locative preposition", () => {
    const entities = entitiesOf("EU ministers met in Brussels on Monday.");
    expect(entityWith(entities, "Brussels")?.type).toBe("LOCATION");
  });
});

describe("an acronym in another language, defined in brackets", () => {
  it("joins a body's bracketed acronym whose letters spell another language's name", () => {
    const entities = entitiesOf(
      "The Water and Sewerage Authority (SADAP) cut supplies on Monday. SADAP said repairs would take a week.",
    );
    expect(entityWith(entities, "SADAP")?.name).toBe("Water and Sewerage Authority");
  });

  it("leaves a news agency in brackets apart", () => {
    const entities = entitiesOf("The Harbour Board (AP) said the port was closed.");
    expect(entityWith(entities, "AP")?.name).not.toBe("Harbour Board");
  });
});

describe("a national branch of a known body", () => {
  it("keeps the demonym in the name", () => {
    const entities = entitiesOf("The Turkish Red Crescent sent tents to the region.");
    expect(entityWith(entities, "Turkish Red Crescent")?.type).toBe("ORGANIZATION");
  });
});

describe("a place written in full and short", () => {
  it.each([
    [
      "The bakery is on Harlow Street near the station. Parking on Harlow St. is free.",
      "Harlow St.",
      "Harlow Street",
    ],
    [
      "The mayor of New York City spoke on Monday. New York will host the summit.",
      "New York",
      "New York City",
    ],
  ])("%j: %s joins %s", (body, short, full) => {
    const entity = entityWith(entitiesOf(body), short);
    expect(entity?.type).toBe("LOCATION");
    expect([entity?.name, ...(entity?.aliases ?? [])]).toContain(full);
  });

  it.each([
    "The mayor of New York City spoke on Monday. Farmers in upstate New York disagreed.",
    "The mayor of New York City spoke on Monday. New York state will pay for it.",
  ])("%j keeps the state apart from the city", (body) => {
    const entities = entitiesOf(body);
    expect(entityWith(entities, "New York")).not.toBe(entityWith(entities, "New York City"));
  });

  it("keeps a state apart from a city named after it", () => {
    const entities = entitiesOf("Oklahoma City flooded on Monday. Oklahoma sent help.");
    expect(entityWith(entities, "Oklahoma")).not.toBe(entityWith(entities, "Oklahoma City"));
  });
});

describe("a name opened by the initials of a longer one", () => {
  it.each([
    [
      "Traffic crossed the Marcus Hale Bridge on Monday. The MH Bridge closed at noon.",
      "MH Bridge",
      "Marcus Hale Bridge",
    ],
    [
      "Flights left John F. Kennedy International Airport late. JFK International Airport reopened.",
      "JFK International Airport",
      "John F. Kennedy International Airport",
    ],
  ])("%j: %s joins %s", (body, short, full) => {
    const entity = entityWith(entitiesOf(body), short);
    expect([entity?.name, ...(entity?.aliases ?? [])]).toContain(full);
  });

  it("keeps initials that spell no longer name apart", () => {
    const entities = entitiesOf(
      "Traffic crossed the Marcus Hale Bridge on Monday. The RT Bridge closed at noon.",
    );
    expect(entityWith(entities, "RT Bridge")).not.toBe(entityWith(entities, "Marcus Hale Bridge"));
  });
});

describe("a state's postal code after a town", () => {
  it("joins the state the article names", () => {
    const entities = entitiesOf(
      "Buses run from Coffeyville, KS, every day. Kansas has many farms.",
    );
    expect(entityWith(entities, "KS")).toBe(entityWith(entities, "Kansas"));
  });

  it("joins no other state", () => {
    const entities = entitiesOf("Buses run from Paramus, NJ, every day. Kansas has many farms.");
    expect(entityWith(entities, "NJ")).not.toBe(entityWith(entities, "Kansas"));
  });
});

describe("a short form of any of a body's names", () => {
  it("joins a party's adjective to the party named with and without its country", () => {
    const entities = entitiesOf(
      "He ran for the U.S. Republican Party in May. The Republican Party backed him. He hopes to lead the Republican party.",
    );
    expect(entityWith(entities, "Republican")).toBe(entityWith(entities, "Republican Party"));
  });
});

describe("a company named without its trade word", () => {
  it("joins 'Korvia' to 'Korvia Platforms'", () => {
    const entities = entitiesOf(
      "Korvia Platforms was fined on Tuesday. Korvia said it would appeal the decision.",
    );
    expect(entityWith(entities, "Korvia")?.name).toBe("Korvia Platforms");
  });
});

describe("a group's singular name beside its plural", () => {
  it("makes one organization of 'the Varani' rebels and 'the Varanis'", () => {
    const entities = entitiesOf(
      "The Varanis said on Friday they had seized the town. A Varani commander, speaking in the hills, said the Varani movement would hold it.",
    );
    const group = entityWith(entities, "Varanis");
    expect(group?.type).toBe("ORGANIZATION");
    const singular = entities.find(
      (e) => e !== group && (e.name === "Varani" || e.aliases.includes("Varani")),
    );
    expect(singular).toBeUndefined();
  });
});

describe("a town standing for its club", () => {
  it.each<[string, string, string]>([
    [
      "Borussia Dortmund beat their rivals on Saturday. Dortmund scored twice after the break.",
      "Dortmund",
      "Borussia Dortmund",
    ],
    ["Bayern Munich lost at home. Bayern had led until the hour.", "Bayern", "Bayern Munich"],
  ])("%j: %s → %s", (body, short, club) => {
    const entity = entityWith(entitiesOf(body), short);
    expect(entity?.name).toBe(club);
    expect(entity?.type).toBe("ORGANIZATION");
  });

  it.each<[string, string]>([
    [
      "Borussia Dortmund signed a striker. Supporters gathered in Dortmund to welcome him.",
      "Dortmund",
    ],
    ["Real Madrid beat Atletico Madrid on Sunday. Madrid was cold and wet.", "Madrid"],
  ])("%j keeps %s a place (used as one, or shared by two clubs)", (body, town) => {
    const entity = entityWith(entitiesOf(body), town);
    expect(entity?.name).toBe(town);
    expect(entity?.type).toBe("LOCATION");
  });
});

describe("a body's name cut short", () => {
  it.each<[string, string, string]>([
    [
      "The Federal Reserve held rates on Wednesday. The Fed said inflation was easing.",
      "Fed",
      "Federal Reserve",
    ],
    [
      "The Metropolitan Police said two men were held. The Met said more arrests were likely.",
      "Met",
      "Metropolitan Police",
    ],
  ])("%j: %s → %s", (body, short, full) => {
    const entity = entityWith(entitiesOf(body), short);
    expect(entity?.name).toBe(full);
    expect(entity?.type).toBe("ORGANIZATION");
  });

  it.each<[string, string]>([
    ["Farmers fed the cattle before the Federal Reserve met.", "fed"],
    ["The Federal Reserve held rates. Federation officials objected.", "Federation"],
  ])("%j: %s is no alias (lower case, or longer than the word it would clip)", (body, word) => {
    expect(entityWith(entitiesOf(body), word)).toBeUndefined();
  });
});

describe("a body's head noun alone", () => {
  it.each<[string, string, string]>([
    [
      "The U.S. Congress passed the bill on Friday. Congress had until midnight to act.",
      "Congress",
      "United States Congress",
    ],
    [
      "The Kenyan Senate met on Tuesday. Lawmakers said the Senate rejected the tax plan.",
      "Senate",
      "Kenyan Senate",
    ],
  ])("%j: %s → %s", (body, short, full) => {
    const entity = entityWith(entitiesOf(body), short);
    expect(entity?.name).toBe(full);
  });

  it("stays apart when two bodies end with it", () => {
    const entities = entitiesOf(
      "The Texas Senate and the Ohio Senate both voted. The Senate in Austin acted first.",
    );
    expect(entityWith(entities, "Senate")?.name).toBe("Senate");
  });
});

describe("a body named head first and head last", () => {
  it.each<[string, string, string]>([
    [
      "The Department of Defense warned of delays. The Defense Department said training would resume.",
      "Defense Department",
      "Department of Defense",
    ],
    [
      "The Ministry of Defence in Moscow said the drones were downed. The Russian Defence Ministry gave no details.",
      "Russian Defence Ministry",
      "Ministry of Defence",
    ],
  ])("%j: %s and %s are one body", (body, one, other) => {
    const entities = entitiesOf(body);
    const entity = entityWith(entities, one);
    expect(entity?.type).toBe("ORGANIZATION");
    expect(entityWith(entities, other)).toBe(entity);
  });

  it("keeps two ministries apart", () => {
    const entities = entitiesOf(
      "The Ministry of Defence and the Interior Ministry issued statements.",
    );
    expect(entityWith(entities, "Interior Ministry")?.name).toBe("Interior Ministry");
  });
});

describe("a body named for its place, written without it", () => {
  it.each<[string, string, string]>([
    [
      "The Los Angeles Lakers beat Denver on Sunday. The Lakers have won four straight.",
      "Lakers",
      "Los Angeles Lakers",
    ],
    [
      "A report in the Los Angeles Times said so. The Times did not name its source.",
      "Times",
      "Los Angeles Times",
    ],
  ])("%j: %s → %s", (body, short, full) => {
    expect(entityWith(entitiesOf(body), short)?.name).toBe(full);
  });
});

describe("a town beside a body named for it", () => {
  it("stays a place after 'near' or 'in'", () => {
    const entities = entitiesOf(
      "She grew up in a village near Whitby. She was educated at Whitby School.",
    );
    expect(entityWith(entities, "Whitby")?.type).toBe("LOCATION");
    expect(entityWith(entities, "Whitby School")?.name).toBe("Whitby School");
  });
});

describe("an acronym of a body's name before its complement", () => {
  it("joins the body even when the complement runs on before the brackets", () => {
    const entities = entitiesOf(
      "The United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA) closed its schools. UNRWA said aid was blocked.",
    );
    expect(entityWith(entities, "UNRWA")?.name).toBe(
      "United Nations Relief and Works Agency for Palestine Refugees",
    );
    expect(entityWith(entities, "Near East")?.type).toBe("LOCATION");
  });
});

describe("a party named by its members", () => {
  it("joins 'the Democrats' to the Democratic Party", () => {
    const entities = entitiesOf(
      "The Democratic Party held a rally in Ohio. The Democrats said turnout would be high.",
    );
    expect(entityWith(entities, "Democrats")?.name).toBe("Democratic Party");
  });
});

describe("'state' that modifies the noun after it", () => {
  it("adds no 'China state' alias for 'China state media'", () => {
    const entities = entitiesOf("China state media reported the launch on Monday.");
    expect(entityWith(entities, "China")?.aliases).not.toContain("China state");
  });
});

describe("second names given by a known-as phrase", () => {
  it.each<[string, string, string]>([
    [
      "Marta Ilona Kowal (born May 3, 1961), better known by her stage name Marta Lark, is a Polish singer. Lark toured Europe in 1990.",
      "Lark",
      "Marta Ilona Kowal",
    ],
    [
      "Tomas Vrana, also known as Tom Vale, wrote ten novels. Vale died in Prague.",
      "Tom Vale",
      "Tomas Vrana",
    ],
    [
      "Hana Mori (1880 – 1921) was the pen name of Japanese poet Sumi Mori (Mori Sumi), also known as Sumiko Mori. Mori wrote in Tokyo.",
      "Sumiko Mori",
      "Hana Mori",
    ],
  ])("%j: %s is one person with %s", (body, alias, named) => {
    const entities = entitiesOf(body);
    expect(entityWith(entities, alias)).toBe(entityWith(entities, named));
    expect(entities.filter((e) => e.type === "PERSON")).toHaveLength(1);
  });

  it("joins a second name listed after another with 'and', not a name after a comma", () => {
    const entities = entitiesOf(
      "Tomas Vrana, also known as Tom Vale and Tommy Vrana, wrote ten novels. Vrana, also known as Tom Vale, Ana Cruz said, was shy.",
    );
    expect(entityWith(entities, "Tommy Vrana")).toBe(entityWith(entities, "Tomas Vrana"));
    expect(entityWith(entities, "Ana Cruz")).not.toBe(entityWith(entities, "Tomas Vrana"));
  });

  it("keeps a place compared with another by 'is known as' apart", () => {
    const entities = entitiesOf(
      "Lyon is known as France's capital of food. Lyon hosted the fair in Paris, known as the City of Light.",
    );
    expect(entityWith(entities, "Lyon")).not.toBe(entityWith(entities, "France"));
  });
});
