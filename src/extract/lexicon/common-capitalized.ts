const CONTRACTIONS = (
  "i'm i've i'd i'll it's it'll he's he'd he'll she's she'd she'll we're we've we'd we'll they're they've " +
  "they'd they'll you're you've you'd you'll that's there's here's what's who's let's"
).split(" ");

/**
 * Capitalized words that begin sentences, headlines or captions but are not
 * names: function words, pronouns, common adverbs and news furniture. Lower case.
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the this that these those there here it its he she his her him they them their we our us you your i my me " +
    "but and or nor so yet if when while after before since until as at by for from in into of on onto to with without " +
    "about above across against along among around behind below beneath beside between beyond during except inside " +
    "near off out outside over past through throughout toward towards under underneath unlike up upon via within " +
    "what which who whom whose where why how whether all any both each either every few many more most much neither " +
    "no none not one other others some such than then thus also although though however meanwhile moreover " +
    "nevertheless nonetheless instead still even just only already again later earlier now today tonight yesterday " +
    "tomorrow once twice first second third last next another several prior following according despite because " +
    "unless whereas given including regarding amid amidst asked reactions reaction photo photos image images video " +
    "file related latest headlines advertisement read more click share comments caption credit source sources " +
    "update updated breaking exclusive watch listen live editor note editors analysis opinion comment " +
    "mr mrs ms dr sir yes oh well please thanks thank happy dear officials police authorities residents people " +
    "many some most several both others everyone nobody somebody anyone someone " +
    "should could would will can may might must shall do does did is are was were be been being has have had " +
    "let lets see says said according background overall together elsewhere nearly almost about around " +
    "currently recently finally eventually originally initially additionally similarly unfortunately " +
    // Contractions ("I'm Ann Lee"), in both apostrophes.
    CONTRACTIONS.join(" ") +
    " " +
    CONTRACTIONS.map((c) => c.replace("'", "’")).join(" ")
  ).split(" "),
);

/** Days and months: capitalized, but dates rather than entities. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun " +
    "january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec christmas easter ramadan eid thanksgiving"
  ).split(" "),
);

/** Final words that make a capitalized phrase an event, law, product or award, not an entity. */
export const NON_ENTITY_HEADS: ReadonlySet<string> = new Set(
  (
    "war wars cup olympics game games championship championships marathon tournament open prix prize prizes award " +
    "awards festival fair expo summit act bill law treaty accord accords agreement convention protocol " +
    "constitution amendment amendments clause " +
    "declaration doctrine plan day week month year era ages revolution uprising spring crisis pandemic epidemic " +
    "disease syndrome virus shuttle mission program programme rover telescope satellite missile missiles " +
    "rocket vehicle iphone ipad android windows series show season episode film movie album book novel " +
    "report index survey study census election elections referendum primary primaries debate conference " +
    "paralympics paralympic podcast podcasts blog vlog carnival parade medal medals scholarship scholarships trophy"
  ).split(" "),
);

/** Religions and faiths on their own: capitalized, but beliefs rather than entities (the guide). */
export const RELIGIONS: ReadonlySet<string> = new Set(
  (
    "islam christianity judaism hinduism buddhism sikhism jainism catholicism protestantism " +
    "anglicanism mormonism shinto shintoism taoism confucianism zoroastrianism wicca paganism " +
    "sufism rastafarianism"
  ).split(" "),
);

/** Religious festivals, pilgrimages and holidays, by key: occasions rather than entities (the guide). */
export const FESTIVALS: ReadonlySet<string> = new Set([
  "hajj",
  "umrah",
  "diwali",
  "holi",
  "hanukkah",
  "chanukah",
  "passover",
  "purim",
  "sukkot",
  "yom kippur",
  "rosh hashanah",
  "lent",
  "advent",
  "pentecost",
  "epiphany",
  "vesak",
  "nowruz",
  "navratri",
  "durga puja",
  "kwanzaa",
  "halloween",
  "mardi gras",
  "eid al adha",
  "eid al fitr",
  "eid ul adha",
  "eid ul fitr",
  "chinese new year",
  "lunar new year",
  "day of the dead",
  "good friday",
  "christmas eve",
  "new years eve",
  "oktoberfest",
  "hogmanay",
  "songkran",
]);

/**
 * Lower-case tails that make "Name-tail" a compound adjective ("Helsinki-based", "Taliban-run",
 * "Ottoman-era") rather than a hyphenated given name ("Jong-un", "Siu-lai"). Lower case.
 */
export const COMPOUND_ADJECTIVE_TAILS: ReadonlySet<string> = new Set(
  (
    "based born bred run led made held owned backed bound style era like type wide free only class level " +
    "specific area speaking friendly leaning centric ruled linked allied affiliated controlled dominated " +
    "funded sponsored inspired oriented focused centred centered flagged registered listed trained " +
    "educated raised built designed produced language proof size sized scale themed bashing hating loving " +
    "style wise ward wards esque ish ist ism in out up down led"
  ).split(" "),
);

/** Nouns right after a name that make it a product ("the Firefox browser", "Halo game"). Lower case. */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set(
  (
    "browser browsers software app apps console consoles smartphone smartphones phone phones tablet tablets " +
    "laptop laptops headset headsets device devices gadget handset handsets car cars sedan truck jet jets " +
    "aircraft airliner drone drones vaccine drug pill plugin extension game games operating"
  ).split(" "),
);

/** Words that end a product's name as a model or edition ("Windows XP", "PlayStation VR"). Lower case. */
export const PRODUCT_EDITIONS: ReadonlySet<string> = new Set(
  "xp vr os pro max mini plus lite ultra".split(" "),
);

/** Nouns right before a name that make it a creative work ("the film Copying Beethoven"). Lower case. */
export const WORK_NOUNS: ReadonlySet<string> = new Set(
  (
    "film films movie movies novel novels book books album albums song songs single series sitcom show shows " +
    "play plays opera operas musical painting paintings poem poems documentary documentaries magazine column " +
    "game video-game episode episodes trilogy sequel franchise comic comics character characters titled entitled " +
    "drama dramas thriller thrillers comedy comedies miniseries serial podcast memoir treatise essay " +
    "symphony sonata concerto"
  ).split(" "),
);

/**
 * Nouns for ships and craft, before their names ("the tanker Advantage Sweet", "the cruise ship,
 * Ocean Lark", "the probe Tsubame"): vehicles are no entities. Lower case.
 */
export const VEHICLE_NOUNS: ReadonlySet<string> = new Set(
  (
    "ship ships vessel tanker freighter ferry yacht liner submarine frigate destroyer cruiser warship " +
    "trawler schooner icebreaker spacecraft spaceship lander rover orbiter"
  ).split(" "),
);

/**
 * Heads of academic fields and school subjects ("a PhD in Linguistics", "Sport Psychology"): no
 * entity unless a cue word names a body ("Department of Linguistics"). Lower case.
 */
export const ACADEMIC_FIELDS: ReadonlySet<string> = new Set(
  (
    "linguistics philosophy psychology sociology anthropology economics mathematics physics chemistry " +
    "biology geology theology methodology counseling counselling education leadership management studies " +
    "sciences science humanities literature history engineering medicine law pedagogy educational"
  ).split(" "),
);
