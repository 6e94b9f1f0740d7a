import { SPEECH_VERBS, VERB_ADVERBS } from "../../lexicon/speech-and-context.js";
import type { Sentence } from "../../types.js";
import type { Candidate } from "./candidate.js";
import { candidatesWithWords, type MentionState } from "./state.js";
import { isCommonTagged } from "./word-classes.js";
import type { Word } from "./words.js";

/** Pronouns only a person takes: "Scholz sacked his minister", "Okonjo defended herself". */
const PERSONAL_PRONOUNS = new Set(["his", "her", "himself", "herself"]);

/** How far after the name the pronoun may stand, in words. */
const MAX_DISTANCE = 6;

/**
 * Whether a personal pronoun follows the name in its own clause, with no other name, pronoun
 * or clause boundary between: the name is what the pronoun stands for.
 */
function ownPronounAfter(words: Word[], last: number, text: string): boolean {
  for (let i = last + 1; i <= last + MAX_DISTANCE; i++) {
    const word = words[i];
    const previous = words[i - 1];
    if (!word || !previous) return false;
    // A comma, a quotation or any punctuation between two words ends the clause.
    if (/[^\s]/u.test(text.slice(previous.end, word.start))) return false;
    if (PERSONAL_PRONOUNS.has(word.lower)) return true;
    if (word.nameLike || /^(?:he|she|they|it|its|their|who|which|that)$/.test(word.lower))
      return false;
  }
  return false;
}

/**
 * A name typed by a guess (an unknown surname alone, "Okonjo said …") that opens its sentence and
 * is followed by "his", "her", "himself" or "herself" in the same clause is a person: bodies and
 * places take "its".
 */
export function resolveByOwnPronoun(state: MentionState): void {
  for (const [candidate, words] of candidatesWithWords(state)) {
    // Confidence below 0: a word known not to be a name ("Water", "Leaders").
    const { confidence } = candidate;
    if (candidate.title !== null || confidence > 1 || confidence < 0) continue;
    if (candidate.type === "PERSON" || candidate.first !== 0) continue;
    if (ownPronounAfter(words, candidate.words.length - 1, state.doc.text)) {
      candidate.type = "PERSON";
      candidate.confidence = 1.5;
    }
  }
}

/** Pronouns that, opening the next sentence, continue about a person named as the subject before. */
const SUBJECT_PRONOUNS = new Set(["he", "she"]);

/**
 * "Lindqvist said growth would slow. She added …": one word guessed an organization or left
 * untyped, opening its sentence as the only name there, is a person when the next sentence of
 * its paragraph opens with "He" or "She" (a body would be "it" or "they").
 */
export function resolveByNextSubjectPronoun(state: MentionState): void {
  const namesIn = new Map<number, number>();
  for (const candidate of state.candidates)
    namesIn.set(candidate.sentence.index, (namesIn.get(candidate.sentence.index) ?? 0) + 1);
  const position = new Map(state.sentences.map((s, i) => [s, i]));
  for (const [candidate, words] of candidatesWithWords(state)) {
    const only = candidate.words.length === 1 ? candidate.words[0] : undefined;
    if (!only || candidate.first !== 0 || candidate.title !== null) continue;
    const guessed =
      candidate.organizationGuess === "speaks" ||
      (candidate.type === null && candidate.confidence >= 0);
    if (!guessed || namesIn.get(candidate.sentence.index) !== 1) continue;
    // The name must be the subject: a verb, not more of a noun phrase, comes right after it.
    if (words[1]?.nameLike) continue;
    const at = position.get(candidate.sentence);
    const next = at === undefined ? undefined : state.sentences[at + 1];
    const nextWords = at === undefined ? undefined : state.sentenceWords[at + 1];
    if (!next || next.paragraphIndex !== candidate.sentence.paragraphIndex || next.index < 0)
      continue;
    if (!SUBJECT_PRONOUNS.has(nextWords?.[0]?.lower ?? "")) continue;
    candidate.type = "PERSON";
    candidate.confidence = 1.5;
  }
}

/** Verbs of telling, whose hearer stands between the verb and the clause it reports. */
const TELLING_VERBS = new Set(
  "told tells assured assures informed informs warned warns reminded reminds promised promises".split(
    " ",
  ),
);

/** How many words the hearer of a telling verb may have ("the court", "a news conference"). */
const MAX_HEARER_WORDS = 3;

/**
 * Whether `words` after `last` read "said he", "argued that she", "told the court he" or "told
 * Reuters she": a speech verb of which the name is the subject, then its reported clause opening
 * with "he" or "she" and no punctuation on the way. `organizationAt` says whether a word is part of
 * an organization's name (a hearer may be one, "told Reuters he"; a person there could be "he").
 */
function speaksOfSelf(
  words: Word[],
  last: number,
  organizationAt: (i: number) => boolean,
): boolean {
  let i = last + 1;
  for (let adverbs = 0; adverbs < 2 && VERB_ADVERBS.has(words[i]?.lower ?? ""); adverbs++) i++;
  const verb = words[i];
  if (!verb || !SPEECH_VERBS.has(verb.lower)) return false;
  for (let j = last + 1; j <= i; j++) if (!words[j]?.joinedToPrevious) return false;
  i++;
  const opensClause = (at: number): boolean => {
    let k = at;
    if (words[k]?.lower === "that" && words[k]?.joinedToPrevious) k++;
    const pronoun = words[k];
    return pronoun !== undefined && pronoun.joinedToPrevious && SUBJECT_PRONOUNS.has(pronoun.lower);
  };
  if (opensClause(i)) return true;
  if (!TELLING_VERBS.has(verb.lower)) return false;
  for (let end = i; end < i + MAX_HEARER_WORDS; end++) {
    const word = words[end];
    if (!word || !word.joinedToPrevious || SUBJECT_PRONOUNS.has(word.lower)) return false;
    if (word.nameLike && !organizationAt(end)) return false;
    if (opensClause(end + 1)) return true;
  }
  return false;
}

/**
 * "Tamberi told the court he had not seen the papers", "Analysts said Ferrucci argued that she
 * …": one unknown word guessed an organization or left untyped, the subject of a speech verb whose
 * reported clause opens with "he" or "she", is a person (a body says "it" of itself).
 */
export function resolveBySpeechAboutSelf(state: MentionState): void {
  const organizationWords = new Map<Sentence, Set<number>>();
  for (const candidate of state.candidates) {
    if (candidate.type !== "ORGANIZATION" || candidate.confidence < 1) continue;
    const set = organizationWords.get(candidate.sentence) ?? new Set<number>();
    for (let i = 0; i < candidate.words.length; i++) set.add(candidate.first + i);
    organizationWords.set(candidate.sentence, set);
  }
  for (const [candidate, words] of candidatesWithWords(state)) {
    const only = guessedLoneWord(candidate);
    if (!only) continue;
    const organizations = organizationWords.get(candidate.sentence);
    if (speaksOfSelf(words, candidate.first, (i) => organizations?.has(i) ?? false)) {
      candidate.type = "PERSON";
      candidate.confidence = 1.5;
    }
  }
}

/**
 * The one word of a candidate the earlier steps only guessed at (an organization because it
 * speaks, or no type yet), when it is an ordinary capitalized word with no title.
 */
function guessedLoneWord(candidate: Candidate): Word | undefined {
  const only = candidate.words.length === 1 ? candidate.words[0] : undefined;
  if (!only || only.allCaps || only.acronym || candidate.title !== null) return undefined;
  const guessed =
    candidate.organizationGuess === "speaks" ||
    (candidate.type === null && candidate.confidence >= 0);
  return guessed ? only : undefined;
}

/** Participles of what happens to people, not to bodies: "was arrested", "had been jailed". */
const PERSONAL_PASSIVES = new Set(
  (
    "arrested detained jailed imprisoned sentenced convicted executed extradited deported kidnapped " +
    "abducted killed injured wounded hospitalised hospitalized born buried married stabbed shot"
  ).split(" "),
);

/** The auxiliaries of a singular passive: "was", "is", "has been", "had been". */
function passiveAt(words: Word[], at: number): number {
  const first = words[at];
  if (!first?.joinedToPrevious) return -1;
  if (first.lower === "was" || first.lower === "is") return at + 1;
  const been = words[at + 1];
  if ((first.lower === "has" || first.lower === "had") && been?.lower === "been") return at + 2;
  return -1;
}

/**
 * "Police said Okonkwo was arrested", "Tamberi had been jailed in 2019": one unknown word guessed
 * an organization or left untyped, the subject of a passive that only befalls people, is a person.
 */
export function resolveByPersonalPassive(state: MentionState): void {
  for (const [candidate, words] of candidatesWithWords(state)) {
    const only = guessedLoneWord(candidate);
    if (!only) continue;
    // "Nobody was hurt", "Everybody was injured": an ordinary word opening the sentence.
    if (
      only.sentenceInitial &&
      (state.signals.seenLowercase.has(only.lower) || isCommonTagged(only.lower))
    )
      continue;
    const verbAt = passiveAt(words, candidate.first + 1);
    const verb = verbAt < 0 ? undefined : words[verbAt];
    if (verb?.joinedToPrevious && PERSONAL_PASSIVES.has(verb.lower)) {
      candidate.type = "PERSON";
      candidate.confidence = 1.5;
    }
  }
}
