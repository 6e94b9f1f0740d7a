import type { EntityType, Sentence, Span } from "../../types.js";
import { type TaggedSpan, tagSentence } from "../../tagger/tagger.js";
import type { Candidate } from "./candidate.js";
import { makeCandidate, phraseKey } from "./candidate.js";
import { lexicalType } from "./phrase-type.js";
import type { MentionState, MentionStep } from "./state.js";
import { isFunctionWord } from "./word-classes.js";
import type { Word } from "./words.js";

/** Which uses of the statistical tagger's output are switched on (the ablation toggles them). */
export interface TaggerUses {
  /** A name the rules could not type takes the tagger's type for the same span. */
  typeUntyped: boolean;
  /**
   * A name the rules typed only by a guess takes the tagger's type for the same span when that is
   * PERSON or LOCATION (the training data's ORGANIZATION labels are too noisy to overrule a guess).
   */
  retypeGuesses: boolean;
  /** A name the tagger finds that no rule candidate touches becomes a candidate. */
  addMissed: boolean;
  /**
   * A name the rules call a person only by default (no title, lexicon or context) is dropped when
   * the tagger finds no name anywhere in its words, in any of its occurrences ("Stabat Mater",
   * "Shore Crabs": works, headings and common nouns in capitals).
   */
  dropUnseenGuesses: boolean;
  /**
   * An organization only guessed where a person is as likely (Candidate.organizationGuess: "Ofwat
   * said", "Volga Air") becomes a person when the tagger, over all its uses, clearly reads a
   * person ("Erdogan said", "Jannik Sinner").
   */
  personSpeakers: boolean;
  /** The least mean PERSON probability, and the most ORGANIZATION, for one speaking word. */
  minSpeakerPerson: number;
  maxSpeakerOrganization: number;
  /** The least mean PERSON probability for a proper word before a common noun. */
  minCommonLastWordPerson: number;
  /** The least span confidence (a probability) to type an untyped name or add a missed one. */
  minConfidence: number;
  /** The least span confidence to overrule a guess. */
  minRetypeConfidence: number;
  /** The least confidence for ORGANIZATION, the type the training data labels least reliably. */
  minOrganizationConfidence: number;
}

/** The uses kept in the default pipeline: those the ablation shows raise the GUM and fixture totals. */
export const DEFAULT_TAGGER_USES: TaggerUses = {
  typeUntyped: true,
  retypeGuesses: false,
  addMissed: false,
  dropUnseenGuesses: true,
  personSpeakers: true,
  minSpeakerPerson: 0.65,
  maxSpeakerOrganization: 0.15,
  minCommonLastWordPerson: 0.9,
  minConfidence: 0.8,
  minRetypeConfidence: 0.9,
  minOrganizationConfidence: 0.9,
};

const ENTITY_TYPES: readonly EntityType[] = ["PERSON", "ORGANIZATION", "LOCATION"];

function sameSpan(candidate: Candidate, span: TaggedSpan): boolean {
  return (
    candidate.words[0]?.start === span.start &&
    candidate.words[candidate.words.length - 1]?.end === span.end
  );
}

function touches(candidate: Candidate, span: TaggedSpan): boolean {
  const start = candidate.words[0]?.start ?? 0;
  const end = candidate.words[candidate.words.length - 1]?.end ?? 0;
  return start < span.end && span.start < end;
}

/** The sentence's words that lie inside the span, when the span starts and ends on word edges. */
function wordsOfSpan(words: Word[], span: TaggedSpan): [Word[], number] | null {
  const first = words.findIndex((w) => w.start === span.start);
  if (first < 0) return null;
  let last = first;
  while (last < words.length && (words[last]?.end ?? 0) < span.end) last++;
  if (words[last]?.end !== span.end) return null;
  return [words.slice(first, last + 1), first];
}

/** Candidates for the tagger's names that no rule candidate touches; the lexicons type known names. */
function missedNames(
  sentence: Sentence,
  words: Word[],
  spans: TaggedSpan[],
  candidates: Candidate[],
  minConfidence: number,
): Candidate[] {
  const found: Candidate[] = [];
  for (const span of spans) {
    if (span.confidence < minConfidence) continue;
    if (candidates.some((c) => touches(c, span))) continue;
    const located = wordsOfSpan(words, span);
    if (!located) continue;
    const [spanWords, first] = located;
    const head = spanWords[0];
    const last = spanWords[spanWords.length - 1];
    if (!head?.nameLike || !last?.nameLike || spanWords.every((w) => isFunctionWord(w))) continue;
    const [lexType, lexConfidence] = lexicalType(spanWords);
    if (lexConfidence < 0) continue;
    found.push(makeCandidate(sentence, spanWords, first, lexType ?? span.type, 1, null, null));
  }
  return found;
}

/** "Chi-fung", "Chun-yu": hyphenated given-name syllables, which the newswire tagger rarely saw. */
const GIVEN_NAME_SYLLABLES = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * A person guessed with no evidence at all: the default type of an unknown capitalized phrase.
 * Names with hyphenated given-name syllables ("Hui Chi-fung") are left to the rules.
 */
function isDefaultPersonGuess(candidate: Candidate): boolean {
  return (
    candidate.type === "PERSON" &&
    candidate.confidence <= 0.5 &&
    candidate.title === null &&
    candidate.words.length > 1 &&
    !candidate.words.some((w) => GIVEN_NAME_SYLLABLES.test(w.text))
  );
}

/** Whether the tagger's output is read for this candidate under `uses`. */
function consulted(candidate: Candidate, uses: TaggerUses): boolean {
  return (
    typeable(candidate, uses) ||
    (uses.dropUnseenGuesses && isDefaultPersonGuess(candidate)) ||
    (uses.personSpeakers && candidate.organizationGuess !== undefined)
  );
}

/** Summed type probabilities of a name's uses, and how many uses were tagged or not. */
interface SpeakerVote {
  probability: Record<EntityType, number>;
  uses: number;
}

/** Whether the tagger may type this candidate under `uses`. */
function typeable(candidate: Candidate, uses: TaggerUses): boolean {
  if (candidate.words.length === 0 || candidate.confidence >= 1) return false;
  if (candidate.type === null) return uses.typeUntyped && candidate.confidence >= 0;
  return uses.retypeGuesses;
}

/** The mention sub-step that reads the statistical tagger's names against the rule candidates. */
export function useTaggerEvidence(uses: TaggerUses): MentionStep {
  return (state: MentionState): void => {
    if (
      !uses.typeUntyped &&
      !uses.retypeGuesses &&
      !uses.addMissed &&
      !uses.dropUnseenGuesses &&
      !uses.personSpeakers
    )
      return;
    const bySentence = new Map<Sentence, Candidate[]>();
    for (const candidate of state.candidates) {
      const list = bySentence.get(candidate.sentence);
      if (list) list.push(candidate);
      else bySentence.set(candidate.sentence, [candidate]);
    }
    const headlineLike = new Set(state.headlineLike);
    // Type votes per name: one name keeps one type through the article.
    const votes = new Map<string, Record<EntityType, number>>();
    const typed: Candidate[] = [];
    const added: Candidate[] = [];
    // Default person guesses, and the names of those the tagger saw as a name somewhere.
    const guesses: Candidate[] = [];
    const seenByTagger = new Set<string>();
    const speakers: Candidate[] = [];
    const speakerVotes = new Map<string, SpeakerVote>();
    state.sentences.forEach((sentence, index) => {
      if (headlineLike.has(index) || sentence.index < 0) return;
      const candidates = bySentence.get(sentence) ?? [];
      // Tagging costs time: only the stretch of the sentence where some use can apply is tagged.
      let window: Span | undefined;
      if (!uses.addMissed) {
        const open = candidates.filter((c) => consulted(c, uses));
        if (open.length === 0) return;
        window = {
          start: Math.min(...open.map((c) => c.words[0]?.start ?? sentence.start)),
          end: Math.max(...open.map((c) => c.words[c.words.length - 1]?.end ?? sentence.end)),
        };
      }
      const spans = tagSentence(sentence.text, sentence.start, undefined, window);
      if (uses.dropUnseenGuesses) {
        for (const candidate of candidates) {
          if (!isDefaultPersonGuess(candidate)) continue;
          guesses.push(candidate);
          if (spans.some((s) => touches(candidate, s)))
            seenByTagger.add(phraseKey(candidate.words));
        }
      }
      if (uses.personSpeakers) {
        for (const candidate of candidates) {
          if (candidate.organizationGuess === undefined) continue;
          speakers.push(candidate);
          const k = phraseKey(candidate.words);
          const vote = speakerVotes.get(k) ?? {
            probability: { PERSON: 0, ORGANIZATION: 0, LOCATION: 0 },
            uses: 0,
          };
          // An untagged use counts as no person.
          const span = spans.find((s) => sameSpan(candidate, s));
          if (span)
            for (const type of ENTITY_TYPES) vote.probability[type] += span.typeProbability[type];
          vote.uses++;
          speakerVotes.set(k, vote);
        }
      }
      if (spans.length === 0) return;
      for (const candidate of candidates) {
        if (!typeable(candidate, uses)) continue;
        const span = spans.find((s) => sameSpan(candidate, s));
        const least = candidate.type === null ? uses.minConfidence : uses.minRetypeConfidence;
        if (!span || span.confidence < least) continue;
        if (span.type === "ORGANIZATION" && span.confidence < uses.minOrganizationConfidence)
          continue;
        const k = phraseKey(candidate.words);
        const vote = votes.get(k) ?? { PERSON: 0, ORGANIZATION: 0, LOCATION: 0 };
        for (const type of ENTITY_TYPES) vote[type] += span.typeProbability[type];
        votes.set(k, vote);
        typed.push(candidate);
      }
      if (uses.addMissed) {
        const words = state.sentenceWords[index] ?? [];
        added.push(...missedNames(sentence, words, spans, candidates, uses.minConfidence));
      }
    });
    for (const candidate of typed) {
      const vote = votes.get(phraseKey(candidate.words));
      if (!vote) continue;
      const type = ENTITY_TYPES.reduce((a, b) => (vote[b] > vote[a] ? b : a));
      if (candidate.type !== null && type === "ORGANIZATION") continue;
      candidate.type = type;
      candidate.confidence = 1;
    }
    for (const candidate of guesses) {
      if (!seenByTagger.has(phraseKey(candidate.words)) && candidate.type === "PERSON")
        candidate.type = null;
    }
    for (const candidate of speakers) {
      const vote = speakerVotes.get(phraseKey(candidate.words));
      if (!vote || candidate.type !== "ORGANIZATION") continue;
      const person = vote.probability.PERSON / vote.uses;
      const organization = vote.probability.ORGANIZATION / vote.uses;
      const least =
        candidate.organizationGuess === "speaks"
          ? uses.minSpeakerPerson
          : uses.minCommonLastWordPerson;
      if (person >= least && organization <= uses.maxSpeakerOrganization) {
        candidate.type = "PERSON";
        candidate.confidence = 1.5;
      }
    }
    state.candidates.push(...added);
  };
}
