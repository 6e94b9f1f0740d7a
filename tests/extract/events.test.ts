import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";
import { eventsStage } from "../../src/extract/stages/07-events/index.js";
import { type EventNotes, sameAct } from "../../src/extract/stages/07-events/merging.js";
import { eventTestKit, type EntitySpec, type Expected } from "./event-test-kit.js";

const PEOPLE_AND_PLACES: EntitySpec[] = [
  { name: "Rex Tillerson", type: "PERSON", aliases: ["Tillerson"] },
  { name: "Vladimir Putin", type: "PERSON", aliases: ["Putin"] },
  { name: "Sergei Lavrov", type: "PERSON", aliases: ["Lavrov"] },
  { name: "Angela Merkel", type: "PERSON" },
  { name: "Xi Jinping", type: "PERSON" },
  { name: "Donald Trump", type: "PERSON" },
  { name: "Michael Flynn", type: "PERSON" },
  { name: "Paul Manafort", type: "PERSON" },
  { name: "Nicolas Maduro", type: "PERSON" },
  { name: "Brigid Kosgei", type: "PERSON" },
  { name: "Anders Larsson", type: "PERSON" },
  { name: "Maria Berg", type: "PERSON" },
  { name: "Russia", type: "LOCATION" },
  { name: "United States", type: "LOCATION", aliases: ["U.S."] },
  { name: "Syria", type: "LOCATION" },
  { name: "China", type: "LOCATION" },
  { name: "Taiwan", type: "LOCATION" },
  { name: "Nigeria", type: "LOCATION" },
  { name: "Benin", type: "LOCATION" },
  { name: "Germany", type: "LOCATION" },
  { name: "France", type: "LOCATION" },
  { name: "Kremlin", type: "LOCATION" },
  { name: "Moscow", type: "LOCATION" },
  { name: "Kabul", type: "LOCATION" },
  { name: "Caracas", type: "LOCATION" },
  { name: "Stockholm", type: "LOCATION" },
  { name: "Magnitogorsk", type: "LOCATION" },
  { name: "Khan Sheikhoun", type: "LOCATION" },
  { name: "Shayrat", type: "LOCATION" },
  { name: "Cairo", type: "LOCATION" },
  { name: "Aleppo", type: "LOCATION" },
  { name: "Saraqeb", type: "LOCATION" },
  { name: "Afrin", type: "LOCATION" },
  { name: "Turkey", type: "LOCATION" },
  { name: "United Nations Security Council", type: "ORGANIZATION" },
  { name: "European Union", type: "ORGANIZATION" },
  { name: "Federal Bureau of Investigation", type: "ORGANIZATION", aliases: ["FBI"] },
  { name: "Taliban", type: "ORGANIZATION" },
  { name: "Red Cross", type: "ORGANIZATION" },
  { name: "Royal College of Nursing", type: "ORGANIZATION" },
  { name: "Japan", type: "LOCATION" },
  { name: "Ukraine", type: "LOCATION" },
  { name: "Islamic State", type: "ORGANIZATION" },
  { name: "Tomas Ferreira", type: "PERSON", aliases: ["Ferreira"] },
  { name: "Helena Costa", type: "PERSON" },
  { name: "Supreme Court", type: "ORGANIZATION" },
  { name: "Madrid", type: "LOCATION" },
  { name: "Lisbon", type: "LOCATION" },
  { name: "Spain", type: "LOCATION" },
  { name: "Portugal", type: "LOCATION" },
  { name: "Kenya", type: "LOCATION" },
  { name: "Atocha Station", type: "LOCATION" },
  { name: "Sinaloa", type: "LOCATION" },
  { name: "Elota", type: "LOCATION" },
  { name: "Bristol City Council", type: "ORGANIZATION" },
  { name: "Japanese Embassy", type: "LOCATION" },
  { name: "Ministry of Health", type: "ORGANIZATION" },
  { name: "Ministry of Defence", type: "ORGANIZATION" },
  {
    name: "Ivan Sokolov",
    type: "PERSON",
    aliases: ["Regional governor Ivan Sokolov", "Sokolov"],
  },
  { name: "Pavel Orlov", type: "PERSON", aliases: ["Deputy Governor Pavel Orlov", "Orlov"] },
];

const { buildDoc, eventsOf } = eventTestKit(PEOPLE_AND_PLACES);

// Publication date: Wednesday 2017-04-12. Each case: one sentence, the events expected from it.
const single: [string, string, Expected[]][] = [
  [
    "04 consult: verb with actor, target, place and weekday",
    "Rex Tillerson met Vladimir Putin in the Kremlin on Wednesday.",
    [
      {
        code: "04",
        participants: ["ACTOR:Rex Tillerson", "TARGET:Vladimir Putin"],
        date: "2017-04-12",
        location: "Kremlin",
        summary: "Rex Tillerson met Vladimir Putin in Kremlin",
      },
    ],
  ],
  [
    "12 reject: veto",
    "Russia vetoed a United Nations Security Council resolution on Wednesday.",
    [
      {
        code: "12",
        participants: ["ACTOR:Russia", "TARGET:United Nations Security Council"],
        date: "2017-04-12",
      },
    ],
  ],
  [
    "19 fight: missile strikes by a state, early weekday",
    "U.S. missile strikes early Friday hit an air base in Syria.",
    [{ code: "19", participants: ["ACTOR:United States"], date: "2017-04-07", location: "Syria" }],
  ],
  [
    "20 mass violence: chemical attack, month-day date, place after 'on'",
    "Syria carried out a chemical attack on Khan Sheikhoun on April 4.",
    [{ code: "20", participants: ["ACTOR:Syria"], date: "2017-04-04", location: "Khan Sheikhoun" }],
  ],
  [
    "18 assault: car bombing by a group, city as modifier, last week",
    "A Taliban car bombing killed five people in Kabul last week.",
    [{ code: "18", participants: ["ACTOR:Taliban"], date: "2017-04", location: "Kabul" }],
  ],
  [
    "19 fight: a state's bombing is military",
    "Russia bombed Aleppo on Tuesday.",
    [{ code: "19", participants: ["ACTOR:Russia"], date: "2017-04-11", location: "Aleppo" }],
  ],
  [
    "18 assault: a group's bombing",
    "The Islamic State bombed a church in Cairo on Sunday.",
    [{ code: "18", participants: ["ACTOR:Islamic State"], date: "2017-04-09", location: "Cairo" }],
  ],
  [
    "16 reduce relations: imposed sanctions is one event, month crossing the year",
    "The European Union imposed sanctions on Russia in December.",
    [{ code: "16", participants: ["ACTOR:European Union", "TARGET:Russia"], date: "2016-12" }],
  ],
  [
    "09 investigate: noun after a light verb, target after 'into', lead past tense dated to publication",
    "The FBI opened an investigation into Paul Manafort.",
    [
      {
        code: "09",
        participants: ["ACTOR:Federal Bureau of Investigation", "TARGET:Paul Manafort"],
        date: "2017-04-12",
      },
    ],
  ],
  [
    "lead noun in the present tense takes no publication date",
    "The FBI investigation into Paul Manafort continues.",
    [
      {
        code: "09",
        participants: ["ACTOR:Federal Bureau of Investigation", "TARGET:Paul Manafort"],
        date: null,
      },
    ],
  ],
  [
    "13 threaten: warned, with an unrealized noun left out",
    "Sergei Lavrov warned Rex Tillerson against new strikes.",
    [{ code: "13", participants: ["ACTOR:Sergei Lavrov", "TARGET:Rex Tillerson"] }],
  ],
  [
    "02 appeal: urged, the infinitive after it is no event",
    "Angela Merkel urged Vladimir Putin to release the prisoners.",
    [{ code: "02", participants: ["ACTOR:Angela Merkel", "TARGET:Vladimir Putin"] }],
  ],
  [
    "11 disapprove: accused",
    "Russia accused the United States of aggression.",
    [{ code: "11", participants: ["ACTOR:Russia", "TARGET:United States"] }],
  ],
  [
    "03 intent to cooperate: agreed",
    "Germany and France agreed to cooperate on energy.",
    [{ code: "03", participants: ["ACTOR:France", "OTHER:Germany"] }],
  ],
  [
    "06 material cooperation: signed a trade agreement",
    "Nigeria signed the free trade agreement with Benin on Sunday.",
    [{ code: "06", participants: ["ACTOR:Nigeria", "TARGET:Benin"], date: "2017-04-09" }],
  ],
  [
    "07 aid: rescue",
    "The Red Cross rescued twelve miners on Monday.",
    [{ code: "07", participants: ["ACTOR:Red Cross"], date: "2017-04-10" }],
  ],
  [
    "17 coerce: arrest with the arrested as target",
    "Police arrested Anders Larsson in Stockholm on Friday.",
    [
      {
        code: "17",
        participants: ["TARGET:Anders Larsson"],
        date: "2017-04-07",
        location: "Stockholm",
      },
    ],
  ],
  [
    "17 coerce: passive with agent",
    "Anders Larsson was sentenced by Maria Berg on Friday.",
    [
      {
        code: "17",
        participants: ["ACTOR:Maria Berg", "TARGET:Anders Larsson"],
        date: "2017-04-07",
      },
    ],
  ],
  [
    "08 yield: resignation",
    "Michael Flynn resigned on Monday.",
    [{ code: "08", participants: ["ACTOR:Michael Flynn"], date: "2017-04-10" }],
  ],
  [
    "14 protest: noun with target after 'against' and place",
    "Thousands joined a protest against Nicolas Maduro in Caracas on Saturday.",
    [
      {
        code: "14",
        participants: ["TARGET:Nicolas Maduro"],
        date: "2017-04-08",
        location: "Caracas",
      },
    ],
  ],
  [
    "15 force posture: deployment near a place",
    "China deployed warships near Taiwan on Sunday.",
    [{ code: "15", participants: ["ACTOR:China"], date: "2017-04-09", location: "Taiwan" }],
  ],
  [
    "00 other: sports result",
    "Brigid Kosgei won the marathon on Sunday.",
    [{ code: "00", participants: ["ACTOR:Brigid Kosgei"], date: "2017-04-09" }],
  ],
  [
    "00 other: a disaster takes its place as participant",
    "An apartment building collapsed in Magnitogorsk on Monday.",
    [
      {
        code: "00",
        participants: ["OTHER:Magnitogorsk"],
        date: "2017-04-10",
        location: "Magnitogorsk",
      },
    ],
  ],
  [
    "planned: firm future plan with a date",
    "Xi Jinping will meet Donald Trump on Friday.",
    [
      {
        code: "04",
        participants: ["ACTOR:Xi Jinping", "TARGET:Donald Trump"],
        date: "2017-04-14",
        summary: "Xi Jinping meet Donald Trump (Planned)",
      },
    ],
  ],
  [
    "refused to meet is a rejection, not a meeting",
    "Vladimir Putin refused to meet Rex Tillerson.",
    [{ code: "12", participants: ["ACTOR:Vladimir Putin", "TARGET:Rex Tillerson"] }],
  ],
  [
    "14 protest: a strike with labour words is a walkout, not a military strike",
    "Nurses backed by the Royal College of Nursing began a pay strike on Monday.",
    [{ code: "14", participants: ["ACTOR:Royal College of Nursing"], date: "2017-04-10" }],
  ],
  [
    "11 disapprove: a diplomatic protest lodged with a gap word",
    "China lodged a protest with Japan on Tuesday.",
    [{ code: "11", participants: ["ACTOR:China", "TARGET:Japan"], date: "2017-04-11" }],
  ],
  [
    "an introducing verb folds into the event noun",
    "Russia launched an offensive against Ukraine on Sunday.",
    [{ code: "19", participants: ["ACTOR:Russia", "TARGET:Ukraine"], date: "2017-04-09" }],
  ],
  [
    "00 other: a bill signed into law is administrative",
    "Donald Trump signed the tax bill into law on Friday.",
    [{ code: "00", participants: ["ACTOR:Donald Trump"], date: "2017-04-07" }],
  ],
  [
    "14 protest: lower-case march is a protest, the month is not",
    "March brought rain, and Nicolas Maduro's supporters marched in Caracas on Friday.",
    [
      {
        code: "14",
        participants: ["ACTOR:Nicolas Maduro"],
        date: "2017-04-07",
        location: "Caracas",
      },
    ],
  ],
  [
    "the day of a statement does not date the happening it reports",
    "Russia bombed Aleppo, officials said Monday.",
    [{ code: "19", participants: ["ACTOR:Russia"], date: "2017-04-12" }],
  ],
  [
    "a pending attack takes the party it is ascribed to",
    "Last week a Kabul car bombing killed five people, another attack ascribed to the Taliban.",
    [{ code: "18", participants: ["ACTOR:Taliban"], date: "2017-04", location: "Kabul" }],
  ],
  [
    "an attack nobody claims has the town it struck as its party",
    "An airstrike on the northern town of Saraqeb killed 14 people on Tuesday.",
    [{ code: "19", participants: ["OTHER:Saraqeb"], date: "2017-04-11", location: "Saraqeb" }],
  ],
  [
    "a missile launch is a show of force",
    "China launched two ballistic missiles on Monday.",
    [{ code: "15", participants: ["ACTOR:China"], date: "2017-04-10" }],
  ],
  [
    "12 reject: denying a request",
    "Russia denied a visa request from Angela Merkel.",
    [{ code: "12", participants: ["ACTOR:Russia", "TARGET:Angela Merkel"] }],
  ],
  [
    "01 statement: denying a claim",
    "China denied that it had sent troops.",
    [{ code: "01", participants: ["ACTOR:China"] }],
  ],
  [
    "a pronoun between a name and the verb is the subject",
    "Angela Merkel said they had already rejected the plan.",
    [],
  ],
  ["a verb form used as a noun subject is no act", "Search and rescue was slow near Kabul.", []],
  [
    "06 material cooperation: an economic agreement",
    "Nigeria agreed to provide loans for Benin.",
    [{ code: "06", participants: ["ACTOR:Nigeria", "TARGET:Benin"] }],
  ],
  [
    "location: a place adjective between the preposition and the place",
    "An earthquake destroyed hundreds of homes in eastern Syria on Sunday.",
    [{ code: "00", participants: ["OTHER:Syria"], date: "2017-04-09", location: "Syria" }],
  ],
  [
    "location: the place may come after an apposition, further than the party",
    "Vladimir Putin met on Monday with Angela Merkel, the visiting German chancellor, in Stockholm.",
    [
      {
        code: "04",
        participants: ["ACTOR:Vladimir Putin", "TARGET:Angela Merkel"],
        date: "2017-04-10",
        location: "Stockholm",
      },
    ],
  ],
  [
    "location: a destination of another verb is not where the act happened",
    "Anders Larsson was rescued on Monday and flown to Stockholm.",
    [{ code: "07", participants: ["TARGET:Anders Larsson"], date: "2017-04-10", location: null }],
  ],
  [
    "location: the destination of the act itself is its place",
    "The Red Cross sent food to Aleppo on Tuesday.",
    [{ code: "07", participants: ["ACTOR:Red Cross"], date: "2017-04-11", location: "Aleppo" }],
  ],
  [
    "a coordinated verb shares a subject named far back in its clause",
    "The Red Cross said on Tuesday that its teams had spent the whole week in the hospitals of the besieged districts around the old city with very few supplies and almost no water, and condemned Syria.",
    [{ code: "11", participants: ["ACTOR:Red Cross", "TARGET:Syria"] }],
  ],
  [
    "dates stay in their coordinated clause",
    "Germany signed the trade agreement in March, and France signed the agreement in January.",
    [
      { code: "06", participants: ["ACTOR:Germany"], date: "2017-03" },
      { code: "06", participants: ["ACTOR:France"], date: "2017-01" },
    ],
  ],
  [
    "a year inside an 'after' clause does not date the main act",
    "Michael Flynn has resigned, days after the scandal that broke last year.",
    [{ code: "08", participants: ["ACTOR:Michael Flynn"], date: "2017-04-12" }],
  ],
  [
    "a relative clause's subject is its antecedent, and the phrase's own preposition takes its object",
    "Angela Merkel praised the French team, who had lost to Germany on Friday.",
    [
      { code: "05", participants: ["ACTOR:Angela Merkel"] },
      { code: "00", participants: ["TARGET:Germany"], date: "2017-04-07", location: null },
    ],
  ],
  [
    "a flood or a landslide has no agent: the speaker is no party",
    "Anders Larsson said a landslide hit the road near Kabul on Thursday.",
    [{ code: "00", participants: ["OTHER:Kabul"], date: "2017-04-06", location: "Kabul" }],
  ],
  [
    "a day inside the month named next to it dates the act",
    "Xi Jinping will meet Donald Trump at the end of the month, on April 28.",
    [{ code: "04", participants: ["ACTOR:Xi Jinping", "TARGET:Donald Trump"], date: "2017-04-28" }],
  ],
  [
    "an 'after' phrase without a verb of its own keeps the date with the act",
    "Russia shelled Aleppo minutes after dawn on Monday.",
    [{ code: "19", participants: ["ACTOR:Russia"], date: "2017-04-10" }],
  ],
  [
    "07 aid: treating the wounded",
    "The Red Cross treated twelve wounded people in Kabul on Monday.",
    [{ code: "07", participants: ["ACTOR:Red Cross"], date: "2017-04-10", location: "Kabul" }],
  ],
  [
    "00 other: a rate decision",
    "China raised its key interest rate on Monday.",
    [{ code: "00", participants: ["ACTOR:China"], date: "2017-04-10" }],
  ],
  ["raising concerns is no rate decision", "Russia raised concerns on Monday.", []],
  ["negated: would not meet", "Vladimir Putin would not meet Rex Tillerson.", []],
  ["negated: did not meet", "Vladimir Putin did not meet Rex Tillerson on Monday.", []],
  ["hypothetical: could impose", "The United States could impose sanctions on Russia.", []],
  ["hypothetical: if clause", "If Russia attacks Syria again, the United States will respond.", []],
  ["vague plan without a date", "Xi Jinping will meet Donald Trump.", []],
  ["question", "Will Xi Jinping meet Donald Trump on Friday?", []],
  ["quoted words are no event", '"We met Vladimir Putin in Moscow," Rex Tillerson said.', []],
  ["a plain statement is no event", "Rex Tillerson said the relationship was at a low point.", []],
  [
    "14 protest: a crowd storming a building protests violently, it is no storm",
    "Protesters stormed the Red Cross office in Kabul on Wednesday.",
    [{ code: "14", date: "2017-04-12", location: "Kabul" }],
  ],
  [
    "18 assault: fighters storming a town",
    "Taliban fighters stormed Kabul on Wednesday.",
    [{ code: "18", participants: ["ACTOR:Taliban"] }],
  ],
  [
    "00 other: the weather noun stays a storm",
    "A storm in Kabul killed 30 people on Wednesday.",
    [{ code: "00", participants: ["OTHER:Kabul"] }],
  ],
  [
    "00 other: dismissing an official is an administrative measure",
    "Vladimir Putin sacked the defence minister on Wednesday.",
    [{ code: "00", participants: ["ACTOR:Vladimir Putin"], date: "2017-04-12" }],
  ],
  [
    "dismissing claims removes no official",
    "Vladimir Putin dismissed the claims on Wednesday.",
    [],
  ],
  ["firing shots removes no official", "The Taliban fired shots into the air on Wednesday.", []],
];

// The common happenings of news, in the team's own words. Published Wednesday 2017-04-12.
const happenings: [string, string[][], Expected[]][] = [
  [
    "17 arrest by an unnamed agency, with place and weekday",
    [["Police arrested Tomas Ferreira in Madrid on Monday."]],
    [
      {
        code: "17",
        participants: ["TARGET:Tomas Ferreira"],
        date: "2017-04-10",
        location: "Madrid",
      },
    ],
  ],
  [
    "08 surrender: 'turned himself in'",
    [["Tomas Ferreira turned himself in to police in Lisbon on Tuesday."]],
    [
      {
        code: "08",
        participants: ["ACTOR:Tomas Ferreira"],
        date: "2017-04-11",
        location: "Lisbon",
      },
    ],
  ],
  [
    "15 alert: 'placed … on high alert'",
    [["Japan placed its armed forces on high alert on Sunday."]],
    [{ code: "15", participants: ["ACTOR:Japan"], date: "2017-04-09" }],
  ],
  [
    "19 fire: 'fired rockets at'",
    [["Syria fired rockets at Turkey on Monday."]],
    // A country after "at" reads as where the rockets fell.
    [{ code: "19", participants: ["ACTOR:Syria"], date: "2017-04-10", location: "Turkey" }],
  ],
  [
    "19 retaliation by a named state",
    [["Turkey retaliated against Syria yesterday."]],
    [{ code: "19", participants: ["ACTOR:Turkey", "TARGET:Syria"], date: "2017-04-11" }],
  ],
  [
    "12 visas refused",
    [["Germany denied visas to Nigeria's delegation on Friday."]],
    [{ code: "12", participants: ["ACTOR:Germany"], date: "2017-04-07" }],
  ],
  [
    "07 evacuation by an aid organisation",
    [["The Red Cross evacuated 200 people from Aleppo yesterday."]],
    [{ code: "07", participants: ["ACTOR:Red Cross"], date: "2017-04-11", location: "Aleppo" }],
  ],
  [
    "17 a court's ruling against a party",
    [["The Supreme Court ruled against Helena Costa on Tuesday."]],
    [
      {
        code: "17",
        participants: ["ACTOR:Supreme Court", "TARGET:Helena Costa"],
        date: "2017-04-11",
      },
    ],
  ],
  [
    "17 'banned from' with its agent",
    [["Helena Costa was banned from entering Kenya by the Supreme Court on Monday."]],
    [
      {
        code: "17",
        participants: ["ACTOR:Supreme Court", "TARGET:Helena Costa", "OTHER:Kenya"],
        date: "2017-04-10",
      },
    ],
  ],
  [
    "14 a protest's organiser named with a description after 'by the'",
    [["The protests were called by the hardline Taliban on Friday."]],
    [{ code: "14", participants: ["ACTOR:Taliban"], date: "2017-04-07" }],
  ],
  [
    "17 'by the time' names no doer of the act",
    [["Helena Costa was arrested by the time Taliban fighters arrived."]],
    [{ code: "17", participants: ["TARGET:Helena Costa", "OTHER:Taliban"] }],
  ],
  [
    "17 a court's order is a coercive ruling",
    [["The Supreme Court ordered Tomas Ferreira to repay the funds on Monday."]],
    [
      {
        code: "17",
        participants: ["ACTOR:Supreme Court", "TARGET:Tomas Ferreira"],
        date: "2017-04-10",
      },
    ],
  ],
  [
    "17 a court suspending a measure",
    [["On Friday the Supreme Court suspended the new fuel levy."]],
    [{ code: "17", participants: ["ACTOR:Supreme Court"], date: "2017-04-07" }],
  ],
  [
    "a minister's order is no court ruling",
    [["Helena Costa ordered Tomas Ferreira to repay the funds on Monday."]],
    [],
  ],
  [
    "13 a response announced with 'would' is a threat made now",
    [["Russia said on Tuesday it would retaliate against Turkey."]],
    [{ code: "13", participants: ["ACTOR:Russia", "TARGET:Turkey"] }],
  ],
  [
    "13 'would respond' threatens; a response to a request is none",
    [["Turkey said it would respond.", "Russia did not respond to a request for comment."]],
    [{ code: "13", participants: ["ACTOR:Turkey"] }],
  ],
  ["a response already given is no threat", [["Russia responded to the report on Monday."]], []],
  [
    "17 an arrest told without its doer by a force's speaker was the force's",
    [
      [
        "Kenya has seen weeks of unrest.",
        "Kenyan police spokeswoman Helena Costa said 40 people had been arrested.",
      ],
    ],
    [{ code: "17", participants: ["ACTOR:Kenya", "OTHER:Helena Costa"] }],
  ],
  [
    "17 the speaker of a passive report did not undergo the act",
    [["Helena Costa said 40 people had been arrested."]],
    [{ code: "17", participants: ["OTHER:Helena Costa"] }],
  ],
  [
    "17 force on a crowd and the arrests after it are two acts",
    [
      [
        "Kenya has seen weeks of unrest.",
        "Kenyan police fired tear gas at protesters in Caracas on Monday.",
        "Kenyan police spokeswoman Helena Costa said 40 people had been arrested.",
      ],
    ],
    [
      { code: "17", participants: ["ACTOR:Kenya"], date: "2017-04-10" },
      { code: "17", participants: ["ACTOR:Kenya", "OTHER:Helena Costa"] },
    ],
  ],
  [
    "05 'the surest sign so far' is no signing",
    [
      [
        "Kenya has seen weeks of unrest, and the talks are the surest sign so far of a thaw with Russia.",
      ],
    ],
    [{ code: "04" }],
  ],
  [
    "05 'the signing of' an accord is one",
    [["The signing of the accord by Russia and China took place on Monday."]],
    [{ code: "05", date: "2017-04-10" }],
  ],
  [
    "an act of an unquoted 'we' or 'I' has no speaker the text names",
    [["We condemn Vladimir Putin.", "Rex Tillerson condemned Vladimir Putin."]],
    [{ code: "11", participants: ["ACTOR:Rex Tillerson", "TARGET:Vladimir Putin"] }],
  ],
  [
    "00 an election held on a weekday",
    [["The presidential election in Kenya was held on Sunday."]],
    [{ code: "00", date: "2017-04-09", location: "Kenya" }],
  ],
  [
    "00 the winners of one vote in one paragraph are one happening",
    [
      [
        "Helena Costa was elected in the northern district on Sunday.",
        "Maria Berg and Anders Larsson were also elected in the district.",
      ],
    ],
    [{ code: "00", date: "2017-04-09" }],
  ],
  [
    "'launched' after the attack it introduces is no launch of its own",
    [["The attack on Aleppo was launched by Islamic State on Monday."]],
    [{ code: "18", participants: ["ACTOR:Islamic State"], date: "2017-04-10" }],
  ],
  [
    "07 a donation noun with its giver",
    [["The Red Cross made a donation to Kenya on Monday."]],
    [{ code: "07", participants: ["ACTOR:Red Cross"], date: "2017-04-10" }],
  ],
  [
    "00 sworn in, and named to a post",
    [["Helena Costa was sworn in on Monday.", "Maria Berg was named as minister on Tuesday."]],
    [
      { code: "00", participants: ["ACTOR:Helena Costa"], date: "2017-04-10" },
      { code: "00", participants: ["TARGET:Maria Berg"], date: "2017-04-11" },
    ],
  ],
  [
    "11 a lawsuit, 08 a pardon, 18 shot dead",
    [
      [
        "Helena Costa sued the European Union on Monday.",
        "Nicolas Maduro pardoned Anders Larsson on Tuesday.",
        "Islamic State shot dead Maria Berg in Kabul on Sunday.",
      ],
    ],
    [
      { code: "11", participants: ["ACTOR:Helena Costa", "TARGET:European Union"] },
      { code: "08", participants: ["ACTOR:Nicolas Maduro", "TARGET:Anders Larsson"] },
      { code: "18", participants: ["ACTOR:Islamic State", "TARGET:Maria Berg"], location: "Kabul" },
    ],
  ],
  [
    "18 a killing is an attack of its own only when no attack or disaster it belongs to is told",
    [
      ["Islamic State killed 12 soldiers in Kabul on Friday."],
      ["Floods killed 40 people in Aleppo on Saturday."],
      ["Islamic State attacked Afrin on Monday, killing nine people."],
      ["A fire broke out in Cairo on Sunday.", "It killed four people."],
    ],
    [
      { code: "18", participants: ["ACTOR:Islamic State"], location: "Kabul", date: "2017-04-07" },
      { code: "00", participants: ["OTHER:Aleppo"], date: "2017-04-08" },
      { code: "18", participants: ["ACTOR:Islamic State"], location: "Afrin", date: "2017-04-10" },
      { code: "00", participants: ["OTHER:Cairo"], date: "2017-04-09" },
    ],
  ],
  [
    "18 fired on, fired at",
    [
      [
        "Islamic State fired on a convoy near Kabul on Monday.",
        "Maria Berg was fired from her job.",
      ],
    ],
    [{ code: "18", participants: ["ACTOR:Islamic State"], location: "Kabul", date: "2017-04-10" }],
  ],
  [
    "00 an approval by councillors is the council's, named after it",
    [
      [
        "Plans for a new arena were approved by councillors on Tuesday.",
        "Bristol City Council voted nine to four for the scheme.",
      ],
    ],
    [{ code: "00", participants: ["ACTOR:Bristol City Council"], date: "2017-04-11" }],
  ],
  [
    "07 an approved transfer of funds is aid",
    [["The European Union approved a loan of 5 billion euros to Ukraine on Monday."]],
    [{ code: "07", participants: ["ACTOR:European Union"], date: "2017-04-10" }],
  ],
  [
    "members without a body the article names are nobody",
    [["Plans for a new arena were approved by councillors on Tuesday."]],
    [],
  ],
  [
    "03 'the governor' is the one governor the article names, not a deputy governor",
    [
      [
        "Deputy Governor Pavel Orlov said 40 people were missing.",
        "The governor has promised every family a payout.",
      ],
      ["Regional governor Ivan Sokolov spoke to reporters later."],
    ],
    [{ code: "03", participants: ["ACTOR:Ivan Sokolov"] }],
  ],
  [
    "03 'the deputy governor' is the deputy",
    [
      [
        "Regional governor Ivan Sokolov and Deputy Governor Pavel Orlov spoke to reporters.",
        "The deputy governor promised every family a payout.",
      ],
    ],
    [{ code: "03", participants: ["ACTOR:Pavel Orlov"] }],
  ],
  [
    "00 a happening whose only party is a capital concerns its state, when the article names it",
    [
      [
        "Russia marked the anniversary quietly.",
        "A public celebration took place in Moscow on Monday.",
      ],
    ],
    [{ code: "00", participants: ["OTHER:Moscow", "OTHER:Russia"], date: "2017-04-10" }],
  ],
  [
    "a capital whose state the article does not name stays alone",
    [["A public celebration took place in Cairo on Monday."]],
    [{ code: "00", participants: ["OTHER:Cairo"] }],
  ],
  [
    "14 a protest at a state's embassy is directed at that state",
    [
      [
        "Japan recalled its ambassador last week.",
        "Protesters staged a rally outside the Japanese Embassy on Tuesday.",
      ],
    ],
    [
      {
        code: "14",
        participants: ["TARGET:Japan"],
        date: "2017-04-11",
        location: "Japanese Embassy",
      },
    ],
  ],
  [
    "17 coercion by a body, placed nowhere, happened in the one state among its parties",
    [["Kenya's Supreme Court jailed Helena Costa on Monday."]],
    [{ code: "17", location: "Kenya" }],
  ],
  [
    "19 force by a group, placed nowhere, happened in the state it befell",
    [["Kenya has known years of unrest since Islamic State fighters seized power in 2015."]],
    [{ code: "19", location: "Kenya" }],
  ],
  [
    "07 'the ministry' before the article names it is its only ministry",
    [
      ["The ministry evacuated 200 people from Aleppo on Monday."],
      ["A spokesman for the Ministry of Health said more were trapped."],
    ],
    [{ code: "07", participants: ["ACTOR:Ministry of Health"], location: "Aleppo" }],
  ],
  [
    "'the ministry' of an article that names two is neither",
    [
      ["The ministry evacuated 200 people from Aleppo on Monday."],
      ["The Ministry of Health and the Ministry of Defence said more were trapped."],
    ],
    // The evacuation stays, with only the place it was done from as party.
    [{ code: "07", participants: ["OTHER:Aleppo"] }],
  ],
  [
    "16 a capital as the subject of an act is its state's government",
    [["Russia recalled its envoy.", "Moscow has expelled two diplomats on Monday."]],
    [{ code: "16", participants: ["ACTOR:Russia"], date: "2017-04-10" }],
  ],
  [
    "a capital after a preposition is a place, not an actor",
    [["Russia recalled its envoy.", "Protesters in Moscow expelled a reporter."]],
    [],
  ],
  [
    "no event: a man named after his father, free trade",
    [["Anders Larsson was named after his father.", "Kenya wants free trade with Japan."]],
    [],
  ],
  [
    "no event: an election mentioned as background",
    [["Helena Costa has campaigned on jobs since the election."]],
    [],
  ],
  [
    "no event: a ruling party is no ruling",
    [["Helena Costa leads the ruling party in Kenya."]],
    [],
  ],
];

describe("events stage", () => {
  it.each(happenings)("%s", (_name, paragraphs, expected) => {
    const events = eventsOf({ paragraphs });
    expect(events).toHaveLength(expected.length);
    expected.forEach((want, index) => expect(events[index]).toMatchObject(want));
  });

  it("keeps an act recalled in a relative clause apart from the main act, without its date", () => {
    const doc = eventsStage.run(
      buildDoc({
        paragraphs: [["Spain extradited Tomas Ferreira, who was arrested in Madrid, on Friday."]],
      }),
    );
    const [extradition, arrest] = doc.events;
    expect(doc.events).toHaveLength(2);
    expect(extradition).toMatchObject({ trigger: "extradited", date: "2017-04-07" });
    expect(extradition?.dateInferred).toBeUndefined();
    expect(arrest).toMatchObject({ trigger: "arrested", dateInferred: true });
  });

  it.each(single)("%s", (_name, sentence, expected) => {
    const events = eventsOf({ paragraphs: [[sentence]] });
    expect(events).toHaveLength(expected.length);
    expected.forEach((want, index) => expect(events[index]).toMatchObject(want));
  });

  it("does not make the speaker the doer of the act the speaker reports", () => {
    const [attack] = eventsOf({
      paragraphs: [["Maria Berg said soldiers attacked a police convoy near Kabul on Monday."]],
    });
    expect(attack?.code).toBe("18");
    expect(attack?.participants).not.toContain("ACTOR:Maria Berg");
    const rescue = eventsOf({
      paragraphs: [
        ["Anders Larsson arrived in Kabul on Monday."],
        ["He said rescuers had evacuated 41 people from the rubble."],
      ],
    });
    expect(rescue.flatMap((event) => event.participants)).not.toContain("ACTOR:Anders Larsson");
    // A subject that takes the speaker in keeps the speaker a party.
    const [accord] = eventsOf({
      paragraphs: [
        ["Sergei Lavrov said both sides agreed to hold talks with Rex Tillerson on Monday."],
      ],
    });
    expect(accord?.participants?.[0]).toBe("ACTOR:Sergei Lavrov");
  });

  it("leaves the source out of an act whose clause names its own doer", () => {
    const own = eventsOf({
      paragraphs: [["The Red Cross said rescuers had evacuated 41 people from Kabul on Monday."]],
    });
    expect(own.flatMap((event) => event.participants)).not.toContain("OTHER:Red Cross");
    // "its teams": the source's own people act for it.
    const [teams] = eventsOf({
      paragraphs: [["The Red Cross said its teams had evacuated 41 people from Kabul on Monday."]],
    });
    expect(teams?.participants).toContain("OTHER:Red Cross");
  });

  it("leaves whoever reports the act in a closing attribution out of its parties", () => {
    const [offer] = eventsOf({
      paragraphs: [["Turkey offered to mediate, Russian envoy Sergei Lavrov said on Tuesday."]],
    });
    expect(offer?.participants).toEqual(["ACTOR:Turkey"]);
  });

  it("reads a nationality adjective on an attack as the attacking state the article names", () => {
    const named = eventsOf({
      paragraphs: [
        ["Turkey denied the report.", "Turkish air strikes on Afrin killed nine people on Monday."],
      ],
    });
    expect(named.find((event) => event.code === "19")).toMatchObject({
      participants: ["ACTOR:Turkey"],
      date: "2017-04-10",
      location: "Afrin",
    });
    // Without the state in the article the adjective adds no entity: the place is the party.
    const unnamed = eventsOf({
      paragraphs: [["Turkish air strikes on Afrin killed nine people on Monday."]],
    });
    expect(unnamed).toMatchObject([{ code: "19", participants: ["OTHER:Afrin"] }]);
  });

  it("does not take a name across a preposition as the actor of an event noun", () => {
    const events = eventsOf({
      paragraphs: [["Russia dismissed U.S. accusations over Tuesday's chemical attack on Aleppo."]],
    });
    // The attack is still found; with its attacker unnamed, the town struck is its party.
    expect(events.find((event) => event.code === "20")).toMatchObject({
      participants: ["OTHER:Aleppo"],
      location: "Aleppo",
    });
  });

  it("reads 'a two-day visit' as an event noun whose actor follows 'by'", () => {
    const events = eventsOf({
      paragraphs: [["Russia said a two-day visit to Moscow by Rex Tillerson began on Wednesday."]],
    });
    const visit = events.find((event) => event.code === "04");
    expect(visit).toMatchObject({ location: "Moscow" });
    expect(visit?.participants).toContain("ACTOR:Rex Tillerson");
    expect(visit?.participants).not.toContain("ACTOR:Russia");
  });

  it("dates an act relative to the date just mentioned", () => {
    const events = eventsOf({
      paragraphs: [
        [
          "Syria attacked Khan Sheikhoun on April 4, and the United States struck Shayrat two days later.",
        ],
      ],
    });
    expect(
      events.find((event) => event.participants?.includes("ACTOR:United States")),
    ).toMatchObject({
      code: "19",
      date: "2017-04-06",
    });
  });

  it("merges repeated mentions of one happening with evidence from each sentence", () => {
    const doc = eventsStage.run(
      buildDoc({
        paragraphs: [
          ["Rex Tillerson met Vladimir Putin on Wednesday.", "The meeting lasted two hours."],
          ["Tillerson's meeting with Putin was frank, Lavrov said."],
        ],
      }),
    );
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]?.evidence.map((evidence) => evidence.sentenceIndex)).toEqual([0, 1, 2]);
    expect(doc.events[0]?.evidence[0]).toMatchObject({ start: 0, end: 46 });
  });

  it("dates an act by the happening its sentence refers back to", () => {
    const events = eventsOf({
      paragraphs: [
        ["Rex Tillerson met Vladimir Putin on Wednesday."],
        ["Exports fell."],
        ["Prices rose."],
        ["Sergei Lavrov said after the meeting that Russia agreed to cooperate."],
      ],
    });
    expect(events.find((event) => event.code === "03")).toMatchObject({
      participants: ["ACTOR:Russia", "OTHER:Sergei Lavrov"],
      date: "2017-04-12",
    });
  });

  it("takes the story's day from the paragraph after the lead, not from a statement's date", () => {
    const events = eventsOf({
      paragraphs: [
        ["Flash floods tore through Kabul, officials said Saturday."],
        ["The water swept down the valley early Friday."],
      ],
    });
    expect(events).toEqual([
      expect.objectContaining({
        code: "00",
        participants: ["OTHER:Kabul"],
        date: "2017-04-07",
        location: "Kabul",
      }),
    ]);
  });

  it("keeps two different acts against the same party apart", () => {
    const events = eventsOf({
      paragraphs: [
        [
          "Anders Larsson was arrested in January.",
          "Maria Berg sentenced Anders Larsson on Friday.",
        ],
      ],
    });
    expect(events.map((event) => event.code)).toEqual(["17", "17"]);
  });

  it("places the lead event at the dateline place", () => {
    const events = eventsOf({
      paragraphs: [["Rex Tillerson met Vladimir Putin on Wednesday."]],
      datelinePlace: "Moscow",
    });
    expect(events[0]).toMatchObject({ code: "04", location: "Moscow" });
    // Further on, a happening of the story's days is at the dateline too; an older one is not.
    const sameDay = eventsOf({
      paragraphs: [["Exports rose in March."], ["Rex Tillerson met Vladimir Putin on Wednesday."]],
      datelinePlace: "Moscow",
    });
    expect(sameDay[0]).toMatchObject({ code: "04", location: "Moscow" });
    const older = eventsOf({
      paragraphs: [
        ["Rex Tillerson met Vladimir Putin on Wednesday."],
        ["Exports rose in March."],
        ["Sergei Lavrov met Angela Merkel on March 3."],
      ],
      datelinePlace: "Moscow",
    });
    expect(older[1]).toMatchObject({ code: "04", date: "2017-03-03", location: null });
  });

  it("places a lead that names no place at the one venue the next paragraph names with 'at'", () => {
    const events = eventsOf({
      paragraphs: [
        ["Spain beat Portugal 3-1 on Wednesday to reach the final."],
        ["A crowd of 60,000 watched at Atocha Station, where screens had been put up."],
      ],
      datelinePlace: "Madrid",
    });
    expect(events[0]).toMatchObject({ code: "00", location: "Atocha Station" });
    // Two venues tell no single one: the lead stays at the dateline.
    const two = eventsOf({
      paragraphs: [
        ["Spain beat Portugal 3-1 on Wednesday to reach the final."],
        ["Fans gathered at Atocha Station and at the Kremlin to watch."],
      ],
      datelinePlace: "Madrid",
    });
    expect(two[0]).toMatchObject({ code: "00", location: "Madrid" });
  });

  it("reads an actor named by description: a nationality's police, a body named before", () => {
    const state = eventsOf({
      paragraphs: [
        ["Kenya has seen weeks of unrest."],
        ["Kenyan police arrested Helena Costa on Monday."],
        ["Kenyan police said they detained Maria Berg on Tuesday."],
      ],
    });
    expect(state).toMatchObject([
      { code: "17", participants: ["ACTOR:Kenya", "TARGET:Helena Costa"], date: "2017-04-10" },
      { code: "17", participants: ["ACTOR:Kenya", "TARGET:Maria Berg"], date: "2017-04-11" },
    ]);
    const body = eventsOf({
      paragraphs: [
        ["The Supreme Court heard the case of Anders Larsson in March."],
        ["On Friday the court jailed Anders Larsson for six years."],
        ["Maria Berg was detained by the court on Monday."],
      ],
    });
    expect(body).toMatchObject([
      { code: "17", participants: ["ACTOR:Supreme Court", "TARGET:Anders Larsson"] },
      { code: "17", participants: ["ACTOR:Supreme Court", "TARGET:Maria Berg"] },
    ]);
    // A nationality whose state the article does not name, or a body it has not named, is nobody.
    const nobody = eventsOf({
      paragraphs: [["Belgian police arrested Helena Costa.", "The agency detained Maria Berg."]],
    });
    expect(nobody.every((event) => !event.participants?.some((p) => p.startsWith("ACTOR:")))).toBe(
      true,
    );
  });

  it("reads a state's force named by the country after 'in' as that state", () => {
    const events = eventsOf({
      paragraphs: [["Police in Kenya fired tear gas at protesters in Nairobi on Monday."]],
    });
    expect(events).toMatchObject([{ code: "17", participants: ["ACTOR:Kenya"] }]);
    const court = eventsOf({
      paragraphs: [["A court in Kenya on Monday jailed Helena Costa for six years."]],
    });
    expect(court).toMatchObject([
      { code: "17", participants: ["ACTOR:Kenya", "TARGET:Helena Costa"], date: "2017-04-10" },
    ]);
  });

  it("reads a verdict with the defendant's name inside the phrase, and a year as background", () => {
    const events = eventsOf({
      paragraphs: [
        ["A jury in Madrid found Tomas Ferreira not guilty of fraud on Tuesday."],
        ["Another jury found him guilty of bribery in 2015."],
      ],
    });
    expect(events).toMatchObject([
      { code: "17", participants: ["TARGET:Tomas Ferreira"], date: "2017-04-11" },
      { code: "17", participants: ["TARGET:Tomas Ferreira"], date: null, location: null },
    ]);
  });

  it("keeps a state the lead never names out of the lead's scene", () => {
    const events = eventsOf({
      paragraphs: [
        ["Rex Tillerson met Vladimir Putin in the Kremlin on Wednesday."],
        ["Japan deployed troops on Wednesday."],
      ],
    });
    expect(events.map((event) => [event.code, event.location])).toEqual([
      ["04", "Kremlin"],
      ["15", null],
    ]);
  });

  it("reads 'it'/'they' as the organisation or state that acted in the sentence before", () => {
    const events = eventsOf({
      paragraphs: [
        [
          "The European Union imposed sanctions on Russia on Monday.",
          "It also expelled Nicolas Maduro on Tuesday.",
          "Police said they arrested Helena Costa on Tuesday.",
        ],
      ],
    });
    expect(events).toMatchObject([
      { code: "16", participants: ["ACTOR:European Union", "TARGET:Russia"] },
      { code: "16", participants: ["ACTOR:European Union", "TARGET:Nicolas Maduro"] },
      { code: "17", participants: ["TARGET:Helena Costa"] },
    ]);
  });

  it("reads 'she' as the last woman named, not the last person", () => {
    const events = eventsOf({
      paragraphs: [
        [
          "Maria Berg left Kenya in 2015.",
          "Vladimir Putin stayed behind.",
          "On Monday she met Angela Merkel in Stockholm.",
        ],
      ],
    });
    expect(events).toMatchObject([
      { code: "04", participants: ["ACTOR:Maria Berg", "TARGET:Angela Merkel"] },
    ]);
  });

  it("leaves the reporter of a disaster out of its parties", () => {
    const events = eventsOf({
      paragraphs: [["Anders Larsson said floods hit the region on Thursday."]],
    });
    expect(events).toEqual([]);
  });

  it("reads 'the suspect' as the person the last act befell", () => {
    const events = eventsOf({
      paragraphs: [
        ["Spanish police arrested Tomas Ferreira in Madrid on Monday."],
        ["The suspect was charged with fraud on Tuesday."],
      ],
    });
    expect(events).toMatchObject([
      { code: "17", participants: ["TARGET:Tomas Ferreira"], date: "2017-04-10" },
      { code: "17", participants: ["TARGET:Tomas Ferreira"], date: "2017-04-11" },
    ]);
  });

  it("places a happening at the narrower place of a possessive", () => {
    const events = eventsOf({
      paragraphs: [["A roof collapsed into Madrid's Atocha Station on Friday."]],
    });
    expect(events[0]).toMatchObject({ code: "00", location: "Atocha Station" });
  });

  it("moves a happening to the more specific place a later report of it names", () => {
    const stampede = eventsOf({
      paragraphs: [
        ["A stampede near Madrid killed 30 people on Friday."],
        ["The stampede happened at Atocha Station."],
      ],
    });
    expect(stampede).toMatchObject([{ code: "00", location: "Atocha Station" }]);
    const attack = eventsOf({
      paragraphs: [
        ["The Taliban attacked a police convoy in the state of Sinaloa on Friday."],
        ["The attack took place near the town of Elota."],
      ],
    });
    expect(attack).toMatchObject([{ code: "18", location: "Elota" }]);
    // A wider place named later leaves the event where it was.
    const wider = eventsOf({
      paragraphs: [
        ["A stampede at Atocha Station killed 30 people on Friday."],
        ["The stampede happened in Spain."],
      ],
    });
    expect(wider).toMatchObject([{ code: "00", location: "Atocha Station" }]);
  });

  it("keeps a record happening of a past year apart from the one reported, at the story's place", () => {
    const record = eventsOf({
      paragraphs: [
        ["A stampede near Madrid killed 30 people on Friday."],
        ["Crushes are common at the fair, with the deadliest stampede during the 1985 fair."],
      ],
    });
    expect(record.map((event) => [event.code, event.date, event.location])).toEqual([
      ["00", "2017-04-07", "Madrid"],
      ["00", null, "Madrid"],
    ]);
    // Said of the reported happening, or measured "since" a year, the superlative names it.
    const predicate = eventsOf({
      paragraphs: [
        ["A stampede near Madrid killed 30 people on Friday."],
        ["It was the deadliest stampede in Madrid since 1985."],
      ],
    });
    expect(predicate).toHaveLength(1);
  });

  it("gives a disaster the site a later report of the happening merged into it names", () => {
    const events = eventsOf({
      paragraphs: [
        ["An apartment block collapsed in Madrid on Friday. A gas leak led to an explosion."],
        ["Another explosion hit a bus in Madrid on Friday."],
        ["Both explosions happened at Atocha Station on Friday."],
      ],
    });
    expect(events.map((event) => event.location)).not.toContain("Madrid");
  });

  it("takes the parties of a happening told without them from the next sentence of its paragraph", () => {
    const [talks] = eventsOf({
      paragraphs: [
        [
          "Talks were held in Moscow on Wednesday.",
          "Sergei Lavrov and Rex Tillerson led the two delegations.",
        ],
      ],
    });
    expect(talks).toMatchObject({ code: "04", location: "Moscow" });
    expect(talks?.participants).toEqual(["OTHER:Sergei Lavrov", "OTHER:Rex Tillerson"]);
    // A speaker's comment names no party of it.
    const commented = eventsOf({
      paragraphs: [["Talks were held in Moscow on Wednesday.", "Sergei Lavrov said little."]],
    });
    expect(commented.flatMap((event) => event.participants)).not.toContain("OTHER:Sergei Lavrov");
  });

  it("places the day's unplaced happenings at the scene of the lead", () => {
    const events = eventsOf({
      paragraphs: [
        ["Rex Tillerson met Vladimir Putin in the Kremlin on Wednesday."],
        ["Sergei Lavrov criticized the European Union on Wednesday."],
        ["Russia imposed sanctions on Ukraine in 2014."],
      ],
    });
    expect(events.map((event) => [event.code, event.date, event.location])).toEqual([
      ["04", "2017-04-12", "Kremlin"],
      ["11", "2017-04-12", "Kremlin"],
      ["16", null, null],
    ]);
  });

  it("reports the headline statement as an event of the lead", () => {
    const built = buildDoc({
      paragraphs: [
        ["Tillerson says Putin talks were productive"],
        ["Rex Tillerson said late Wednesday that the talks were productive."],
      ],
    });
    const headline = built.sentences[0];
    if (headline) Object.assign(headline, { zone: "headline", paragraphIndex: -1 });
    const doc = eventsStage.run(built);
    const statement = doc.events.find((event) => event.code === "01");
    expect(statement).toMatchObject({ trigger: "said", date: "2017-04-12" });
    expect(statement?.participants).toEqual([{ entityId: 0, role: "ACTOR" }]);
  });

  it("keeps one verb against two different targets as two acts", () => {
    const events = eventsOf({
      paragraphs: [
        ["Germany beat France on Sunday.", "Germany had reached the final by beating Japan."],
      ],
    });
    expect(events.map((event) => event.participants)).toEqual([
      ["ACTOR:Germany", "TARGET:France"],
      ["ACTOR:Germany", "TARGET:Japan"],
    ]);
  });

  it("folds a definite plural naming an earlier act into it, whatever its code", () => {
    const events = eventsOf({
      paragraphs: [
        ["China launched two ballistic missiles on Monday.", "Japan condemned the launches."],
      ],
    });
    expect(events.map((event) => event.code)).toEqual(["15", "11"]);
    // The condemnation is aimed at whoever launched them.
    expect(events[1]?.participants).toEqual(["ACTOR:Japan", "TARGET:China"]);
  });

  it("reads an event noun after 'the' and a name as definite, so it names the earlier act", () => {
    const events = eventsOf({
      paragraphs: [
        ["Maria Berg opened an exhibition in Stockholm on Monday."],
        ["The popular Anders Larsson exhibition drew 5,000 visitors."],
      ],
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ code: "00", location: "Stockholm", date: "2017-04-10" });
  });

  it("does not let another kind of 'other' happening complete an act with no party", () => {
    const events = eventsOf({
      paragraphs: [["A landslide hit the road on Monday.", "The Red Cross held a ceremony."]],
    });
    expect(events).toHaveLength(1);
    expect(events[0]?.participants).toEqual(["ACTOR:Red Cross"]);
  });

  it("gives an unowned 'other' happening to the organisation the article is about", () => {
    const events = eventsOf({
      paragraphs: [
        ["The European Union presented its space plan on Monday."],
        ["The European Union said the European Union would pay for it."],
        ["Officials of the European Union and the Taliban spoke, the European Union said."],
        ["The rocket lifted off on Tuesday."],
      ],
    });
    expect(events.find((event) => event.date === "2017-04-11")).toMatchObject({
      code: "00",
      participants: ["OTHER:European Union"],
    });
  });

  it("ignores captions", () => {
    expect(
      eventsOf({
        paragraphs: [["Rex Tillerson met Vladimir Putin on Wednesday."]],
        zone: "caption",
      }),
    ).toEqual([]);
  });

  it("copies the trigger from the text with its exact span", () => {
    const doc = eventsStage.run(
      buildDoc({ paragraphs: [["Russia vetoed a United Nations Security Council resolution."]] }),
    );
    const event = doc.events[0];
    expect(event?.trigger).toBe("vetoed");
    expect(event && doc.text.slice(event.triggerSpan.start, event.triggerSpan.end)).toBe("vetoed");
    expect(event?.confidence).toBeGreaterThan(0);
    expect(event?.confidence).toBeLessThanOrEqual(1);
  });

  // A bare state force ("Police", "troops") is the state of the dateline's capital or country,
  // when the article names that state; a place or nationality before the noun wins.
  const homeStates: [string, string, string, string[]][] = [
    [
      "bare police in a Madrid report",
      "Madrid",
      "Spain said it would act. Police arrested Tomas Ferreira in Lisbon on Monday.",
      ["ACTOR:Spain", "TARGET:Tomas Ferreira"],
    ],
    [
      "riot police, with a modifier",
      "Madrid",
      "Spain said it would act. The riot police detained Helena Costa on Tuesday.",
      ["ACTOR:Spain", "TARGET:Helena Costa"],
    ],
    [
      "troops, from a country dateline",
      "Kenya",
      "Kenya closed the border. Troops detained Tomas Ferreira on Monday.",
      ["ACTOR:Kenya", "TARGET:Tomas Ferreira"],
    ],
    [
      "a place before the noun names another force",
      "Madrid",
      "Spain said it would act. Lisbon police arrested Tomas Ferreira on Monday.",
      ["TARGET:Tomas Ferreira"],
    ],
    [
      "a dateline state the article never names",
      "Madrid",
      "Police arrested Tomas Ferreira in Lisbon on Monday.",
      ["TARGET:Tomas Ferreira"],
    ],
    [
      "no dateline",
      "",
      "Spain said it would act. Police arrested Tomas Ferreira in Lisbon on Monday.",
      ["TARGET:Tomas Ferreira"],
    ],
  ];
  it.each(homeStates)("home state: %s", (_name, dateline, text, participants) => {
    const events = eventsOf({
      paragraphs: [["Officials met on Monday."], text.split(/(?<=\.) /)],
      ...(dateline ? { datelinePlace: dateline } : {}),
    });
    expect(events.find((event) => event.code === "17")?.participants).toEqual(participants);
  });

  // An attack or an "other" happening that found only its own place as party belongs to the
  // organisation the article is about; a disaster keeps the place it struck.
  const protagonists: [string, string, string[]][] = [
    [
      "an assault placed by its town",
      "An assault in Aleppo in August 2015 killed 40 soldiers.",
      ["ACTOR:Taliban", "OTHER:Aleppo"],
    ],
    [
      "a celebration placed by its town",
      "Supporters celebrated in Elota in March 2016.",
      ["ACTOR:Taliban", "OTHER:Elota"],
    ],
    ["a flood keeps its place", "Floods in Elota killed 30 people in March 2016.", ["OTHER:Elota"]],
  ];
  it.each(protagonists)("protagonist: %s", (_name, sentence, participants) => {
    const about = [
      "The Taliban said on Monday it had opened an office.",
      "The Taliban named a new envoy and the Taliban thanked Germany.",
      "The Taliban met Turkey; the Taliban also met France on Sunday.",
    ];
    const events = eventsOf({ paragraphs: [about, [sentence]] });
    const last = events.find(
      (event) =>
        !event.participants?.some((p) => /Turkey|France|Germany/.test(p)) &&
        event.participants?.some((p) => /Aleppo|Elota/.test(p)),
    );
    expect(last?.participants).toEqual(participants);
  });

  // A happening nobody is named for belongs to the organisation the article is about, unless it
  // is an arrest (dropped; attacks are in the protagonist table above).
  const unowned: [string, string, string[] | null][] = [
    ["a walkout", "A 48-hour walkout began on Monday.", ["OTHER:Royal College of Nursing"]],
    [
      "a rejected offer",
      "The pay offer was rejected on Tuesday.",
      ["OTHER:Royal College of Nursing"],
    ],
    ["an arrest is nobody's", "Two men were arrested on Monday.", null],
  ];
  it.each(unowned)("unowned happening: %s", (_name, sentence, participants) => {
    const about = [
      "The Royal College of Nursing said on Sunday it had balloted members.",
      "The Royal College of Nursing named a new leader and the Royal College of Nursing thanked Spain.",
      "The Royal College of Nursing met France; the Royal College of Nursing also met Portugal.",
    ];
    const events = eventsOf({ paragraphs: [about, [sentence]] });
    const own = events.filter(
      (event) => !event.participants?.some((p) => /Spain|France|Portugal/.test(p)),
    );
    expect(own.at(-1)?.participants ?? null).toEqual(participants);
  });

  // A state's own measure or announcement with no place named happened in that state.
  const domestic: [string, string, string, string | null][] = [
    ["a law passed", "Japan passed a law on Monday banning phones in schools.", "00", "Japan"],
    ["an announcement", "Germany announced new border rules on Tuesday.", "01", "Germany"],
    [
      "a place in the clause wins",
      "Germany announced new rules in Madrid on Tuesday.",
      "01",
      "Madrid",
    ],
    ["a national side's win is not at home", "Spain beat Portugal 3-1 on Monday.", "00", null],
    ["a rebuke of another state stays unplaced", "Japan condemned Russia on Monday.", "11", null],
  ];
  it.each(domestic)("domestic act: %s", (_name, sentence, code, location) => {
    const event = eventsOf({ paragraphs: [[sentence]] }).find((item) => item.code === code);
    expect(event?.location).toBe(location);
  });

  // The place of what is urged, promised or agreed is not where it was said; the lead's scene
  // is, except for acts of a state the lead never names (Russia here).
  const spoken: [string, string, string, string | null][] = [
    [
      "an infinitive after the object",
      "Sergei Lavrov urged Rex Tillerson on Wednesday to prevent new strikes in Aleppo.",
      "02",
      "Kremlin",
    ],
    [
      "a that-clause",
      "Russia agreed on Wednesday that the attack on Khan Sheikhoun must be investigated.",
      "03",
      null,
    ],
    [
      "a place before the complement still counts",
      "Sergei Lavrov urged Rex Tillerson in Moscow on Wednesday to prevent new strikes.",
      "02",
      "Moscow",
    ],
  ];
  it.each(spoken)("place of a spoken act: %s", (_name, sentence, code, location) => {
    const events = eventsOf({
      paragraphs: [["Rex Tillerson met Vladimir Putin in the Kremlin on Wednesday."], [sentence]],
    });
    expect(events.find((event) => event.code === code)?.location).toBe(location);
  });

  // A date after the object of a reaction ("rejected the offer in March") dates the reaction.
  const reactions: [string, string, string, string | null][] = [
    ["a rejected offer", "Russia rejected the new offer in March.", "12", "2017-03"],
    ["a condemned attack", "Germany condemned the attack on Monday.", "11", "2017-04-10"],
    ["a welcomed deal", "France welcomed the 10-year trade deal on Tuesday.", "05", "2017-04-11"],
  ];
  it.each(reactions)("date of a reaction: %s", (_name, sentence, code, date) => {
    const events = eventsOf({ paragraphs: [[sentence]] });
    expect(events.find((event) => event.code === code)?.date).toBe(date);
  });

  it("leaves out a paragraph signed by a media credit, as a caption", () => {
    const events = eventsOf({
      paragraphs: [
        ["Rex Tillerson met Vladimir Putin in the Kremlin on Wednesday.", "Video: Anders Larsson."],
        ["Russia vetoed a United Nations Security Council resolution on Wednesday."],
      ],
    });
    expect(events.map((event) => event.code)).toEqual(["12"]);
  });

  // What a pledge waits for ("until the tax is withdrawn") has not happened; a past "until" has.
  const awaited: [string, string, string, boolean][] = [
    [
      "a protest pledged until a withdrawal",
      "Kenya said protesters would march until the new tax was withdrawn.",
      "08",
      false,
    ],
    [
      "a vow until a release",
      "The Taliban vowed to fight until Russia released its prisoners.",
      "08",
      false,
    ],
    [
      "a past act ended by a resignation",
      "Tomas Ferreira led the party until he resigned on Monday.",
      "08",
      true,
    ],
  ];
  it.each(awaited)("awaited act: %s", (_name, sentence, code, found) => {
    const events = eventsOf({ paragraphs: [[sentence]] });
    expect(events.some((event) => event.code === code)).toBe(found);
  });

  // "Quakes in X killed 1,000 in October, and floods in March killed 30": the second disaster is
  // an event of its own (the toll verb before "and" is left out, not the act after it; the
  // first disaster a few words back is another one), not placed in the first clause's town;
  // with no place, it struck the dateline's state (a lead act, placed at the dateline).
  const coordinated: [string, string | undefined, string, Expected][] = [
    [
      "a second disaster after a toll",
      "Kenya",
      "Kenya mourned. Earthquakes in Elota killed 1,000 people in October, and floods in March killed 30.",
      { code: "00", participants: ["OTHER:Kenya"], date: "2017-03", location: "Kenya" },
    ],
    [
      "a placeless disaster without a dateline state has no party",
      undefined,
      "Earthquakes in Elota killed 1,000 people in October, and floods in March killed 30.",
      { code: "00", participants: ["OTHER:Elota"], date: "2016-10", location: "Elota" },
    ],
  ];
  it.each(coordinated)("coordinated disaster: %s", (_name, dateline, text, want) => {
    const events = eventsOf({
      paragraphs: [text.split(/(?<=\.) /)],
      ...(dateline ? { datelinePlace: dateline } : {}),
    });
    expect(events.at(-1)).toMatchObject(want);
  });

  // Sending a delegation or an envoy is a visit (04); a space probe is no investigation.
  const lexicon: [string, string, string[]][] = [
    ["a delegation sent", "Japan sent a delegation to Stockholm on Monday.", ["04"]],
    ["an envoy dispatched", "China dispatched an envoy to Cairo on Tuesday.", ["04"]],
    ["an inquiry", "Germany opened a probe into the FBI on Monday.", ["09"]],
    ["a spacecraft", "The Japan probe touched down on Monday.", ["00"]],
    ["a delay", "Japan delayed its census by a year on Monday.", ["00"]],
    ["a mission completed", "Japan completed its census of Kabul on Monday.", ["00"]],
    ["a complete ban", "Japan wants a complete ban on whaling.", []],
    ["almost complete", "With its census almost complete, Japan waited.", []],
    ["a mark set", "Maria Berg set the mark in Madrid on Monday.", ["00"]],
    ["a record set", "The record set by Maria Berg in Madrid on Monday still stands.", ["00"]],
    // Halting a search or a rescue is a measure (00), not a rescue, whatever the verb.
    ["a search called off", "The search for survivors was called off in Kabul on Monday.", ["00"]],
    [
      "a rescue suspended",
      "The Red Cross said search and rescue was suspended in Aleppo on Monday.",
      ["00"],
    ],
    ["a halt of something else", "Japan halted its census in Kabul on Monday.", []],
  ];
  it.each(lexicon)("trigger lexicon: %s", (_name, sentence, codes) => {
    expect(eventsOf({ paragraphs: [[sentence]] }).map((event) => event.code)).toEqual(codes);
  });

  // Generic event nouns ("all harvest festivals") and private meetings ("met her
  // husband") are no happenings; a specific one still is.
  const noHappening: [string, string, string[]][] = [
    ["generic celebrations", "As with all harvest festivals in Ghana, the market was full.", []],
    ["every election", "Turnout in Kenya falls at every election.", []],
    ["a private meeting", "In Madrid, Helena Costa met her husband.", []],
    ["a spouse met", "Tomas Ferreira met his wife in Lisbon in 2001.", []],
    ["a specific celebration", "Taiwan held celebrations in Taipei on Sunday.", ["00"]],
    ["a consultation", "Helena Costa met Tomas Ferreira in Madrid on Monday.", ["04"]],
    // A standard met, water released, a court of appeals: no meeting, release or appeal.
    [
      "a standard met",
      "Helena Costa said the Osaka plant meets international safety standards.",
      [],
    ],
    ["water released", "Japan began releasing treated wastewater from the plant in August.", []],
    ["an appeals court", "A Dutch appeals court ordered Helena Costa to pay.", []],
    [
      "a person released from prison",
      "Helena Costa was released from prison in Lisbon on Monday.",
      ["08"],
    ],
    ["an appeal", "Helena Costa appealed to Tomas Ferreira to stay.", ["02"]],
    // A stance told in the passive without anyone who takes it is no act; with its agent it is.
    // A bare verb before a head noun is a modifier: "exhibit organizers" are people.
    ["a modifier", "Helena Costa thanked the exhibit organizers in Madrid on Monday.", []],
    // Offering help or talks is an intent to cooperate; offering things is no act of that kind.
    ["help offered", "Japan offered help to Kenya on Monday.", ["03"]],
    ["things offered", "Japan is offering heat shield tiles to schools in Kenya.", []],
    ["a reward offered", "Japan offered a $10,000 reward for information on Monday.", ["03"]],
    ["an offer told before its verb", "Kenya refused the sum Japan had offered.", ["12", "03"]],
    // An event noun in a title names an office, not a happening.
    ["an office", "Helena Costa, director of investigations at the FBI, spoke on Monday.", []],
    // A vote told in the present says how it works; told in the past it is a result.
    ["how a vote works", "Every five years Kenya elects 70 members of its assembly.", []],
    ["a vote held", "Kenya elected Helena Costa on Sunday.", ["00"]],
    ["a criticism nobody makes", "Turkey has been criticised for its raids in Afrin.", []],
    ["a criticism with its critic", "Turkey was criticised by Russia on Monday.", ["11"]],
    // Words that name properties of every object are no court acts.
    [
      "a constructor",
      "The court heard that Helena Costa hired a constructor and Tomas Ferreira.",
      [],
    ],
  ];
  it.each(noHappening)("no happening: %s", (_name, sentence, codes) => {
    expect(eventsOf({ paragraphs: [[sentence]] }).map((event) => event.code)).toEqual(codes);
  });

  it("never throws on junk", () => {
    const junk = [
      '"'.repeat(5000),
      "met met met ".repeat(20000),
      "\u0000<html>",
      "",
      "attack".repeat(1000),
    ];
    for (const text of junk) {
      expect(() => eventsStage.run(buildDoc({ paragraphs: [[text]] }))).not.toThrow();
    }
  });

  // A short line standing alone without a full stop is a crosshead naming a topic; the same
  // words as a sentence, or a longer line, still report an act.
  const crossheads: [string, string[][], string[]][] = [
    ["a crosshead", [["Tillerson meets Putin"], ["Russia said on Monday it was ready."]], []],
    ["the same words as a sentence", [["Tillerson met Putin."]], ["04"]],
    [
      "a line in a paragraph of several sentences",
      [["Tillerson met Putin", "Russia said on Monday it was ready."]],
      ["04"],
    ],
  ];
  it.each(crossheads)("crosshead: %s", (_name, paragraphs, codes) => {
    expect(eventsOf({ paragraphs }).map((event) => event.code)).toEqual(codes);
  });

  // "The two men were arrested …": a plural part, with or without a number, names the people the
  // last act befell; a number with no article, or a word that is no part, names nobody.
  const undergoers: [string, string, string[] | null][] = [
    ["the suspects", "The suspects were detained in February.", ["TARGET:Helena Costa"]],
    ["the two brothers", "The two brothers were detained in February.", ["TARGET:Helena Costa"]],
    ["the couple", "The couple was detained in February.", ["TARGET:Helena Costa"]],
    ["no article", "Two parents were detained in February.", null],
    ["no part", "The two teams were detained in February.", null],
  ];
  it.each(undergoers)("described undergoer: %s", (_name, sentence, participants) => {
    const events = eventsOf({
      paragraphs: [["A Madrid judge sentenced Helena Costa to ten years on Monday."], [sentence]],
    });
    expect(events.find((event) => event.date === "2017-02")?.participants ?? null).toEqual(
      participants,
    );
  });

  // The day's unplaced acts around a meeting held in a building happened in the town the lead
  // names; with no town in the lead they keep the building.
  const scenes: [string, string[][], string | null][] = [
    [
      "a town in the lead",
      [
        ["Helena Costa said on Monday that her talks in Madrid with Tomas Ferreira were useful."],
        ["Helena Costa met Tomas Ferreira at Atocha Station on Monday."],
        ["Tomas Ferreira urged Helena Costa on Monday to cut taxes."],
      ],
      "Madrid",
    ],
    [
      "only the building",
      [
        ["Helena Costa met Tomas Ferreira at Atocha Station on Monday."],
        ["Tomas Ferreira urged Helena Costa on Monday to cut taxes."],
      ],
      "Atocha Station",
    ],
  ];
  it.each(scenes)("scene of the day: %s", (_name, paragraphs, location) => {
    const appeal = eventsOf({ paragraphs }).find((event) => event.code === "02");
    expect(appeal?.location).toBe(location);
  });

  // A lead that names no place of its own is placed by the paragraph after it; a dateline then
  // only tells where the story was filed, for the acts of the story's day.
  const toldAfterLead: [string, string | undefined, string[][], string, string | null][] = [
    [
      "no place in the lead: the town of the paragraph after it",
      undefined,
      [
        ["Portugal and Spain agreed on Monday to restart border talks."],
        ["Helena Costa met Tomas Ferreira at Atocha Station in Madrid on Monday."],
      ],
      "03",
      "Madrid",
    ],
    [
      "an older act after the lead is no scene",
      undefined,
      [
        ["Portugal and Spain agreed on Monday to restart border talks."],
        ["Helena Costa met Tomas Ferreira at Atocha Station in Madrid in 2015."],
      ],
      "03",
      null,
    ],
    [
      "a place that only introduces a speaker after the lead is no scene",
      undefined,
      [
        ["Portugal and Spain agreed on Monday to restart border talks."],
        ["Officials in Madrid confirmed the news."],
      ],
      "03",
      null,
    ],
    [
      "a place in the lead keeps the lead's scene",
      undefined,
      [
        ["Portugal and Spain agreed in Lisbon on Monday to restart border talks."],
        ["Helena Costa met Tomas Ferreira at Atocha Station in Madrid on Monday."],
      ],
      "03",
      "Lisbon",
    ],
    [
      "a year the talks lasted from does not set the agreement in the past",
      undefined,
      [
        ["Portugal and Spain agreed on Monday to restart border talks frozen since 2018."],
        ["Helena Costa met Tomas Ferreira at Atocha Station in Madrid on Monday."],
      ],
      "03",
      "Madrid",
    ],
    [
      "a year the sentence is set in does",
      undefined,
      [
        ["Portugal and Spain agreed on Monday to restart border talks frozen in 2018."],
        ["Helena Costa met Tomas Ferreira at Atocha Station in Madrid on Monday."],
      ],
      "03",
      null,
    ],
    [
      "the dateline gives way to the place the paragraph after the lead names",
      "Lisbon",
      [
        ["Portugal imposed sanctions on Spain on Monday."],
        ["The measures were agreed at a meeting in Madrid."],
      ],
      "16",
      "Madrid",
    ],
    [
      "an act of an earlier day keeps the dateline",
      "Lisbon",
      [
        [
          "Portugal imposed sanctions on Spain on Monday, after Helena Costa criticized Tomas Ferreira on Friday.",
        ],
        ["The measures were agreed at a meeting in Madrid."],
      ],
      "11",
      "Lisbon",
    ],
    [
      "the day's other acts stay at the dateline",
      "Lisbon",
      [
        ["Portugal imposed sanctions on Spain on Monday."],
        ["The measures were agreed at a meeting in Madrid."],
        ["Tomas Ferreira criticized Helena Costa on Monday."],
      ],
      "11",
      "Lisbon",
    ],
    [
      "the dateline stays when nothing after the lead names a place",
      "Lisbon",
      [["Portugal imposed sanctions on Spain on Monday."], ["The measures were agreed late."]],
      "16",
      "Lisbon",
    ],
  ];
  // A list of places after one preposition is told by its first place.
  const placeLists: [string, string, string | null][] = [
    [
      "a list before the act",
      "Shops closed in Madrid and the coastal city of Lisbon as protests organised by Helena Costa spread on Monday.",
      "Madrid",
    ],
    [
      "a second clause with its own preposition",
      "Shops closed in Madrid, and in the coastal city of Lisbon protests organised by Helena Costa spread on Monday.",
      "Lisbon",
    ],
  ];
  // A repeated act placed nowhere itself happens where the act it repeats did, when it shares a party.
  const repeats: [string, string[][], string | null][] = [
    [
      "a second protest by the same party",
      [
        ["Helena Costa led a protest in Lisbon on Monday."],
        ["Helena Costa announced a second protest for June 3."],
      ],
      "Lisbon",
    ],
    [
      "a second protest by another party",
      [
        ["Helena Costa led a protest in Lisbon on Monday."],
        ["Tomas Ferreira announced a second protest for June 3."],
      ],
      null,
    ],
    [
      "a protest that repeats nothing",
      [
        ["Helena Costa led a protest in Lisbon on Monday."],
        ["Helena Costa announced a protest for June 3."],
      ],
      null,
    ],
  ];
  it.each(repeats)("repeated act: %s", (_name, paragraphs, location) => {
    const protests = eventsOf({ paragraphs, publishedAt: "2017-04-10" }).filter(
      (item) => item.code === "14",
    );
    expect(protests.map((item) => item.location)).toEqual(["Lisbon", location]);
  });

  // An act directed at another party is another act when someone else directs it.
  const directed: [string, string[][], string, number][] = [
    [
      "criticism returned",
      [
        ["Helena Costa criticized Tomas Ferreira on Monday."],
        ["Tomas Ferreira criticized Helena Costa in Madrid on Monday."],
      ],
      "11",
      2,
    ],
    [
      "criticism repeated by its actor",
      [
        ["Helena Costa criticized Tomas Ferreira on Monday."],
        ["Helena Costa criticized Tomas Ferreira in Madrid on Monday."],
      ],
      "11",
      1,
    ],
  ];
  it.each(directed)("directed act: %s", (_name, paragraphs, code, count) => {
    const found = eventsOf({ paragraphs, publishedAt: "2017-04-10" }).filter(
      (item) => item.code === code,
    );
    expect(found).toHaveLength(count);
  });

  // A place fronted by a capitalised preposition and a comma sets the scene of the whole sentence.
  const LONG_LIST =
    "opposition councillors Helena Costa from the Green Party, Tomas Ferreira of the Labour Party, and three other candidates from smaller parties across the northern districts and the two coastal towns of the region were successfully elected.";
  const fronted: [string, string, string | null][] = [
    ["a fronted place", `In Madrid, ${LONG_LIST}`, "Madrid"],
    ["a preposition inside the sentence", `Back home in Madrid, ${LONG_LIST}`, null],
  ];
  it.each(fronted)("fronted place: %s", (_name, sentence, location) => {
    const vote = eventsOf({ paragraphs: [["Elections held"], [sentence]] }).find(
      (item) => item.code === "00",
    );
    expect(vote?.location ?? null).toBe(location);
  });

  // An event noun a past light verb takes as object is dated as that verb's act.
  const lightVerbObjects: [string, string, string | null][] = [
    [
      "announced an investigation",
      "Helena Costa announced a formal investigation into the bank.",
      "2017-04-10",
    ],
    [
      "an investigation only spoken of",
      "Helena Costa said an investigation into the bank was under way.",
      null,
    ],
  ];
  it.each(lightVerbObjects)("object of a light verb: %s", (_name, sentence, date) => {
    const inquiry = eventsOf({
      paragraphs: [
        ["Portugal imposed sanctions on Spain on Monday."],
        ["The measures were agreed late."],
        [sentence],
      ],
      publishedAt: "2017-04-10",
    }).find((item) => item.code === "09");
    expect(inquiry?.date ?? null).toBe(date);
  });

  it.each(placeLists)("list of places: %s", (_name, sentence, location) => {
    const protest = eventsOf({ paragraphs: [[sentence]] }).find((item) => item.code === "14");
    expect(protest?.location).toBe(location);
  });

  it.each(toldAfterLead)(
    "scene told after the lead: %s",
    (_name, datelinePlace, paragraphs, code, location) => {
      const event = eventsOf({
        paragraphs,
        publishedAt: "2017-04-10",
        ...(datelinePlace ? { datelinePlace } : {}),
      }).find((item) => item.code === code);
      expect(event?.location).toBe(location);
    },
  );
});

// Through the whole pipeline, where the quotes stage marks the clause a quotation closes.
describe("events through the pipeline", () => {
  const name = (extraction: ReturnType<typeof extract>, id: number): string =>
    extraction.entities.find((entity) => entity.id === id)?.name ?? "?";

  // A participle adjunct shares the sentence's subject, unless a subject pronoun in its
  // clause ("they had … by confessing") stands for someone else.
  const adjuncts: [string, string, string, string[] | null][] = [
    [
      "the sentence's subject",
      "Anders Larsson spoke in Stockholm on Monday, warning Russia against new strikes.",
      "13",
      ["ACTOR:Anders Larsson", "TARGET:Russia"],
    ],
    [
      "a pronoun in between",
      'Anders Larsson also told reporters he was not handing them the longest term as they had "shown remorse early in the case" by pleading guilty on every count.',
      "01",
      null,
    ],
  ];
  // "would" in the complement of a reporting verb is the reported "will": a plan, kept when dated.
  const reported: [string, string, string[] | null][] = [
    [
      "a reported 'would' with a date is a plan",
      "Sergei Lavrov said on Tuesday that Vladimir Putin would meet Rex Tillerson on Friday.",
      ["ACTOR:Vladimir Putin", "TARGET:Rex Tillerson", "OTHER:Sergei Lavrov"],
    ],
    [
      "a 'would' nobody reports stays hypothetical",
      "In that case Vladimir Putin would meet Rex Tillerson on Friday.",
      null,
    ],
    [
      "a pronoun before 'added that' is the speaker, not the subject of the plan",
      "Rex Tillerson spoke on Tuesday. He added that the ministry would meet Vladimir Putin on Friday.",
      ["TARGET:Vladimir Putin"],
    ],
  ];
  it("a second trigger of one code whose actor the first already names reports the same act", () => {
    const extraction = extract(
      "Diplomacy\n\nAnders Larsson is due in Moscow next month, and officials in Stockholm have warned that Russia would respond if the sanctions took effect.",
      { publishedAt: "2017-04-12" },
    );
    expect(extraction.events.filter((item) => item.code === "13")).toHaveLength(1);
  });

  it("folds an issued statement into the act its quoted words perform", () => {
    const extraction = extract(
      'Funding row\n\nMaria Berg issued a statement on Tuesday about the plan. "I strongly condemn the European Union for cutting the funding of our schools," she wrote.',
      { publishedAt: "2017-04-12" },
    );
    expect(extraction.events.map((event) => [event.code, event.date])).toEqual([
      ["11", "2017-04-11"],
    ]);
    // A statement whose words perform no sharper act stays the news.
    const plain = extract(
      "Funding row\n\nMaria Berg issued a statement on Tuesday about the plan.",
      { publishedAt: "2017-04-12" },
    );
    expect(plain.events.map((event) => event.code)).toEqual(["01"]);
  });

  it.each(reported)("reported future: %s", (_name, text, participants) => {
    const extraction = extract(`Diplomacy\n\n${text}`, { publishedAt: "2017-04-12" });
    const event = extraction.events.find((item) => item.code === "04");
    expect(
      event?.participants.map((p) => `${p.role}:${name(extraction, p.entityId)}`) ?? null,
    ).toEqual(participants);
  });

  // A quote whose words perform an act ("We condemn …") reports the speaker's act; one that
  // recalls an act ("They condemned …") does not, and one that words an act just told is that act.
  const performed: [string, string, string, number, string[] | null][] = [
    [
      "a first-person present act in a quote is the speaker's",
      '"We strongly condemn this attack on civilians," Anders Larsson said on Tuesday.',
      "11",
      1,
      ["ACTOR:Anders Larsson"],
    ],
    [
      "a first-person stance of disapproval in a quote is the speaker's",
      '"We are very disappointed by the verdict against our client," Anders Larsson said on Tuesday.',
      "11",
      1,
      ["ACTOR:Anders Larsson"],
    ],
    [
      "a stance the speaker once held is none",
      '"We were disappointed by the verdict against our client," Anders Larsson said on Tuesday.',
      "11",
      0,
      null,
    ],
    [
      "an act a quote only recalls is none",
      '"They condemned this attack on civilians," Anders Larsson said on Tuesday.',
      "11",
      0,
      null,
    ],
    [
      "a quote wording an act just told is that act",
      'Anders Larsson appealed on Saturday for international help. "We call on every government to stand with the victims," he said.',
      "02",
      1,
      ["ACTOR:Anders Larsson"],
    ],
  ];
  // The act a quote performs was done when the words were said: the report's day.
  it.each([
    [
      "said on a named day",
      '"We strongly condemn this attack on civilians," Anders Larsson said on Tuesday.',
      "2017-04-11",
    ],
    [
      "said on the story's day",
      'Anders Larsson spoke in Oslo on Monday. "We call on every government to stand with the victims," he said.',
      "2017-04-10",
    ],
  ])("date of a quoted act: %s", (_name, text, date) => {
    const extraction = extract(`World news\n\n${text}`, { publishedAt: "2017-04-12" });
    const event = extraction.events.find((item) => item.code === "11" || item.code === "02");
    expect(event?.date).toBe(date);
  });

  it.each(performed)("quoted act: %s", (_name, text, code, count, participants) => {
    const extraction = extract(`World news\n\n${text}`, { publishedAt: "2017-04-12" });
    const events = extraction.events.filter((item) => item.code === code);
    expect(events).toHaveLength(count);
    expect(
      events[0]?.participants.map((p) => `${p.role}:${name(extraction, p.entityId)}`) ?? null,
    ).toEqual(participants);
  });

  // Stock formulas of threat, disapproval and inquiry: the act, its actor and the day it was said.
  const formulas: [string, string, string, string[] | null, string | null][] = [
    [
      "a negated future 'hesitate' is a threat",
      "The Foreign Ministry said on Monday that China would not hesitate to use force against Taiwan.",
      "13",
      ["ACTOR:China", "TARGET:Taiwan", "OTHER:Foreign Ministry"],
      "2017-04-10",
    ],
    [
      "a partial quote finishing the reporter's verb phrase tells the subject's act",
      'The Foreign Ministry said on Monday that China would "not hesitate to use force" against Taiwan.',
      "13",
      ["ACTOR:China", "TARGET:Taiwan", "OTHER:Foreign Ministry"],
      "2017-04-10",
    ],
    [
      "a speaker's own 'we won't hesitate' is the speaker's threat",
      '"We won\u2019t hesitate to respond to any attack," Sergei Lavrov said on Monday.',
      "13",
      ["ACTOR:Sergei Lavrov"],
      "2017-04-10",
    ],
    [
      "guard: a past 'did not hesitate' recalls an act and threatens nothing",
      "Russia did not hesitate to use force against Syria on Monday.",
      "13",
      null,
      null,
    ],
    [
      "'was critical of' is disapproval",
      "On Monday, the European Commission was sharply critical of the new tariffs.",
      "11",
      ["ACTOR:European Commission"],
      "2017-04-10",
    ],
    [
      "guard: 'is critical of' is a standing attitude",
      "The European Commission is extremely critical of the new tariffs.",
      "11",
      null,
      null,
    ],
    [
      "guard: 'critical condition' is no disapproval",
      "Doctors said Anders Larsson was in critical condition on Monday.",
      "11",
      null,
      null,
    ],
    [
      "'found no evidence' is the finding of an inquiry",
      "The Federal Bureau of Investigation found no evidence of foul play on Monday.",
      "09",
      ["ACTOR:Federal Bureau of Investigation"],
      "2017-04-10",
    ],
    [
      "guard: finding no survivors is no inquiry",
      "Rescuers found no survivors in the rubble of Aleppo on Monday.",
      "09",
      null,
      null,
    ],
    [
      "'announced a' new thing is an administrative measure",
      "The European Union announced a new payment system for farmers on Monday.",
      "00",
      ["ACTOR:European Union"],
      "2017-04-10",
    ],
    [
      "guard: 'announced that' stays a statement",
      "The European Union announced on Monday that it would review the rules.",
      "00",
      null,
      null,
    ],
    [
      "'agreed to buy' is material cooperation",
      "Aeroflot agreed on Monday to buy 40 jets from Airbus.",
      "06",
      ["ACTOR:Aeroflot", "TARGET:Airbus"],
      "2017-04-10",
    ],
    [
      "guard: 'agreed to cooperate' is no trade",
      "Germany and France agreed to cooperate on energy on Monday.",
      "06",
      null,
      null,
    ],
    [
      "a statistic of many acts ('one in three visits') reports none",
      "One in three visits to the site came from the Red Cross on Monday.",
      "04",
      null,
      null,
    ],
    [
      "a mass count ('thousands of visits') reports none",
      "Thousands of visits to the Kremlin were recorded on Monday.",
      "04",
      null,
      null,
    ],
    [
      "guard: a small count of acts is still reported",
      "Rex Tillerson made two visits to Moscow on Monday.",
      "04",
      ["ACTOR:Rex Tillerson"],
      "2017-04-10",
    ],
    [
      "an appeal in the present is made now, on the story's day",
      "The Red Cross calls for an immediate ceasefire in Syria.",
      "02",
      ["ACTOR:Red Cross"],
      "2017-04-12",
    ],
    [
      "guard: a present exhibition is a standing state, undated",
      "The Red Cross exhibits photographs of Syria in Stockholm.",
      "00",
      ["ACTOR:Red Cross", "TARGET:Syria"],
      null,
    ],
    [
      "a year's counted toll is a statistic, no attack",
      "Last year, 412 police officers were killed across Kenya, according to a rights group.",
      "18",
      null,
      null,
    ],
    [
      "guard: one killing in a year is still an attack",
      "Gunmen killed Anders Larsson in Kenya in 2015.",
      "18",
      ["TARGET:Anders Larsson"],
      null,
    ],
    [
      "an event noun modifying a thing ('tear gas canisters') names no happening",
      "The Red Cross treated 87 people hurt by tear gas canisters in Kenya on Monday.",
      "17",
      null,
      null,
    ],
    [
      "guard: tear gas fired is a crackdown",
      "Kenyan police fired tear gas at protesters in Nairobi on Monday. Kenya has seen weeks of unrest.",
      "17",
      ["ACTOR:Kenya"],
      "2017-04-10",
    ],
    [
      "'protest leaders' are people, not a protest",
      "Protest leaders in Caracas denounced Nicolas Maduro on Saturday.",
      "14",
      null,
      null,
    ],
  ];
  it.each(formulas)("formula: %s", (_name, sentence, code, participants, date) => {
    const extraction = extract(`World news\n\n${sentence}`, { publishedAt: "2017-04-12" });
    const event = extraction.events.find((item) => item.code === code);
    expect(
      event?.participants.map((p) => `${p.role}:${name(extraction, p.entityId)}`) ?? null,
    ).toEqual(participants);
    expect(event?.date ?? null).toBe(date);
  });

  // The deal agreed and the deal signed are one act, even where the dateline placed the first.
  it.each([
    [
      "the contract signed is the purchase agreed",
      "The contract, signed on Wednesday at Airbus headquarters in Toulouse, is worth about $4 billion.",
      1,
    ],
    [
      "guard: another company's contract is another act",
      "Separately, Lufthansa signed a contract with Boeing in Toulouse on Wednesday.",
      2,
    ],
  ])("agreement family: %s", (_name, second, count) => {
    const extraction = extract(
      `Aeroflot buys jets\n\nMOSCOW (Reuters) - Russian airline Aeroflot has agreed to buy 40 jets from Airbus, the companies said on Wednesday.\n\n${second}`,
      { publishedAt: "2017-04-12" },
    );
    expect(extraction.events.filter((event) => event.code === "06")).toHaveLength(count);
  });

  it.each(adjuncts)("participle adjunct: %s", (_name, sentence, code, participants) => {
    const extraction = extract(`Court news\n\n${sentence}`, { publishedAt: "2018-03-14" });
    const event = extraction.events.find((item) => item.code === code);
    expect(
      event?.participants.map((p) => `${p.role}:${name(extraction, p.entityId)}`) ?? null,
    ).toEqual(participants);
  });
});

describe("a later report completes an earlier act without parties only when both tell one act", () => {
  const cases: [string, string[], string][] = [
    [
      "a ban is no ruling, though both coerce",
      [
        "A Madrid court ruled on Monday that the rally could go on.",
        "Helena Costa had been banned from speaking by the Supreme Court.",
      ],
      "banned from",
    ],
    [
      "a sentence tells the jailing again",
      [
        "A man was jailed on Friday for fraud.",
        "The Supreme Court sentenced Tomas Ferreira to six years.",
      ],
      "jailed",
    ],
    [
      "a detention tells the arrest again",
      [
        "Two men were arrested on Friday.",
        "Police in Madrid said they had detained Tomas Ferreira.",
      ],
      "arrested",
    ],
  ];
  it.each(cases)("%s", (_name, paragraph, trigger) => {
    const doc = eventsStage.run(buildDoc({ paragraphs: [paragraph] }));
    expect(doc.events.map((event) => event.trigger)).toEqual([trigger]);
  });

  const notes = (kind: "verb" | "noun", lemma: string): EventNotes => ({
    kind,
    lemma,
    planned: false,
    explicitDate: false,
  });
  it.each<[string, EventNotes, EventNotes, string, boolean]>([
    ["one word family", notes("noun", "donation"), notes("verb", "donate"), "07", true],
    ["one family of acts", notes("verb", "jail"), notes("verb", "sentence"), "17", true],
    ["two families of acts", notes("noun", "ruling"), notes("verb", "arrest"), "17", false],
    ["two verbs of a coded kind", notes("verb", "rule"), notes("verb", "ban from"), "17", false],
    [
      "a noun and a verb of a coded kind",
      notes("noun", "protest"),
      notes("verb", "march"),
      "14",
      true,
    ],
    ["two other happenings", notes("verb", "launch"), notes("noun", "ceremony"), "00", false],
  ])("sameAct: %s", (_name, earlier, later, code, expected) => {
    expect(sameAct(earlier, later, code)).toBe(expected);
  });
});
