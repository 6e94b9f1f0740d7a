import type { EntityType } from "../types.js";

export interface AcronymExpansion {
  name: string;
  type: EntityType;
}

/**
 * Standard expansions of acronyms, keyed by their capital letters and digits
 * without dots ("U.N." → "UN"). Entities named only by acronym get the expansion
 * as canonical name; a phrase that starts with one ("U.N. Security Council")
 * takes the expansion as its prefix.
 */
export const ACRONYMS: Readonly<Record<string, AcronymExpansion>> = {
  US: { name: "United States", type: "LOCATION" },
  USA: { name: "United States", type: "LOCATION" },
  UK: { name: "United Kingdom", type: "LOCATION" },
  UAE: { name: "United Arab Emirates", type: "LOCATION" },
  DRC: { name: "DR Congo", type: "LOCATION" },
  USSR: { name: "Soviet Union", type: "LOCATION" },
  DPRK: { name: "North Korea", type: "LOCATION" },
  PRC: { name: "China", type: "LOCATION" },
  UN: { name: "United Nations", type: "ORGANIZATION" },
  EU: { name: "European Union", type: "ORGANIZATION" },
  AU: { name: "African Union", type: "ORGANIZATION" },
  NATO: { name: "North Atlantic Treaty Organization", type: "ORGANIZATION" },
  G7: { name: "Group of Seven", type: "ORGANIZATION" },
  G8: { name: "Group of Eight", type: "ORGANIZATION" },
  G20: { name: "Group of Twenty", type: "ORGANIZATION" },
  WHO: { name: "World Health Organization", type: "ORGANIZATION" },
  WTO: { name: "World Trade Organization", type: "ORGANIZATION" },
  IMF: { name: "International Monetary Fund", type: "ORGANIZATION" },
  OPEC: { name: "Organization of the Petroleum Exporting Countries", type: "ORGANIZATION" },
  OSCE: { name: "Organization for Security and Co-operation in Europe", type: "ORGANIZATION" },
  ASEAN: { name: "Association of Southeast Asian Nations", type: "ORGANIZATION" },
  ECOWAS: { name: "Economic Community of West African States", type: "ORGANIZATION" },
  IAEA: { name: "International Atomic Energy Agency", type: "ORGANIZATION" },
  OPCW: { name: "Organisation for the Prohibition of Chemical Weapons", type: "ORGANIZATION" },
  ICC: { name: "International Criminal Court", type: "ORGANIZATION" },
  ICJ: { name: "International Court of Justice", type: "ORGANIZATION" },
  UNESCO: { name: "UNESCO", type: "ORGANIZATION" },
  UNICEF: { name: "UNICEF", type: "ORGANIZATION" },
  UNHCR: { name: "United Nations High Commissioner for Refugees", type: "ORGANIZATION" },
  FBI: { name: "Federal Bureau of Investigation", type: "ORGANIZATION" },
  CIA: { name: "Central Intelligence Agency", type: "ORGANIZATION" },
  NSA: { name: "National Security Agency", type: "ORGANIZATION" },
  DOJ: { name: "United States Department of Justice", type: "ORGANIZATION" },
  DHS: { name: "United States Department of Homeland Security", type: "ORGANIZATION" },
  CDC: { name: "Centers for Disease Control and Prevention", type: "ORGANIZATION" },
  FDA: { name: "Food and Drug Administration", type: "ORGANIZATION" },
  SEC: { name: "Securities and Exchange Commission", type: "ORGANIZATION" },
  FAA: { name: "Federal Aviation Administration", type: "ORGANIZATION" },
  NTSB: { name: "National Transportation Safety Board", type: "ORGANIZATION" },
  NASA: { name: "National Aeronautics and Space Administration", type: "ORGANIZATION" },
  FSB: { name: "Federal Security Service", type: "ORGANIZATION" },
  KGB: { name: "KGB", type: "ORGANIZATION" },
  IAAF: { name: "International Association of Athletics Federations", type: "ORGANIZATION" },
  FIFA: { name: "FIFA", type: "ORGANIZATION" },
  UEFA: { name: "UEFA", type: "ORGANIZATION" },
  IOC: { name: "International Olympic Committee", type: "ORGANIZATION" },
  NHS: { name: "National Health Service", type: "ORGANIZATION" },
  ECB: { name: "European Central Bank", type: "ORGANIZATION" },
  SWIFT: {
    name: "Society for Worldwide Interbank Financial Telecommunication",
    type: "ORGANIZATION",
  },
  IDF: { name: "Israel Defense Forces", type: "ORGANIZATION" },
  SDF: { name: "Syrian Democratic Forces", type: "ORGANIZATION" },
  PKK: { name: "Kurdistan Workers' Party", type: "ORGANIZATION" },
  ISIS: { name: "Islamic State", type: "ORGANIZATION" },
  ISIL: { name: "Islamic State", type: "ORGANIZATION" },
  UPI: { name: "United Press International", type: "ORGANIZATION" },
  AP: { name: "Associated Press", type: "ORGANIZATION" },
  AFP: { name: "Agence France-Presse", type: "ORGANIZATION" },
  EPA: { name: "Environmental Protection Agency", type: "ORGANIZATION" },
  BBC: { name: "BBC", type: "ORGANIZATION" },
  CNN: { name: "CNN", type: "ORGANIZATION" },
  TASS: { name: "TASS", type: "ORGANIZATION" },
  NYPD: { name: "New York City Police Department", type: "ORGANIZATION" },
  VW: { name: "Volkswagen", type: "ORGANIZATION" },
};

/** Acronyms read differently in photo credits ("Name/EPA" is the photo agency). */
export const CREDIT_ACRONYMS: Readonly<Record<string, AcronymExpansion>> = {
  EPA: { name: "European Pressphoto Agency", type: "ORGANIZATION" },
};

/** All-capital words that are common abbreviations, not names of entities. */
export const NON_ENTITY_ACRONYMS: ReadonlySet<string> = new Set([
  "AM",
  "PM",
  "TV",
  "GDP",
  "CEO",
  "CFO",
  "DNA",
  "HIV",
  "AIDS",
  "COVID",
  "UTC",
  "GMT",
  "EST",
  "EDT",
  "PST",
  "OK",
  "ID",
  "IQ",
  "PC",
  "PR",
  "VIP",
  "MP",
  "MPS",
  "RELATED",
  "UPDATE",
  "UPDATED",
  "BREAKING",
  "WATCH",
  "VIDEO",
  "PHOTOS",
  "LIVE",
  "EXCLUSIVE",
  "I",
  "A",
  "SUV",
  "ATM",
  "LGBT",
  "LGBTQ",
  "USD",
  "EUR",
  "KM",
  "MPH",
  "FAQ",
  "PDF",
  "URL",
  "AI",
  "IT",
  "RPG",
  "IED",
  "UAV",
  "ICBM",
  "WMD",
  "LNG",
  "LPG",
  "CO2",
  "EV",
  "EVS",
  "GPS",
  "SMS",
  "NGO",
  "NGOS",
  "PPE",
  "ICU",
  "ER",
  "IPO",
  "CPI",
  "OPEC+",
  "VAT",
  "HQ",
  "FY",
  "Q1",
  "Q2",
  "Q3",
  "Q4",
  // Technical and everyday abbreviations, degrees, eras and currency codes.
  "XML",
  "HTML",
  "HTTP",
  "HTTPS",
  "API",
  "USB",
  "CPU",
  "GPU",
  "RAM",
  "DVD",
  "CD",
  "MP3",
  "PIN",
  "OS",
  "IRC",
  "POV",
  "FAQS",
  "GNP",
  "BCE",
  "CE",
  "BC",
  "AD",
  "MVP",
  "RBI",
  "ERA",
  "VHF",
  "UHF",
  "FM",
  "DIY",
  "RSVP",
  "ETA",
  "AKA",
  "ASAP",
  "DJ",
  "MC",
  "PS",
  "NB",
  "TBA",
  "TBD",
  "HIV/AIDS",
  "STD",
  "IVF",
  "MRI",
  "ADHD",
  "PTSD",
  "OCD",
  "BMI",
  "IQS",
  "SAT",
  "GPA",
  "PHD",
  "MBA",
  "BSC",
  "MSC",
  "LLB",
  "GBP",
  "JPY",
  "CNY",
  "INR",
  "RUB",
  "CHF",
  "AUD",
  "CAD",
  "DKK",
  "SEK",
  "NOK",
  "MXN",
  "BRL",
  "ZAR",
  "KRW",
  "TRY",
]);

/** Letters and digits of an acronym without dots, upper case ("U.N." → "UN"). */
export function acronymLetters(text: string): string {
  return text.replace(/[.\s]/g, "").toUpperCase();
}

const ACRONYM_SKIPPABLE = new Set(["of", "for", "and", "&", "the", "on", "in"]);

/** Whether an acronym can be spelt from word prefixes, in order, skipping short function words. */
export function acronymFitsWords(acronym: string, words: string[]): boolean {
  // One content word may be left out ("Centre for Research on Energy and Clean Air" → "CREA").
  const fits = (a: number, w: number, skips: number): boolean => {
    if (a === acronym.length) {
      const rest = words.slice(w).filter((x) => !ACRONYM_SKIPPABLE.has(x)).length;
      return rest <= skips;
    }
    const word = words[w];
    if (word === undefined) return false;
    if (ACRONYM_SKIPPABLE.has(word) && fits(a, w + 1, skips)) return true;
    for (let take = 1; take <= 2 && a + take <= acronym.length; take++) {
      if (word.startsWith(acronym.slice(a, a + take)) && fits(a + take, w + 1, skips)) return true;
    }
    return skips > 0 && a > 0 && fits(a, w + 1, skips - 1);
  };
  if (acronym.length > 10 || words.length > 12) return false;
  // A qualifier of up to three words may lead ("United Nations Office for … (OCHA)").
  for (let first = 0; first <= Math.min(3, words.length - 1); first++) {
    if (fits(0, first, acronym.length >= 4 ? 1 : 0)) return true;
  }
  return false;
}
