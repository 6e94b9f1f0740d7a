/** Whether a trigger reports a real act: negation, hypothesis, plans and the passive voice. */
import {
  BARE_VERB_BLOCKERS,
  CONDITIONALS,
  DETERMINERS,
  NOUN_NEGATORS,
  PASSIVE_INSERTS,
  PLEDGE_MARKERS,
  PREVENTING_VERBS,
  REPORTING_VERBS,
  SCHEDULED_HAPPENINGS,
} from "../../lexicon/event-clauses.js";
import {
  FUTURE_MARKERS,
  LONG_SPANS,
  NEGATION_CUES,
  PASSIVE_AUXILIARIES,
  PLAN_CUES,
  UNREALIZED_NOUN_CUES,
} from "../../lexicon/event-triggers.js";
import { RECORD_SUPERLATIVES } from "../../lexicon/event-places.js";
import { HEADLINE_PLAN_VERBS } from "../../lexicon/temporal.js";
import type { Span } from "../../types.js";
import { CLAUSE_BREAKS } from "./clauses.js";
import type { Placed } from "./places.js";
import type { Trigger } from "./triggers.js";
import { isPastForm } from "./words.js";
import type { Word } from "./words.js";

export interface Modality {
  skip: boolean;
  planned: boolean;
  passive: boolean;
  /** "intends to hold a referendum": an intention, no event, whose actor a later plan may need. */
  intended?: boolean;
}

/** Verbs of intention before "to": "plans to hold", "intends to call". */
const INTENTION_VERBS = new Set([
  "plan",
  "plans",
  "planned",
  "intend",
  "intends",
  "intended",
  "aim",
  "aims",
  "aimed",
  "want",
  "wants",
  "wanted",
  "decided",
  "agreed",
  "proposed",
  "proposes",
  "promised",
  "pledged",
  "vowed",
]);

export const PARTICIPLE = /(?:ed|en)$|^(?:met|held|struck|shot|cut|won|told)$/;

/** The words before a trigger back to the nearest comma or clause break, nearest first (at most five). */
export function wordsBefore(words: Word[], trigger: Trigger): Word[] {
  const before: Word[] = [];
  for (let index = trigger.first - 1; index >= 0 && before.length < 5; index--) {
    const word = words[index];
    if (!word || word.text === "," || word.text === "." || CLAUSE_BREAKS.has(word.text)) break;
    before.push(word);
  }
  return before;
}

/** How many capitalised words may name the party of a headline-style plan ("European Union leaders"). */
const HEADLINE_SUBJECT_WORDS = 4;

/**
 * True when the sentence opens in headline style with a name, "to" (at `to`) and a verb of plans:
 * "Portugal to vote on Sunday, officials said" is a plan announced, not an intention reported.
 */
export function headlineStylePlan(words: Word[], to: number): boolean {
  if (to < 1 || to > HEADLINE_SUBJECT_WORDS || words[to]?.lower !== "to") return false;
  if (!words[to + 1]?.lemmas.some((lemma) => HEADLINE_PLAN_VERBS.includes(lemma))) return false;
  if (DETERMINERS.has(words[0]?.lower ?? "")) return false;
  return words.slice(0, to).every((word) => /^\p{Lu}/u.test(word.text));
}

/** Reads negation, hypothesis, plans and the passive voice around a trigger. */
export function modalityOf(words: Word[], trigger: Trigger): Modality {
  const modality: Modality = { skip: false, planned: false, passive: false };
  const before = wordsBefore(words, trigger);
  const nearest = before[0]?.lower ?? "";
  const isNoun = trigger.sense.kind === "noun";
  // "said he would not resign and accused …": past the "and", a negation or modal of a verb in
  // another form is that verb's, not this past verb's.
  const pastVerb = !isNoun && isPastForm(words[trigger.first]?.lower ?? "");
  let joined = false;
  for (const [position, word] of before.slice(0, isNoun ? 3 : 5).entries()) {
    if (pastVerb && COORDINATORS.has(word.lower)) joined = true;
    const governed = before[position - 1];
    if (joined && governed && !isPastForm(governed.lower) && !COORDINATORS.has(governed.lower))
      continue;
    // "said Moscow would respond": announcing the response is the act, a threat made now.
    if (word === before[0] && trigger.sense.announcedResponse) continue;
    // "would not hesitate to act": the negation and its modal make the threat, made now.
    if (trigger.sense.afterNegation) continue;
    // "She added that Tokyo would host the envoys in May": a reported "will" is a plan.
    if (!isNoun && word === before[0] && reportedFuture(words, trigger)) {
      modality.planned = true;
      continue;
    }
    // "visited Kigali in May and urged …", "with Will Carter": a capitalized word inside a
    // phrase is a month or a name, not a modal.
    if (nameInPhrase(words, words.indexOf(word))) continue;
    const negates = NEGATION_CUES.has(word.lower) || word.lower.endsWith("n't");
    if (negates && (!isNoun || NOUN_NEGATORS.has(word.lower))) modality.skip = true;
    if (isNoun && UNREALIZED_NOUN_CUES.has(word.lower)) modality.skip = true;
    if (FUTURE_MARKERS.has(word.lower) || /['\u2019]ll$/.test(word.lower)) modality.planned = true;
  }
  if (isNoun && spanOfYears(words, trigger)) modality.skip = true;
  if (isNoun) {
    const following = words
      .slice(trigger.last + 1, trigger.last + 7)
      .map((word) => word.lower)
      .join(" ");
    if (PLANNED_AFTER_NOUN.test(following)) modality.planned = true;
    // "to adopt new sanctions", "to hold talks": an intended act, firm only after "set to", "due to" ….
    const to = before.slice(0, 3).findIndex((word) => word.lower === "to");
    if (to > 0 && !DETERMINERS.has(before[to - 1]?.lower ?? "")) {
      if (
        PLAN_CUES.has(before[to + 1]?.lower ?? "") ||
        headlineStylePlan(words, trigger.first - 1 - to)
      )
        modality.planned = true;
      else {
        modality.skip = true;
        if (INTENTION_VERBS.has(before[to + 1]?.lower ?? "")) modality.intended = true;
      }
    }
  } else if (nearest === "to") {
    if (PLAN_CUES.has(before[1]?.lower ?? "") || headlineStylePlan(words, trigger.first - 1))
      modality.planned = true;
    else modality.skip = true;
  } else if (
    BARE_VERB_BLOCKERS.has(nearest) &&
    !/(?:ed|ing|s)$/.test(words[trigger.first]?.lower ?? "")
  ) {
    modality.skip = true;
  }
  for (let index = Math.max(0, trigger.first - 12); index < trigger.first; index++) {
    const word = words[index];
    // "the IF Metall union threatened …": a capitalized word inside a phrase is a name.
    if (!word || !CONDITIONALS.has(word.lower) || nameInPhrase(words, index)) continue;
    if (!words.slice(index, trigger.first).some((part) => part.text === ";")) modality.skip = true;
  }
  if (!modality.skip && prevented(words, trigger)) modality.skip = true;
  // "would hold protests until the taxes were withdrawn": what a pledge waits for has not happened.
  if (!modality.skip && awaitedByPledge(words, trigger)) modality.skip = true;
  if (!isNoun && PARTICIPLE.test(words[trigger.first]?.lower ?? "")) {
    let index = trigger.first - 1;
    // "was on Monday rammed": adverbs and a short time phrase may split the passive.
    for (let skipped = 0; index >= 0 && skipped < 4; skipped++) {
      const word = words[index];
      const insert =
        word &&
        (word.lower.endsWith("ly") || PASSIVE_INSERTS.has(word.lower) || /^[A-Z]/.test(word.text));
      if (!insert) break;
      index--;
    }
    const auxiliary = words[index]?.lower ?? "";
    if (PASSIVE_AUXILIARIES.has(auxiliary) || words[trigger.last + 1]?.lower === "by")
      modality.passive = true;
  }
  return modality;
}

/** How many words before "from" the verb that prevents may stand ("blocked the government from"). */
const PREVENTER_REACH = 6;

/**
 * "The court blocked the government from deploying police", "refrained from attacking": a
 * gerund after "from" that a preventing verb governs tells an act kept from happening.
 */
function prevented(words: Word[], trigger: Trigger): boolean {
  const from = trigger.first - 1;
  if (words[from]?.lower !== "from" || !words[trigger.first]?.lower.endsWith("ing")) return false;
  for (let index = from - 1; index >= Math.max(0, from - PREVENTER_REACH); index--) {
    const word = words[index];
    if (!word || /^[,;:]$/.test(word.text)) return false;
    if (word.lemmas.some((lemma) => PREVENTING_VERBS.has(lemma))) return true;
  }
  return false;
}

/**
 * "aimed at ending decades of fighting", "after years of bitter conflict": an event noun after
 * a span of years tells a standing state, not a happening of the story's days.
 */
function spanOfYears(words: Word[], trigger: Trigger): boolean {
  for (let index = trigger.first - 1; index >= Math.max(1, trigger.first - 2); index--) {
    if (words[index]?.lower !== "of") continue;
    return LONG_SPANS.has(words[index - 1]?.lower ?? "");
  }
  return false;
}

/**
 * True when the word at `index` is capitalized after a word ("in May", "the IF Metall union"):
 * a name, not the function word it spells; a capital opening the sentence or a quotation
 * ('"If we find …') is no sign of a name.
 */
function nameInPhrase(words: Word[], index: number): boolean {
  const word = words[index];
  if (!word || word.text === word.lower) return false;
  return /^[\p{L}\p{N}]/u.test(words[index - 1]?.text ?? "");
}

/** Words joining two verbs of one subject ("resigned and left", "denied but admitted"). */
const COORDINATORS: ReadonlySet<string> = new Set(["and", "but", "or"]);

/** How far back from "would" the reporting verb of an indirect statement may be. */
const REPORTED_SUBJECT_WORDS = 8;

/**
 * "said (that) X would meet …": "would" right before a verb, in the complement of a reporting
 * verb a few words back, is the backshifted "will" of the words reported.
 */
function reportedFuture(words: Word[], trigger: Trigger): boolean {
  const auxiliary = trigger.first - 1;
  if (words[auxiliary]?.lower !== "would") return false;
  for (
    let index = auxiliary - 1;
    index >= Math.max(0, auxiliary - REPORTED_SUBJECT_WORDS);
    index--
  ) {
    const word = words[index];
    if (!word || /^[,;:.!?"\u201c\u201d]$/.test(word.text)) return false;
    if (REPORTING_VERBS.has(word.lower)) return true;
  }
  return false;
}

/** True when a trigger sits in an "until" clause of a future or pledged act ("will strike until …"). */
function awaitedByPledge(words: Word[], trigger: Trigger): boolean {
  for (let index = trigger.first - 1; index >= Math.max(0, trigger.first - 8); index--) {
    const lower = words[index]?.lower ?? "";
    if (lower === ";" || lower === ".") return false;
    if (lower !== "until" && lower !== "till") continue;
    return words
      .slice(Math.max(0, index - 12), index)
      .some((word) => PLEDGE_MARKERS.has(word.lower) || /['\u2019]ll$/.test(word.lower));
  }
  return false;
}

/** "the first meeting is set to take place …", "the vote is scheduled for …". */
export const PLANNED_AFTER_NOUN =
  /^(?:\S+ )?(?:is |are |was |were )?(?:set to|scheduled|due to|due on|slated|to be held|to take place|will (?:be held|take place|begin|start|open))/;

/** How many words after an event noun the year of a past record happening may be. */
const RECORD_YEAR_REACH = 6;

/**
 * True when a superlative event noun with a year after it names an earlier happening, a record
 * the reported one is compared with: "the deadliest crush during the 1989 festival". A
 * predicate ("was the worst flood in 50 years") or "since 2010" compares the reported one.
 */
export function namesEarlierHappening(
  words: Word[],
  trigger: Trigger,
  year: number | null,
): boolean {
  if (trigger.sense.kind !== "noun") return false;
  let index = trigger.first - 1;
  let superlative = false;
  for (; index >= Math.max(0, trigger.first - 3); index--) {
    const lower = words[index]?.lower ?? "";
    if (RECORD_SUPERLATIVES.has(lower)) superlative = true;
    if (DETERMINERS.has(lower)) break;
  }
  if (!superlative || !/^(?:the|its|their)$/.test(words[index]?.lower ?? "")) return false;
  if (/^(?:is|was|are|were|be|been|became|becomes|as)$/.test(words[index - 1]?.lower ?? ""))
    return false;
  for (let at = trigger.last + 1; at <= trigger.last + RECORD_YEAR_REACH; at++) {
    const word = words[at];
    if (!word || /^[.;]$/.test(word.text)) return false;
    if (word.lower === "since") return false;
    if (/^(?:1[6-9]|20)\d\d$/.test(word.text) && (year === null || Number(word.text) < year))
      return true;
  }
  return false;
}

/** True when an event noun is definite ("the attack", "this meeting", "Monday's strike"). */
export function isDefinite(words: Word[], trigger: Trigger): boolean {
  // "the successful Tate Modern exhibit": a name modifying the noun widens the reach.
  let reach = 3;
  for (let index = trigger.first - 1; index >= Math.max(0, trigger.first - reach); index--) {
    const lower = words[index]?.lower ?? "";
    if (lower === "the" || lower === "this" || lower === "that" || /['\u2019]s$/.test(lower))
      return true;
    if (lower === "a" || lower === "an" || !/^[a-z]/.test(lower)) return false;
    if (/^[A-Z]/.test(words[index]?.text ?? "") && reach < MAX_DEFINITE_REACH) reach++;
  }
  return false;
}

/** How many words "the" may stand before an event noun when names sit between. */
const MAX_DEFINITE_REACH = 6;

/** A relative clause on a thing ("a resolution that condemned …") reports no act of an entity. */
export function afterRelativeOnThing(
  words: Word[],
  trigger: Trigger,
  mentionSpans: Span[],
): boolean {
  const pronoun = words[trigger.first - 1];
  if (!pronoun || (pronoun.lower !== "that" && pronoun.lower !== "which")) return false;
  const antecedent = words[trigger.first - 2];
  if (!antecedent) return false;
  // "its final mission(,) which lifts off on May 3": the clause tells the happening itself.
  const noun = antecedent.text === "," ? words[trigger.first - 3] : antecedent;
  if (SCHEDULED_HAPPENINGS.has(noun?.lower ?? "")) return false;
  return !mentionSpans.some((span) => antecedent.start < span.end && antecedent.end > span.start);
}

/** How many words a thing's name may take between its owner and the relative pronoun. */
const OWNED_NAME_WORDS = 3;

/**
 * "NASA's probe, which delivered samples", "Japan's Hayabusa2, which returned …": the entity
 * whose possession a relative clause's antecedent is; the thing acts for its owner. Null when
 * the clause opens on no owned thing.
 */
export function relativeClauseOwner(
  words: Word[],
  trigger: Trigger,
  placed: readonly Placed[],
): Placed | null {
  const pronoun = words[trigger.first - 1]?.lower ?? "";
  if (pronoun !== "that" && pronoun !== "which") return null;
  const nameEnd = words[trigger.first - 2]?.text === "," ? trigger.first - 3 : trigger.first - 2;
  for (let index = nameEnd - 1; index >= Math.max(0, nameEnd - OWNED_NAME_WORDS); index--) {
    const word = words[index];
    if (!word || !/^\p{Lu}/u.test(word.text)) return null;
    if (!/['\u2019]s$/.test(word.text)) continue;
    return (
      placed.find((item) => item.mention.start < word.end && item.mention.end > word.start) ?? null
    );
  }
  return null;
}

/** True when a verb opens a relative clause on a party ("…, who was arrested", "…, which had banned"). */
export function inRelativeClause(words: Word[], trigger: Trigger): boolean {
  if (trigger.sense.kind !== "verb") return false;
  for (let index = trigger.first - 1; index >= Math.max(1, trigger.first - 4); index--) {
    const lower = words[index]?.lower ?? "";
    if ((lower === "who" || lower === "which") && words[index - 1]?.text === ",") return true;
    if (!/^[a-z]+$/.test(lower)) return false;
  }
  return false;
}
