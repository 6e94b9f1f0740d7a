import { describe, expect, it } from "vitest";
import { runStages } from "../../src/extract/pipeline.js";
import type { EntityType } from "../../src/extract/types.js";

/** The type of the first mention with exactly this text, after the mentions stage. */
function typeOf(body: string, text: string): EntityType | undefined {
  const doc = runStages(`Officials comment on the news\n\n${body}`, {}, "mentions");
  return doc.mentions.find((m) => m.text === text)?.type;
}

describe("unknown names a sentence defines as places", () => {
  it.each<[string, string, EntityType | undefined]>([
    ["Officials said Karvanet is a small fishing town on the coast.", "Karvanet", "LOCATION"],
    ["Rescuers reached Ostrelby, a village in the hills, on Tuesday.", "Ostrelby", "LOCATION"],
    ["Lemsworth is a neighbourhood that grew up around the mill.", "Lemsworth", "LOCATION"],
    ["The camp lies 20 km north of Tavrenko, officials said.", "Tavrenko", "LOCATION"],
    ["Shelling hit the outskirts of Drevanka overnight.", "Drevanka", "LOCATION"],
    // The mayor, governor or residents "of" a name: only a place has them.
    ["The mayor of Velmorsk said the depot was hit.", "Velmorsk", "LOCATION"],
    ["The governor of Tarnovia reported shelling overnight.", "Tarnovia", "LOCATION"],
    ["Residents of Ostravin were told to stay indoors.", "Ostravin", "LOCATION"],
    // Waters named in lower case after the name.
    ["Traffic through the Kerrabah strait fell by half.", "Kerrabah", "LOCATION"],
    ["Fishing boats left the Tolvena bay at dawn.", "Tolvena", "LOCATION"],
    // The town a person is "of", after the name or the age.
    ["Dana Holt, 34, of Brantwell, was charged on Monday.", "Brantwell", "LOCATION"],
    ["Tom Reyes Jr., of Marlsby, said he heard shots.", "Marlsby", "LOCATION"],
    ["Floods cut off the Kelvaro and Mustavi districts on Friday.", "Kelvaro", "LOCATION"],
    ["Floods cut off the Kelvaro and Mustavi districts on Friday.", "Mustavi", "LOCATION"],
    ["The plant near Harleston, NJ closed in May.", "Harleston", "LOCATION"],
    ["Police in Gadsworth, Mo., made two arrests.", "Gadsworth", "LOCATION"],
    ["She was raised in Colverton, N.J. and later moved.", "Colverton", "LOCATION"],
    // A given name defined as a town is the town.
    ["Rescue teams said Gilbert is a town of 200,000 people.", "Gilbert", "LOCATION"],
    // A city councillor is a person, not a city.
    ["Anna Brekstad, a city councillor, voted against the plan.", "Anna Brekstad", "PERSON"],
  ])("%s → %s is %s", (body, text, type) => {
    expect(typeOf(body, text)).toBe(type);
  });
});

describe("untyped names in a frame of movement", () => {
  it.each<[string, string, EntityType | undefined]>([
    ["Ferries leave from Spodvik twice a day.", "Spodvik", "LOCATION"],
    ["The family later moved south to Ravelle.", "Ravelle", "LOCATION"],
    ["The convoy drove through Kessarin before dawn.", "Kessarin", "LOCATION"],
    // A comma before "said" does not make the place a speaker.
    ["A nurse from Gloucester, said she had lost her savings.", "Gloucester", "LOCATION"],
    ["Troops pushed into Mavrodol on Sunday.", "Mavrodol", "LOCATION"],
    ["The aid reached Olbrevo, where the bridge had collapsed.", "Olbrevo", "LOCATION"],
    ["Turnout was low across the Vaskarin Isles.", "Vaskarin Isles", "LOCATION"],
    ["Turnout was low in the Orvald West electoral district.", "Orvald West", "LOCATION"],
    // A source after "according to" is not a destination.
    ["The site ranks 40th, according to Trackmetric.", "Trackmetric", undefined],
  ])("%s → %s is %s", (body, text, type) => {
    expect(typeOf(body, text)).toBe(type);
  });
});

describe("where people come from", () => {
  it.each<[string, string, EntityType | undefined]>([
    [
      "Sami Haddad, a 34-year-old teacher from Khan Younis, said they fled.",
      "Khan Younis",
      "LOCATION",
    ],
    ["A farmer from Nova Kavrenka said the water was gone.", "Nova Kavrenka", "LOCATION"],
    ["Residents from Deir Salwan fled on foot.", "Deir Salwan", "LOCATION"],
  ])("%j → %s is a %s", (body, text, type) => {
    expect(typeOf(body, text)).toBe(type);
  });

  it.each<[string, string, EntityType | undefined]>([
    ["A letter from Tomas Reyes arrived on Monday.", "Tomas Reyes", "PERSON"],
    [
      "A woman from Amnesty International spoke to reporters.",
      "Amnesty International",
      "ORGANIZATION",
    ],
  ])("%j keeps %s a %s (no person noun before 'from', or a known body)", (body, text, type) => {
    expect(typeOf(body, text)).toBe(type);
  });
});

describe("names listed among places", () => {
  it.each<[string, string, EntityType | undefined]>([
    ["Storms hit Paris, Lyon, Marseille and Florence on Sunday.", "Florence", "LOCATION"],
    ["She grew up in Truro, Cornwall, and studied in London.", "Cornwall", "LOCATION"],
    // A full name beside one place is still a person.
    ["Paris and Marta Kovalenko arrived late.", "Marta Kovalenko", "PERSON"],
  ])("%s → %s is %s", (body, text, type) => {
    expect(typeOf(body, text)).toBe(type);
  });
});

describe("names that stay no place", () => {
  it.each<[string, string]>([
    // A title with a verb or adjective in it.
    ["She later starred in the Glittering Hour.", "Glittering Hour"],
    // A name that only modifies the noun after it.
    ["Her best work came in the Hovarin period of her life.", "Hovarin"],
    // A source after "according to".
    ["The site ranks 40th, according to Trackmetric.", "Trackmetric"],
    // A word written in lower case elsewhere.
    ["The ferry runs in summer. Boats leave from Summer to the north.", "Summer"],
  ])("%s → %s", (body, text) => {
    expect(typeOf(body, text)).not.toBe("LOCATION");
  });
});

describe("buildings and grounds", () => {
  it.each<[string, string, EntityType | undefined]>([
    ["Protesters gathered outside the Harwick Building on Monday.", "Harwick Building", "LOCATION"],
    ["The ceremony moved to the Tavell Memorial Grounds.", "Tavell Memorial Grounds", "LOCATION"],
  ])("%s → %s is %s", (body, text, type) => {
    expect(typeOf(body, text)).toBe(type);
  });
});

describe("works with a subtitle", () => {
  it.each<[string, string, EntityType | undefined]>([
    ["The team lost in Dustfall: Final Reckoning last week.", "Dustfall", undefined],
    [
      "He voiced a pilot in Starhaven: The Animated Series, in which he starred.",
      "Starhaven",
      undefined,
    ],
    // A person's name heading the title of a show stays the person.
    [
      'The curator of "Lena Marsh: Photographs and Prints" spoke. Lena Marsh died in 1990.',
      "Lena Marsh",
      "PERSON",
    ],
    // A colon before a list of names keeps the place.
    ["There are two hotels in Vandoro: Taj Vandoro Hotel, Marisol Hotel.", "Vandoro", "LOCATION"],
  ])("%s → %s is %s", (body, text, type) => {
    expect(typeOf(body, text)).toBe(type);
  });
});

describe("parts of places the article names", () => {
  it.each<[string, string, EntityType | undefined]>([
    [
      "Rents rose in Marvella last year, and the steepest rise was in Upper Marvella.",
      "Upper Marvella",
      "LOCATION",
    ],
  ])("%s → %s is %s", (body, text, type) => {
    expect(typeOf(body, text)).toBe(type);
  });
});

describe("places in titles of nobles and bishops", () => {
  it.each<[string, string, EntityType | undefined]>([
    ["He was made Duke of Morvenna in 1901.", "Morvenna", "LOCATION"],
    ["She married Henry Aldous, 3rd Earl of Kestwick, in June.", "Kestwick", "LOCATION"],
  ])("%s → %s is %s", (body, text, type) => {
    expect(typeOf(body, text)).toBe(type);
  });
});
