import { CALENDAR_WORDS } from "../../lexicon/common-capitalized.js";
import { countryFor } from "../../lexicon/gazetteer.js";
import { makeCandidate, phraseKey, type Candidate } from "./candidate.js";
import { candidatesWithWords, type MentionState } from "./state.js";
import type { Word } from "./words.js";

/** A match score: "4-0", "2–1". */
const SCORE = /^\d{1,2}[-–]\d{1,2}$/;

/** Verbs that report a match's result; a score within a few words makes them one. */
const RESULT_VERBS: ReadonlySet<string> = new Set(
  (
    "beat beats defeated defeats thrashed thrash routed edged edges downed overcame overcome " +
    "won wins lost loses drew draws tied ties held hammered crushed stunned"
  ).split(" "),
);

/** Words after a result that introduce the other side ("lost 2-1 to X", "a 3-0 win over X"). */
const OPPONENT_WORDS: ReadonlySet<string> = new Set(["to", "with", "against", "over", "beat"]);

/** How far a score may stand from the result verb ("beat Aston Villa 2-1 on Saturday"). */
const SCORE_REACH = 5;
/** Longest team name read here ("Wolverhampton Wanderers", "Paris Saint-Germain"). */
const MAX_TEAM_WORDS = 3;

/** Capitalized function words that open a sentence before a team ("On Sunday Leeds beat …"). */
const RUN_BREAKERS: ReadonlySet<string> = new Set(["on", "in", "at", "after", "then", "the"]);

/** The run of capitalized words starting at `from` (or ending at `to`, going back). */
function nameRun(words: Word[], at: number, step: 1 | -1): [number, number] | null {
  let first = at;
  let last = at;
  const start = words[at];
  if (!start?.nameLike || start.acronym || CALENDAR_WORDS.has(start.lower)) return null;
  for (let i = at + step; Math.abs(i - at) < MAX_TEAM_WORDS; i += step) {
    const word = words[i];
    const joined = step === 1 ? word?.joinedToPrevious : words[i + 1]?.joinedToPrevious;
    if (!word?.nameLike || !joined || (step === -1 && word.possessive)) break;
    if (CALENDAR_WORDS.has(word.lower) || RUN_BREAKERS.has(word.lower)) break;
    if (step === 1) last = i;
    else first = i;
    if (step === 1 && word.possessive) break;
  }
  return [first, last + 1];
}

/** A match score within reach; set scores one after another ("6-4 6-3") are a tennis player's. */
function hasScoreNear(words: Word[], from: number): boolean {
  for (let i = from; i < Math.min(words.length, from + SCORE_REACH + 1); i++) {
    if (SCORE.test(words[i]?.text ?? "")) return !SCORE.test(words[i + 1]?.text ?? "");
  }
  return false;
}

/**
 * The word ranges a sentence reporting a match result names as its sides: the subject of a
 * result verb with a score close by ("Everton beat …", "Arsenal won 2-1"), and the name after
 * the verb or after "to", "with", "against", "over" in the same clause ("… lost 2-1 to Arsenal").
 */
function teamRanges(words: Word[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  words.forEach((word, v) => {
    if (word.nameLike || !RESULT_VERBS.has(word.lower) || !hasScoreNear(words, v + 1)) return;
    // "Everton beat …": the subject right before the verb, no comma between.
    const subject = word.joinedToPrevious ? nameRun(words, v - 1, -1) : null;
    if (subject) ranges.push(subject);
    for (let i = v + 1; i < Math.min(words.length, v + SCORE_REACH + 2); i++) {
      const here = words[i];
      if (!here) break;
      const opensTeam = i === v + 1 || OPPONENT_WORDS.has(words[i - 1]?.lower ?? "");
      if (!here.nameLike || !opensTeam) continue;
      const run = nameRun(words, i, 1);
      if (run) ranges.push(run);
      break;
    }
  });
  return ranges;
}

/** A name the lexicon made a country keeps its type: "France beat Spain 2-1" is left alone. */
function isCountry(words: Word[]): boolean {
  return countryFor(words.map((w) => w.key).join(" ")) !== undefined;
}

/** Overrides only what context or a guess typed, never a title or a person's full name. */
function retypable(candidate: Candidate): boolean {
  if (candidate.title !== null) return false;
  if (candidate.type === null || candidate.type === "ORGANIZATION") return true;
  if (candidate.type === "LOCATION") return true;
  return candidate.type === "PERSON" && candidate.words.length === 1;
}

/**
 * "Everton lost 2-1 to Arsenal", "Liverpool beat Chelsea 3-1": the sides of a match result are
 * teams, even where their names are towns ("Liverpool"), given names ("Chelsea") or common nouns
 * that no other step takes for names ("Arsenal", "Villa"). Countries stay places.
 */
export function resolveMatchResults(state: MentionState): void {
  const teams = new Set<string>();
  const resultSentences = new Set<number>();
  state.sentences.forEach((sentence, index) => {
    const words = state.sentenceWords[index] ?? [];
    const ranges = teamRanges(words);
    if (ranges.length > 0) resultSentences.add(index);
    for (const [first, end] of ranges) {
      const team = words.slice(first, end);
      if (isCountry(team)) continue;
      teams.add(phraseKey(team));
      const existing = state.candidates.filter(
        (c) => c.sentence === sentence && c.first < end && first < c.first + c.words.length,
      );
      if (existing.length === 0) {
        state.candidates.push(makeCandidate(sentence, team, first, "ORGANIZATION", 2, null, null));
        continue;
      }
      for (const candidate of existing) {
        if (candidate.first !== first || candidate.words.length !== team.length) continue;
        if (!retypable(candidate)) continue;
        candidate.type = "ORGANIZATION";
        candidate.confidence = 2;
      }
    }
  });
  for (const team of teamsBeforeRoles(state)) teams.add(team);
  typeTeamsThroughout(state, teams);
  placeVenues(state, teams, resultSentences);
}

/** Words of a competition, not a ground: "at the World Cup", "at the Australian Open". */
const COMPETITION_WORDS: ReadonlySet<string> = new Set(
  "cup championship championships open games olympics league tournament series final finals trophy".split(
    " ",
  ),
);

/**
 * "Real Madrid beat Barcelona 2-0 at the Santiago Bernabeu": in a result's sentence, the name
 * after "at" that is no team is the ground, a place, whatever its name alone suggested.
 */
function placeVenues(
  state: MentionState,
  teams: ReadonlySet<string>,
  resultSentences: ReadonlySet<number>,
): void {
  for (const index of resultSentences) {
    const sentence = state.sentences[index];
    const words = state.sentenceWords[index] ?? [];
    for (const candidate of state.candidates) {
      if (candidate.sentence !== sentence || !retypable(candidate)) continue;
      if (candidate.type === "LOCATION" || candidate.type === "PERSON") continue;
      let before = candidate.first - 1;
      if (words[before]?.lower === "the") before--;
      if (words[before]?.lower !== "at") continue;
      if (teams.has(phraseKey(candidate.words))) continue;
      if (candidate.words.some((w) => COMPETITION_WORDS.has(w.lower))) continue;
      candidate.type = "LOCATION";
      candidate.confidence = 2;
    }
  }
}

/** A player's or manager's role after a team's name ("Arsenal manager", "Juventus striker"). */
const TEAM_ROLE_NOUNS: ReadonlySet<string> = new Set(
  (
    "manager coach boss striker midfielder defender goalkeeper keeper winger forward captain " +
    "skipper playmaker"
  ).split(" "),
);

/**
 * "Arsenal manager Mikel Arteta", "a Juventus striker": one capitalized word right before a
 * lower-case sports role is the team the person plays or works for. Countries stay places.
 */
function teamsBeforeRoles(state: MentionState): Set<string> {
  const teams = new Set<string>();
  for (const [candidate, words] of candidatesWithWords(state)) {
    const only = candidate.words.length === 1 ? candidate.words[0] : undefined;
    const role = words[candidate.first + 1];
    if (!only || !role || role.nameLike || !role.joinedToPrevious) continue;
    if (!TEAM_ROLE_NOUNS.has(role.lower) || only.allCaps || isCountry([only])) continue;
    if (candidate.title !== null || (candidate.type === "PERSON" && candidate.confidence >= 1))
      continue;
    teams.add(only.key);
  }
  return teams;
}

/** Words before a name that keep a town a place in a sports report ("fans in Liverpool"). */
const PLACE_FRAME_WORDS: ReadonlySet<string> = new Set(
  "in near outside inside around across throughout of".split(" "),
);

/**
 * "Arsenal won 2-1 … Arsenal moved to the top": a name the article shows to be a team is the team
 * wherever it stands alone, even opening a sentence or spelling a town, unless a place's frame
 * ("in Liverpool") or a title keeps it something else.
 */
function typeTeamsThroughout(state: MentionState, teams: ReadonlySet<string>): void {
  if (teams.size === 0) return;
  for (const [candidate, words] of candidatesWithWords(state)) {
    if (!teams.has(phraseKey(candidate.words)) || !retypable(candidate)) continue;
    if (candidate.type === "ORGANIZATION" && candidate.confidence >= 2) continue;
    if (PLACE_FRAME_WORDS.has(words[candidate.first - 1]?.lower ?? "")) continue;
    candidate.type = "ORGANIZATION";
    candidate.confidence = 2;
  }
}
