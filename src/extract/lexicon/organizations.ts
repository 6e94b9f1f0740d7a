import { key } from "../normalize.js";
import { compromiseWordsTagged } from "./compromise-lexicon.js";
import { WELL_KNOWN_ORGANIZATIONS } from "./well-known-organizations.js";

/** Final (or head) words that make a capitalized phrase an organization. */
export const ORGANIZATION_CUE_WORDS: ReadonlySet<string> = new Set([
  "administration",
  "agency",
  "agencies",
  "alliance",
  "army",
  "assembly",
  "association",
  "authority",
  "bank",
  "board",
  "brigade",
  "brigades",
  "bureau",
  "cabinet",
  "caucus",
  "chamber",
  "club",
  "coalition",
  "college",
  "commission",
  "committee",
  "company",
  "congress",
  "corp",
  "co",
  "corporation",
  "council",
  "court",
  "department",
  "directorate",
  "division",
  "federation",
  "forces",
  "force",
  "foundation",
  "front",
  "fund",
  "gazette",
  "bulletin",
  "chronicle",
  "courier",
  "inquirer",
  "enquirer",
  "sentinel",
  "group",
  "guard",
  "herald",
  "inc",
  "institute",
  "institution",
  "journal",
  "league",
  "llc",
  "ltd",
  "magazine",
  "media",
  "ministry",
  "movement",
  "navy",
  "network",
  "news",
  "observatory",
  "office",
  "organization",
  "organisation",
  "parliament",
  "party",
  "plc",
  "police",
  "post",
  "press",
  "project",
  "radio",
  "senate",
  "service",
  "services",
  "society",
  "telegraph",
  "television",
  "times",
  "tribune",
  "tribunal",
  "union",
  "university",
  "academy",
  "school",
  "laboratory",
  "lab",
  "labs",
  "laboratories",
  "airlines",
  "airways",
  "motors",
  "industries",
  "holdings",
  "partners",
  "secretariat",
  "council",
  "commissariat",
  "initiative",
  "taskforce",
  "unit",
  "squad",
  "church",
  "communion",
  "orchestra",
  "choir",
  "ensemble",
  "brotherhood",
  "sisterhood",
  "fraternity",
  "sorority",
  "guild",
  "consortium",
  "legion",
  "sports",
  "paper",
  "regiment",
  "battalion",
  "corps",
  "command",
  "staff",
  "government",
  "conservatives",
  "democrats",
  "liberals",
  "socialists",
  "greens",
  "international",
  "capital",
  "ventures",
  "investments",
  "securities",
  "associates",
  "consulting",
  "technologies",
  "systems",
  "pharmaceuticals",
  "logistics",
  "aerospace",
  "confederation",
  "chiefs",
  "cartel",
  "exchange",
  "network",
  "daily",
  "monitor",
  "watch",
  "mission",
  "federation",
  "fc",
  "water",
  "energy",
  "electric",
  "power",
  "rail",
  "railways",
  "buses",
  "ferries",
  "telecom",
  "mobile",
  "airport authority",
]);

/**
 * Trades and industries that end a company's name after its proper name ("Delacroix Pharma",
 * "Kestrel Electronics", "Marlowe Foods"): kept apart from ORGANIZATION_CUE_WORDS, which the
 * tagger's features read.
 */
export const COMPANY_NAME_ENDINGS: ReadonlySet<string> = new Set(
  (
    "pharma pharmaceutical biotech biopharma therapeutics biosciences biologics diagnostics " +
    "automotive motors bancorp bancshares telecommunications telecoms electronics semiconductor " +
    "semiconductors robotics enterprises insurance reinsurance brewing brewery breweries distillery " +
    "foods beverages petroleum mining shipping airlines airways publishing studios pictures " +
    "productions entertainment platforms technology"
  ).split(" "),
);

/**
 * Fields that make a "… Survey" a mapping or science agency ("British Geological Survey",
 * "Ordnance Survey"), where other surveys are studies ("Labour Force Survey").
 */
export const SURVEYING_FIELDS: ReadonlySet<string> = new Set(
  (
    "geological geologic ordnance antarctic arctic hydrographic geodetic topographic topographical " +
    "archaeological botanical zoological biological seismological geophysical"
  ).split(" "),
);

/**
 * Trades that end a shop's or restaurant's name after its owner's possessive ("Marlowe's
 * Hardware", "Ferro's Bakery"): the owner's name and the trade together name the business.
 */
export const OWNED_BUSINESS_NOUNS: ReadonlySet<string> = new Set(
  (
    "hardware market bakery pub deli delicatessen diner grill tavern cafe café bistro restaurant " +
    "kitchen pizzeria pizza bar saloon garage pharmacy drugstore jewelers jewellers furniture " +
    "florist bookstore bookshop butchers cleaners barbershop salon grocery creamery dairy winery " +
    "steakhouse emporium outfitters boutique tailors bakeshop"
  ).split(" "),
);

/** Lower-case nouns next to a name that make it an organization ("newspaper Kommersant", "the Aviaport consultancy"). */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(
  (
    "newspaper daily weekly tabloid broadsheet paper agency company firm group conglomerate corporation airline " +
    "carrier manufacturer maker planemaker automaker carmaker shipbuilder bank lender insurer retailer broadcaster " +
    "channel consultancy charity foundation organisation organization nonprofit party union club team operator " +
    "producer giant startup website outlet magazine journal publisher regulator watchdog ministry institute " +
    "university think-tank tank militia faction movement coalition alliance network brand supermarket chain utility " +
    "automaker miner exchange fund"
  ).split(" "),
);

/**
 * Nouns that describe a company before its name and never open one ("retailer Kestrel",
 * "insurer Marlowe"); "bank", "union" or "club" may start a name and are left out.
 */
export const COMPANY_DESCRIPTOR_NOUNS: ReadonlySet<string> = new Set(
  (
    "retailer insurer reinsurer lender broadcaster airline carrier miner manufacturer conglomerate " +
    "publisher regulator watchdog newspaper tabloid broadsheet startup consultancy shipbuilder " +
    "supermarket developer distributor wholesaler brewer distiller refiner operator"
  ).split(" "),
);

/**
 * Plural heads of bodies' names before "of" ("Canadian Institutes of Health Research"): kept apart
 * from ORGANIZATION_CUE_WORDS, which the tagger's features read.
 */
/**
 * Head words that open organization names in languages that put the head first ("Partido dos
 * Trabalhadores", "Banco do Brasil", "Rassemblement National", "Alternative für Deutschland").
 * Kept apart from ORGANIZATION_CUE_WORDS, which the tagger's features read.
 */
export const FOREIGN_ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  "partido",
  "partito",
  "parti",
  "partei",
  "banco",
  "banca",
  "banque",
  "frente",
  "fronte",
  "movimento",
  "movimiento",
  "mouvement",
  "rassemblement",
  "fratelli",
  "alianza",
  "alleanza",
  "bündnis",
  "alternative",
  "liga",
  "lega",
  "unión",
  "unione",
  "sindicato",
  "confederación",
  "federación",
  "compañía",
  "compagnie",
  "société",
  "instituto",
  "istituto",
  "universidad",
  "università",
  "université",
  "universidade",
  "universität",
  "ejército",
  "fuerzas",
  "forza",
]);

/** Lower-case prepositions and articles inside such names: "für", "do", "della", "d'". */
export const FOREIGN_NAME_CONNECTORS: ReadonlySet<string> = new Set([
  "für",
  "do",
  "dos",
  "da",
  "das",
  "de",
  "del",
  "della",
  "delle",
  "dei",
  "di",
  "des",
  "du",
  "per",
]);

export const PLURAL_BODY_CUES: ReadonlySet<string> = new Set([
  "institutes",
  "academies",
  "councils",
  "commissions",
]);

/**
 * Last words of football and other club names after a place ("Leeds United", "Wigan Athletic",
 * "Bolton Wanderers"): a name ending in one is a club, complete before "and".
 */
export const CLUB_SUFFIXES: ReadonlySet<string> = new Set([
  "united",
  "athletic",
  "albion",
  "rovers",
  "wanderers",
  "hotspur",
  "argyle",
]);

/**
 * First words of football and other club names before a place or a proper word ("Borussia
 * Dortmund", "Real Sociedad", "VfB Stuttgart"): the formatives clubs take, not the names of clubs.
 */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set([
  "real",
  "atletico",
  "atlético",
  "inter",
  "athletic",
  "borussia",
  "werder",
  "bayer",
  "bayern",
  "eintracht",
  "hertha",
  "fortuna",
  "dynamo",
  "dinamo",
  "spartak",
  "lokomotiv",
  "sporting",
  "olympique",
  "deportivo",
  "hapoel",
  "maccabi",
  "shakhtar",
  "slavia",
  "legia",
  "celta",
  "vfb",
  "vfl",
  "tsg",
  "ssc",
  "afc",
  "psv",
]);

/** Words after which "of"/"for" continue an organization or place name. */
export const OF_JOINING_WORDS: ReadonlySet<string> = new Set([
  ...ORGANIZATION_CUE_WORDS,
  "centre",
  "center",
  "centers",
  "centres",
  "museum",
  "hospital",
  "hospitals",
  ...PLURAL_BODY_CUES,
  "palace",
  "republic",
  "kingdom",
  "emirate",
  "state",
  "states",
  "bay",
  "gulf",
  "isle",
  "city",
  "port",
  "sea",
  "strait",
  "cape",
  "lake",
  // Landforms and divisions named for what they are of ("Plains of Arafat", "Municipality of Culion").
  "plains",
  "plain",
  "valley",
  "mountains",
  "islands",
  "municipality",
  "borough",
  "commonwealth",
  "territory",
  "duke",
  "prince",
  "earl",
]);

/** Organizations known by a bare name with no cue word (news agencies, armed groups, companies). */
const KNOWN_ORGANIZATIONS = [
  "UPI",
  "United Press International",
  "AP",
  "Associated Press",
  "AFP",
  "Agence France-Presse",
  "Reuters",
  "EPA",
  "Getty Images",
  "Getty",
  "Xinhua",
  "Yonhap",
  "TASS",
  "Interfax",
  "RIA Novosti",
  "Kyodo",
  "Bernama",
  "ANSA",
  "DPA",
  "Anadolu",
  "Bloomberg",
  "BBC",
  "CNN",
  "Al Jazeera",
  "Al-Jazeera",
  "Al Arabiya",
  "Fox News",
  "NPR",
  "Politico",
  "Axios",
  "Twitter",
  "Facebook",
  "Google",
  "Apple",
  "Amazon",
  "Microsoft",
  "Taliban",
  "Hamas",
  "Hezbollah",
  "Hizbollah",
  "al-Qaeda",
  "al-Qaida",
  "Al Qaeda",
  "Islamic State",
  "Islamic Jihad",
  "Palestinian Islamic Jihad",
  "ISIS",
  "ISIL",
  "Daesh",
  "Boko Haram",
  "al-Shabaab",
  "al-Shabab",
  "Houthis",
  "Kremlin press service",
  "Pentagon",
  "Interpol",
  "Europol",
  "Wikipedia",
  "Wikinews",
  "Congress",
  "Senate",
  "House of Representatives",
  "House of Commons",
  "House of Lords",
  "House of Delegates",
  "House of Councillors",
  "Knesset",
  "Duma",
  "Bundestag",
  "Bundesrat",
  "Politburo",
  "Smithsonian",
  "The Guardian",
  "Guardian",
  "The Times",
  "The Telegraph",
  "The Independent",
  "The Economist",
  "New York Times",
  "Washington Post",
  "Wall Street Journal",
  "Financial Times",
  "Los Angeles Times",
  "USA Today",
  "Le Monde",
  "Le Figaro",
  "Der Spiegel",
  "Die Welt",
  "El Pais",
  "Kommersant",
  "Izvestia",
  "Pravda",
  "Vedomosti",
  "Haaretz",
  "Asahi Shimbun",
  "Yomiuri Shimbun",
  "Nikkei",
  "South China Morning Post",
  "Global Times",
  "People's Daily",
  "Dawn",
  "Amnesty International",
  "Human Rights Watch",
  "Save the Children",
  "Doctors Without Borders",
  "Medecins Sans Frontieres",
  "Red Cross",
  "Red Crescent",
  "Oxfam",
  "Greenpeace",
  "Transparency International",
  "Reporters Without Borders",
  "World Food Programme",
  "World Food Program",
  "World Bank",
  "Labour",
  "Labour Party",
  "Tories",
  "Conservative Party",
  "Democratic Party",
  "Republican Party",
  "Liberal Democrats",
  "Plaid Cymru",
  "Likud",
  "Airbus",
  "Boeing",
  "Gazprom",
  "Rosneft",
  "Rostec",
  "Aeroflot",
  "Huawei",
  "Tesla",
  "SpaceX",
  "OpenAI",
  "Nvidia",
  "Meta",
  "Alphabet",
  "Netflix",
  "Samsung",
  "Toyota",
  "Federal Reserve",
  "Morgan Stanley",
  "JPMorgan",
  "JPMorgan Chase",
  "Citigroup",
  "Barclays",
  "Deutsche Bank",
  "BlackRock",
  "Ofwat",
  "Ofcom",
  "Defra",
];

const knownOrganizationKeys = new Set<string>();
for (const name of [...KNOWN_ORGANIZATIONS, ...WELL_KNOWN_ORGANIZATIONS])
  knownOrganizationKeys.add(key(name));
for (const word of compromiseWordsTagged("Organization", "SportsTeam")) {
  // compromise tags "Roman Empire" an organization; an empire is a place.
  if (word.length > 2 && !word.endsWith(" empire")) knownOrganizationKeys.add(key(word));
}

/** Whether a normalized name is a known organization without any cue word. */
export function isKnownOrganization(normalized: string): boolean {
  return knownOrganizationKeys.has(normalized);
}

/** Agencies that appear after a slash in photo credits ("Name/EPA"). */
export const CREDIT_AGENCY_PATTERN =
  /^\s*\/\s*([A-Z][\p{L}\p{N}.&-]*(?:[ -][A-Z][\p{L}\p{N}.&-]*){0,3})/u;
