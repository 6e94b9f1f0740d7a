import { extract } from "../../src/extract/pipeline.js";
import { describe, expect, it } from "vitest";
import { emptyDoc } from "../../src/extract/pipeline.js";
import { quotesStage } from "../../src/extract/stages/06-quotes.js";
import type { Block, Doc, Entity, EntityType, Mention, Zone } from "../../src/extract/types.js";

interface EntitySpec {
  name: string;
  type?: EntityType;
  aliases?: string[];
  description?: string;
}

interface Page {
  headline?: string;
  caption?: string;
  paragraphs: string[];
}

/** A document as the earlier stages would leave it: blocks, mentions and entities, no sentences. */
function buildDoc(page: Page, specs: EntitySpec[]): Doc {
  const pieces: { zone: Zone; text: string }[] = [];
  if (page.headline !== undefined) pieces.push({ zone: "headline", text: page.headline });
  if (page.caption !== undefined) pieces.push({ zone: "caption", text: page.caption });
  for (const paragraph of page.paragraphs) pieces.push({ zone: "body", text: paragraph });
  const blocks: Block[] = [];
  let text = "";
  for (const piece of pieces) {
    if (text) text += "\n\n";
    blocks.push({
      zone: piece.zone,
      start: text.length,
      end: text.length + piece.text.length,
      text: piece.text,
    });
    text += piece.text;
  }
  const doc = emptyDoc(text);
  doc.layout.headline = blocks.find((b) => b.zone === "headline") ?? null;
  doc.layout.captions = blocks.filter((b) => b.zone === "caption");
  doc.layout.paragraphs = blocks.filter((b) => b.zone === "body");
  const entities: Entity[] = specs.map((spec, id) => ({
    id,
    name: spec.name,
    type: spec.type ?? "PERSON",
    key: spec.name.toLowerCase(),
    description: spec.description ?? null,
    aliases: spec.aliases ?? [],
    mentionIds: [],
  }));
  const forms = entities
    .flatMap((entity) => [entity.name, ...entity.aliases].map((form) => ({ form, entity })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken = new Uint8Array(text.length);
  const mentions: Mention[] = [];
  for (const { form, entity } of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      const bounded = !/\w/.test(text[at - 1] ?? "") && !/\w/.test(text[end] ?? "");
      if (!bounded || taken.subarray(at, end).some((x) => x === 1)) continue;
      taken.fill(1, at, end);
      const zone = blocks.find((b) => b.start <= at && at < b.end)?.zone ?? "body";
      mentions.push({
        id: 0,
        start: at,
        end,
        text: form,
        type: entity.type,
        sentenceIndex: -1,
        zone,
        title: null,
        fullSpan: null,
        entityId: entity.id,
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  mentions.forEach((mention, id) => {
    mention.id = id;
    entities[mention.entityId as number]?.mentionIds.push(id);
  });
  return { ...doc, mentions, entities };
}

/** Quote texts with the canonical name of their speaker. */
function quotesOf(page: Page, specs: EntitySpec[]): [string, string | null][] {
  const doc = quotesStage.run(buildDoc(page, specs));
  return doc.quotes.map((q) => [
    q.text,
    q.speakerId === null ? null : (doc.entities[q.speakerId]?.name ?? "?"),
  ]);
}

const GARCIA: EntitySpec = {
  name: "Maria Garcia",
  aliases: ["Garcia"],
  description: "Spanish Prime Minister",
};
const NOVAK: EntitySpec = {
  name: "Peter Novak",
  aliases: ["Novak"],
  description: "Czech Prime Minister",
};
const LINDQVIST: EntitySpec = {
  name: "Erik Lindqvist",
  aliases: ["Lindqvist"],
  description: "Swedish Foreign Minister",
};
const OKAFOR: EntitySpec = { name: "Chidi Okafor", aliases: ["Okafor"] };
const PETROV: EntitySpec = { name: "Ivan Petrov", aliases: ["Petrov"] };
const HEALTH_MINISTRY: EntitySpec = { name: "Ministry of Health", type: "ORGANIZATION" };
const LEDGER: EntitySpec = { name: "The Daily Ledger", type: "ORGANIZATION" };
const NORTHWIND: EntitySpec = { name: "Northwind Airways", type: "ORGANIZATION" };
const VIENNA: EntitySpec = { name: "Vienna", type: "LOCATION" };

const cases: [string, Page, EntitySpec[], [string, string | null][]][] = [
  [
    "quote, then name and verb",
    {
      paragraphs: [
        '"We will not accept any deal that weakens our borders," Garcia said on Monday.',
      ],
    },
    [GARCIA],
    [["We will not accept any deal that weakens our borders,", "Maria Garcia"]],
  ],
  [
    "quote, then verb and name",
    { paragraphs: ['"The ceasefire must hold for everyone\'s sake," said Okafor.'] },
    [OKAFOR],
    [["The ceasefire must hold for everyone's sake,", "Chidi Okafor"]],
  ],
  [
    "quote, then name with an appositive before the verb",
    {
      paragraphs: [
        '"Talks will resume next week in Geneva," Lindqvist, the foreign minister, said.',
      ],
    },
    [LINDQVIST],
    [["Talks will resume next week in Geneva,", "Erik Lindqvist"]],
  ],
  [
    "name, verb, object and colon before the quote",
    { paragraphs: ['Okafor told reporters: "We have no plans to withdraw our troops."'] },
    [OKAFOR],
    [["We have no plans to withdraw our troops.", "Chidi Okafor"]],
  ],
  [
    "name and verb right before the quote, no punctuation",
    { paragraphs: ['Okafor said "the budget will be balanced by next spring."'] },
    [OKAFOR],
    [["the budget will be balanced by next spring.", "Chidi Okafor"]],
  ],
  [
    "organization writing in a statement",
    {
      paragraphs: [
        'The Ministry of Health wrote in a statement: "Hospitals remain open to all patients."',
      ],
    },
    [HEALTH_MINISTRY],
    [["Hospitals remain open to all patients.", "Ministry of Health"]],
  ],
  [
    "according to a person",
    { paragraphs: ['"Prices will keep rising through the winter," according to Okafor.'] },
    [OKAFOR],
    [["Prices will keep rising through the winter,", "Chidi Okafor"]],
  ],
  [
    "according to a newspaper",
    {
      paragraphs: [
        'The plan would cost "at least four billion dollars over a decade," according to The Daily Ledger.',
      ],
    },
    [LEDGER],
    [["at least four billion dollars over a decade,", "The Daily Ledger"]],
  ],
  [
    "pronouns pick the person of the right gender",
    {
      paragraphs: [
        "Maria Garcia met Peter Novak in Vienna on Tuesday.",
        '"We agreed on a timetable for the next round," she said.',
        '"Nothing has been signed yet, and nothing will be," he added.',
      ],
    },
    [GARCIA, NOVAK, VIENNA],
    [
      ["We agreed on a timetable for the next round,", "Maria Garcia"],
      ["Nothing has been signed yet, and nothing will be,", "Peter Novak"],
    ],
  ],
  [
    "role noun matched against the entity description",
    {
      paragraphs: [
        "Lindqvist and Garcia spoke after the summit.",
        '"Our position has not changed at all," the foreign minister said.',
      ],
    },
    [LINDQVIST, GARCIA],
    [["Our position has not changed at all,", "Erik Lindqvist"]],
  ],
  [
    "role noun matched against the title written before the name",
    {
      paragraphs: [
        "Health commissioner Amara Diallo opened the meeting with Ivan Petrov.",
        '"The vaccine supply is secure for this year," the commissioner said.',
      ],
    },
    [{ name: "Amara Diallo" }, PETROV],
    [["The vaccine supply is secure for this year,", "Amara Diallo"]],
  ],
  [
    "gendered role noun without a title falls back to a person of that gender",
    {
      paragraphs: [
        "Maria Garcia and Peter Novak were sentenced on Friday.",
        'The father said "I never meant to hurt anyone in my family."',
      ],
    },
    [GARCIA, NOVAK],
    [["I never meant to hurt anyone in my family.", "Peter Novak"]],
  ],
  [
    "partial quote belongs to the subject, not the nearest name",
    {
      paragraphs: [
        'Novak said the agreement was useful and noted that Garcia had "shown real courage in these talks."',
      ],
    },
    [NOVAK, GARCIA],
    [["shown real courage in these talks.", "Peter Novak"]],
  ],
  [
    "quote split by its attribution gives two records with one speaker",
    {
      paragraphs: ['"We are ready to talk," Novak said. "But we will not talk under any threat."'],
    },
    [NOVAK],
    [
      ["We are ready to talk,", "Peter Novak"],
      ["But we will not talk under any threat.", "Peter Novak"],
    ],
  ],
  [
    "quote-only paragraph continues the previous speaker",
    {
      paragraphs: [
        '"The harvest was the worst in twenty years," said farmer Ivan Petrov.',
        '"Many families here will need help before spring."',
      ],
    },
    [PETROV],
    [
      ["The harvest was the worst in twenty years,", "Ivan Petrov"],
      ["Many families here will need help before spring.", "Ivan Petrov"],
    ],
  ],
  [
    "multi-paragraph quote gives one record per paragraph",
    {
      paragraphs: [
        'Petrov described the flood: "The water came up to the roof in minutes. We lost everything we owned.',
        '"Now we are starting again from nothing at all."',
      ],
    },
    [PETROV],
    [
      ["The water came up to the roof in minutes. We lost everything we owned.", "Ivan Petrov"],
      ["Now we are starting again from nothing at all.", "Ivan Petrov"],
    ],
  ],
  [
    "multi-paragraph quote attributed only in its last paragraph",
    {
      paragraphs: [
        '"The water came up to the roof in minutes. We lost everything we owned.',
        '"Now we are starting again from nothing at all," Petrov said.',
      ],
    },
    [PETROV],
    [
      ["The water came up to the roof in minutes. We lost everything we owned.", "Ivan Petrov"],
      ["Now we are starting again from nothing at all,", "Ivan Petrov"],
    ],
  ],
  [
    "single quotes inside a quote do not end it",
    {
      paragraphs: [
        "\"They told us 'stay inside and wait' and then the power went out,\" Petrov said.",
      ],
    },
    [PETROV],
    [["They told us 'stay inside and wait' and then the power went out,", "Ivan Petrov"]],
  ],
  [
    "curly quotes and a role noun",
    {
      paragraphs: [
        "Lena Hoffmann visited the damaged bridge with Ivan Petrov on Friday.",
        "“The bridge will reopen before the end of May,” the mayor said.",
      ],
    },
    [{ name: "Lena Hoffmann", description: "Mayor of Bonn" }, PETROV],
    [["The bridge will reopen before the end of May,", "Lena Hoffmann"]],
  ],
  [
    "apostrophes are not quote marks",
    { paragraphs: ["\"The country's leaders can't ignore the farmers' anger,\" Garcia said."] },
    [GARCIA],
    [["The country's leaders can't ignore the farmers' anger,", "Maria Garcia"]],
  ],
  [
    "scare quotes under four words are skipped",
    { paragraphs: ['Garcia called the plan a "historic step" for the whole region.'] },
    [GARCIA],
    [],
  ],
  [
    "headline and caption quotes are not extracted",
    {
      headline: '"We will rebuild every single house," mayor vows',
      caption: '"This is our home and we stay here," a resident told us. Photo by Ivan Petrov',
      paragraphs: ["The mayor toured the flooded district on Sunday."],
    },
    [PETROV],
    [],
  ],
  [
    "an unbalanced quote closes at the paragraph end",
    {
      paragraphs: [
        'Garcia said "the vote will go ahead as planned in every region',
        "Novak met reporters later in the day.",
        '"Elections are the only way forward for this country," he said.',
      ],
    },
    [GARCIA, NOVAK],
    [
      ["the vote will go ahead as planned in every region", "Maria Garcia"],
      ["Elections are the only way forward for this country,", "Peter Novak"],
    ],
  ],
  [
    "an anonymous source gives no speaker",
    {
      paragraphs: [
        '"I have been told to say nothing about the numbers," a source within the Ministry of Health said.',
      ],
    },
    [HEALTH_MINISTRY],
    [["I have been told to say nothing about the numbers,", null]],
  ],
  [
    "a spokesman for an organization speaks for it",
    {
      paragraphs: [
        '"The airline regrets the inconvenience to its passengers," a spokesman for Northwind Airways said.',
      ],
    },
    [NORTHWIND],
    [["The airline regrets the inconvenience to its passengers,", "Northwind Airways"]],
  ],
  [
    "a bare attribution paragraph after a quote-only paragraph",
    {
      paragraphs: [
        '"We have done everything we could to save the factory and its jobs."',
        "Novak said.",
      ],
    },
    [NOVAK],
    [["We have done everything we could to save the factory and its jobs.", "Peter Novak"]],
  ],
  [
    "attribution in the previous sentence of the paragraph",
    {
      paragraphs: [
        'Garcia says the harvest will recover quickly. "We have planted twice as much as last year."',
      ],
    },
    [GARCIA],
    [["We have planted twice as much as last year.", "Maria Garcia"]],
  ],
  [
    "agent of a passive speech verb",
    { paragraphs: ['He was told by Garcia that "the factory will stay open for another year."'] },
    [GARCIA],
    [["the factory will stay open for another year.", "Maria Garcia"]],
  ],
  [
    "framing verb with a partial quote",
    { paragraphs: ['Novak condemned the decision as "a grave mistake for the whole region."'] },
    [NOVAK],
    [["a grave mistake for the whole region.", "Peter Novak"]],
  ],
  [
    "participle after a comma takes the main subject",
    {
      paragraphs: [
        'The Ministry of Health praised the nurses, calling their work "the backbone of the whole system."',
      ],
    },
    [HEALTH_MINISTRY],
    [["the backbone of the whole system.", "Ministry of Health"]],
  ],
  [
    "an organization's board speaks for the organization",
    {
      paragraphs: [
        'In a statement, Northwind\'s board said it regretted "the long delays suffered by our passengers."',
      ],
    },
    [{ ...NORTHWIND, aliases: ["Northwind"] }],
    [["the long delays suffered by our passengers.", "Northwind Airways"]],
  ],
  [
    "the statement said: its issuer, across a short quote",
    {
      paragraphs: [
        'Northwind Airways said in a statement it would refund "every passenger whose flight was cancelled."',
        '"We are sorry," the statement said. "We will do better for all of our customers."',
      ],
    },
    [NORTHWIND],
    [
      ["every passenger whose flight was cancelled.", "Northwind Airways"],
      ["We will do better for all of our customers.", "Northwind Airways"],
    ],
  ],
  [
    "role modifiers pick between two ministers, counterpart counts as the role",
    {
      paragraphs: [
        "Japanese Foreign Minister Kenji Sato and his Indian counterpart, Ravi Menon, met in Delhi.",
        '"Our two countries share the same goals," the Indian minister said.',
      ],
    },
    [
      { name: "Kenji Sato", aliases: ["Sato"], description: "Japanese Foreign Minister" },
      { name: "Ravi Menon", aliases: ["Menon"] },
    ],
    [["Our two countries share the same goals,", "Ravi Menon"]],
  ],
  [
    "an abbreviation in parentheses before the verb",
    {
      paragraphs: [
        'The Department of Energy (DOE) said it would "review every contract signed since last year."',
      ],
    },
    [{ name: "Department of Energy", type: "ORGANIZATION", aliases: ["DOE"] }],
    [["review every contract signed since last year.", "Department of Energy"]],
  ],
  [
    "an abbreviated title inside the attribution",
    {
      paragraphs: ['"The roads will be cleared by tonight," Sinaloa Gov. Ana Ruiz told reporters.'],
    },
    [{ name: "Ana Ruiz" }, { name: "Sinaloa", type: "LOCATION" }],
    [["The roads will be cleared by tonight,", "Ana Ruiz"]],
  ],
  [
    "a reported request inside a statement stays with the main speaker",
    {
      paragraphs: [
        'Garcia said on Sunday that the president had asked to be ready "to present every option to the cabinet."',
      ],
    },
    [GARCIA, { name: "Omar Haddad", description: "President" }],
    [["to present every option to the cabinet.", "Maria Garcia"]],
  ],
  [
    "the last independent clause names the speaker",
    {
      paragraphs: [
        'Novak said the talks would wait, but Garcia later insisted "the talks must start this very week."',
      ],
    },
    [NOVAK, GARCIA],
    [["the talks must start this very week.", "Maria Garcia"]],
  ],
  [
    "a role introduced without a name stays unnamed",
    {
      paragraphs: [
        "Northwind Airways spokesman Tom Reed announced the new routes on Monday.",
        'Later a union spokesman, speaking to local radio, called the plan "a threat to every pilot\'s job."',
        '"We will fight these changes with everything we have," the spokesman said.',
      ],
    },
    [NORTHWIND, { name: "Tom Reed", aliases: ["Reed"] }],
    [
      ["a threat to every pilot's job.", null],
      ["We will fight these changes with everything we have,", null],
    ],
  ],
  [
    "according to at the end of a long clause",
    {
      paragraphs: [
        'The leaders called for "a full and independent inquiry into the attack," which killed nine people, according to The Daily Ledger.',
      ],
    },
    [LEDGER],
    [["a full and independent inquiry into the attack,", "The Daily Ledger"]],
  ],
  [
    "a name in a subordinate clause is not the pronoun's antecedent",
    {
      paragraphs: [
        'Novak said prices had risen since Peter Lang took office. "Nobody in this town can afford a home now," he said.',
      ],
    },
    [NOVAK, { name: "Peter Lang", aliases: ["Lang"] }],
    [["Nobody in this town can afford a home now,", "Peter Novak"]],
  ],
  [
    "the name in an appositive after a role with a prepositional phrase",
    {
      paragraphs: [
        'Spain\'s ambassador to the United Nations, Ana Ruiz, told reporters that Madrid was "ready to vote for the resolution today."',
      ],
    },
    [
      { name: "Ana Ruiz" },
      { name: "United Nations", type: "ORGANIZATION" },
      { name: "Spain", type: "LOCATION" },
      { name: "Madrid", type: "LOCATION" },
    ],
    [["ready to vote for the resolution today.", "Ana Ruiz"]],
  ],
  [
    "a colon after a clause without a speech verb",
    {
      paragraphs: [
        '"We will win the vote easily," Garcia said. Novak was less hopeful: "They have no chance at all this year."',
      ],
    },
    [GARCIA, NOVAK],
    [
      ["We will win the vote easily,", "Maria Garcia"],
      ["They have no chance at all this year.", "Peter Novak"],
    ],
  ],
  [
    "the company: the organization named before",
    {
      paragraphs: [
        "Northwind Airways cancelled forty flights on Monday after a computer failure.",
        'The company said it was "working around the clock to restore every service."',
      ],
    },
    [NORTHWIND],
    [["working around the clock to restore every service.", "Northwind Airways"]],
  ],
  [
    "verb, organization, role and person: the person",
    {
      paragraphs: [
        '"Crews will be working around the clock," said Northwind Airways spokeswoman Jane Alvarez.',
      ],
    },
    [NORTHWIND, { name: "Jane Alvarez", aliases: ["Alvarez"] }],
    [["Crews will be working around the clock,", "Jane Alvarez"]],
  ],
  [
    "an organization noun prefers the organization that was a subject",
    {
      paragraphs: [
        "The Central Bank of Utopia kept its main rate unchanged on Thursday.",
        '"Rates should have come down already," said Ana Silva, an economist at Atlas Bank.',
        'The bank said inflation "remains persistent, particularly in services."',
      ],
    },
    [
      { name: "Central Bank of Utopia", type: "ORGANIZATION" },
      { name: "Ana Silva" },
      { name: "Atlas Bank", type: "ORGANIZATION" },
    ],
    [
      ["Rates should have come down already,", "Ana Silva"],
      ["remains persistent, particularly in services.", "Central Bank of Utopia"],
    ],
  ],
  [
    "a following sentence with new content is not a bare attribution",
    {
      paragraphs: [
        'Judge Helen Carter told Ivan Petrov that he had "betrayed the trust of every voter." He said nothing in reply.',
      ],
    },
    [{ name: "Helen Carter", aliases: ["Carter"] }, PETROV],
    [["betrayed the trust of every voter.", "Helen Carter"]],
  ],
  [
    "an age used as a noun refers to the person just named",
    {
      paragraphs: [
        "Striker Ivan Petrov, who scored twice, was delighted.",
        '"This is the best night of my whole life," the 23-year-old said.',
      ],
    },
    [PETROV],
    [["This is the best night of my whole life,", "Ivan Petrov"]],
  ],
  [
    "names and titles in quotes are not quotations",
    {
      paragraphs: [
        'Garcia, known to supporters as "the Iron Lady of the South," said she had read "War and Peace of the Modern Age" twice.',
      ],
    },
    [GARCIA],
    [],
  ],
  [
    "curly double quotes nest inside curly quotes",
    { paragraphs: ["“When they promised “no more wars at all” I believed them,” Petrov said."] },
    [PETROV],
    [["When they promised “no more wars at all” I believed them,", "Ivan Petrov"]],
  ],
  [
    "a bare spokeswoman speaks for the organization just named",
    {
      paragraphs: [
        'The Ministry of Health said it would review the data. "We are taking these reports very seriously," a spokeswoman said.',
      ],
    },
    [HEALTH_MINISTRY],
    [["We are taking these reports very seriously,", "Ministry of Health"]],
  ],
  [
    "an abbreviated title names the role",
    {
      paragraphs: [
        "Gov. Janet Mills toured the flooded towns. Ivan Petrov, the county director, joined her.",
        '"No town will be left behind in this recovery," the governor said.',
      ],
    },
    [{ name: "Janet Mills", aliases: ["Mills"] }, PETROV],
    [["No town will be left behind in this recovery,", "Janet Mills"]],
  ],
  [
    "they: the organization just named",
    {
      paragraphs: [
        'Northwind Airways apologized on Monday. "We let our passengers down this week," they said.',
      ],
    },
    [NORTHWIND],
    [["We let our passengers down this week,", "Northwind Airways"]],
  ],
  [
    "a relative pronoun hands the subject back to the name before it",
    {
      paragraphs: [
        'Novak met Ivan Petrov, who said the deal was "the best we could hope for this year."',
      ],
    },
    [NOVAK, PETROV],
    [["the best we could hope for this year.", "Ivan Petrov"]],
  ],
  [
    "words that are object property names are plain words",
    {
      paragraphs: [
        "Okafor visited the building site.",
        '"We will rebuild the old bridge by spring," the constructor said.',
      ],
    },
    [OKAFOR],
    [["We will rebuild the old bridge by spring,", null]],
  ],
  [
    "a dash-delimited aside between subject and verb",
    {
      paragraphs: [
        'Novak — who backed the bill — told reporters it was "the best deal we could get this year."',
      ],
    },
    [NOVAK],
    [["the best deal we could get this year.", "Peter Novak"]],
  ],
  [
    "a narrative sentence between two quotes names the second speaker",
    {
      paragraphs: [
        '"We need more time to finish the work," Garcia said. Novak replied that time had run out. "The deadline is the deadline for everyone."',
      ],
    },
    [GARCIA, NOVAK],
    [
      ["We need more time to finish the work,", "Maria Garcia"],
      ["The deadline is the deadline for everyone.", "Peter Novak"],
    ],
  ],
  [
    "a nickname after 'known as' or 'dubbed' is not a quotation",
    {
      paragraphs: [
        'The bomb, known as the "mother of all bombs," was dropped Thursday. A plan dubbed "a road to nowhere at all" was dropped.',
      ],
    },
    [GARCIA],
    [],
  ],
  [
    "it: a country that spoke just before",
    {
      paragraphs: [
        'Utopia said on Saturday that the strike was illegal. "This act of aggression will not go unanswered," it said.',
      ],
    },
    [{ name: "Utopia", type: "LOCATION" }, HEALTH_MINISTRY],
    [["This act of aggression will not go unanswered,", "Utopia"]],
  ],
  [
    "the statement of an unnamed group stays unattributed",
    {
      paragraphs: [
        "Garcia spoke in Vienna on Friday.",
        'A command center that fights for Garcia said in a statement that a line had been crossed. "We will respond with force to any new attack," the statement said.',
      ],
    },
    [GARCIA],
    [["We will respond with force to any new attack,", null]],
  ],
  [
    "police in a city do not make the city a speaker; the government of a country does",
    {
      paragraphs: [
        'Police in Vienna said the march was "peaceful from start to finish."',
        'The government of Utopia said it would "review every contract signed last year."',
      ],
    },
    [VIENNA, { name: "Utopia", type: "LOCATION" }],
    [
      ["peaceful from start to finish.", null],
      ["review every contract signed last year.", "Utopia"],
    ],
  ],
  [
    "no attribution anywhere gives no speaker",
    { paragraphs: ['The banner read "no more taxes on bread and milk" in large letters.'] },
    [],
    [["no more taxes on bread and milk", null]],
  ],
];

const HARBOUR_TRUST: EntitySpec = { name: "Harbour Trust", type: "ORGANIZATION" };
const TIDEWATER: EntitySpec = { name: "Tidewater College", type: "ORGANIZATION" };
const RIVERTON: EntitySpec = { name: "Riverton", type: "LOCATION" };
const AMARA: EntitySpec = { name: "Amara Quist", aliases: ["Quist"] };
const BRANDT: EntitySpec = { name: "Felix Brandt", aliases: ["Brandt"] };
const MOLINA: EntitySpec = { name: "Rosa Molina", aliases: ["Molina"] };
const WEEKLY: EntitySpec = { name: "Coastal Weekly", type: "ORGANIZATION" };

/** Attribution patterns of real news English, one row per rule (issue 11). */
const attributionCases: [string, Page, EntitySpec[], [string, string | null][]][] = [
  [
    "an institution speaks after the quote",
    {
      paragraphs: ['"The ferry will not run until the pier is repaired," the Harbour Trust said.'],
    },
    [HARBOUR_TRUST],
    [["The ferry will not run until the pier is repaired,", "Harbour Trust"]],
  ],
  [
    "a statement from a named institution",
    {
      paragraphs: [
        'A statement from the Harbour Trust said: "Repairs will take at least six weeks to finish."',
      ],
    },
    [HARBOUR_TRUST],
    [["Repairs will take at least six weeks to finish.", "Harbour Trust"]],
  ],
  [
    "according to a statement whose issuer names no entity is not the last person named",
    {
      paragraphs: [
        'Quist met the dockworkers on Friday. According to a statement from the port, "pay talks will start again next month."',
      ],
    },
    [AMARA],
    [["pay talks will start again next month.", null]],
  ],
  [
    "according to a named institution after the quote",
    { paragraphs: ['"Nobody was hurt in the fire at the depot," according to the Harbour Trust.'] },
    [HARBOUR_TRUST],
    [["Nobody was hurt in the fire at the depot,", "Harbour Trust"]],
  ],
  [
    "bare police speak for no organization named earlier",
    {
      paragraphs: [
        "The Harbour Trust closed the pier on Monday.",
        '"Two men were taken to hospital with minor injuries," police said.',
      ],
    },
    [HARBOUR_TRUST],
    [["Two men were taken to hospital with minor injuries,", null]],
  ],
  [
    "a speaker introduced with organization and role",
    {
      paragraphs: [
        'Harbour Trust chief executive Amara Quist said: "We owe the town a safe and working pier."',
      ],
    },
    [HARBOUR_TRUST, AMARA],
    [["We owe the town a safe and working pier.", "Amara Quist"]],
  ],
  [
    "the grammatical speaker, not the nearest name, in a paragraph with several people",
    {
      paragraphs: [
        'Brandt, who sat on the board with Molina for a decade, said: "I never doubted her judgement on money."',
      ],
    },
    [BRANDT, MOLINA],
    [["I never doubted her judgement on money.", "Felix Brandt"]],
  ],
  [
    "a pronoun does not stand for someone the quotation names",
    {
      paragraphs: [
        'For Brandt, a lecturer in history, Molina was a pioneer. He said, "Molina changed how the whole town thought about the sea."',
      ],
    },
    [BRANDT, MOLINA],
    [["Molina changed how the whole town thought about the sea.", "Felix Brandt"]],
  ],
  [
    "an appositive with an institution and its town",
    {
      paragraphs: [
        'Amara Quist, head of archives at Tidewater College, Riverton, said, "These letters show daily life on the docks."',
      ],
    },
    [AMARA, TIDEWATER, RIVERTON],
    [["These letters show daily life on the docks.", "Amara Quist"]],
  ],
  [
    "an appositive with an institution and an unrecognised town",
    {
      paragraphs: [
        'Amara Quist, head of archives at Tidewater College, Marshfield, said, "These letters show daily life on the docks."',
      ],
    },
    [AMARA, TIDEWATER],
    [["These letters show daily life on the docks.", "Amara Quist"]],
  ],
  [
    "the speaker of an earlier sentence of the paragraph, past a question",
    {
      paragraphs: [
        'Molina admitted she had left work early to see the boats come in. Why did she care so much? "It is the last fleet of its kind."',
      ],
    },
    [MOLINA],
    [["It is the last fleet of its kind.", "Rosa Molina"]],
  ],
  [
    "a quote is not given to the previous paragraph's speaker when its own paragraph names one",
    {
      paragraphs: [
        '"The budget is balanced for the first time in years," Brandt said.',
        'Molina was not convinced. "These figures leave out the pension debt entirely," she said.',
      ],
    },
    [BRANDT, MOLINA],
    [
      ["The budget is balanced for the first time in years,", "Felix Brandt"],
      ["These figures leave out the pension debt entirely,", "Rosa Molina"],
    ],
  ],
  [
    "'she said' after 'According to X, …' is X, not the previous paragraph's speaker",
    {
      paragraphs: [
        '"Every day of this costs the region millions," Okafor told reporters.',
        'According to Aino Lindgren, an economist, the strike could slow growth. "The longer it lasts, the worse it gets," she said.',
      ],
    },
    [OKAFOR, { name: "Aino Lindgren", aliases: ["Lindgren"] }],
    [
      ["Every day of this costs the region millions,", "Chidi Okafor"],
      ["The longer it lasts, the worse it gets,", "Aino Lindgren"],
    ],
  ],
  [
    "'she said' after a sentence naming X only as an object stays with the previous speaker",
    {
      paragraphs: [
        '"Every day of this costs the region millions," Okafor told reporters.',
        'The strike was criticised by Aino Lindgren. "The longer it lasts, the worse it gets," he said.',
      ],
    },
    [OKAFOR, { name: "Aino Lindgren", aliases: ["Lindgren"] }],
    [
      ["Every day of this costs the region millions,", "Chidi Okafor"],
      ["The longer it lasts, the worse it gets,", "Chidi Okafor"],
    ],
  ],
  [
    "a quote continuing over paragraphs keeps its speaker",
    {
      paragraphs: [
        'Quist said: "We will rebuild the pier before the summer season.',
        '"Every trader on the front depends on it."',
      ],
    },
    [AMARA],
    [
      ["We will rebuild the pier before the summer season.", "Amara Quist"],
      ["Every trader on the front depends on it.", "Amara Quist"],
    ],
  ],
  [
    "a quote that is its own paragraph after a named speaker",
    {
      paragraphs: [
        "Harbour Trust chair Amara Quist spoke to reporters outside the court:",
        '"We accept the ruling and we will pay every fine in full."',
      ],
    },
    [HARBOUR_TRUST, AMARA],
    [["We accept the ruling and we will pay every fine in full.", "Amara Quist"]],
  ],
  [
    "he added, after a speaker named in the paragraph before",
    {
      paragraphs: [
        '"The tide gauges were out of date," Brandt said.',
        '"We replaced all of them last winter," he added.',
      ],
    },
    [BRANDT],
    [
      ["The tide gauges were out of date,", "Felix Brandt"],
      ["We replaced all of them last winter,", "Felix Brandt"],
    ],
  ],
  [
    "a split quote around its attribution",
    { paragraphs: ['"The money is there," Molina said, "but nobody has asked for it yet."'] },
    [MOLINA],
    [
      ["The money is there,", "Rosa Molina"],
      ["but nobody has asked for it yet.", "Rosa Molina"],
    ],
  ],
  [
    "partial quotes inside reported speech",
    {
      paragraphs: [
        'Brandt said the plan would "cost far more than anyone admits" and called it "a gift to the developers."',
      ],
    },
    [BRANDT],
    [
      ["cost far more than anyone admits", "Felix Brandt"],
      ["a gift to the developers.", "Felix Brandt"],
    ],
  ],
  [
    "a signature line after a quotation names its speaker",
    { paragraphs: ['"The sea always wins in the end. We only borrow the shore." - Amara Quist'] },
    [AMARA],
    [["The sea always wins in the end. We only borrow the shore.", "Amara Quist"]],
  ],
  [
    "a dashed signature line ending with a full stop, the person after the title's organization",
    {
      paragraphs: [
        "Fuel prices rose again on Monday.",
        '"Airlines cannot absorb these costs for much longer." — Northwind Airways chief executive Ivan Petrov.',
      ],
    },
    [NORTHWIND, PETROV],
    [["Airlines cannot absorb these costs for much longer.", "Ivan Petrov"]],
  ],
  [
    "a signature line without a name, then the title of the source, which nobody says",
    {
      paragraphs: [
        '"The sea always wins in the end. We only borrow the shore." Local blogger, "Why the pier matters to all of us"',
      ],
    },
    [],
    [["The sea always wins in the end. We only borrow the shore.", null]],
  ],
  [
    "a statement noun owned by an institution and followed by its topic",
    {
      paragraphs: [
        'Coastal Weekly\'s latest survey of its own readers concluded, "Most people here want the pier rebuilt as it was."',
      ],
    },
    [WEEKLY],
    [["Most people here want the pier rebuilt as it was.", "Coastal Weekly"]],
  ],
  [
    "a name given by a naming verb earlier in the clause is not a quotation",
    {
      paragraphs: [
        'Molina dubbed the long quarrel over the harbour fees: "Town vs. the Trust, round four".',
      ],
    },
    [MOLINA],
    [],
  ],
];

describe("quotes stage", () => {
  it.each(attributionCases)("%s", (_name, page, specs, expected) => {
    expect(quotesOf(page, specs)).toEqual(expected);
  });

  it.each(cases)("%s", (_name, page, specs, expected) => {
    expect(quotesOf(page, specs)).toEqual(expected);
  });

  it.each([
    "said",
    "says",
    "added",
    "warned",
    "insisted",
    "noted",
    "argued",
    "explained",
    "stressed",
    "tweeted",
    "conceded",
    "vowed",
    "acknowledged",
    "replied",
  ])("speech verb %s", (verb) => {
    const page = {
      paragraphs: [`"Our schools need more teachers and more money," Garcia ${verb}.`],
    };
    expect(quotesOf(page, [GARCIA])).toEqual([
      ["Our schools need more teachers and more money,", "Maria Garcia"],
    ]);
  });

  it("records offsets, verb, confidence, sentence and paragraph", () => {
    const doc = buildDoc(
      {
        paragraphs: [
          "Novak arrived late.",
          'Then he spoke. "We are ready to sign the treaty," Novak said.',
        ],
      },
      [NOVAK],
    );
    const second = doc.layout.paragraphs[1] as Block;
    doc.sentences = [
      { index: 0, zone: "body", paragraphIndex: 0, start: 0, end: 19, text: "", tokens: [] },
      {
        index: 1,
        zone: "body",
        paragraphIndex: 1,
        start: second.start,
        end: second.start + 14,
        text: "",
        tokens: [],
      },
      {
        index: 2,
        zone: "body",
        paragraphIndex: 1,
        start: second.start + 15,
        end: second.end,
        text: "",
        tokens: [],
      },
    ];
    const [quote] = quotesStage.run(doc).quotes;
    expect(quote).toBeDefined();
    expect(doc.text.slice(quote!.start, quote!.end)).toBe("We are ready to sign the treaty,");
    expect(quote).toMatchObject({
      speakerId: 0,
      verb: "said",
      sentenceIndex: 2,
      paragraphIndex: 1,
    });
    expect(quote!.confidence).toBeGreaterThan(0.8);
    expect(quote!.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    ["empty text", ""],
    ["binary junk", "\u0000\u0001\uFFFD\"\u201C\u201D'".repeat(200)],
    ["html", '<p class="x">"Hello there my friend," she said.</p><a href="/y">link</a>'],
    ["only quote marks", '"'.repeat(1001)],
  ])("does not throw on %s", (_name, text) => {
    const doc = buildDoc({ paragraphs: [text] }, [GARCIA]);
    const result = quotesStage.run(doc);
    for (const quote of result.quotes)
      expect(result.text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it("runs in linear time on a large paragraph", () => {
    const sentence = 'Garcia said "we will keep working on this for years to come," and left. ';
    const big = sentence.repeat(20_000);
    const doc = buildDoc({ paragraphs: [big] }, [GARCIA]);
    const started = performance.now();
    const result = quotesStage.run(doc);
    const elapsed = performance.now() - started;
    expect(result.quotes).toHaveLength(20_000);
    expect(result.quotes[19_999]?.speakerId).toBe(0);
    expect(elapsed).toBeLessThan(3000);
  });
});

describe("speaker before an institution and its town", () => {
  it.each(["University of Northland, Brookfield", "Museum of Modern Prints, Harwick"])(
    "the person before '%s, said' speaks, not the town",
    (institution) => {
      const text = [
        "Prints go on show in Brookfield",
        "",
        `BROOKFIELD, May 3 (Wire) -- Mara Lindqvist, curator of prints at the ${institution}, said, "These prints show how ordinary people lived every day."`,
      ].join("\n");
      const extraction = extract(text, { publishedAt: "2024-05-03" });
      const quote = extraction.quotes[0];
      expect(quote?.text).toContain("These prints show");
      const speaker = extraction.entities.find((entity) => entity.id === quote?.speakerId);
      expect(speaker?.name).toBe("Mara Lindqvist");
    },
  );
});

describe("an age or occupation before a name", () => {
  it.each(["Local farmer Dale Hutchins", "Retired teacher Dale Hutchins", "Dale Hutchins"])(
    "'the 58-year-old said' after '%s lost …' is that person, not the last speaker",
    (subject) => {
      const text = [
        "Floods reach the coast",
        "",
        'BRISBANE, March 3 (Wire) -- The premier, Steven Miles, told reporters the army would help. "Every resource we have is on the way," the premier said.',
        "",
        `${subject} lost most of his cattle. "I don't know how we will rebuild," the 58-year-old said.`,
      ].join("\n");
      const extraction = extract(text, { publishedAt: "2024-03-03" });
      const quote = extraction.quotes.find((q) => q.text.includes("rebuild"));
      const speaker = extraction.entities.find((entity) => entity.id === quote?.speakerId);
      expect(speaker?.name).toBe("Dale Hutchins");
    },
  );
});

describe("a role with a complement, then the name", () => {
  it("gives the quote to the person named after 'said the spokesman for …,'", () => {
    const text = [
      "Talks on the dam stall",
      "",
      'CAIRO, June 9 (Wire) -- "The door remains open for dialogue," according to a statement from the African Union Commission.',
      "",
      '"This is a matter of national survival," said the spokesman for the Egyptian foreign ministry, Ahmed Hafez.',
    ].join("\n");
    const extraction = extract(text, { publishedAt: "2024-06-09" });
    const quote = extraction.quotes.find((q) => q.text.includes("national survival"));
    const speaker = extraction.entities.find((entity) => entity.id === quote?.speakerId);
    expect(speaker?.name).toBe("Ahmed Hafez");
  });

  it("names the person, not the portfolio, in 'Irrigation Minister Yasir Abbas'", () => {
    const extraction = extract(
      "Talks on the dam stall\n\nSudanese Irrigation Minister Yasir Abbas met the envoys on Tuesday.",
      { publishedAt: "2024-06-09" },
    );
    expect(extraction.entities.map((e) => e.name)).toContain("Yasir Abbas");
    expect(extraction.entities.some((e) => e.name.includes("Irrigation"))).toBe(false);
  });

  it("names the person, not the chamber, in 'Parliament Speaker Nabih Berri'", () => {
    const extraction = extract(
      'Envoy sees progress\n\nLebanese Parliament Speaker Nabih Berri met the envoy on Tuesday. "The talks were useful and serious," Berri said.',
      { publishedAt: "2024-11-20" },
    );
    const names = extraction.entities.map((e) => e.name);
    expect(names).toContain("Nabih Berri");
    expect(names.some((name) => name.includes("Speaker"))).toBe(false);
    const speaker = extraction.entities.find((e) => e.id === extraction.quotes[0]?.speakerId);
    expect(speaker?.name).toBe("Nabih Berri");
  });

  it("keeps a company before a title that is no portfolio: 'Tavira Shipping President Ana Reis'", () => {
    const extraction = extract(
      "Shipper grows\n\nTavira Shipping President Ana Reis said the firm would hire 200 people.",
      { publishedAt: "2024-11-20" },
    );
    expect(extraction.entities.map((e) => e.name)).toContain("Ana Reis");
  });
});

describe("quoted as saying", () => {
  const lead =
    "Rate cuts near\n\nBundesbank President Joachim Nagel spoke on Friday. ECB President Christine Lagarde did not.\n\n";
  it.each([
    ['"The probability of a cut is increasing," Nagel was quoted as saying.', "Joachim Nagel"],
    ['Nagel was quoted as saying: "The probability of a cut is increasing."', "Joachim Nagel"],
    [
      '"We will keep rates high for a while," the Handelsblatt newspaper quoted Lagarde as saying.',
      "Christine Lagarde",
    ],
    [
      'The Handelsblatt newspaper quoted her as saying: "We will keep rates high for a while."',
      "Christine Lagarde",
    ],
  ])("%s", (paragraph, expected) => {
    const extraction = extract(lead + paragraph, { publishedAt: "2024-03-08" });
    const speaker = extraction.entities.find((e) => e.id === extraction.quotes[0]?.speakerId);
    expect(speaker?.name).toBe(expected);
  });

  it("words given according to a newspaper stay the newspaper's", () => {
    const extraction = extract(
      lead +
        'Rates will fall "well before the summer break," according to the Handelsblatt newspaper.',
      { publishedAt: "2024-03-08" },
    );
    const speaker = extraction.entities.find((e) => e.id === extraction.quotes[0]?.speakerId);
    expect(speaker?.name).toBe("Handelsblatt");
  });
});

describe("a spokesperson named by the kind of business", () => {
  it.each([
    [
      'A company spokesperson said Halvard would "carefully review the ruling and its options."',
      "Halvard Motors",
    ],
    [
      '"We are disappointed by the decision and will appeal," a company spokesman said.',
      "Halvard Motors",
    ],
    [
      '"Our lending to small firms rose again this year," a bank spokeswoman said.',
      "Halvard Motors",
    ],
  ])("%s → the organization the story is about", (sentence, expected) => {
    const text = `Carmaker loses case\n\nHalvard Motors had sought damages on Monday. ${sentence}`;
    const extraction = extract(text, { publishedAt: "2024-05-03" });
    const speaker = extraction.entities.find((e) => e.id === extraction.quotes[0]?.speakerId);
    expect(speaker?.name).toBe(expected);
  });

  it("a union spokesman does not speak for a company", () => {
    const text =
      'Carmaker loses case\n\nHalvard Motors had sought damages on Monday. "We will keep fighting for every job here," a union spokesman said.';
    const extraction = extract(text, { publishedAt: "2024-05-03" });
    expect(extraction.quotes[0]?.speakerId ?? null).toBeNull();
  });
});

describe("a spokesperson for a described body in a place", () => {
  it.each([
    ["A spokeswoman for the company in Lisbon said", "Tavira Shipping Company"],
    ["A spokesman from the company in Lisbon said", "Tavira Shipping Company"],
  ])("'%s' speaks for the body 'the company' refers to", (attribution, expected) => {
    const text = [
      "Shipping firm rejects claims",
      "",
      `The firm, Tavira Shipping Company, rejected the claims on Monday. ${attribution} it had "followed every rule that applies to its ships".`,
    ].join("\n");
    const extraction = extract(text, { publishedAt: "2024-05-03" });
    const quote = extraction.quotes[0];
    const speaker = extraction.entities.find((entity) => entity.id === quote?.speakerId);
    expect(speaker?.name).toBe(expected);
  });

  it("leaves police in a place unattributed to the place", () => {
    const text = [
      "Crash closes road",
      "",
      'Police in Lisbon said the road "would stay closed for most of the day".',
    ].join("\n");
    const extraction = extract(text, { publishedAt: "2024-05-03" });
    const speaker = extraction.entities.find((e) => e.id === extraction.quotes[0]?.speakerId);
    expect(speaker?.name).not.toBe("Lisbon");
  });
});

/** The canonical speaker of the quotation that contains `words`, run through the whole pipeline. */
function speakerOf(text: string, words: string, publishedAt = "2024-03-04"): string | null {
  const extraction = extract(text, { publishedAt });
  const quote = extraction.quotes.find((q) => q.text.includes(words));
  if (!quote) return "(no quote)";
  return extraction.entities.find((e) => e.id === quote.speakerId)?.name ?? null;
}

describe("an organization, then a title, then the name after the verb", () => {
  it.each([
    ["said WHO Director-General Dr", "Maria Tavares"],
    ["said Unicef Executive Director", "Maria Tavares"],
    ["said Arcol Chief Executive", "Maria Tavares"],
  ])("'%s …' names the person", (lead, expected) => {
    const text = `Clinics reopen\n\nThe agency reopened 40 clinics on Monday.\n\n"Every clinic we reopen saves lives," ${lead} Maria Tavares.`;
    expect(speakerOf(text, "saves lives")).toBe(expected);
  });

  it("keeps the organization when no person follows the title", () => {
    const text =
      'Clinics reopen\n\nThe World Health Organization (WHO) reopened 40 clinics on Monday.\n\n"Every clinic we reopen saves lives," said the WHO in a statement.';
    expect(speakerOf(text, "saves lives")).toBe("World Health Organization");
  });
});

describe("a definite role phrase said again", () => {
  const lead =
    'Leader rules out snap vote\n\nAnna Berg has ruled out an early election.\n\nSpeaking at a factory on Monday, the prime minister said: "My working assumption is a vote in the autumn."\n\n';
  it("means the person it meant the first time, not the person named since", () => {
    const text = `${lead}Berg also defended the budget, which the finance minister, Olav Lund, will present on Wednesday.\n\n"It will be a budget for long-term growth," the prime minister added.`;
    expect(speakerOf(text, "long-term growth")).toBe("Anna Berg");
  });

  it("a different role still goes to its own holder", () => {
    const text = `${lead}Berg also defended the budget, which the finance minister, Olav Lund, will present on Wednesday.\n\n"It will be a budget for long-term growth," the finance minister added.`;
    expect(speakerOf(text, "long-term growth")).toBe("Olav Lund");
  });
});

describe("a byline under the headline", () => {
  it("does not take the headline's role words as the author's title", () => {
    const text = [
      "Macron names a new prime minister",
      "By Clara Vidal and Laura Kessel, Europe Desk",
      "January 9, 2024 11:45 am",
      "PARIS — French President Emmanuel Macron on Tuesday appointed Gabriel Attal as prime minister.",
      'The appointment is "a sign of renewal for the government", a government official said.',
    ].join("\n");
    expect(speakerOf(text, "sign of renewal", "2024-01-09")).toBeNull();
  });

  it("an official named in the body still speaks", () => {
    const text = [
      "Macron names a new prime minister",
      "By Clara Vidal and Laura Kessel, Europe Desk",
      "PARIS — Government official Marc Delorme welcomed the choice on Tuesday.",
      '"It is a sign of renewal for the government," the government official said.',
    ].join("\n");
    expect(speakerOf(text, "sign of renewal", "2024-01-09")).toBe("Marc Delorme");
  });
});

describe("a role qualified by an organization", () => {
  const lead =
    "Talks end without deal\n\nBRUSSELS (Reuters) - Foreign Minister Anna Lindgren of Sweden met NATO Secretary-General Jonas Stolt on Tuesday.\n\n";
  it.each([
    ['"Much work remains to be done here," the NATO chief said.', "Jonas Stolt"],
    ['"Much work remains to be done here," said the NATO chief.', "Jonas Stolt"],
    [
      '"Much work remains to be done here," a NATO official told reporters on condition of anonymity.',
      null,
    ],
    ['"Much work remains to be done here," the Swedish minister said.', "Anna Lindgren"],
    ['"Much work remains to be done here," said the secretary-general.', "Jonas Stolt"],
    ['"Much work remains to be done here," the foreign minister said.', "Anna Lindgren"],
    [
      '"Much work remains to be done here," a NATO spokesperson said.',
      "North Atlantic Treaty Organization",
    ],
  ])("%s", (sentence, expected) => {
    expect(speakerOf(lead + sentence, "Much work remains", "2024-04-10")).toBe(expected);
  });
});

describe("an unnamed speaker described by a relative clause", () => {
  it("leaves 'said one person who attended' unattributed, not to the last speaker", () => {
    const page = {
      paragraphs: [
        'Garcia said the talks had gone well. "We made real progress today," she said.',
        '"She walked out of the room and slammed the door behind her," said one person who attended the meeting.',
      ],
    };
    expect(quotesOf(page, [GARCIA])).toEqual([
      ["We made real progress today,", "Maria Garcia"],
      ["She walked out of the room and slammed the door behind her,", null],
    ]);
  });
});

describe("a signature line after a quotation, then a quoted title", () => {
  it("does not hand the quotation to the speaker of the paragraph before", () => {
    const page = {
      paragraphs: [
        'Molina described the dispute as "a fight that has gone on for far too long."',
        '"The harbour belongs to all of us and not to the Trust." Local blogger, "Why the Harbour Fight Matters"',
      ],
    };
    expect(quotesOf(page, [MOLINA])).toEqual([
      ["a fight that has gone on for far too long.", "Rosa Molina"],
      ["The harbour belongs to all of us and not to the Trust.", null],
    ]);
  });
});

describe("quotations in the standfirst", () => {
  it("a standfirst quotation repeated in the body takes the body quotation's speaker", () => {
    const page = {
      headline: "Garcia rejects border deal",
      paragraphs: [
        '"We will not accept any deal that weakens our borders," the prime minister said on Monday.',
        'Garcia spoke after talks in Vienna. "We will not accept any deal that weakens our borders," she said.',
      ],
    };
    const doc = buildDoc(page, [GARCIA, VIENNA]);
    const subtitle = doc.layout.paragraphs.shift() ?? null;
    if (subtitle) subtitle.zone = "subtitle";
    doc.layout.subtitle = subtitle;
    const quotes = quotesStage.run(doc).quotes;
    const name = (id: number | null) => (id === null ? null : (doc.entities[id]?.name ?? "?"));
    expect(quotes.map((q) => [q.text, name(q.speakerId)])).toEqual([
      ["We will not accept any deal that weakens our borders,", "Maria Garcia"],
      ["We will not accept any deal that weakens our borders,", "Maria Garcia"],
    ]);
  });
});

describe("a speaker named by the paragraph after the quotation", () => {
  it.each([
    "Those were the words of Garcia as she left the summit in Vienna.",
    "That was the stark warning from Garcia on Monday.",
    "So said Garcia, speaking in Vienna.",
  ])("%s", (after) => {
    const page = {
      paragraphs: [
        "Novak announced new border rules on Monday.",
        '"No country can solve this crisis on its own."',
        after,
      ],
    };
    expect(quotesOf(page, [GARCIA, NOVAK, VIENNA])).toEqual([
      ["No country can solve this crisis on its own.", "Maria Garcia"],
    ]);
  });

  it("names the person, not the organization of their title, in 'the warning from NorthWind chief executive …'", () => {
    const page = {
      paragraphs: [
        "Fuel prices rose again on Monday.",
        '"Airlines cannot absorb these costs for much longer."',
        "That was the warning from Northwind Airways chief executive Ivan Petrov on Monday.",
      ],
    };
    expect(quotesOf(page, [NORTHWIND, PETROV])).toEqual([
      ["Airlines cannot absorb these costs for much longer.", "Ivan Petrov"],
    ]);
  });

  it("leaves a quotation its own attribution", () => {
    const page = {
      paragraphs: [
        '"No country can solve this crisis on its own," Novak said.',
        "That was the view of Garcia too, who spoke in Vienna.",
      ],
    };
    expect(quotesOf(page, [GARCIA, NOVAK, VIENNA])).toEqual([
      ["No country can solve this crisis on its own,", "Peter Novak"],
    ]);
  });
});

describe("an indefinite role introduces someone new", () => {
  it.each([
    '"The mood among staff is very bad right now," one official told reporters.',
    '"The mood among staff is very bad right now," an official told reporters.',
    '"The mood among staff is very bad right now," said one official.',
  ])("%s", (sentence) => {
    const page = {
      paragraphs: ["Interior Minister Ivan Petrov met union leaders on Monday.", sentence],
    };
    expect(
      quotesOf(page, [{ ...PETROV, aliases: ["Interior Minister Ivan Petrov", "Petrov"] }]),
    ).toEqual([["The mood among staff is very bad right now,", null]]);
  });

  it("a definite role still means the holder named before", () => {
    const page = {
      paragraphs: [
        "Interior Minister Ivan Petrov met union leaders on Monday.",
        '"The mood among staff is very bad right now," the minister told reporters.',
      ],
    };
    expect(
      quotesOf(page, [{ ...PETROV, aliases: ["Interior Minister Ivan Petrov", "Petrov"] }]),
    ).toEqual([["The mood among staff is very bad right now,", "Ivan Petrov"]]);
  });
});

describe("an organization noun qualified by a nationality", () => {
  const MINISTRY: EntitySpec = { name: "Gaza Health Ministry", type: "ORGANIZATION" };
  const DEFENCE: EntitySpec = { name: "Russian Defence Ministry", type: "ORGANIZATION" };
  it("does not give the Israeli military's words to the health ministry named last", () => {
    const page = {
      paragraphs: [
        "The Gaza Health Ministry said 28 people were killed.",
        'The Israeli military said it had struck "militants operating from inside the compound."',
      ],
    };
    expect(quotesOf(page, [MINISTRY])).toEqual([
      ["militants operating from inside the compound.", null],
    ]);
  });
  it("keeps a nationality whose country the organization's name abbreviates", () => {
    const page = {
      paragraphs: [
        "The U.S. State Department said the embassy would stay open.",
        '"Our staff will continue to serve American citizens," the American department said.',
      ],
    };
    const STATE: EntitySpec = { name: "U.S. State Department", type: "ORGANIZATION" };
    expect(quotesOf(page, [STATE])).toEqual([
      ["Our staff will continue to serve American citizens,", "U.S. State Department"],
    ]);
  });

  it("keeps a nationality the organization's name carries", () => {
    const page = {
      paragraphs: [
        "The Russian Defence Ministry said its air defences were active.",
        '"All the drones were destroyed over the region," the Russian ministry said.',
      ],
    };
    expect(quotesOf(page, [DEFENCE])).toEqual([
      ["All the drones were destroyed over the region,", "Russian Defence Ministry"],
    ]);
  });
});

describe("straight quotation marks inside curly ones", () => {
  it("keeps the quotation whole", () => {
    const page = {
      paragraphs: [
        '\u201CWhen I read the words "utter incompetence" in his note, I knew he had to go,\u201D Garcia said.',
      ],
    };
    expect(quotesOf(page, [GARCIA])).toEqual([
      [
        'When I read the words "utter incompetence" in his note, I knew he had to go,',
        "Maria Garcia",
      ],
    ]);
  });

  it("still closes a curly quotation at a straight mark when no curly mark follows", () => {
    const page = {
      paragraphs: ['\u201CWe will win this vote and then the next one," Garcia said.'],
    };
    expect(quotesOf(page, [GARCIA])).toEqual([
      ["We will win this vote and then the next one,", "Maria Garcia"],
    ]);
  });
});

describe("an unnamed speaker with an indefinite article", () => {
  it.each([
    '"He laughed and said nobody would ever read it," a former aide said.',
    '"He laughed and said nobody would ever read it," said a former aide.',
  ])("%s", (sentence) => {
    const page = { paragraphs: ['"I thank him for his service," Garcia said.', sentence] };
    expect(quotesOf(page, [GARCIA])).toEqual([
      ["I thank him for his service,", "Maria Garcia"],
      ["He laughed and said nobody would ever read it,", null],
    ]);
  });
});

describe("curly quotation marks inside straight ones", () => {
  it("keeps the quotation whole", () => {
    const page = {
      paragraphs: [
        '"He called the plan \u201Cutter nonsense\u201D in front of everyone," Garcia said.',
      ],
    };
    expect(quotesOf(page, [GARCIA])).toEqual([
      ["He called the plan \u201Cutter nonsense\u201D in front of everyone,", "Maria Garcia"],
    ]);
  });
});

describe("a quotation running on past a reading prompt", () => {
  it("keeps the speaker of the paragraph the prompt interrupts", () => {
    const text = [
      "Mayor backs new tram line",
      "",
      'Mayor Ana Ruiz said: "This line will change how people move around the city. It has taken ten years to get here.',
      "",
      "Article continues after this advertisement",
      "",
      '"Now we have to deliver it on time and on budget."',
    ].join("\n");
    const extraction = extract(text, { publishedAt: "2024-03-08" });
    const speakers = extraction.quotes.map(
      (q) => extraction.entities.find((e) => e.id === q.speakerId)?.name ?? null,
    );
    expect(speakers).toEqual(["Ana Ruiz", "Ana Ruiz"]);
  });
});

describe("a role introduced with 'one', then taken up with 'the'", () => {
  it("keeps the later quotation with that unnamed person", () => {
    const page = {
      paragraphs: [
        "Interior Minister Ivan Petrov met union leaders on Monday.",
        "One official who attended said the meeting was tense.",
        '"Nobody was willing to give an inch on the pay offer," the official said.',
      ],
    };
    expect(
      quotesOf(page, [{ ...PETROV, aliases: ["Interior Minister Ivan Petrov", "Petrov"] }]),
    ).toEqual([["Nobody was willing to give an inch on the pay offer,", null]]);
  });
});

describe("an attribution broken off into the next paragraph", () => {
  it("reads the speaker from a paragraph that opens with the speech verb", () => {
    const page = {
      paragraphs: [
        "Rail workers will strike again next month.",
        '"We will win this fight, however long it takes,"',
        "said the union leader, Chidi Okafor, speaking outside parliament on Monday evening.",
      ],
    };
    expect(quotesOf(page, [OKAFOR])).toEqual([
      ["We will win this fight, however long it takes,", "Chidi Okafor"],
    ]);
  });
});

describe("a person's spokesperson", () => {
  const speakersOf = (paragraphs: string[]): (string | null)[] => {
    const extraction = extract(["Ferry service cut", "", ...paragraphs].join("\n\n"), {
      publishedAt: "2025-02-04",
    });
    return extraction.quotes.map(
      (q) => extraction.entities.find((e) => e.id === q.speakerId)?.name ?? null,
    );
  };

  it("leaves 'she said' after 'X's spokeswoman said' with the unnamed spokeswoman", () => {
    expect(
      speakersOf([
        "Transport minister Harriet Okonkwo announced the cuts to island ferries on Monday.",
        'Okonkwo\'s spokeswoman said the timetable would be reviewed. "Every route will be looked at again before the summer," she said.',
      ]),
    ).toEqual([null]);
  });

  it("does not give 'a spokesman for X' to X when X is a person", () => {
    expect(
      speakersOf([
        "Transport minister Harriet Okonkwo announced the cuts to island ferries on Monday.",
        'A spokesman for Okonkwo said: "The minister has heard the concerns of island residents."',
      ]),
    ).toEqual([null]);
  });

  it("does not give 'said a spokeswoman for X', or 'the spokeswoman' after it, to X", () => {
    expect(
      speakersOf([
        "Transport minister Harriet Okonkwo announced the cuts to island ferries on Monday.",
        '"The minister regrets the disruption to island families," said a spokeswoman for Okonkwo.',
        '"Some sailings may yet be restored in the spring," the spokeswoman added.',
      ]),
    ).toEqual([null, null]);
  });

  it("does not give 'a spokesman for the minister' to the minister named before", () => {
    expect(
      speakersOf([
        "Transport minister Harriet Okonkwo announced the cuts to island ferries on Monday.",
        'A spokesman for the minister said: "Every route will be looked at again in the spring."',
      ]),
    ).toEqual([null]);
  });

  it("still gives an organization's spokesperson, and the pronoun after it, to the organization", () => {
    expect(
      speakersOf([
        "The Island Ferry Company cut three sailings a day on Monday.",
        'A spokesman for the Island Ferry Company said fuel costs had doubled. "We cannot run empty boats all winter," he said.',
      ]),
    ).toEqual(["Island Ferry Company"]);
  });
});
