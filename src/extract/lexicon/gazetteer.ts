import worldCountries, { type Country } from "world-countries";
import { key } from "../normalize.js";
import { compromiseWordsTagged } from "./compromise-lexicon.js";

/** Short codes that really are written for countries in news copy ("US", "UK"). */
const COUNTRY_CODES_IN_USE: Readonly<Record<string, string>> = {
  us: "United States",
  usa: "United States",
  uk: "United Kingdom",
  uae: "United Arab Emirates",
  drc: "DR Congo",
  prc: "China",
  dprk: "North Korea",
  rok: "South Korea",
  ussr: "Soviet Union",
};

/** Other names news copy uses for countries, keyed by normalized form. */
const EXTRA_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  america: "United States",
  "united states of america": "United States",
  britain: "United Kingdom",
  "great britain": "United Kingdom",
  england: "England",
  scotland: "Scotland",
  wales: "Wales",
  "northern ireland": "Northern Ireland",
  "soviet union": "Soviet Union",
  "south korea": "South Korea",
  "north korea": "North Korea",
  "ivory coast": "Ivory Coast",
  burma: "Myanmar",
  holland: "Netherlands",
  "czech republic": "Czechia",
  "russian federation": "Russia",
  palestine: "Palestine",
  "vatican city": "Vatican City",
  taiwan: "Taiwan",
  kosovo: "Kosovo",
};

/** Names English-language news uses where the data package has a newer official short name. */
const NEWS_NAMES: Readonly<Record<string, string>> = {
  Türkiye: "Turkey",
};

/** Regions, seas and areas that are not countries, states or cities. */
const REGIONS = [
  "Middle East",
  "Near East",
  "Far East",
  "Europe",
  "Western Europe",
  "Eastern Europe",
  "Central Europe",
  "Africa",
  "North Africa",
  "West Africa",
  "East Africa",
  "Southern Africa",
  "Sub-Saharan Africa",
  "Horn of Africa",
  "Sahel",
  "Asia",
  "Central Asia",
  "South Asia",
  "East Asia",
  "Southeast Asia",
  "Asia-Pacific",
  "Latin America",
  "South America",
  "North America",
  "Central America",
  "Caribbean",
  "Balkans",
  "Caucasus",
  "Scandinavia",
  "Baltics",
  "Arctic",
  "Antarctica",
  "Antarctic",
  "Mediterranean",
  "Persian Gulf",
  "Gulf",
  "Black Sea",
  "Red Sea",
  "South China Sea",
  "East China Sea",
  "Baltic Sea",
  "Caspian Sea",
  "Atlantic",
  "Pacific",
  "Indian Ocean",
  "Pacific Northwest",
  "Midwest",
  "New England",
  "Gaza",
  "Gaza Strip",
  "West Bank",
  "Golan Heights",
  "Crimea",
  "Donbas",
  "Donbass",
  "Kashmir",
  "Tibet",
  "Xinjiang",
  "Siberia",
  "Kurdistan",
  "Darfur",
  "Sinai",
  "Silicon Valley",
  "Wall Street",
  "District of Columbia",
  "Washington D.C.",
  "Washington, D.C.",
  "New York City",
  "Hong Kong",
  "Macau",
  "Puerto Rico",
];

/** Named buildings and sites; those that seat a government map to the country. */
const SEATS_OF_GOVERNMENT: Readonly<Record<string, string>> = {
  kremlin: "Russia",
  "white house": "United States",
  "downing street": "United Kingdom",
  "elysee palace": "France",
  elysee: "France",
  "blue house": "South Korea",
  zhongnanhai: "China",
  "quai d orsay": "France",
};

const FACILITIES = [
  "Kremlin",
  "White House",
  "Downing Street",
  "Elysee Palace",
  "Élysée Palace",
  "Blue House",
  "Zhongnanhai",
  "Pentagon",
  "Capitol",
  "Capitol Hill",
  "Oval Office",
  "West Wing",
  "Rose Garden",
  "Situation Room",
  "Vatican",
  "Red Square",
  "Tiananmen Square",
  "Times Square",
  "Buckingham Palace",
  "Westminster",
];

/**
 * Rivers often in the news, named bare ("the Nile", "across the Dnipro"); names that are also a
 * country, a state, a brand or a given name ("Congo", "Colorado", "Amazon", "Volga", "Jordan") are
 * left out.
 */
const RIVERS = [
  "Nile",
  "Blue Nile",
  "White Nile",
  "Euphrates",
  "Tigris",
  "Zambezi",
  "Limpopo",
  "Okavango",
  "Danube",
  "Rhine",
  "Rhone",
  "Rhône",
  "Seine",
  "Loire",
  "Thames",
  "Elbe",
  "Vistula",
  "Tagus",
  "Tiber",
  "Dnieper",
  "Dnipro",
  "Dniester",
  "Yangtze",
  "Mekong",
  "Ganges",
  "Brahmaputra",
  "Indus",
  "Irrawaddy",
  "Salween",
  "Amu Darya",
  "Syr Darya",
  "Orinoco",
  "Rio Grande",
  "Potomac",
  "Litani",
];

/** US states, Canadian provinces and Australian states missing from compromise. */
const SUBNATIONAL = [
  "New South Wales",
  "Victoria",
  "South Australia",
  "Western Australia",
  "Northern Territory",
  "Queensland",
  "Tasmania",
  "Australian Capital Territory",
  "Washington State",
  "Catalonia",
  "Scotland",
  "Wales",
  "Bavaria",
  "Lombardy",
  "Kurdistan Region",
];

/** Cities often in the news that compromise's list lacks. */
const CITIES = [
  "Mosul",
  "Aleppo",
  "Damascus",
  "Homs",
  "Idlib",
  "Raqqa",
  "Kabul",
  "Kandahar",
  "Herat",
  "Baghdad",
  "Basra",
  "Fallujah",
  "Tehran",
  "Kyiv",
  "Kiev",
  "Kharkiv",
  "Odesa",
  "Odessa",
  "Donetsk",
  "Luhansk",
  "Mariupol",
  "Minsk",
  "Tbilisi",
  "Yerevan",
  "Baku",
  "Ankara",
  "Istanbul",
  "Beirut",
  "Amman",
  "Riyadh",
  "Jeddah",
  "Doha",
  "Dubai",
  "Abu Dhabi",
  "Sanaa",
  "Aden",
  "Cairo",
  "Alexandria",
  "Tripoli",
  "Benghazi",
  "Tunis",
  "Algiers",
  "Rabat",
  "Casablanca",
  "Khartoum",
  "Addis Ababa",
  "Nairobi",
  "Mogadishu",
  "Kampala",
  "Kigali",
  "Lagos",
  "Abuja",
  "Accra",
  "Dakar",
  "Johannesburg",
  "Cape Town",
  "Pretoria",
  "Harare",
  "Islamabad",
  "Karachi",
  "Lahore",
  "Peshawar",
  "New Delhi",
  "Delhi",
  "Mumbai",
  "Kolkata",
  "Chennai",
  "Bangalore",
  "Dhaka",
  "Kathmandu",
  "Colombo",
  "Beijing",
  "Shanghai",
  "Wuhan",
  "Shenzhen",
  "Guangzhou",
  "Pyongyang",
  "Seoul",
  "Busan",
  "Tokyo",
  "Osaka",
  "Hiroshima",
  "Manila",
  "Jakarta",
  "Bangkok",
  "Hanoi",
  "Ho Chi Minh City",
  "Kuala Lumpur",
  "Singapore",
  "Taipei",
  "Canberra",
  "Sydney",
  "Melbourne",
  "Brisbane",
  "Perth",
  "Adelaide",
  "Wellington",
  "Auckland",
  "Christchurch",
  "Moscow",
  "St. Petersburg",
  "Saint Petersburg",
  "Berlin",
  "Munich",
  "Frankfurt",
  "Hamburg",
  "Paris",
  "Marseille",
  "Lyon",
  "London",
  "Manchester",
  "Birmingham",
  "Edinburgh",
  "Glasgow",
  "Dublin",
  "Belfast",
  "Brussels",
  "Amsterdam",
  "The Hague",
  "Geneva",
  "Zurich",
  "Vienna",
  "Rome",
  "Milan",
  "Naples",
  "Madrid",
  "Barcelona",
  "Lisbon",
  "Athens",
  "Warsaw",
  "Prague",
  "Budapest",
  "Bucharest",
  "Sofia",
  "Belgrade",
  "Stockholm",
  "Oslo",
  "Copenhagen",
  "Helsinki",
  "Jerusalem",
  "Tel Aviv",
  "Ramallah",
  "Mexico City",
  "Havana",
  "Caracas",
  "Bogota",
  "Lima",
  "Santiago",
  "Buenos Aires",
  "Sao Paulo",
  "Rio de Janeiro",
  "Brasilia",
  "Ottawa",
  "Toronto",
  "Montreal",
  "Vancouver",
  "Washington",
  "New York",
  "Los Angeles",
  "Chicago",
  "Houston",
  "Seattle",
  "San Francisco",
  "Boston",
  "Miami",
  "Atlanta",
  "Dallas",
  "Denver",
  "Detroit",
  "Philadelphia",
  "Phoenix",
  "Las Vegas",
  "New Orleans",
  "Baltimore",
];

/** Nationality adjectives and group names that are not entities. */
const EXTRA_DEMONYMS = [
  "American",
  "Americans",
  "British",
  "Briton",
  "Britons",
  "English",
  "Irish",
  "European",
  "Europeans",
  "Western",
  "Eastern",
  "African",
  "Asian",
  "Arab",
  "Arabs",
  "Arabic",
  "Latin",
  "Latino",
  "Hispanic",
  "Nordic",
  "Soviet",
  "Kurdish",
  "Kurds",
  "Pashtun",
  "Uighur",
  "Uyghur",
  "Rohingya",
  "Yazidi",
  "Druze",
  "Sunni",
  "Sunnis",
  "Shia",
  "Shiite",
  "Shiites",
  "Muslim",
  "Muslims",
  "Islamic",
  "Islamist",
  "Islamists",
  "Christian",
  "Christians",
  "Catholic",
  "Catholics",
  "Protestant",
  "Orthodox",
  "Jewish",
  "Jews",
  "Hindu",
  "Hindus",
  "Buddhist",
  "Sikh",
  "Russian",
  "Syrian",
  "Afghan",
  "Ukrainian",
  "Kiwi",
  "Aboriginal",
  "Indigenous",
  "Emirati",
  "Saudi",
  "Yemeni",
  "Iranian",
  "Israeli",
  "Palestinian",
  "Chinese",
  "Korean",
  "Nigerien",
  "Beninese",
];

// The package is CommonJS: at run time the default import is the array itself.
const countries = worldCountries as unknown as Country[];

/** Celestial bodies and other names the annotation does not count as places. */
export const NON_PLACE_NAMES: ReadonlySet<string> = new Set([
  "earth",
  "moon",
  "sun",
  "mars",
  "venus",
  "jupiter",
  "saturn",
  "uranus",
  "neptune",
  "pluto",
]);

function addKeys(target: Map<string, string>, names: Iterable<string>, value?: string): void {
  for (const name of names) {
    const k = key(name);
    if (k && !target.has(k)) target.set(k, value ?? name);
  }
}

const countryByKey = new Map<string, string>();
/** "Nepal" → "Southern Asia": the world subregion of each country, by its news name. */
const regionOfCountry = new Map<string, string>();
const capitalCountry = new Map<string, string>();
const demonyms = new Set<string>();
/** "russian" → "Russia": the state a nationality adjective names, UN members first. */
const countryByDemonym = new Map<string, string>();
for (const country of [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember))) {
  const common = NEWS_NAMES[country.name.common] ?? country.name.common;
  addKeys(countryByKey, [common, country.name.common, country.name.official], common);
  if (!regionOfCountry.has(common)) regionOfCountry.set(common, country.subregion);
  addKeys(
    countryByKey,
    country.altSpellings.filter((s) => s.length > 3 && /^[\p{L} .'’-]+$/u.test(s)),
    common,
  );
  for (const capital of country.capital)
    addKeys(capitalCountry, [capital.replace(/ D\.C\.$/, "")], common);
  const eng = country.demonyms?.["eng"];
  if (eng) {
    demonyms.add(key(eng.m));
    demonyms.add(key(eng.f));
    for (const form of [eng.m, eng.f])
      if (!countryByDemonym.has(key(form))) countryByDemonym.set(key(form), common);
  }
}
for (const [k, v] of Object.entries(EXTRA_COUNTRY_NAMES)) countryByKey.set(k, v);
for (const [k, v] of Object.entries(COUNTRY_CODES_IN_USE)) countryByKey.set(k, v);
for (const word of compromiseWordsTagged("Demonym")) demonyms.add(key(word));
for (const word of EXTRA_DEMONYMS) demonyms.add(key(word));

const placeKeys = new Set<string>();
for (const word of compromiseWordsTagged("City", "Region", "Country")) placeKeys.add(key(word));
for (const name of [...REGIONS, ...RIVERS, ...FACILITIES, ...SUBNATIONAL, ...CITIES])
  placeKeys.add(key(name));
for (const name of NON_PLACE_NAMES) placeKeys.delete(name);
for (const k of capitalCountry.keys()) placeKeys.add(k);
for (const k of countryByKey.keys()) placeKeys.add(k);
// Two-letter codes are only places when written in capitals; the caller checks case.
for (const code of ["us", "uk"]) placeKeys.add(code);

/** Wire-style abbreviations of US states ("Calif." → "California"), keyed by normalized form. */
const STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ala: "Alabama",
  ariz: "Arizona",
  ark: "Arkansas",
  calif: "California",
  colo: "Colorado",
  conn: "Connecticut",
  del: "Delaware",
  fla: "Florida",
  ga: "Georgia",
  ill: "Illinois",
  ind: "Indiana",
  kan: "Kansas",
  ky: "Kentucky",
  la: "Louisiana",
  md: "Maryland",
  mass: "Massachusetts",
  mich: "Michigan",
  minn: "Minnesota",
  miss: "Mississippi",
  mo: "Missouri",
  mont: "Montana",
  neb: "Nebraska",
  nev: "Nevada",
  okla: "Oklahoma",
  ore: "Oregon",
  pa: "Pennsylvania",
  tenn: "Tennessee",
  tex: "Texas",
  va: "Virginia",
  vt: "Vermont",
  wash: "Washington",
  wis: "Wisconsin",
  wyo: "Wyoming",
  // "Washington, D.C.": the capital's district, written the wire's way, is the city.
  dc: "Washington",
};

// The states the wire abbreviations stand for are places by their full names too ("Governor of Virginia").
for (const state of Object.values(STATE_ABBREVIATIONS)) {
  const k = key(state);
  if (!NON_PLACE_NAMES.has(k)) placeKeys.add(k);
}

/** United States postal codes, written in capitals after a town ("Paramus, NJ"), and their states. */
export const STATE_POSTAL_CODES: Readonly<Record<string, string>> = {
  AL: "Alabama",
  AK: "Alaska",
  AZ: "Arizona",
  AR: "Arkansas",
  CA: "California",
  CO: "Colorado",
  CT: "Connecticut",
  DE: "Delaware",
  FL: "Florida",
  GA: "Georgia",
  HI: "Hawaii",
  ID: "Idaho",
  IL: "Illinois",
  IN: "Indiana",
  IA: "Iowa",
  KS: "Kansas",
  KY: "Kentucky",
  LA: "Louisiana",
  ME: "Maine",
  MD: "Maryland",
  MA: "Massachusetts",
  MI: "Michigan",
  MN: "Minnesota",
  MS: "Mississippi",
  MO: "Missouri",
  MT: "Montana",
  NE: "Nebraska",
  NV: "Nevada",
  NH: "New Hampshire",
  NJ: "New Jersey",
  NM: "New Mexico",
  NY: "New York",
  NC: "North Carolina",
  ND: "North Dakota",
  OH: "Ohio",
  OK: "Oklahoma",
  OR: "Oregon",
  PA: "Pennsylvania",
  RI: "Rhode Island",
  SC: "South Carolina",
  SD: "South Dakota",
  TN: "Tennessee",
  TX: "Texas",
  UT: "Utah",
  VT: "Vermont",
  VA: "Virginia",
  WA: "Washington",
  WV: "West Virginia",
  WI: "Wisconsin",
  WY: "Wyoming",
  DC: "District of Columbia",
};

/** Full name of a US state written as a wire abbreviation ("calif" → "California"). */
export function stateForAbbreviation(normalized: string): string | undefined {
  return STATE_ABBREVIATIONS[normalized];
}

/** Canonical country name for a normalized name, alias or code ("us" → "United States"). */
export function countryFor(normalized: string): string | undefined {
  return countryByKey.get(normalized);
}

/**
 * Least hours ahead of UTC of the countries of each world subregion (standard time; Polynesia and
 * the Americas, partly or wholly behind UTC, are left out).
 */
const SUBREGION_LEAST_OFFSETS: Readonly<Record<string, number>> = {
  "Northern Europe": 0,
  "Southern Europe": 0,
  "Western Europe": 1,
  "Central Europe": 1,
  "Southeast Europe": 1,
  "Eastern Europe": 2,
  "Northern Africa": 0,
  "Western Africa": 0,
  "Middle Africa": 1,
  "Eastern Africa": 2,
  "Southern Africa": 2,
  "Western Asia": 2,
  "Southern Asia": 3.5,
  "Central Asia": 5,
  "South-Eastern Asia": 7,
  "Eastern Asia": 8,
  "Australia and New Zealand": 8,
  Melanesia: 10,
  Micronesia: 9,
};

/**
 * The least UTC offset, in hours, of the country a normalized country name or capital names
 * ("nepal" → 3.5, its subregion's least), or undefined when unknown or in the Americas.
 */
export function leastUtcOffsetOf(normalized: string): number | undefined {
  const country = countryFor(normalized) ?? capitalCountry.get(normalized);
  const subregion = country === undefined ? undefined : regionOfCountry.get(country);
  return subregion === undefined ? undefined : SUBREGION_LEAST_OFFSETS[subregion];
}

const riverKeys = new Set(RIVERS.map(key));

/** Whether a normalized name is one of the rivers often in the news ("nile"). */
export function isKnownRiver(normalized: string): boolean {
  return riverKeys.has(normalized);
}

/** Whether a normalized name is a known place (country, region, state, city, facility). */
export function isKnownPlace(normalized: string): boolean {
  return placeKeys.has(normalized);
}

/** The country whose government a capital or seat of government can stand for. */
export function governmentSeatCountry(normalized: string): string | undefined {
  return SEATS_OF_GOVERNMENT[normalized] ?? capitalCountry.get(normalized);
}

/**
 * Capitals that host an international body and, used for a government, stand for that body when
 * the article names it ("Brussels wants …" in a story about the European Union).
 */
const SEATS_OF_INTERNATIONAL_BODIES: Readonly<Record<string, { body: string; keys: string[] }>> = {
  brussels: { body: "European Union", keys: ["european union", "eu"] },
};

/** The international body a seat stands for, when one of `namedKeys` (the article's names) is it. */
export function internationalBodyOfSeat(
  normalized: string,
  namedKeys: ReadonlySet<string>,
): string | undefined {
  const seat = SEATS_OF_INTERNATIONAL_BODIES[normalized];
  return seat && seat.keys.some((k) => namedKeys.has(k)) ? seat.body : undefined;
}

/** Whether a normalized name is a seat of government that is not a city ("kremlin", "white house"). */
export function isSeatOfGovernment(normalized: string): boolean {
  return SEATS_OF_GOVERNMENT[normalized] !== undefined;
}

/** The country a normalized nationality adjective names ("russian" → "Russia"), if any. */
export function countryForDemonym(normalized: string): string | undefined {
  return countryByDemonym.get(normalized);
}

/**
 * "saudi", "thai": a country's short name that is also its nationality adjective. Before another
 * word ("Saudi officials", "Thai Foreign Minister") it is the adjective, which names no entity.
 */
export function isAdjectivalCountryName(normalized: string): boolean {
  return demonyms.has(normalized) && countryByKey.has(normalized) && !/s$/.test(normalized);
}

/** Whether a normalized word is a nationality or group adjective ("russian", "muslims"). */
export function isDemonym(normalized: string): boolean {
  return demonyms.has(normalized) && !countryByKey.has(normalized);
}

/** Final words that make a capitalized phrase a place ("… Avenue", "… Province"). */
export const LOCATION_CUE_WORDS: ReadonlySet<string> = new Set([
  "empire",
  "street",
  "st",
  "avenue",
  "ave",
  "road",
  "boulevard",
  "square",
  "bridge",
  "river",
  "lake",
  "sea",
  "ocean",
  "bay",
  "gulf",
  "strait",
  "island",
  "islands",
  "peninsula",
  "mountain",
  "mountains",
  "mount",
  "hill",
  "hills",
  "valley",
  "desert",
  "forest",
  "coast",
  "province",
  "oblast",
  "krai",
  "governorate",
  "prefecture",
  "county",
  "district",
  "region",
  "territory",
  "state",
  "city",
  "town",
  "village",
  "airport",
  "airbase",
  "base",
  "port",
  "harbor",
  "harbour",
  "station",
  "stadium",
  "arena",
  "park",
  "palace",
  "castle",
  "cathedral",
  "mosque",
  "temple",
  "museum",
  "center",
  "centre",
  "complex",
  "facility",
  "hospital",
  "prison",
  "camp",
  "pad",
  "planetarium",
  "tower",
  "hall",
  "plaza",
  "beach",
  "canal",
  "dam",
  "field",
  "heights",
  "house",
  "embassy",
  "consulate",
  "dome",
  "campus",
  "slum",
  "bridge",
  "highway",
  "motorway",
  "pass",
  "crossing",
  "refinery",
  "mine",
  "plant",
  "reactor",
  "zoo",
  "market",
  "mall",
  "cemetery",
  "checkpoint",
  "hotel",
  "motel",
  "hostel",
  "inn",
  "resort",
  "lodge",
  "terrace",
  "junction",
  "turnpike",
  "plateau",
  "plain",
  "plains",
  "swamp",
  "marsh",
  "wetlands",
  "creek",
  "shelf",
  "tube",
  "tunnel",
  "archipelago",
  "atoll",
  "minster",
  "abbey",
  "chapel",
  "basilica",
  "monastery",
  "convent",
  "fortress",
  "fort",
  "gate",
  "gardens",
  "garden",
  "theatre",
  "theater",
  "gallery",
  "galleries",
  "pier",
  "wharf",
  "quay",
  "marina",
  "lagoon",
  "reef",
  "cove",
  "falls",
  "canyon",
  "gorge",
  "glacier",
  "volcano",
  "cliffs",
  "trail",
  "lane",
  "drive",
  "parkway",
  "expressway",
  "freeway",
  "voivodship",
  "quarter",
  "pond",
  "springs",
  "bazaar",
  "souk",
  "mausoleum",
  "memorial",
  "monument",
  "tomb",
  "shrine",
  "pagoda",
  "villa",
  "ranch",
  "terminal",
  "factory",
  "estuary",
  "delta",
  "dunes",
  "steppe",
]);

/**
 * Final words of building and site names that, unlike LOCATION_CUE_WORDS, the tagger's features
 * do not read ("Kaiser Building", "Riverside Show Grounds"): kept apart so adding one needs no
 * retraining.
 */
export const FACILITY_CUE_WORDS: ReadonlySet<string> = new Set(["building", "grounds"]);

/** Lower-case words after a name that mark it as a place ("Wardak province"). */
export const TRAILING_PLACE_WORDS: ReadonlySet<string> = new Set([
  "province",
  "region",
  "district",
  "county",
  "state",
  "city",
  "town",
  "village",
  "oblast",
  "governorate",
  "prefecture",
  "area",
  "neighbourhood",
  "neighborhood",
  "suburb",
  "island",
  "river",
  "airport",
  "valley",
  "highway",
  "slum",
  "camp",
  "border",
  "crossing",
  "basin",
  "plateau",
  "coast",
  "mountains",
  "lake",
  "desert",
  "peninsula",
  "municipality",
  "township",
  "settlement",
  "building",
  "stadium",
  "arena",
  // Waters and landforms named in lower case after the name ("the Bab el-Mandeb strait").
  "strait",
  "straits",
  "canal",
  "gulf",
  "bay",
  "sea",
  "islands",
  "delta",
  "enclave",
  "harbour",
  "harbor",
  "glacier",
  "volcano",
  "reservoir",
]);

/** First words that make a capitalized phrase a place ("River Wye", "Mount Kenya"). */
export const LOCATION_PREFIX_WORDS: ReadonlySet<string> = new Set([
  "river",
  "lake",
  "mount",
  "cape",
  "fort",
  "port",
  "isle",
  "gulf",
  "bay",
  "camp",
  "mt",
  "rio",
  "mont",
  "monte",
  "sierra",
  "isla",
  "ile",
  "île",
  "puerto",
  "porto",
  "costa",
  "playa",
  "cerro",
  "wadi",
  "jebel",
  "jabal",
  "masjid",
  "catedral",
  "iglesia",
  "piazza",
  "plaza",
  "rue",
  "avenida",
  "calle",
  "anse",
  "pointe",
  "château",
  "chateau",
  "hôpital",
  "hotel",
  "palacio",
  "palazzo",
  "castillo",
  "castello",
  "schloss",
  "pulau",
  "gunung",
  "meydan",
  "maidan",
  "san",
  "santa",
  "santo",
  "são",
]);

/** Words that name a part of a known place after it: "Kowloon West", "Lakeland East". */
export const PLACE_PART_SUFFIXES: ReadonlySet<string> = new Set([
  "north",
  "south",
  "east",
  "west",
  "central",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
]);

/** Words that name a part of a known place before it: "West Oakland", "Upper Manhattan", "Greater Phoenix". */
export const PLACE_PART_PREFIXES: ReadonlySet<string> = new Set([
  "north",
  "south",
  "east",
  "west",
  "central",
  "northern",
  "southern",
  "eastern",
  "western",
  "upper",
  "lower",
  "old",
  "greater",
  "downtown",
  "inner",
  "outer",
]);
