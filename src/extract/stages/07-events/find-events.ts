/**
 * The events sub-stages in the order they run, sentence by sentence:
 * words (tokens and lemmas) → quoted (spans that report no act) → triggers → modality
 * (negated, hypothetical, planned, passive) → places → roles (actor, target, bystanders,
 * place) → descriptions (actors and undergoers named by description or by the sentence before)
 * → dating → merging (repeated reports of one happening) → headline statement → scene (the
 * lead's place for the day's unplaced happenings) → states (the states behind capitals,
 * embassies and unplaced acts of force) → finish (owners, summaries).
 */
import { parseDateValue } from "../../dates.js";
import { HAPPENING_VERBS, REPETITION_WORDS } from "../../lexicon/event-places.js";
import { countryFor, governmentSeatCountry } from "../../lexicon/gazetteer.js";
import { key } from "../../normalize.js";
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from "../../lexicon/given-names.js";
import {
  CONTEST_LEMMAS,
  DIRECTIONAL_PREPOSITIONS,
  ECONOMIC_CUES,
  LABOUR_CUES,
  SPORT_CUES,
  LIGHT_VERBS,
  STANCE_VERBS,
} from "../../lexicon/event-triggers.js";
import type {
  CameoCode,
  DatePrecision,
  Doc,
  Entity,
  Event,
  EventParticipant,
  Mention,
  TemporalExpression,
} from "../../types.js";
import { skipAdverbs } from "./clauses.js";
import {
  anniversaryYears,
  assignDates,
  CLAUSE_JOIN,
  datesCompatible,
  isSpeechDate,
  narrativeDate,
  type DatedSentence,
  yearsBefore,
} from "./dating.js";
import {
  capitalSubject,
  describedActor,
  pairSubject,
  describedUndergoer,
  NamedBodies,
  pronounSubject,
  titledPerson,
} from "./descriptions.js";
import { participantsOf } from "./participants.js";
import { finish, protagonistOf } from "./finish.js";
import { headlineStatement, speakerOfHeadline } from "./headline.js";
import {
  MERGE_HORIZON,
  findSameHappening,
  foldIssuedStatements,
  mergeInto,
  namedBy,
  sameFamily,
  sameAct,
} from "./merging.js";
import type { EventNotes } from "./merging.js";
import {
  afterRelativeOnThing,
  relativeClauseOwner,
  inRelativeClause,
  isDefinite,
  modalityOf,
  namesEarlierHappening,
} from "./modality.js";
import type { Modality } from "./modality.js";
import { isCountry, lastWordOf, PLACE_RANK, placeMentions, placeRank } from "./places.js";
import type { Placed } from "./places.js";
import { placeAtScene, withinStoryDays } from "./scene.js";
import { aimedPlace } from "./projectiles.js";
import { ReferredSites } from "./referred-sites.js";
import { addCapitalStates, placeInPartyState, targetMissionStates } from "./states.js";
import {
  continuesReportedClause,
  isQuoted,
  performativeSpeaker,
  quotedSpans,
  saidInFirstPerson,
  unionOf,
} from "./quoted.js";
import {
  MAX_OTHERS,
  SUBJECT_SHARING_CODES,
  VIOLENT_CODES,
  rolesOf,
  type PersonMemory,
} from "./roles.js";
import { REPORTING_VERBS, SPEECH_VERBS, UNSET_DATE } from "../../lexicon/event-clauses.js";
import { personNamedWithAge, unnamedPersonSubject } from "./introduced-person.js";
import { leadHappening } from "./lead.js";
import { aimReactions, withoutReactingParty, type Outcomes } from "./reactions.js";
import { AID_ARRIVAL, findTriggers } from "./triggers.js";
import type { ArticleCues, Trigger } from "./triggers.js";
import {
  hasLemmaWithin,
  hasPastTense,
  isPastForm,
  pluperfect,
  tallyPerfect,
  wordsOf,
} from "./words.js";
import type { Word } from "./words.js";

export function sameEntityName(entity: Entity, name: string): boolean {
  const wanted = name.toLowerCase();
  return (
    entity.name.toLowerCase() === wanted ||
    entity.aliases.some((alias) => alias.toLowerCase() === wanted)
  );
}

/** The last person who is the target of an event reported in sentence `index`. */
function undergoerOf(events: Event[], index: number, entities: Map<number, Entity>): number | null {
  for (let at = events.length - 1; at >= Math.max(0, events.length - MERGE_HORIZON); at--) {
    const event = events[at] as Event;
    if (event.evidence[event.evidence.length - 1]?.sentenceIndex !== index) continue;
    const target = event.participants.find((participant) => participant.role === "TARGET");
    if (target && entities.get(target.entityId)?.type === "PERSON") return target.entityId;
  }
  return null;
}

/** An attack, a fight or a disaster (not a toll word itself). */
function isViolentOrDisaster(trigger: Trigger): boolean {
  if (trigger.sense.toll) return false;
  return VIOLENT_CODES.has(trigger.code) || (trigger.sense.disaster ?? false);
}

const MALE = new Set(MALE_GIVEN_NAMES);
const FEMALE = new Set(FEMALE_GIVEN_NAMES);

/** The gender a person's given name usually carries, when the name list knows it. */
function genderOf(entity: Entity | undefined): "male" | "female" | null {
  const given = entity?.name.split(/\s+/)[0]?.toLowerCase() ?? "";
  if (MALE.has(given)) return "male";
  if (FEMALE.has(given)) return "female";
  return null;
}

/** The last organisation or state that is an actor of an event reported in sentence `index`. */
function groupActorOf(
  events: Event[],
  index: number,
  entities: Map<number, Entity>,
): number | null {
  // Bounded like merges, so long inputs stay linear.
  for (let at = events.length - 1; at >= Math.max(0, events.length - MERGE_HORIZON); at--) {
    const event = events[at] as Event;
    if (event.evidence[event.evidence.length - 1]?.sentenceIndex !== index) continue;
    const actor = event.participants.find((participant) => participant.role === "ACTOR");
    const entity = actor ? entities.get(actor.entityId) : undefined;
    if (entity && (entity.type === "ORGANIZATION" || isCountry(entity))) return entity.id;
  }
  return null;
}

/** Possessive endings: "Russia's foreign minister" is no subject of its own. */
const POSSESSIVE = /^['\u2019]s?$/;

/**
 * "Microsoft announced …": the organisation or state a sentence opens with as its subject,
 * which a later "it"/"they" may stand for even when the sentence reported no act.
 */
function subjectGroupOf(
  words: Word[],
  placed: Placed[],
  entities: Map<number, Entity>,
): number | null {
  const first = placed[0];
  if (!first || first.wordIndex > (words[0]?.lower === "the" ? 1 : 0)) return null;
  const last = lastWordOf(words, first);
  const glued = (words[last]?.end ?? 0) > first.mention.end; // "Telecom's" as one word
  if (glued || POSSESSIVE.test(words[last + 1]?.text ?? "")) return null;
  const entity = entities.get(first.entityId);
  return entity && (entity.type === "ORGANIZATION" || isCountry(entity)) ? entity.id : null;
}

/** A media credit closing a caption: "Video: A. Smith.", "Audio: Jkthom.", "Image: Reuters." */
const MEDIA_CREDIT = /^(?:Video|Audio|Image|Photo|Picture)s?\s*:\s*\S[^.!?]{0,80}[.!?]?$/;

/** The most words a crosshead (a short topic line between paragraphs) has. */
export const CROSSHEAD_WORDS = 5;

/** A court or tribunal, by its name ("Supreme Court", "High Court of Kenya"). */
function isCourt(entity: Entity | undefined): boolean {
  return entity?.type === "ORGANIZATION" && /\b(?:Court|Tribunal)\b/.test(entity.name);
}

/** Past forms of "be" that put the adjective or noun after them in the past ("were critical of"). */
const PAST_COPULAS = new Set(["was", "were"]);

/** Codes of acts done by speaking that the present tense reports as made now: appeals, demands, rebukes, threats. */
const PRESENT_ACT_CODES = new Set<CameoCode>(["02", "10", "11", "13"]);

/** True when `word` is the present form of `lemma`: "call", "calls", "urges", "denies". */
function isPresentForm(word: string, lemma: string): boolean {
  if (!lemma) return false;
  return (
    word === lemma ||
    word === `${lemma}s` ||
    word === `${lemma}es` ||
    (lemma.endsWith("y") && word === `${lemma.slice(0, -1)}ies`)
  );
}

/**
 * "Hungary blocked the package, demanding guarantees", "she won the race, finishing in 2:14":
 * a participle opening a clause after the comma of an act already reported tells how that act
 * was done, not an act of its own.
 */
function accompanying(words: Word[], trigger: Trigger, actBefore: boolean): boolean {
  const participle =
    trigger.sense.kind === "verb" &&
    (words[trigger.first]?.lower ?? "").endsWith("ing") &&
    words[trigger.first - 1]?.text === ",";
  if (!participle) return false;
  // "The cyclist crossed the line first, finishing the stage in 4:02": after a past clause that
  // is no event, an "other" happening in a participle still only tells how it went.
  return actBefore || (trigger.code === "00" && hasPastTense(words.slice(0, trigger.first - 1)));
}

/** How many words from a toll verb its count may be ("412 police officers were killed"). */
const TOLL_COUNT_REACH = 5;

/** True when a number counts the victims of a toll verb: "412 officers were killed", "killed 30". */
function countedToll(words: Word[], trigger: Trigger): boolean {
  const from = Math.max(0, trigger.first - TOLL_COUNT_REACH);
  return words
    .slice(from, trigger.last + TOLL_COUNT_REACH)
    .some((word) => /^\d[\d,]*$/.test(word.text) && word.text !== "1");
}

/** How many words after a passive verb its agent ("by …") may be. */
const PASSIVE_AGENT_REACH = 8;

/** How many sentences back an act may be that a speaker's quote words again. */
const QUOTED_ACT_REACH = 3;
/** How many sentences after an announced plan its dated telling may come. */
const PLAN_REACH = 3;
/** How many sport-only words make an article a match report. */
const SPORT_ARTICLE_WORDS = 2;

/** Codes of a state's acts at home: measures and other happenings, public statements. */
const DOMESTIC_CODES = new Set<CameoCode>(["00", "01"]);

/** Finds CAMEO-coded events in the body sentences and merges repeated reports of one happening. */
/** How many sentences back the happening a pair ("the two sides") stands for may be told. */
const PAIR_REACH = 2;

/**
 * The two parties of the latest happening told within PAIR_REACH sentences that has two
 * named people, bodies or states, the first as actor; or null.
 */
function partiesOfPair(
  events: Event[],
  sentenceIndex: number,
  entities: Map<number, Entity>,
): EventParticipant[] | null {
  for (const event of [...events].reverse()) {
    const told = event.evidence.at(-1)?.sentenceIndex ?? -Infinity;
    if (told < sentenceIndex - PAIR_REACH) return null;
    const parties = event.participants.filter(
      (party) => party.entityId !== event.locationId && entities.has(party.entityId),
    );
    const [first, second] = parties;
    if (first && second)
      return [
        { entityId: first.entityId, role: "ACTOR" },
        { entityId: second.entityId, role: "OTHER" },
      ];
  }
  return null;
}

export function findEvents(doc: Doc): Event[] {
  const entities = new Map(doc.entities.map((entity) => [entity.id, entity]));
  const quoted = quotedSpans(doc);
  const mentionsBySentence = new Map<number, Mention[]>();
  for (const mention of doc.mentions) {
    const list = mentionsBySentence.get(mention.sentenceIndex) ?? [];
    list.push(mention);
    mentionsBySentence.set(mention.sentenceIndex, list);
  }
  const datesBySentence = new Map<number, TemporalExpression[]>();
  for (const date of doc.dates) {
    const list = datesBySentence.get(date.sentenceIndex) ?? [];
    list.push(date);
    datesBySentence.set(date.sentenceIndex, list);
  }
  // "… at the gallery. Video: A. Smith.": a paragraph signed by a media credit is a caption,
  // and the guide leaves events told only in captions out.
  const creditedParagraphs = new Set(
    doc.sentences
      .filter((sentence) => sentence.zone === "body" && MEDIA_CREDIT.test(sentence.text))
      .map((sentence) => sentence.paragraphIndex),
  );
  const bodySentences = doc.sentences.filter(
    (sentence) => sentence.zone === "body" && !creditedParagraphs.has(sentence.paragraphIndex),
  );
  // "Border talks", "Flood relief": a short unpunctuated line standing alone is a
  // crosshead, which names a topic rather than reports a happening.
  const sentencesPerParagraph = new Map<number, number>();
  for (const sentence of bodySentences)
    sentencesPerParagraph.set(
      sentence.paragraphIndex,
      (sentencesPerParagraph.get(sentence.paragraphIndex) ?? 0) + 1,
    );
  const isCrosshead = (sentence: (typeof bodySentences)[number]): boolean =>
    sentencesPerParagraph.get(sentence.paragraphIndex) === 1 &&
    sentence.text.trim().split(/\s+/).length <= CROSSHEAD_WORDS &&
    !/[.!?:;,"'\u201d\u2019)\]]\s*$/.test(sentence.text);
  const leadParagraph = bodySentences[0]?.paragraphIndex ?? -1;
  const secondParagraph =
    bodySentences.find((sentence) => sentence.paragraphIndex !== leadParagraph)?.paragraphIndex ??
    -1;
  const datelinePlace = doc.layout.dateline?.place ?? null;
  const datelineEntity =
    datelinePlace === null
      ? null
      : (doc.entities.find(
          (entity) => entity.type === "LOCATION" && sameEntityName(entity, datelinePlace),
        ) ?? null);
  // The state a dateline's capital or country names, when the article names that state.
  const homeCountry =
    datelinePlace === null
      ? undefined
      : (governmentSeatCountry(key(datelinePlace)) ?? countryFor(key(datelinePlace)));
  const homeState =
    homeCountry === undefined
      ? null
      : (doc.entities.find(
          (entity) =>
            entity.type === "LOCATION" &&
            entity.mentionIds.length > 0 &&
            [entity.name, ...entity.aliases].some((form) => countryFor(key(form)) === homeCountry),
        )?.id ?? null);
  const published = doc.publishedAt && parseDateValue(doc.publishedAt) ? doc.publishedAt : null;
  const publishedYear = published === null ? null : Number(published.slice(0, 4));
  const nameOf = (id: number | undefined): string | null =>
    id === undefined ? null : (entities.get(id)?.name ?? null);

  const sentenceWords = new Map(
    bodySentences.map((sentence) => [sentence.index, wordsOf(sentence)]),
  );
  let economicWords = 0;
  let labourWords = 0;
  let sportWords = 0;
  for (const words of sentenceWords.values()) {
    for (const word of words) {
      if (ECONOMIC_CUES.has(word.lower)) economicWords++;
      if (LABOUR_CUES.has(word.lower)) labourWords++;
      if (SPORT_CUES.has(word.text)) sportWords++;
    }
  }
  // Strikes in an article about pay and unions are walkouts (CAMEO 14).
  const labourArticle = labourWords >= 3;
  // Agreements in an article about trade or investment are economic ones (CAMEO 06).
  const economicArticle = economicWords >= 3;
  const articleCues: ArticleCues = {
    economic: economicArticle,
    labour: labourArticle,
    sport: sportWords >= SPORT_ARTICLE_WORDS,
  };
  // The lead's own date ("on Monday") dates its undated acts better than the publication day.
  const paragraphOf = new Map(
    bodySentences.map((sentence) => [sentence.index, sentence.paragraphIndex]),
  );
  // The story's day: the first date of the lead (or of the paragraph after it) that is not a statement's.
  // A day after publication is a plan the lead tells ("warned that rain was expected on
  // Saturday"), never the day its reported acts happened.
  const storyDate = (paragraph: number): TemporalExpression | undefined =>
    doc.dates.find(
      (date) =>
        date.precision === "DAY" &&
        paragraphOf.get(date.sentenceIndex) === paragraph &&
        !isSpeechDate(doc.text, date) &&
        (published === null || date.value <= published),
    );
  const leadDay = (storyDate(leadParagraph) ?? storyDate(secondParagraph))?.value ?? published;
  const headlineSpeaker = speakerOfHeadline(doc, mentionsBySentence);
  const events: Event[] = [];
  const notes = new WeakMap<Event, EventNotes>();
  let leadEvent: Event | null = null;
  // Merges look back over a bounded number of events per code, which keeps long inputs linear.
  const byCode = new Map<CameoCode, Event[]>();
  const recentOfCode = (code: CameoCode): Event[] => (byCode.get(code) ?? []).slice(-MERGE_HORIZON);
  const people: PersonMemory = { he: null, she: null };
  // The sentence before reported an attack or a disaster, whose toll the next one may tell.
  let violentBefore = false;
  // The last person an act befell (arrested, attacked, charged), for "the suspect", "the man".
  let lastUndergoer: number | null = null;
  // The organisation or state that acted in the sentence before, for "it"/"they".
  let lastGroup: number | null = null;
  let previousDay: DatedSentence | null = null;
  // The last undated plan with a known actor ("X intends to hold a vote"), for its dated telling.
  let announcedPlan: { lemma: string; actor: number; sentence: number } | null = null;
  // Paragraphs with a collective happening (a vote's results), the only ones where acts join one.
  const collectiveParagraphs = new Set<number>();
  const leadPlaces: Placed[] = [];
  const secondPlaces: Placed[] = [];
  const venues: number[] = [];
  const leadNames = new Set<number>();
  const bodies = new NamedBodies();
  const sites = new ReferredSites();
  for (const sentence of bodySentences) {
    const words = sentenceWords.get(sentence.index) ?? [];
    const sentenceHasPast = hasPastTense(words);
    // "in 2010 the museum exhibited …": a year alone dates nothing to a day or month.
    // "a dialogue suspended since 2018": a year a state has lasted from dates no act of the sentence.
    const yearOnly = (datesBySentence.get(sentence.index) ?? []).some(
      (date) =>
        date.precision === "YEAR" &&
        !/\bsince\s+$/i.test(doc.text.slice(Math.max(0, date.start - 7), date.start)),
    );
    const mentions = (mentionsBySentence.get(sentence.index) ?? [])
      .filter((mention) => !isQuoted(quoted, mention.start))
      .sort((a, b) => a.start - b.start);
    const placed = placeMentions(words, mentions, entities);
    // "flown to X", "lost to X": a destination is no scene.
    if (sentence.paragraphIndex === leadParagraph)
      for (const mention of mentions)
        if (mention.entityId !== null) leadNames.add(mention.entityId);
    if (sentence.paragraphIndex === leadParagraph || sentence.paragraphIndex === secondParagraph)
      (sentence.paragraphIndex === leadParagraph ? leadPlaces : secondPlaces).push(
        ...placed.filter(
          (item) =>
            item.locative &&
            !DIRECTIONAL_PREPOSITIONS.has(words[item.prepositionIndex]?.lower ?? ""),
        ),
      );
    if (sentence.paragraphIndex === leadParagraph || sentence.paragraphIndex === secondParagraph)
      for (const item of placed)
        if (
          item.locative &&
          words[item.prepositionIndex]?.lower === "at" &&
          placeRank(entities.get(item.entityId), item.placeNoun) === PLACE_RANK.site
        )
          venues.push(item.entityId);
    const isQuestion = /\?["'\u201d\u2019]?\s*$/.test(sentence.text);
    const mentionSpans = unionOf(mentions.map((mention) => mention.fullSpan ?? mention));
    const sentenceDates = (datesBySentence.get(sentence.index) ?? []).filter(
      (date) => !isQuoted(quoted, date.start),
    );
    const live: { trigger: Trigger; modality: Modality; speaker: number | null }[] = [];
    let previousSkipped = false;
    let previousPast = false;
    const triggers =
      isQuestion || isCrosshead(sentence) ? [] : findTriggers(words, mentionSpans, articleCues);
    const violentHere = triggers.some(isViolentOrDisaster);
    const unsetDate = UNSET_DATE.test(sentence.text);
    for (const trigger of triggers) {
      const modality = modalityOf(words, trigger);
      // "would not resign and accused …": a past verb joined to a bare one is told for itself.
      const ownTense =
        trigger.sense.kind === "verb" &&
        !previousPast &&
        isPastForm(words[trigger.first]?.lower ?? "");
      const joined = ["and", "or"].includes(
        words[skipAdverbs(words, trigger.first - 1)]?.lower ?? "",
      );
      // "… a resolution that condemned X and called for Y": the second verb shares the first one's status.
      // "floods killed 68", "ambushed a convoy, killing nine": the toll of a known happening.
      const toll = (trigger.sense.toll ?? false) && (violentHere || violentBefore);
      const speaker = isQuoted(quoted, trigger.start)
        ? performativeSpeaker(doc.quotes, words, trigger)
        : null;
      // A court's act needs a court before it; any other "ordered" or "suspended" takes no date.
      const noCourt =
        (trigger.sense.courtOnly ?? false) &&
        !placed.some(
          (item) => item.wordIndex < trigger.first && isCourt(entities.get(item.entityId)),
        ) &&
        !words.slice(0, trigger.first).some((word) => word.lower === "court");
      // "We're very disappointed by …" outside quotation marks: a speaker the text does not name.
      const unnamedSpeaker =
        trigger.sense.kind === "verb" &&
        !isQuoted(quoted, trigger.start) &&
        saidInFirstPerson(words, trigger);
      // "The company has been criticised for …": a stance told without who takes it.
      const unheldStance =
        modality.passive &&
        STANCE_VERBS.has(trigger.lemma) &&
        !words
          .slice(trigger.last + 1, trigger.last + 1 + PASSIVE_AGENT_REACH)
          .some((word) => word.lower === "by");
      // "The election elects 70 members": a vote told in the present is how it works, not a result.
      const generalVote =
        (trigger.sense.collective ?? false) &&
        trigger.lemma !== (words[trigger.first]?.lower ?? "") &&
        isPresentForm(words[trigger.first]?.lower ?? "", trigger.lemma);
      // "… for a meeting in May, though no date has been set": a plan without a date is vague;
      // a past act told beside it still happened.
      const vaguePlan =
        unsetDate &&
        !(trigger.sense.kind === "verb" && isPastForm(words[trigger.first]?.lower ?? ""));
      const skip: boolean =
        noCourt ||
        vaguePlan ||
        unheldStance ||
        generalVote ||
        unnamedSpeaker ||
        (isQuoted(quoted, trigger.start) &&
          speaker === null &&
          !continuesReportedClause(doc.text, quoted, trigger.start)) ||
        (afterRelativeOnThing(words, trigger, mentionSpans) &&
          relativeClauseOwner(words, trigger, placed) === null) ||
        modality.skip ||
        (joined && previousSkipped && !ownTense) ||
        toll ||
        accompanying(words, trigger, live.length > 0) ||
        (trigger.sense.kind === "verb" && tallyPerfect(words, trigger.first)) ||
        // "Last year, 412 officers were killed across Mexico": a year's toll is a statistic.
        ((trigger.sense.toll ?? false) && yearOnly && countedToll(words, trigger));
      // "… killed 1,000 in October, and floods in March …": a toll left out is still a real act,
      // so what follows "and" is not left out with it.
      if (trigger.sense.kind === "verb") {
        previousSkipped = skip && !toll;
        previousPast = isPastForm(words[trigger.first]?.lower ?? "");
      }
      if (!skip) live.push({ trigger, modality, speaker });
      else if (modality.intended === true && !modality.passive) {
        const actor =
          rolesOf(words, placed, trigger, false, people).actor?.entityId ??
          describedActor(words, trigger, false, bodies, doc.entities, homeState) ??
          capitalSubject(words, placed, trigger, doc.entities);
        if (actor !== null)
          announcedPlan = { lemma: trigger.lemma, actor, sentence: sentence.index };
      }
    }
    // "Talks were held in Moscow on Monday. X and Y led the delegations.": a sentence that
    // reports no act and quotes no one names the parties of the happening just before it.
    const justBefore = events.at(-1);
    if (
      live.length === 0 &&
      justBefore !== undefined &&
      justBefore.participants.length === 0 &&
      SUBJECT_SHARING_CODES.has(justBefore.code) &&
      !(notes.get(justBefore)?.disaster ?? false) &&
      justBefore.evidence.at(-1)?.sentenceIndex === sentence.index - 1 &&
      paragraphOf.get(sentence.index - 1) === sentence.paragraphIndex &&
      !words.some((word) => SPEECH_VERBS.has(word.lower) || REPORTING_VERBS.has(word.lower)) &&
      !isQuoted(quoted, sentence.start) &&
      !/["\u201c\u201d]/.test(sentence.text)
    ) {
      for (const item of placed) {
        if (item.place || justBefore.participants.length >= MAX_OTHERS) continue;
        if (justBefore.participants.some((party) => party.entityId === item.entityId)) continue;
        justBefore.participants.push({ entityId: item.entityId, role: "OTHER" });
      }
    }
    const assigned = assignDates(
      doc.text,
      sentenceDates,
      live.map((item) => item.trigger),
    );
    // "X, who was arrested in Madrid, on Friday": a date past the relative clause's closing
    // comma is the main act's.
    for (const { trigger } of live) {
      const date = assigned.get(trigger);
      if (!date || !inRelativeClause(words, trigger) || date.start < trigger.end) continue;
      if (!doc.text.slice(trigger.end, date.start).includes(",")) continue;
      assigned.delete(trigger);
      const main = live.find(
        (item) => item.trigger.end <= trigger.start && !inRelativeClause(words, item.trigger),
      );
      if (main && !assigned.has(main.trigger)) assigned.set(main.trigger, date);
    }
    // "a meeting on Friday, where X is due to host Y": a planned act of the kind of a dated
    // happening in its sentence is that happening, and takes its date.
    for (const { trigger, modality } of live) {
      if (!modality.planned || assigned.has(trigger)) continue;
      const kin = live.find(
        (item) =>
          item.trigger !== trigger &&
          item.trigger.code === trigger.code &&
          assigned.has(item.trigger),
      );
      const kinDate = kin ? assigned.get(kin.trigger) : undefined;
      if (kinDate) assigned.set(trigger, kinDate);
    }
    // '"We condemn …," Larsson said on Tuesday': the day the words were said is the day of the
    // act they perform.
    const speechDate = sentenceDates.find((date) => isSpeechDate(doc.text, date)) ?? null;
    for (const { trigger, speaker } of live) {
      const spoken = speaker !== null || (trigger.sense.spoken ?? false);
      if (spoken && speechDate && !assigned.has(trigger)) assigned.set(trigger, speechDate);
    }
    const firstTrigger = live[0]?.trigger.start ?? Infinity;
    // A date opening the sentence ("On Monday, police arrested … and charged …") covers every act in it.
    const sceneDate =
      [...sentenceDates]
        .reverse()
        .find((date) => date.end <= firstTrigger && !isSpeechDate(doc.text, date)) ?? null;
    let sentenceDay: { date: string; precision: DatePrecision } | null = null;
    let anaphoricDay: string | null = null;
    let nearby: { event: Event; lastWord: number } | null = null;
    const liveTriggers = live.map((item) => item.trigger);
    const outcomes: Outcomes = new Map();
    for (const [position, { trigger, modality, speaker }] of live.entries()) {
      // "X, who was arrested in Madrid, was extradited on Friday": the relative clause recalls an
      // earlier act, which neither takes the sentence's date nor joins the main act.
      const recalled = inRelativeClause(words, trigger);
      const dateExpression = assigned.get(trigger) ?? (recalled ? null : sceneDate);
      // An undated plan is no event, but its actor is kept for the dated plan told after it.
      const undatedPlan = modality.planned && !dateExpression;
      // The place of an act is looked for up to the next act of another kind in the sentence.
      const nextAct = live
        .slice(position + 1)
        .find((item) => item.trigger.code !== trigger.code && item.trigger.sense.kind === "verb");
      const roles = rolesOf(
        words,
        placed,
        trigger,
        modality.passive,
        people,
        nextAct?.trigger.first ?? words.length,
      );
      let code = trigger.code;
      // "fired a ballistic missile" … "condemned the launch": the launch is the firing told,
      // and the parties and place of the clause are the condemnation's.
      const launchRecalled =
        code === "00" &&
        trigger.lemma === "launch" &&
        trigger.sense.kind === "noun" &&
        isDefinite(words, trigger) &&
        recentOfCode("15").length > 0;
      if (launchRecalled) code = "15";
      // A state's armed attack is military fighting rather than an assault.
      if (code === "18" && isCountry(roles.actor ? entities.get(roles.actor.entityId) : undefined))
        code = "19";
      // "The High Court blocked the deployment", "the court rejected his appeal": a court's refusal
      // is an adverse ruling, which the guide codes as coercion.
      if (code === "12" && isCourt(roles.actor ? entities.get(roles.actor.entityId) : undefined))
        code = "17";

      let locationId = roles.location?.entityId ?? null;
      // "strikes on Syria", "the invasion of Ukraine": a state attacked is where the fighting is.
      const targetEntity = roles.target ? entities.get(roles.target.entityId) : undefined;
      if (locationId === null && VIOLENT_CODES.has(code) && targetEntity?.type === "LOCATION") {
        locationId = targetEntity.id;
      }
      // "attacked Afrin", "shelled Saraqeb": a town a violent verb takes as object is where it struck,
      // rather than a place before the verb ("a spokesman in Varen said troops shelled Kharkiv").
      const placeBefore = (roles.location?.wordIndex ?? Infinity) < trigger.first;
      if (
        (locationId === null || placeBefore) &&
        VIOLENT_CODES.has(code) &&
        trigger.sense.kind === "verb"
      ) {
        const object = placed.find(
          (item) => item.wordIndex > trigger.last && item.wordIndex <= trigger.last + 2,
        );
        if (object?.place && !object.locative) locationId = object.entityId;
        const aimed = aimedPlace(words, placed, trigger);
        if (aimed && (locationId === null || locationId === roles.location?.entityId))
          locationId = aimed.entityId;
      }
      // "aid trucks entered Gaza through the Rafah crossing": the place aid reached is where it was given.
      if (trigger.lemma === AID_ARRIVAL) {
        const reached = placed.find(
          (item) => item.wordIndex > trigger.last && item.wordIndex <= trigger.last + 2,
        );
        if (reached?.place && !reached.locative) locationId = reached.entityId;
      }
      // "an explosion at the Baytown Refinery" … "workers were evacuated from the refinery".
      locationId ??= sites.placeOf(words, trigger, modality.passive);
      if (locationId === null && sentence.paragraphIndex === leadParagraph && datelineEntity) {
        locationId = datelineEntity.id;
      }
      const participants = participantsOf(
        words,
        placed,
        trigger,
        roles,
        code,
        locationId,
        doc.entities,
      );
      // "Floods in March killed 30" in a report from Kabul: a disaster placed nowhere struck the
      // dateline's state.
      if (participants.length === 0 && trigger.sense.disaster && homeState !== null)
        participants.push({ entityId: homeState, role: "OTHER" });
      // '"We urge X to …," the ministry said': the speaker performs the act the quote words.
      if (speaker !== null) {
        const known = participants.findIndex((participant) => participant.entityId === speaker);
        if (known >= 0) participants.splice(known, 1);
        const actor = participants.findIndex((participant) => participant.role === "ACTOR");
        if (actor >= 0) participants.splice(actor, 1);
        participants.unshift({ entityId: speaker, role: "ACTOR" });
      }
      // "Kenyan police fired …", "the ministry said it had sent …": a description names the actor.
      if (!participants.some((participant) => participant.role === "ACTOR")) {
        const described = describedActor(
          words,
          trigger,
          modality.passive,
          bodies,
          doc.entities,
          homeState,
        );
        // "The ministry sent aid. It also evacuated …": a pronoun with nobody named before it in
        // the sentence is the organisation or state that acted in the sentence before.
        const previousActor =
          described === null && !modality.passive && pronounSubject(words, trigger) !== null
            ? lastGroup
            : null;
        const actor =
          relativeClauseOwner(words, trigger, placed)?.entityId ??
          described ??
          previousActor ??
          titledPerson(words, trigger, modality.passive, doc.entities) ??
          (modality.passive ? null : capitalSubject(words, placed, trigger, doc.entities));
        if (actor !== null) {
          const known = participants.findIndex((participant) => participant.entityId === actor);
          if (known >= 0) participants.splice(known, 1);
          participants.unshift({ entityId: actor, role: "ACTOR" });
        }
      }
      // "X met Y on Monday. The two sides agreed to …": the pair is the parties just told.
      if (participants.length === 0 && pairSubject(words, trigger)) {
        const pair = partiesOfPair(events, sentence.index, entities);
        if (pair) participants.push(...pair);
      }
      // "A man who stabbed a stranger has been jailed. Daniel Price, 27, …": the lead's unnamed
      // person is the one the next sentences name with an age.
      if (
        participants.length === 0 &&
        sentence.paragraphIndex === leadParagraph &&
        unnamedPersonSubject(words, trigger)
      ) {
        const named = personNamedWithAge(doc, sentence.index);
        if (named !== null)
          participants.push({ entityId: named, role: modality.passive ? "TARGET" : "ACTOR" });
      }
      // "The agency's rescuers recovered … Rescue work resumed": the operation taken up again is
      // run by the organisation that ran it before, else by whoever halted it.
      if (participants.length === 0 && trigger.lemma === "resume") {
        const isBody = (party: EventParticipant) =>
          entities.get(party.entityId)?.type === "ORGANIZATION";
        const operator = events
          .findLast((event) => event.code === "07" && event.participants.some(isBody))
          ?.participants.filter(isBody);
        const halted = events.findLast((event) => notes.get(event)?.lemma === "halt");
        for (const party of operator ?? halted?.participants ?? [])
          participants.push({ ...party, role: "ACTOR" });
      }
      if (
        trigger.sense.needsTarget &&
        !participants.some((participant) => participant.role === "TARGET")
      )
        continue;
      if (undatedPlan) {
        const actor = participants.find((participant) => participant.role === "ACTOR");
        if (actor)
          announcedPlan = { lemma: trigger.lemma, actor: actor.entityId, sentence: sentence.index };
        continue;
      }
      // "Chile intends to hold two referendums on its charter. The opening one is to take place
      // in May.": a plan (or a happening dated ahead) told without its party is the plan just
      // announced, by whoever announced it.
      const ahead =
        modality.planned ||
        (dateExpression !== null && published !== null && dateExpression.value > published);
      if (
        ahead &&
        participants.length === 0 &&
        announcedPlan !== null &&
        announcedPlan.lemma === trigger.lemma &&
        sentence.index - announcedPlan.sentence <= PLAN_REACH
      )
        participants.push({ entityId: announcedPlan.actor, role: "ACTOR" });
      // "The court ordered …" is a ruling; "the minister ordered …" is none of this kind.
      if (trigger.sense.courtOnly) {
        const actor = participants.find((participant) => participant.role === "ACTOR");
        if (!isCourt(actor ? entities.get(actor.entityId) : undefined)) continue;
      }
      // "Police arrested X. The suspect was charged …": the person the last act befell.
      if (
        lastUndergoer !== null &&
        !participants.some((participant) => participant.role === "TARGET") &&
        !participants.some((participant) => participant.entityId === lastUndergoer) &&
        describedUndergoer(words, trigger, modality.passive)
      ) {
        participants.push({ entityId: lastUndergoer, role: "TARGET" });
      }

      // "were critical of", "said it would not hesitate to": a past copula or a reported modal
      // tells the stance in the past, as a past verb does.
      const pastVerb =
        trigger.sense.kind === "verb" &&
        (isPastForm(words[trigger.first]?.lower ?? "") ||
          PAST_COPULAS.has(words[trigger.first - 1]?.lower ?? "") ||
          ((trigger.sense.spoken ?? false) && sentenceHasPast)) &&
        !modality.planned;
      // "The authors call for …", "Amnesty urges …": an appeal or a rebuke in the present is
      // made now, in the days the article reports, and is dated like a past act.
      const presentAct =
        trigger.sense.kind === "verb" &&
        PRESENT_ACT_CODES.has(trigger.code) &&
        !modality.planned &&
        isPresentForm(words[trigger.first]?.lower ?? "", trigger.lemma.split(" ")[0] ?? "") &&
        !/^(?:to|will|would|could|should|may|might|must|can|did|do|does)$/.test(
          words[trigger.first - 1]?.lower ?? "",
        );
      // "the deadliest crush during the 1989 festival": a record of the past, its own happening.
      const earlier = namesEarlierHappening(words, trigger, publishedYear);
      // "said rescuers had pulled 41 people out on Saturday": a pluperfect act dated in the
      // story's days is the news told in reported speech, not its background.
      const reportedNews =
        dateExpression !== null &&
        dateExpression.precision === "DAY" &&
        published !== null &&
        withinStoryDays(dateExpression.value, published);
      const background = yearOnly || earlier || (pluperfect(words, trigger.first) && !reportedNews);
      // "announced a formal investigation", "held talks": an event noun a past light verb
      // takes as object is dated as that verb's act.
      const lightPast =
        trigger.sense.kind === "noun" &&
        words
          .slice(Math.max(0, trigger.first - 4), trigger.first)
          .some(
            (word, offset, before) =>
              isPastForm(word.lower) &&
              word.lemmas.some((lemma) => LIGHT_VERBS.has(lemma)) &&
              !/^(?:a|an|the)$/.test(before[offset - 1]?.lower ?? ""),
          );
      let { date, precision } = narrativeDate({
        expression: dateExpression,
        kind: trigger.sense.kind,
        // '"We urge X to …," the ministry said': the act was done when the words were said,
        // which the report tells in the past, so it is dated like a past act.
        pastVerb: pastVerb || lightPast || presentAct || speaker !== null,
        planned: modality.planned,
        hasActor: roles.actor !== null,
        sentenceHasPast,
        paragraph: sentence.paragraphIndex,
        sentence: sentence.index,
        anaphoricDay,
        previousDay,
        leadDay,
        leadParagraph,
        secondParagraph,
        background,
      });

      leadEvent ??= events.find((event) => event.participants.length > 0) ?? null;
      if (!date && pastVerb && !background && leadEvent?.precision === "DAY" && leadEvent.date) {
        // An undated act by a party of the article's lead event belongs to the reported day.
        const lead = new Set(leadEvent.participants.map((participant) => participant.entityId));
        if (
          participants.some(
            (participant) => participant.role !== "OTHER" && lead.has(participant.entityId),
          )
        ) {
          date = leadEvent.date;
          precision = "DAY";
        }
      }
      // "the 30th anniversary of the country's first free vote, when citizens elected …": the marked act.
      const yearsAgo = anniversaryYears(doc.text.slice(sentence.start, trigger.start));
      // A date told with its own year ("on April 12, 1961") is the act's already.
      if (yearsAgo !== null && date !== null && Number(date.slice(0, 4)) === publishedYear)
        date = yearsBefore(date, yearsAgo);
      if (trigger.sense.kind === "noun") {
        const own = withoutReactingParty(doc.text, trigger, liveTriggers, outcomes, participants);
        participants.splice(0, participants.length, ...own);
      }
      const explicitDate = dateExpression !== null && date !== null;
      if (explicitDate && date !== null && precision !== null) sentenceDay = { date, precision };

      let confidence = 0.45;
      if (roles.actor) confidence += 0.2;
      if (roles.target) confidence += 0.1;
      if (trigger.sense.kind === "verb") confidence += 0.1;
      if (date) confidence += 0.05;
      if (modality.planned) confidence -= 0.1;
      const reported: Event = {
        code,
        trigger: doc.text.slice(trigger.start, trigger.end),
        triggerSpan: { start: trigger.start, end: trigger.end },
        summary: "",
        date,
        precision,
        locationId,
        participants,
        evidence: [{ start: sentence.start, end: sentence.end, sentenceIndex: sentence.index }],
        confidence: Math.min(1, Math.round(confidence * 100) / 100),
      };
      notes.set(reported, {
        kind: trigger.sense.kind,
        lemma: trigger.lemma,
        planned: modality.planned,
        explicitDate,
        placeInClause: roles.location?.entityId ?? null,
        background,
        // A place the clause names ranks by its kind; a dateline's or a target state's is the
        // weakest, so that a later report's own place replaces it.
        locationRank:
          locationId === null
            ? -1
            : roles.location?.entityId === locationId
              ? placeRank(entities.get(locationId), roles.location.placeNoun)
              : 0,
        collective: trigger.sense.collective ?? false,
        disaster: trigger.sense.disaster ?? false,
        record: earlier,
        doneInLead:
          sentence.paragraphIndex === leadParagraph &&
          !modality.planned &&
          (trigger.sense.kind === "verb"
            ? isPastForm(words[trigger.first]?.lower ?? "")
            : dateExpression !== null),
        repeated:
          trigger.sense.kind === "noun" &&
          words
            .slice(Math.max(0, trigger.first - 3), trigger.first)
            .some((word) => REPETITION_WORDS.has(word.lower)),
      });
      if (trigger.sense.collective) collectiveParagraphs.add(sentence.paragraphIndex);
      // Two triggers of one code a few words apart report one act ("a car bomb was rammed").
      const ownActor = participants.find((participant) => participant.role === "ACTOR")?.entityId;
      const nearbyActor = nearby?.event.participants.find(
        (participant) => participant.role === "ACTOR",
      )?.entityId;
      if (
        nearby &&
        !recalled &&
        !earlier &&
        nearby.event.code === code &&
        trigger.first - nearby.lastWord <= 10 &&
        // "…, and floods in March …": a coordinated clause reports another act.
        !CLAUSE_JOIN.test(
          doc.text.slice(words[nearby.lastWord]?.end ?? trigger.start, trigger.start),
        ) &&
        (ownActor === undefined ||
          nearbyActor === undefined ||
          nearby.event.participants.some((participant) => participant.entityId === ownActor))
      ) {
        mergeInto(nearby.event, reported, notes);
        outcomes.set(trigger, nearby.event);
        nearby.lastWord = trigger.last;
        continue;
      }
      // "the attack", "Monday's meeting": a definite event noun refers back to a recent event of its kind.
      if (trigger.sense.kind === "noun" && !earlier && isDefinite(words, trigger)) {
        const sameDay: Event | undefined =
          date === null ? undefined : recentOfCode(code).find((event) => event.date === date);
        const bare = participants.length === 0 || roles.sharedSubject;
        // "a ceremony" … "at the ceremony": an event already named by the same word comes first.
        const named = [...recentOfCode(code)]
          .reverse()
          .find((event) => namedBy(notes.get(event), trigger.lemma));
        const antecedent: Event | undefined =
          named ??
          sameDay ??
          [...recentOfCode(code)]
            .reverse()
            .find(
              (event) =>
                (event.date === null || date === null || event.date === date) &&
                (event.evidence[event.evidence.length - 1]?.sentenceIndex ?? -99) >=
                  sentence.index - 4,
            ) ??
          // "launched two missiles" … "condemned the launches": the same word names the same happening, whatever its code.
          (roles.target === null
            ? [...events.slice(-MERGE_HORIZON)]
                .reverse()
                .find(
                  (event) =>
                    notes.get(event)?.lemma === trigger.lemma &&
                    event.participants.length > 0 &&
                    datesCompatible(event.date, date),
                )
            : undefined) ??
          // A bare "the meeting" far from any other meeting is the article's main one.
          (bare && date === null
            ? recentOfCode(code).find((event) => event.participants.length > 0)
            : undefined);
        if (antecedent) {
          // "X also welcomed the landing" in Y: the place of the welcome is not the landing's.
          // "The attack took place near X": a happening verb places the event itself.
          if (bare && !hasLemmaWithin(words, trigger.last + 1, 4, HAPPENING_VERBS))
            reported.locationId = null;
          if (launchRecalled) {
            reported.locationId = null;
            reported.participants = [];
          }
          mergeInto(antecedent, reported, notes);
          outcomes.set(trigger, antecedent);
          if (antecedent.precision === "DAY" && antecedent.date !== null)
            anaphoricDay = antecedent.date;
          continue;
        }
      }
      if (participants.length === 0 && !earlier && date !== null && precision === "DAY") {
        // A bare mention ("Wednesday's meeting") adds evidence to a known event of that day.
        const known = recentOfCode(code).find((event) => event.date === date);
        if (known) {
          mergeInto(known, reported, notes);
          outcomes.set(trigger, known);
          continue;
        }
      }
      // "… was jailed on Friday." then "Judge X sentenced Y": a later report names the parties of a pending event.
      const pending =
        participants.length > 0
          ? recentOfCode(code).find(
              (event) =>
                event.participants.length === 0 &&
                datesCompatible(event.date, date) &&
                (event.evidence[event.evidence.length - 1]?.sentenceIndex ?? -99) >=
                  sentence.index - 3 &&
                // "other" happenings are too varied to be one by their code: a launch is no ceremony;
                // and a court's ruling is no ban, though both coerce.
                sameAct(notes.get(event), notes.get(reported), code),
            )
          : undefined;
      // "X was elected … Other candidates elected in this district were Y and Z": one vote.
      // "… were elected; Y and Z were defeated in this constituency": the other results of the
      // paragraph belong to the vote too.
      const collective =
        trigger.sense.kind === "verb" && collectiveParagraphs.has(sentence.paragraphIndex)
          ? recentOfCode(code).find(
              (event) =>
                paragraphOf.get(event.evidence[0]?.sentenceIndex ?? -1) ===
                  sentence.paragraphIndex &&
                (notes.get(event)?.collective ?? false) &&
                (trigger.sense.collective === true ||
                  !sameFamily(notes.get(event)?.lemma, trigger.lemma)) &&
                datesCompatible(event.date, date),
            )
          : undefined;
      // "X appealed for help." then '"We call on …," he wrote': the quote words the act just told.
      const quotedAgain =
        speaker !== null
          ? [...recentOfCode(code)]
              .reverse()
              .find(
                (event) =>
                  event.participants.some(
                    (participant) =>
                      participant.role === "ACTOR" && participant.entityId === speaker,
                  ) &&
                  (event.evidence[event.evidence.length - 1]?.sentenceIndex ?? -99) >=
                    sentence.index - QUOTED_ACT_REACH,
              )
          : undefined;
      const match = earlier
        ? undefined
        : (quotedAgain ??
          pending ??
          collective ??
          (participants.length > 0
            ? findSameHappening(
                recentOfCode(code),
                reported,
                notes,
                (id) => entities.get(id)?.type === "LOCATION",
              )
            : undefined));
      if (match) {
        mergeInto(match, reported, notes);
        outcomes.set(trigger, match);
      } else {
        // Events still without participants are kept for now: a later "the attack … by X" may complete them.
        events.push(reported);
        outcomes.set(trigger, reported);
        const sameCode = byCode.get(code) ?? [];
        sameCode.push(reported);
        byCode.set(code, sameCode);
        nearby = { event: reported, lastWord: trigger.last };
      }
    }
    aimReactions(doc.text, liveTriggers, outcomes);
    if (sentence === bodySentences[0] && headlineSpeaker !== null) {
      const statement = headlineStatement(
        doc,
        words,
        placed,
        sentenceDates,
        headlineSpeaker,
        sentence,
      );
      if (statement) {
        statement.date ??= leadDay;
        statement.precision ??= statement.date === null ? null : "DAY";
        statement.locationId = datelineEntity?.id ?? null;
        notes.set(statement, { kind: "verb", lemma: "say", planned: false, explicitDate: false });
        events.push(statement);
      }
    }
    violentBefore = violentHere;
    previousDay = sentenceDay
      ? { ...sentenceDay, paragraph: sentence.paragraphIndex, sentence: sentence.index }
      : null;
    bodies.add(mentions, entities);
    sites.add(placed, entities);
    lastGroup =
      groupActorOf(events, sentence.index, entities) ?? subjectGroupOf(words, placed, entities);
    lastUndergoer = undergoerOf(events, sentence.index, entities) ?? lastUndergoer;
    const person = [...mentions]
      .reverse()
      .find((mention) => mention.type === "PERSON" && mention.entityId !== null);
    if (person?.entityId != null) {
      const gender = genderOf(entities.get(person.entityId));
      if (gender !== "female") people.he = person.entityId;
      if (gender !== "male") people.she = person.entityId;
    }
  }
  // The lead of a headlined article that no trigger reported still tells the story's
  // happening; a text without a headline has no lead that sums up its news.
  const leadSentence = bodySentences[0];
  if (
    doc.layout.headline !== null &&
    leadSentence &&
    !events.some((event) =>
      event.evidence.some((evidence) => evidence.sentenceIndex === leadSentence.index),
    )
  ) {
    const lead = leadHappening({
      text: doc.text,
      sentence: leadSentence,
      words: sentenceWords.get(leadSentence.index) ?? [],
      mentions: (mentionsBySentence.get(leadSentence.index) ?? [])
        .filter((mention) => !isQuoted(quoted, mention.start))
        .sort((a, b) => a.start - b.start),
      entities,
      date: leadDay,
      locationId: leadPlaces[0]?.entityId ?? datelineEntity?.id ?? null,
    });
    if (lead) {
      notes.set(lead, {
        kind: "verb",
        lemma: lead.trigger.toLowerCase(),
        planned: false,
        explicitDate: false,
      });
      events.unshift(lead);
    }
  }
  // "X issued a statement." then '"I condemn …"': one act, reported twice.
  events.splice(0, events.length, ...foldIssuedStatements(events, notes, QUOTED_ACT_REACH));
  // "A building collapsed in X after an explosion" … "The explosion took place on Y Avenue": a
  // later report of a happening merged into a disaster names the disaster's site as well.
  for (const event of events) {
    const note = notes.get(event);
    if (!(note?.disaster ?? false) || event.precision !== "DAY" || event.locationId === null)
      continue;
    const rank = note?.locationRank ?? placeRank(entities.get(event.locationId));
    if (rank >= PLACE_RANK.site) continue;
    const site = events.find(
      (other) =>
        other !== event &&
        (notes.get(other)?.disaster ?? false) &&
        other.date === event.date &&
        other.locationId !== null &&
        (notes.get(other)?.locationRank ?? -1) >= PLACE_RANK.site &&
        (note?.words?.has(notes.get(other)?.lemma ?? "") ?? false),
    );
    if (site) event.locationId = site.locationId;
  }
  // "a walkout at the plant" … "a second walkout next month": a repeated act, placed nowhere
  // itself, happens where the act it repeats did.
  for (const [index, event] of events.entries()) {
    if (event.locationId !== null || !(notes.get(event)?.repeated ?? false)) continue;
    const earlier = events
      .slice(0, index)
      .find(
        (known) =>
          known.code === event.code &&
          known.locationId !== null &&
          (event.participants.length === 0 ||
            known.participants.length === 0 ||
            known.participants.some((party) =>
              event.participants.some((own) => own.entityId === party.entityId),
            )),
      );
    if (earlier) event.locationId = earlier.locationId;
  }
  placeAtScene(events, notes, {
    entities,
    paragraphOf,
    leadParagraph,
    secondParagraph,
    leadPlaces,
    secondPlaces,
    venues,
    leadNames,
    datelineId: datelineEntity?.id ?? null,
    leadDay,
  });
  // "Australia passed a law", "the New Zealand government announced …": a state's own
  // measure or announcement, placed nowhere else, happened in that state (a national side's
  // win did not).
  for (const event of events) {
    if (event.locationId !== null || !DOMESTIC_CODES.has(event.code)) continue;
    if (CONTEST_LEMMAS.has(notes.get(event)?.lemma ?? "")) continue;
    const actor = event.participants.find((participant) => participant.role === "ACTOR");
    if (actor && isCountry(entities.get(actor.entityId))) event.locationId = actor.entityId;
  }
  placeInPartyState(events, entities);
  targetMissionStates(events, entities, doc.entities);
  addCapitalStates(events, entities, doc.entities);
  return finish(events, notes, nameOf, protagonistOf(doc));
}
