import type { Doc, Entity, Mention, Quote, Sentence, Span, Stage } from "../types.js";
import {
  QUOTE_FRAMING_VERBS,
  SPEECH_VERBS,
  STATEMENT_ISSUE_VERBS,
} from "../lexicon/speech-verbs.js";
import {
  GENDERED_HONORIFICS,
  GROUP_PRONOUNS,
  PERSON_PRONOUNS,
  RELATIVE_PRONOUNS,
  type Gender,
} from "../lexicon/pronouns.js";
import {
  ANONYMOUS_SPEAKER_NOUNS,
  GENDERED_ROLE_NOUNS,
  ORGANIZATION_NOUNS,
  PERSON_ROLE_NOUNS,
  ROLE_EQUIVALENT_NOUNS,
  ROLE_SYNONYMS,
  SPOKESPERSON_NOUNS,
  STATEMENT_NOUNS,
  TITLE_ABBREVIATION_ROLES,
  TITLE_ABBREVIATIONS,
} from "../lexicon/speaker-nouns.js";
import {
  CLAUSE_BREAKERS,
  CLAUSE_CONJUNCTIONS,
  COORDINATORS,
  DETERMINERS,
  INDEFINITE_DETERMINERS,
  PASSIVE_AUXILIARIES,
  PREPOSITIONS,
  SKIPPABLE_BEFORE_VERB,
  NAMING_WORDS,
  TITLE_SMALL_WORDS,
} from "../lexicon/attribution-grammar.js";
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from "../lexicon/given-names.js";

const QUOTE_MARKS = new Set(['"', "\u201C", "\u201D", "\u201E", "\u201F", "\u00AB", "\u00BB"]);
const QUOTE_MARK_PATTERN = /["\u201C\u201D\u201E\u201F\u00AB\u00BB]/g;
const OPENING_MARKS = new Set(["\u201C", "\u201E", "\u201F", "\u00AB"]);
const MIN_QUOTE_WORDS = 4;
/** How close (in characters) an organization must be for a bare "a spokesman said" to speak for it. */
const RECENT_ORGANIZATION_DISTANCE = 400;
/** How far an attribution window reaches outside the quote, in characters. */
const MAX_WINDOW = 400;
/** Sentences shorter than this (in tokens) can be a bare attribution: "Lavrov said." */
const MAX_ATTRIBUTION_TOKENS = 10;

const SPEECH_VERB_SET = new Set([...SPEECH_VERBS, ...QUOTE_FRAMING_VERBS]);
const ISSUE_VERB_SET = new Set(STATEMENT_ISSUE_VERBS);
const GROUP_PRONOUN_SET = new Set(GROUP_PRONOUNS);
const RELATIVE_PRONOUN_SET = new Set(RELATIVE_PRONOUNS);
const ANONYMOUS_SET = new Set(ANONYMOUS_SPEAKER_NOUNS);
const ORGANIZATION_NOUN_SET = new Set(ORGANIZATION_NOUNS);
const PERSON_ROLE_SET = new Set(PERSON_ROLE_NOUNS);
const STATEMENT_SET = new Set(STATEMENT_NOUNS);
const SPOKESPEOPLE_SET = new Set(SPOKESPERSON_NOUNS);
const SPOKESPERSON_SET = new Set([...SPOKESPERSON_NOUNS, ...STATEMENT_NOUNS]);
const ABBREVIATION_SET = new Set(TITLE_ABBREVIATIONS);
const PRONOUN_GENDER = new Map(Object.entries(PERSON_PRONOUNS));
const HONORIFIC_GENDER = new Map(Object.entries(GENDERED_HONORIFICS));
const ROLE_GENDER = new Map(Object.entries(GENDERED_ROLE_NOUNS));
const ROLE_SYNONYM_MAP = new Map(Object.entries(ROLE_SYNONYMS));
const ABBREVIATION_ROLE = new Map(Object.entries(TITLE_ABBREVIATION_ROLES));
const MALE_NAMES = new Set(MALE_GIVEN_NAMES);
const FEMALE_NAMES = new Set(FEMALE_GIVEN_NAMES);
const DETERMINER_SET = new Set(DETERMINERS);
const INDEFINITE_SET = new Set(INDEFINITE_DETERMINERS);
const PREPOSITION_SET = new Set(PREPOSITIONS);
const SKIPPABLE_SET = new Set(SKIPPABLE_BEFORE_VERB);
const CONJUNCTION_SET = new Set(CLAUSE_CONJUNCTIONS);
const COORDINATOR_SET = new Set(COORDINATORS);
const CLAUSE_BREAKER_SET = new Set(CLAUSE_BREAKERS);
const PASSIVE_SET = new Set(PASSIVE_AUXILIARIES);
const TITLE_SMALL_WORD_SET = new Set(TITLE_SMALL_WORDS);
const NAMING_WORD_SET = new Set(NAMING_WORDS);

type Resolution =
  | { kind: "entity"; entityId: number; how: "name" | "pronoun" | "role" }
  | { kind: "anonymous" }
  | { kind: "none" };

const NONE: Resolution = { kind: "none" };
/** Role lookup result for a role last introduced without a name ("a spokesman said"). */
const UNNAMED = -1;
const ANONYMOUS: Resolution = { kind: "anonymous" };

interface Unit extends Span {
  kind: "mention" | "word" | "punct";
  lower: string;
  capitalized: boolean;
  mention: Mention | null;
}

interface RoleIndex {
  /** Lower-case, space-padded text of titles and roles per entity. */
  texts: Map<number, string>;
  /** Entity ids per word of those texts. */
  words: Map<string, number[]>;
}

interface QuoteSpan extends Span {
  open: number;
  /** Index of the closing mark, or the paragraph end when the quote stays open. */
  close: number;
  closed: boolean;
  words: number;
  paragraphIndex: number;
  /** The paragraph starts with this quote and the previous paragraph ended inside a quote. */
  continuesPrevious: boolean;
  /** Every content word capitalized and no sentence punctuation: a name or title ("the Sheikh of the North"). */
  titleLike: boolean;
  /** Nothing but white space precedes the opening mark in its paragraph. */
  opensParagraph: boolean;
}

interface Attribution {
  speakerId: number | null;
  verb: string | null;
  confidence: number;
  /** Whether an attribution was found at all (a null speaker may be a deliberate "a source said"). */
  found: boolean;
}

const UNATTRIBUTED: Attribution = { speakerId: null, verb: null, confidence: 0.3, found: false };

/** Finds the double-quoted spans of one paragraph; an unclosed quote ends at the paragraph end. */
function scanParagraphQuotes(
  text: string,
  start: number,
  end: number,
  paragraphIndex: number,
  previousEndedOpen: boolean,
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let depth = 0;
  let firstContent = -1;
  const leading = /\S/.exec(text.slice(start, Math.min(end, start + 200)));
  if (leading) firstContent = start + leading.index;
  // Search this paragraph only: a search over the rest of the text would make
  // an article with many quote-free paragraphs quadratic.
  const paragraph = text.slice(start, end);
  QUOTE_MARK_PATTERN.lastIndex = 0;
  for (
    let found = QUOTE_MARK_PATTERN.exec(paragraph);
    found;
    found = QUOTE_MARK_PATTERN.exec(paragraph)
  ) {
    const i = start + found.index;
    const ch = found[0];
    if (open < 0) {
      open = i;
      depth = 1;
      continue;
    }
    // Curly marks nest ("“they said “no more wars” and left”"); straight marks only toggle.
    if (
      OPENING_MARKS.has(ch) &&
      OPENING_MARKS.has(text[open] as string) &&
      opensWord(text, i, end)
    ) {
      depth++;
      continue;
    }
    if (--depth > 0) continue;
    spans.push(makeSpan(text, open, i, true, paragraphIndex, firstContent === open, false));
    open = -1;
  }
  if (open >= 0)
    spans.push(makeSpan(text, open, end, false, paragraphIndex, firstContent === open, false));
  const first = spans[0];
  if (first && previousEndedOpen && first.opensParagraph) first.continuesPrevious = true;
  return spans;
}

/** A mark with white space or a bracket before it and a letter after it opens a quotation. */
function opensWord(text: string, i: number, end: number): boolean {
  const before = text[i - 1] ?? " ";
  const after = i + 1 < end ? (text[i + 1] as string) : " ";
  return /[\s([—–-]/.test(before) && /[\p{L}\p{N}]/u.test(after);
}

/** Quoted words worth a Quote record: four words or more, not a title or name. */
function isQuotation(span: QuoteSpan): boolean {
  return span.words >= MIN_QUOTE_WORDS && !span.titleLike;
}

function makeSpan(
  text: string,
  open: number,
  close: number,
  closed: boolean,
  paragraphIndex: number,
  opensParagraph: boolean,
  continuesPrevious: boolean,
): QuoteSpan {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return {
    start,
    end,
    open,
    close,
    closed,
    words: countWords(text, start, end),
    titleLike:
      isTitleLike(text.slice(start, Math.min(end, start + 200))) || followsNamingWord(text, open),
    paragraphIndex,
    continuesPrevious,
    opensParagraph,
  };
}

function isTitleLike(quoted: string): boolean {
  if (/[.!?;:]\s/.test(quoted) || quoted.length >= 200) return false;
  const content = (quoted.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter(
    (word) => !TITLE_SMALL_WORD_SET.has(word.toLowerCase()),
  );
  return (
    content.length >= 2 && content.every((word) => isCapitalized(word) || /^\p{N}/u.test(word))
  );
}

/** `known as the "mother of all bombs"`, `dubbed "…"`: a name, not speech ("as" only after "known"). */
function followsNamingWord(text: string, open: number): boolean {
  const before = /(\S+)\s+(\S+)\s+(?:(?:the|a|an)\s+)?$/u.exec(
    text.slice(Math.max(0, open - 40), open),
  );
  const word = before?.[2]?.toLowerCase() ?? "";
  if (!NAMING_WORD_SET.has(word)) return false;
  return word !== "as" || before?.[1]?.toLowerCase() === "known";
}

function countWords(text: string, start: number, end: number): number {
  let words = 0;
  for (const _ of text.slice(start, end).matchAll(WORD_PATTERN)) words++;
  return words;
}

const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** "a/an" and up to three lower-case words before a lower-case noun: "a foreign ministry spokesman". */
const UNNAMED_ROLE_PATTERN = /(?<!\p{L})[Aa]n? ((?:[\p{Ll}\d-]+ ){0,3}[\p{Ll}\d-]+)/gu;

const TOKEN_PATTERN =
  /['’]s(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[.'’\-&][\p{L}\p{N}]+)*|--|[,;:()[\]—–.!?]/gu;

function isCapitalized(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
}

/** Everything the attribution passes look up, built once per document. */
class SpeakerContext {
  readonly text: string;
  private readonly mentions: Mention[];
  private readonly entitiesById = new Map<number, Entity>();
  private readonly entityByForm = new Map<string, number>();
  private readonly entityByToken = new Map<string, number | null>();
  private readonly genderCache = new Map<number, Gender | null>();
  private personRoles: RoleIndex | null = null;
  private organizationRoles: RoleIndex | null = null;
  private readonly roleCache = new Map<string, number | null>();
  /** PERSON/ORG mentions that look like sentence subjects, in text order. */
  private readonly salient: { pos: number; entityId: number }[] = [];
  /** Every PERSON mention of the body outside quotes, in text order. */
  private readonly persons: { pos: number; entityId: number }[] = [];
  /** ORGANIZATION mentions named with a spokesperson ("a Welsh Government spokesperson"), in text order. */
  private readonly spokespeople: { pos: number; entityId: number }[] = [];
  private readonly mentionsByEntity = new Map<number, Mention[]>();
  /** Where an unnamed person is introduced by role ("a ministry spokesman"), per role noun. */
  private readonly unnamedRoles = new Map<string, number[]>();
  /** Speakers of the quotes attributed so far, in text order. */
  readonly speakers: { pos: number; entityId: number }[] = [];

  constructor(doc: Doc, insideQuote: (pos: number) => boolean) {
    this.text = doc.text;
    this.mentions = doc.mentions
      .filter((m) => m.start >= 0 && m.end <= doc.text.length && m.start < m.end)
      .sort((a, b) => a.start - b.start);
    for (const entity of doc.entities) {
      this.entitiesById.set(entity.id, entity);
      for (const form of [entity.name, ...entity.aliases]) {
        const key = form.toLowerCase();
        if (!this.entityByForm.has(key)) this.entityByForm.set(key, entity.id);
        if (entity.type === "LOCATION") continue;
        for (const token of form.split(/\s+/)) {
          if (token.length < 3 || !isCapitalized(token)) continue;
          const seen = this.entityByToken.get(token);
          this.entityByToken.set(
            token,
            seen === undefined || seen === entity.id ? entity.id : null,
          );
        }
      }
    }
    for (const paragraph of doc.layout.paragraphs) this.findUnnamedRoles(paragraph, insideQuote);
    for (const mention of this.mentions) {
      const entityId = this.entityOf(mention);
      if (entityId === null) continue;
      const own = this.mentionsByEntity.get(entityId);
      if (own) own.push(mention);
      else this.mentionsByEntity.set(entityId, [mention]);
      if (mention.zone !== "body" || insideQuote(mention.start)) continue;
      // A place is a subject only as a speaker ("North Korea said …"), which "it" may then refer to.
      if (mention.type === "LOCATION") {
        if (this.isSpeechSubject(mention)) this.salient.push({ pos: mention.start, entityId });
        continue;
      }
      if (mention.type === "PERSON") this.persons.push({ pos: mention.start, entityId });
      if (this.looksLikeSubject(mention)) this.salient.push({ pos: mention.start, entityId });
      if (mention.type === "ORGANIZATION" && this.namesSpokesperson(mention))
        this.spokespeople.push({ pos: mention.start, entityId });
    }
  }

  /** Records "a/an … <role noun>" phrases: a later "the <role noun>" may mean that unnamed person. */
  private findUnnamedRoles(paragraph: Span, insideQuote: (pos: number) => boolean): void {
    const start = Math.max(0, paragraph.start);
    const slice = this.text.slice(start, Math.max(start, paragraph.end));
    for (const match of slice.matchAll(UNNAMED_ROLE_PATTERN)) {
      const phrase = match[1] as string;
      const head = phrase.split(" ").find((word) => PERSON_ROLE_SET.has(word));
      if (head === undefined) continue;
      const pos = start + (match.index ?? 0) + match[0].indexOf(` ${head}`) + 1;
      if (insideQuote(pos)) continue;
      const list = this.unnamedRoles.get(head);
      if (list) list.push(pos);
      else this.unnamedRoles.set(head, [pos]);
    }
  }

  private latestUnnamedRole(names: string[], pos: number): number {
    let latest = -1;
    for (const name of names) {
      for (const at of this.unnamedRoles.get(name) ?? []) {
        if (at < pos && at > latest) latest = at;
      }
    }
    return latest;
  }

  entity(id: number): Entity | undefined {
    return this.entitiesById.get(id);
  }

  entityOf(mention: Mention): number | null {
    if (mention.entityId !== null && this.entitiesById.has(mention.entityId))
      return mention.entityId;
    return this.entityByForm.get(mention.text.toLowerCase()) ?? null;
  }

  /** The entity a subject mention speaks for; a place name that is also a person's name ("Medina said") is the person. */
  speakerOf(mention: Mention): number | null {
    const entityId = this.entityOf(mention);
    if (entityId !== null && this.entitiesById.get(entityId)?.type !== "LOCATION") return entityId;
    const person = this.entityOfToken(mention.text);
    return person !== null && this.entitiesById.get(person)?.type === "PERSON" ? person : entityId;
  }

  /** An entity for a capitalized word the mention stage did not mark, when the word names exactly one. */
  entityOfToken(word: string): number | null {
    return this.entityByToken.get(word) ?? null;
  }

  /** Units of text[start, end): mentions whole, words and punctuation. */
  units(start: number, end: number): Unit[] {
    const units: Unit[] = [];
    let cursor = start;
    let m = this.firstMentionStartingAt(start);
    while (cursor < end) {
      let next = this.mentions[m];
      while (next && next.start < cursor) next = this.mentions[++m];
      const mentionSpan = next && next.end <= end ? spanOf(next, cursor, end) : null;
      const stop = mentionSpan ? mentionSpan.start : end;
      this.pushWords(units, cursor, stop);
      if (!mentionSpan || !next) break;
      units.push({
        kind: "mention",
        start: mentionSpan.start,
        end: mentionSpan.end,
        lower: next.text.toLowerCase(),
        capitalized: true,
        mention: next,
      });
      cursor = mentionSpan.end;
      m++;
    }
    return units;
  }

  private pushWords(units: Unit[], start: number, end: number): void {
    if (end <= start) return;
    const slice = this.text.slice(start, end);
    for (const match of slice.matchAll(TOKEN_PATTERN)) {
      const word = match[0];
      const at = start + (match.index ?? 0);
      const isWord = /[\p{L}\p{N}]/u.test(word);
      units.push({
        kind: isWord ? "word" : "punct",
        start: at,
        end: at + word.length,
        lower: word.toLowerCase().replace("’", "'"),
        capitalized: isWord && isCapitalized(word),
        mention: null,
      });
    }
  }

  private firstMentionStartingAt(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.mentions[mid] as Mention).start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A rough test for a grammatical subject: what precedes is a clause start or a title, or a speech verb follows. */
  private looksLikeSubject(mention: Mention): boolean {
    if (this.isSpeechSubject(mention)) return true;
    const from = mention.fullSpan?.start ?? mention.start;
    const window = this.text.slice(Math.max(0, from - 30), from);
    const line = window.slice(window.lastIndexOf("\n") + 1);
    const before = /(\S*)\s*$/u.exec(line)?.[1] ?? "";
    if (before === "" || !/[\p{L}\p{N}]$/u.test(before)) return true;
    const word = before.toLowerCase();
    return (
      COORDINATOR_SET.has(word) ||
      isCapitalized(before) ||
      PERSON_ROLE_SET.has(word) ||
      ROLE_GENDER.has(word)
    );
  }

  /** A name followed, maybe after an appositive or an adverb, by a speech verb. */
  private isSpeechSubject(mention: Mention): boolean {
    const following =
      /^\s*(?:,[^,.;]{1,60},\s*)?(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?(\p{Ll}+)/u.exec(
        this.text.slice(mention.end, mention.end + 90),
      );
    return following?.[1] !== undefined && SPEECH_VERB_SET.has(following[1]);
  }

  /** "X spokesperson", "a spokesman for X", "X said in a statement" name someone speaking for X. */
  private namesSpokesperson(mention: Mention): boolean {
    const after = /^(?:['’]s)?\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(
      this.text.slice(mention.end, mention.end + 40),
    );
    if (after && (SPOKESPERSON_SET.has(after[1] ?? "") || SPOKESPERSON_SET.has(after[2] ?? "")))
      return true;
    const before = /(\p{Ll}+)\s+(?:for|of|at|from)\s+(?:the\s+)?$/u.exec(
      this.text.slice(Math.max(0, mention.start - 40), mention.start),
    )?.[1];
    return before !== undefined && SPOKESPERSON_SET.has(before);
  }

  genderOf(entityId: number): Gender | null {
    const cached = this.genderCache.get(entityId);
    if (cached !== undefined) return cached;
    const gender = this.computeGender(entityId);
    this.genderCache.set(entityId, gender);
    return gender;
  }

  private computeGender(entityId: number): Gender | null {
    const entity = this.entitiesById.get(entityId);
    if (!entity || entity.type !== "PERSON") return null;
    for (const form of [entity.name, ...entity.aliases, entity.description ?? ""]) {
      for (const token of form.toLowerCase().split(/[\s,]+/)) {
        const byTitle = HONORIFIC_GENDER.get(token) ?? ROLE_GENDER.get(token);
        if (byTitle) return byTitle;
      }
    }
    const given = entity.name.toLowerCase().split(/\s+/)[0] ?? "";
    if (MALE_NAMES.has(given)) return "male";
    if (FEMALE_NAMES.has(given)) return "female";
    for (const mention of this.mentionsByEntity.get(entityId) ?? []) {
      const before = this.text.slice(Math.max(0, mention.start - 6), mention.start);
      const honorific = /(\p{L}+)\.?\s+$/u.exec(before)?.[1]?.toLowerCase();
      const byHonorific = honorific ? HONORIFIC_GENDER.get(honorific) : undefined;
      if (byHonorific) return byHonorific;
    }
    return null;
  }

  /** The most recent speaker or sentence subject before `pos` that fits the pronoun. */
  resolvePronoun(
    pos: number,
    gender: Gender | null,
    type: "PERSON" | "ORGANIZATION" | "GROUP",
  ): number | null {
    const fits = (entityId: number): boolean => {
      const entity = this.entitiesById.get(entityId);
      if (!entity) return false;
      if (type === "GROUP" ? entity.type === "PERSON" : entity.type !== type) return false;
      if (gender === null) return true;
      const known = this.genderOf(entityId);
      return known === null || known === gender;
    };
    const best = Math.max(
      latestBefore(this.salient, pos, fits)?.pos ?? -1,
      latestBefore(this.speakers, pos, fits)?.pos ?? -1,
    );
    if (best >= 0) {
      const hit = latestBefore(this.salient, pos, fits);
      const spoke = latestBefore(this.speakers, pos, fits);
      return (spoke && spoke.pos === best ? spoke.entityId : hit?.entityId) ?? null;
    }
    if (type !== "PERSON") return null;
    const anyFitting = latestBefore(this.persons, pos, fits);
    if (anyFitting) return anyFitting.entityId;
    return latestBefore(this.speakers, pos, () => true)?.entityId ?? null;
  }

  /** An organization that was a subject or a speaker shortly before `pos`. */
  recentOrganization(pos: number): number | null {
    const isOrganization = (id: number): boolean =>
      this.entitiesById.get(id)?.type === "ORGANIZATION";
    const latest = [
      latestBefore(this.salient, pos, isOrganization),
      latestBefore(this.speakers, pos, isOrganization),
    ].reduce((a, b) => (b && (!a || b.pos > a.pos) ? b : a), null);
    return latest && pos - latest.pos <= RECENT_ORGANIZATION_DISTANCE ? latest.entityId : null;
  }

  /** The entity a role phrase ("the foreign minister", "the ministry") refers to. */
  resolveRole(words: string[], pos: number, definite: boolean): Resolution {
    const head = words[words.length - 1];
    if (!head) return NONE;
    const key = `${words.join(" ")}|${pos}`;
    let entityId = this.roleCache.get(key);
    if (entityId === undefined) {
      entityId = this.findRoleHolder(words, head, pos);
      this.roleCache.set(key, entityId);
    }
    const unnamedHere = entityId === UNNAMED && !definite;
    if ((unnamedHere || entityId === null) && SPOKESPEOPLE_SET.has(head)) {
      // A bare "a spokeswoman said" speaks for the organization the text was just about.
      const organization = this.recentOrganization(pos);
      const name = ` ${this.entitiesById.get(organization ?? -1)?.name.toLowerCase() ?? ""} `;
      // "a union spokesman" names its organization by a noun: only an organization of that name will do.
      const modifiers = words.slice(0, -1).filter((w) => !DETERMINER_SET.has(w));
      const fits = modifiers.length === 0 || modifiers.some((w) => name.includes(` ${w} `));
      if (organization !== null && fits)
        return { kind: "entity", entityId: organization, how: "role" };
    }
    if (entityId === UNNAMED) return ANONYMOUS;
    if (entityId !== null) return { kind: "entity", entityId, how: "role" };
    if (!definite || SPOKESPERSON_SET.has(head)) return ANONYMOUS;
    if (ORGANIZATION_NOUN_SET.has(head)) {
      const organization = this.resolvePronoun(pos, null, "ORGANIZATION");
      return organization === null ? NONE : { kind: "entity", entityId: organization, how: "role" };
    }
    const gender = ROLE_GENDER.get(head) ?? null;
    const fallback = this.resolvePronoun(pos, gender, "PERSON");
    return fallback === null ? NONE : { kind: "entity", entityId: fallback, how: "role" };
  }

  private findRoleHolder(words: string[], head: string, pos: number): number | null {
    const isOrganization = ORGANIZATION_NOUN_SET.has(head) && !PERSON_ROLE_SET.has(head);
    const names = [head, ...(ROLE_SYNONYM_MAP.get(head) ?? [])];
    const modifiers = words.slice(0, -1).filter((w) => !DETERMINER_SET.has(w));
    const index = this.roleIndexFor(isOrganization);
    const candidates = new Set<number>();
    const lookups = [...names.map((name) => name.split(" ")[0] ?? name), ...modifiers];
    for (const word of lookups) {
      for (const id of index.words.get(word) ?? []) candidates.add(id);
    }
    let best: { entityId: number; score: number; recency: number } | null = null;
    for (const entityId of candidates) {
      const roleText = index.texts.get(entityId) ?? "";
      const headScore = names.some((name) => roleText.includes(` ${name} `))
        ? 1.5
        : ROLE_EQUIVALENT_NOUNS.some((noun) => roleText.includes(` ${noun} `))
          ? 1
          : 0;
      const score = headScore + modifiers.filter((w) => roleText.includes(` ${w} `)).length;
      const recency = this.lastMentionBefore(entityId, pos);
      if (score < 1.5 || recency < 0) continue;
      // A holder that was a subject somewhere beats one only named in passing ("an economist at X").
      const rank = score + (latestBefore(this.salient, pos, (id) => id === entityId) ? 0.5 : 0);
      if (!best || rank > best.score || (rank === best.score && recency > best.recency)) {
        best = { entityId, score: rank, recency };
      }
    }
    let holder = best ? { entityId: best.entityId, pos: best.recency } : null;
    if (SPOKESPERSON_SET.has(head)) {
      const organization = latestBefore(this.spokespeople, pos, () => true);
      if (organization && (!holder || organization.pos > holder.pos)) holder = organization;
    }
    const unnamed = isOrganization ? -1 : this.latestUnnamedRole(names, pos);
    if (unnamed >= 0 && (!holder || unnamed > holder.pos)) return UNNAMED;
    return holder?.entityId ?? null;
  }

  /** Role texts of every PERSON (or ORGANIZATION) entity and an index from their words, built once. */
  private roleIndexFor(organizations: boolean): RoleIndex {
    const cached = organizations ? this.organizationRoles : this.personRoles;
    if (cached) return cached;
    const index: RoleIndex = { texts: new Map(), words: new Map() };
    const type = organizations ? "ORGANIZATION" : "PERSON";
    const parts = new Map<number, string[]>();
    for (const entity of this.entitiesById.values()) {
      if (entity.type !== type) continue;
      parts.set(
        entity.id,
        organizations ? [entity.name] : [entity.description ?? "", ...entity.aliases],
      );
    }
    if (!organizations) {
      let previousEnd = 0;
      for (const mention of this.mentions) {
        const own = parts.get(this.entityOf(mention) ?? -1);
        if (own) {
          if (mention.title) own.push(mention.title);
          own.push(this.titleSlot(Math.max(previousEnd, mention.start - 80), mention.start));
          own.push(this.appositiveAfter(mention.end));
        }
        previousEnd = Math.max(previousEnd, mention.end);
      }
    }
    for (const [entityId, texts] of parts) {
      const words = texts
        .join(" ")
        .toLowerCase()
        .replace(/[^\p{L}\p{N}.\s-]/gu, " ")
        .split(/\s+/)
        .flatMap((word) => {
          const role = ABBREVIATION_ROLE.get(word.replace(/\.$/, ""));
          return role ? [word, role] : [word];
        });
      const roleText = ` ${words.join(" ")} `;
      index.texts.set(entityId, roleText);
      for (const word of new Set(roleText.split(" "))) {
        if (!word) continue;
        const list = index.words.get(word);
        if (list) list.push(entityId);
        else index.words.set(word, [entityId]);
      }
    }
    if (organizations) this.organizationRoles = index;
    else this.personRoles = index;
    return index;
  }

  /** The last few words before a name, where a title or role sits ("AU trade commissioner"). */
  private titleSlot(from: number, to: number): string {
    const words = (
      this.text
        .slice(from, to)
        .split(/[;:!?"“”()]|(?<=\p{Ll}{4})\.\s/u)
        .pop() ?? ""
    ).split(/\s+/);
    return words.slice(-7).join(" ");
  }

  /** A short appositive right after a name: ", a second-year doctor,". */
  private appositiveAfter(from: number): string {
    return (
      /^,\s+((?:a|an|the)\s[^,.;:"“”]{1,60})[,.]/u.exec(this.text.slice(from, from + 80))?.[1] ?? ""
    );
  }

  private lastMentionBefore(entityId: number, pos: number): number {
    const own = this.mentionsByEntity.get(entityId) ?? [];
    let last = -1;
    for (const mention of own) {
      if (mention.start >= pos) break;
      last = mention.start;
    }
    return last;
  }
}

function spanOf(mention: Mention, lower: number, upper: number): Span {
  const full = mention.fullSpan;
  if (full && full.start >= lower && full.end <= upper && full.start <= mention.start) return full;
  return { start: mention.start, end: mention.end };
}

function latestBefore<T extends { pos: number; entityId: number }>(
  list: T[],
  pos: number,
  accept: (entityId: number) => boolean,
): T | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as T).pos < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1, steps = 0; i >= 0 && steps < 200; i--, steps++) {
    const item = list[i] as T;
    if (accept(item.entityId)) return item;
  }
  return null;
}

function isSpeechVerb(units: Unit[], i: number): boolean {
  const unit = units[i];
  if (!unit || unit.kind !== "word") return false;
  if (SPEECH_VERB_SET.has(unit.lower)) return true;
  if (!ISSUE_VERB_SET.has(unit.lower)) return false;
  for (let k = i + 1; k <= i + 3 && k < units.length; k++) {
    const next = units[k] as Unit;
    if (next.kind === "word" && SPOKESPERSON_SET.has(next.lower)) return true;
  }
  return false;
}

/** Resolves the subject phrase that ends at unit `i` (inclusive). */
function subjectEndingAt(
  ctx: SpeakerContext,
  units: Unit[],
  i: number,
  pos: number,
  depth = 0,
): Resolution {
  const unit = units[i];
  if (!unit || depth > 3) return NONE;
  if (unit.kind === "mention") return mentionSubject(ctx, units, i, pos, depth);
  if (unit.kind === "punct") {
    if (unit.lower !== ",") return NONE;
    return appositiveSubject(ctx, units, i, pos, depth);
  }
  const gender = PRONOUN_GENDER.get(unit.lower);
  if (gender) {
    const entityId = ctx.resolvePronoun(pos, gender, "PERSON");
    return entityId === null ? NONE : { kind: "entity", entityId, how: "pronoun" };
  }
  if (GROUP_PRONOUN_SET.has(unit.lower)) {
    const last = ctx.speakers[ctx.speakers.length - 1];
    const lastIsGroup = last !== undefined && ctx.entity(last.entityId)?.type === "ORGANIZATION";
    if (unit.lower === "they" && !lastIsGroup) {
      const group = ctx.recentOrganization(pos);
      return group === null ? ANONYMOUS : { kind: "entity", entityId: group, how: "pronoun" };
    }
    const entityId = ctx.resolvePronoun(pos, null, "GROUP");
    return entityId === null ? ANONYMOUS : { kind: "entity", entityId, how: "pronoun" };
  }
  if (RELATIVE_PRONOUN_SET.has(unit.lower)) {
    const before = units[i - 1]?.lower === "," ? i - 2 : i - 1;
    return subjectEndingAt(ctx, units, before, pos, depth + 1);
  }
  return nounPhraseSubject(ctx, units, i, pos, depth);
}

/** A subject written as a mention, unless it only modifies an earlier head ("a source within the ministry"). */
function mentionSubject(
  ctx: SpeakerContext,
  units: Unit[],
  i: number,
  pos: number,
  depth: number,
): Resolution {
  const mention = (units[i] as Unit).mention as Mention;
  const entityId = ctx.speakerOf(mention);
  const conjunction = units[i - 1];
  const isCoordinated =
    conjunction?.kind === "word" &&
    (conjunction.lower === "and" || conjunction.lower === "or") &&
    units[i - 2]?.kind === "mention";
  if (isCoordinated) return ANONYMOUS;
  let k = i - 1;
  while (
    k >= 0 &&
    k > i - 4 &&
    units[k]?.kind === "word" &&
    !PREPOSITION_SET.has((units[k] as Unit).lower)
  ) {
    const word = units[k] as Unit;
    if (!DETERMINER_SET.has(word.lower) && word.capitalized) break;
    k--;
  }
  const preposition = units[k];
  if (preposition?.kind === "word" && PREPOSITION_SET.has(preposition.lower) && k < i) {
    const headResolution = headBeforePreposition(ctx, units, k - 1, pos, depth, entityId);
    if (headResolution) return headResolution;
  }
  if (entityId === null) return NONE;
  return { kind: "entity", entityId, how: "name" };
}

/** What a phrase such as "a source within", "a spokesman for" or "Mu Li, of" makes of the mention after it. */
function headBeforePreposition(
  ctx: SpeakerContext,
  units: Unit[],
  h: number,
  pos: number,
  depth: number,
  objectId: number | null,
): Resolution | null {
  const head = units[h];
  if (!head) return null;
  if (head.kind === "punct") {
    if (head.lower !== ",") return null;
    const before = subjectEndingAt(ctx, units, h - 1, pos, depth + 1);
    return before.kind === "none" ? null : before;
  }
  if (head.kind === "mention") return mentionSubject(ctx, units, h, pos, depth + 1);
  if (ANONYMOUS_SET.has(head.lower)) return ANONYMOUS;
  if (SPOKESPERSON_SET.has(head.lower))
    return objectId === null ? null : { kind: "entity", entityId: objectId, how: "name" };
  if (PERSON_ROLE_SET.has(head.lower)) {
    const phrase = collectNounPhrase(units, h);
    const role = ctx.resolveRole(phrase.words, pos, false);
    return role.kind === "entity" ? role : ANONYMOUS;
  }
  // "the government of X said" speaks for X; "police in X said" do not.
  if (ORGANIZATION_NOUN_SET.has(head.lower)) {
    if (units[h + 1]?.lower !== "of" || objectId === null) return ANONYMOUS;
    return { kind: "entity", entityId: objectId, how: "name" };
  }
  // "a center … that fights for X said": X only completes another word, it does not speak.
  return head.capitalized ? null : NONE;
}

/** `X, the foreign minister, said` / `The judge in the case, Bernard Schwartz, said`. */
function appositiveSubject(
  ctx: SpeakerContext,
  units: Unit[],
  comma: number,
  pos: number,
  depth: number,
): Resolution {
  let opening = -1;
  for (let k = comma - 1; k >= 0 && k > comma - 15; k--) {
    const unit = units[k] as Unit;
    if (unit.kind === "punct" && unit.lower === ",") {
      opening = k;
      break;
    }
    if (unit.kind === "punct" && unit.lower !== "(" && unit.lower !== ")") break;
  }
  if (opening < 0) return subjectEndingAt(ctx, units, comma - 1, pos, depth + 1);
  const beforeOpening = units[opening - 1];
  const named =
    beforeOpening?.kind === "mention"
      ? mentionSubject(ctx, units, opening - 1, pos, depth + 1)
      : NONE;
  if (named.kind === "entity") return named;
  // "North Korea's ambassador to the U.N., Kim In Ryong, told": the name in the appositive.
  for (let k = opening + 1; k < comma; k++) {
    const unit = units[k] as Unit;
    if (unit.kind !== "mention" || unit.mention?.type !== "PERSON") continue;
    const entityId = ctx.speakerOf(unit.mention);
    if (entityId !== null) return { kind: "entity", entityId, how: "name" };
  }
  if (named.kind !== "none") return named;
  const outer = subjectEndingAt(ctx, units, opening - 1, pos, depth + 1);
  if (outer.kind !== "none") return outer;
  return subjectEndingAt(ctx, units, comma - 1, pos, depth + 1);
}

interface NounPhrase {
  words: string[];
  first: number;
  determiner: string | null;
  possessor: Mention | null;
  /** A name used as a modifier right before the words ("a Welsh Government spokesperson"). */
  modifier: Mention | null;
}

/** The words of the noun phrase whose head is unit `head`, read leftwards; `first` includes a determiner or possessor. */
function collectNounPhrase(units: Unit[], head: number): NounPhrase {
  const words: string[] = [];
  let first = head;
  let determiner: string | null = null;
  let possessor: Mention | null = null;
  let modifier: Mention | null = null;
  for (let k = head; k >= 0 && head - k < 6; k--) {
    const unit = units[k] as Unit;
    if (unit.kind === "mention") {
      modifier = unit.mention;
      break;
    }
    if (unit.lower === "'s") {
      const owner = units[k - 1];
      if (owner?.kind === "mention") {
        possessor = owner.mention;
        first = k - 1;
      }
      break;
    }
    if (unit.kind !== "word") break;
    if (DETERMINER_SET.has(unit.lower)) {
      determiner = unit.lower;
      first = k;
      break;
    }
    if (
      k !== head &&
      (PREPOSITION_SET.has(unit.lower) || CONJUNCTION_SET.has(unit.lower) || isVerbLike(unit))
    )
      break;
    words.unshift(unit.lower);
    first = k;
  }
  return { words, first, determiner, possessor, modifier };
}

function isVerbLike(unit: Unit): boolean {
  return SPEECH_VERB_SET.has(unit.lower) || SKIPPABLE_SET.has(unit.lower);
}

function nounPhraseSubject(
  ctx: SpeakerContext,
  units: Unit[],
  i: number,
  pos: number,
  depth: number,
): Resolution {
  const unit = units[i] as Unit;
  const phrase = collectNounPhrase(units, i);
  const head = unit.lower;
  const owner = phrase.possessor ?? phrase.modifier;
  const speaksForOwner =
    SPOKESPERSON_SET.has(head) || (ORGANIZATION_NOUN_SET.has(head) && !PERSON_ROLE_SET.has(head));
  if (owner && speaksForOwner) {
    const ownerId = ctx.speakerOf(owner);
    return ownerId === null ? NONE : { kind: "entity", entityId: ownerId, how: "name" };
  }
  if (STATEMENT_SET.has(head) && phrase.determiner === "the") {
    const issued = issuerOfEarlierStatement(ctx, head, unit.start, pos);
    if (issued) return issued;
    const issuer =
      latestBefore(ctx.speakers, pos, () => true)?.entityId ??
      ctx.resolvePronoun(pos, null, "GROUP");
    return issuer === null ? NONE : { kind: "entity", entityId: issuer, how: "role" };
  }
  const beforePhrase = units[phrase.first - 1];
  if (
    !phrase.possessor &&
    beforePhrase?.kind === "word" &&
    PREPOSITION_SET.has(beforePhrase.lower)
  ) {
    const viaHead = headBeforePreposition(ctx, units, phrase.first - 2, pos, depth, null);
    if (viaHead) return viaHead;
  }
  if (ANONYMOUS_SET.has(head)) return ANONYMOUS;
  const definite =
    phrase.determiner === "the" || phrase.determiner === null || phrase.possessor !== null;
  const indefinite = phrase.determiner !== null && INDEFINITE_SET.has(phrase.determiner);
  if (PERSON_ROLE_SET.has(head) || ROLE_GENDER.has(head) || ORGANIZATION_NOUN_SET.has(head)) {
    return ctx.resolveRole(phrase.words, pos, definite && !indefinite);
  }
  if (AGE_NOUN.test(head)) {
    if (indefinite) return ANONYMOUS;
    const person = ctx.resolvePronoun(pos, null, "PERSON");
    return person === null ? NONE : { kind: "entity", entityId: person, how: "role" };
  }
  if (unit.capitalized) {
    const entityId = ctx.entityOfToken(ctx.text.slice(unit.start, unit.end));
    if (entityId !== null) return { kind: "entity", entityId, how: "name" };
  }
  return NONE;
}

/** Subject right after a leading verb: `said Bolden`, `added the minister`, `said a spokesman for the ministry`. */
function subjectAfterVerb(ctx: SpeakerContext, units: Unit[], v: number, pos: number): Resolution {
  let i = v + 1;
  if (units[i]?.lower === ",") i++;
  const unit = units[i];
  if (!unit) return NONE;
  if (unit.kind === "mention") {
    if (units[i + 1]?.lower === "'s") {
      const owned = ownedSubject(ctx, units, i, pos);
      if (owned) return owned;
    }
    const person = personAfterRole(ctx, units, i);
    if (person !== null) return { kind: "entity", entityId: person, how: "name" };
    const entityId = ctx.speakerOf(unit.mention as Mention);
    return entityId === null ? NONE : { kind: "entity", entityId, how: "name" };
  }
  if (unit.kind !== "word") return NONE;
  const gender = PRONOUN_GENDER.get(unit.lower);
  if (gender) {
    const entityId = ctx.resolvePronoun(pos, gender, "PERSON");
    return entityId === null ? NONE : { kind: "entity", entityId, how: "pronoun" };
  }
  let end = i;
  while (end + 1 < units.length && end - i < 6) {
    const next = units[end + 1] as Unit;
    const isAdjectivalPlace =
      next.kind === "mention" &&
      next.mention?.type === "LOCATION" &&
      units[end + 2]?.kind === "word" &&
      !(units[end + 2] as Unit).capitalized;
    if (isAdjectivalPlace) {
      end++;
      continue;
    }
    if (
      next.kind !== "word" ||
      PREPOSITION_SET.has(next.lower) ||
      next.capitalized ||
      isVerbLike(next)
    )
      break;
    end++;
  }
  const named = nameAfterPhrase(ctx, units, end);
  const opensPhrase =
    DETERMINER_SET.has(unit.lower) ||
    (!unit.capitalized &&
      !PREPOSITION_SET.has(unit.lower) &&
      !CONJUNCTION_SET.has(unit.lower) &&
      !isVerbLike(unit));
  if (named !== null && (end > i || opensPhrase)) {
    return { kind: "entity", entityId: named, how: "name" };
  }
  const phrase = collectNounPhrase(units, end);
  if (phrase.determiner === null && end === i && !PERSON_ROLE_SET.has(unit.lower)) {
    if (unit.capitalized) {
      const entityId = ctx.entityOfToken(ctx.text.slice(unit.start, unit.end));
      if (entityId !== null) return { kind: "entity", entityId, how: "name" };
    }
    return NONE;
  }
  const head = (units[end] as Unit).lower;
  const owner = phrase.possessor ?? phrase.modifier;
  const ownerId = owner ? ctx.speakerOf(owner) : null;
  if (SPOKESPERSON_SET.has(head) && ownerId !== null)
    return { kind: "entity", entityId: ownerId, how: "name" };
  const preposition = units[end + 1];
  let object = units[end + 2];
  if (object?.kind === "word" && DETERMINER_SET.has(object.lower)) object = units[end + 3];
  if (
    SPOKESPERSON_SET.has(head) &&
    preposition?.kind === "word" &&
    PREPOSITION_SET.has(preposition.lower) &&
    object?.kind === "mention"
  ) {
    const entityId = ctx.speakerOf(object.mention as Mention);
    if (entityId !== null) return { kind: "entity", entityId, how: "name" };
  }
  if (ANONYMOUS_SET.has(head)) return ANONYMOUS;
  if (PERSON_ROLE_SET.has(head) || ROLE_GENDER.has(head) || ORGANIZATION_NOUN_SET.has(head)) {
    const indefinite = phrase.determiner !== null && INDEFINITE_SET.has(phrase.determiner);
    return ctx.resolveRole(phrase.words, pos, !indefinite);
  }
  return NONE;
}

/**
 * "the statement said": whoever issued the statement the text last mentioned
 * ("In a statement, X's board said …"); anonymous when that sentence names no entity.
 */
function issuerOfEarlierStatement(
  ctx: SpeakerContext,
  noun: string,
  before: number,
  pos: number,
): Resolution | null {
  const text = ctx.text;
  const from = Math.max(0, before - STATEMENT_LOOKBACK);
  const at = text.slice(from, before).toLowerCase().lastIndexOf(noun);
  if (at < 0) return null;
  const mentioned = from + at;
  const head = text.slice(Math.max(0, mentioned - MAX_WINDOW), mentioned);
  const sentenceStart = mentioned - head.length + lastSentenceBreak(head);
  const tail = text.slice(mentioned, Math.min(text.length, mentioned + MAX_WINDOW));
  const stop = tail.search(/[.!?]\s|["“”\n]/u);
  const units = ctx.units(sentenceStart, mentioned + (stop < 0 ? tail.length : stop));
  const found = attributionBefore(ctx, units, pos);
  if (found)
    return found.speakerId === null
      ? ANONYMOUS
      : { kind: "entity", entityId: found.speakerId, how: "role" };
  const subject = openingSubject(ctx, units);
  return subject === null ? ANONYMOUS : { kind: "entity", entityId: subject, how: "role" };
}

/** Offset just after the last sentence break (". ", a line break or a quote mark) in `text`, or 0. */
function lastSentenceBreak(text: string): number {
  let last = 0;
  for (const match of text.matchAll(/[.!?]\s+|\n+/gu)) last = (match.index ?? 0) + match[0].length;
  return last;
}

/** `said Central Maine Power spokeswoman Jane Alvarez`: the person named after an organization and a role. */
function personAfterRole(ctx: SpeakerContext, units: Unit[], organization: number): number | null {
  let k = organization + 1;
  while (k < units.length && k - organization <= 4) {
    const unit = units[k] as Unit;
    if (
      unit.kind !== "word" ||
      unit.capitalized ||
      PREPOSITION_SET.has(unit.lower) ||
      isVerbLike(unit)
    )
      break;
    k++;
  }
  const named = units[k];
  if (k === organization + 1 || named?.kind !== "mention" || named.mention?.type !== "PERSON")
    return null;
  return ctx.speakerOf(named.mention);
}

/** A PERSON/ORG name right after a role phrase: "the business daily Kommersant", "its director, Ann Lee". */
function nameAfterPhrase(ctx: SpeakerContext, units: Unit[], end: number): number | null {
  let next = units[end + 1];
  if (next?.lower === ",") next = units[end + 2];
  if (next?.kind !== "mention" || next.mention?.type === "LOCATION") return null;
  return ctx.speakerOf(next.mention as Mention);
}

/** `Baikal Aerospace's general director, Yelena Krutova` / `the ministry's spokesman`, from the owner at `owner`. */
function ownedSubject(
  ctx: SpeakerContext,
  units: Unit[],
  owner: number,
  pos: number,
): Resolution | null {
  const words: string[] = [];
  let k = owner + 2;
  while (k < units.length && words.length < 5) {
    const unit = units[k] as Unit;
    if (
      unit.kind !== "word" ||
      unit.capitalized ||
      PREPOSITION_SET.has(unit.lower) ||
      isVerbLike(unit)
    )
      break;
    words.push(unit.lower);
    k++;
  }
  const named = words.length > 0 ? nameAfterPhrase(ctx, units, k - 1) : null;
  if (named !== null) return { kind: "entity", entityId: named, how: "name" };
  const head = words[words.length - 1];
  if (!head) return null;
  const ownerId = ctx.speakerOf((units[owner] as Unit).mention as Mention);
  if (SPOKESPERSON_SET.has(head) && ownerId !== null)
    return { kind: "entity", entityId: ownerId, how: "name" };
  if (PERSON_ROLE_SET.has(head)) {
    const role = ctx.resolveRole(words, pos, false);
    return role.kind === "entity" ? role : ANONYMOUS;
  }
  return null;
}

/** `according to X` anywhere in the units. */
function accordingTo(ctx: SpeakerContext, units: Unit[], pos: number): Resolution {
  for (let i = 0; i + 1 < units.length; i++) {
    if (units[i]?.lower !== "according" || units[i + 1]?.lower !== "to") continue;
    const resolved = subjectAfterVerb(ctx, units, i + 1, pos);
    if (resolved.kind !== "none") return resolved;
  }
  return NONE;
}

function toAttribution(
  resolution: Resolution,
  verb: string,
  confidence: number,
): Attribution | null {
  if (resolution.kind === "none") return null;
  if (resolution.kind === "anonymous") return { speakerId: null, verb, confidence, found: true };
  const penalty = resolution.how === "name" ? 0 : 0.1;
  return { speakerId: resolution.entityId, verb, confidence: confidence - penalty, found: true };
}

/** Attribution written after the quote: `"…," X said`, `"…," said X`, `"…," according to X`. */
function attributionAfter(
  ctx: SpeakerContext,
  units: Unit[],
  pos: number,
  confidence: number,
): Attribution | null {
  let first = 0;
  while (units[first]?.kind === "punct" && units[first]?.lower !== "(") first++;
  const lead = units[first];
  if (!lead) return null;
  if (lead.lower === "according" && units[first + 1]?.lower === "to") {
    return toAttribution(
      subjectAfterVerb(ctx, units, first + 1, pos),
      "according to",
      confidence - 0.05,
    );
  }
  if (isSpeechVerb(units, first)) {
    return toAttribution(subjectAfterVerb(ctx, units, first, pos), lead.lower, confidence);
  }
  for (let v = first + 1; v < units.length && v < first + 16; v++) {
    const unit = units[v] as Unit;
    if (unit.kind === "punct" && !ATTRIBUTION_PUNCTUATION.has(unit.lower)) break;
    if (unit.kind === "word" && CONJUNCTION_SET.has(unit.lower)) break;
    if (!isSpeechVerb(units, v)) continue;
    return toAttribution(subjectBeforeVerb(ctx, units, v, first, pos), unit.lower, confidence);
  }
  return null;
}

function subjectBeforeVerb(
  ctx: SpeakerContext,
  units: Unit[],
  v: number,
  lowest: number,
  pos: number,
): Resolution {
  let i = v - 1;
  while (
    i >= lowest &&
    v - i < 6 &&
    units[i]?.kind === "word" &&
    SKIPPABLE_SET.has((units[i] as Unit).lower)
  )
    i--;
  // Skip "(DOE)" or "— who backed the bill —" between the subject and the verb.
  const closer = units[i]?.lower ?? "";
  const opener = closer === ")" ? "(" : DASHES.has(closer) ? closer : null;
  if (opener !== null) {
    let open = i - 1;
    while (open > lowest && i - open < 16 && units[open]?.lower !== opener) open--;
    if (units[open]?.lower === opener) i = open - 1;
  }
  if (i < lowest) return NONE;
  return subjectEndingAt(ctx, units.slice(lowest), i - lowest, pos);
}

/** Attribution written before the quote: `X said: "…"`, `X said Moscow does "…"`. */
function attributionBefore(ctx: SpeakerContext, units: Unit[], pos: number): Attribution | null {
  const verbs: number[] = [];
  for (let v = 0; v < units.length; v++) if (isSpeechVerb(units, v)) verbs.push(v);
  const nearest = verbs[verbs.length - 1];
  const governsQuote =
    nearest !== undefined &&
    units.length - 1 - nearest <= 3 &&
    !units.slice(nearest + 1).some((unit) => unit.lower === "to");
  // A verb right before the quote governs it ("said: …", "called the strike …").
  if (nearest !== undefined && governsQuote) {
    const found = attributionAtVerb(ctx, units, nearest, pos);
    if (found) return found;
  }
  // Otherwise the quote is the words of the main speaker of its clause: "X said the president had asked to be ready …".
  const clauseStart = lastClauseStart(units);
  for (const v of verbs) {
    if (v < clauseStart || (v === nearest && governsQuote)) continue;
    const found = attributionAtVerb(ctx, units, v, pos);
    if (found) return found;
  }
  for (let k = verbs.length - 1; k >= 0; k--) {
    const v = verbs[k] as number;
    if (v >= clauseStart || (v === nearest && governsQuote)) continue;
    const found = attributionAtVerb(ctx, units, v, pos);
    if (found) return found;
  }
  const according = accordingTo(ctx, units, pos);
  if (according.kind !== "none") return toAttribution(according, "according to", 0.8);
  const coordinated = verbs.find((v) => isCoordinated(units, v));
  const subject = coordinated !== undefined ? openingSubject(ctx, units) : null;
  if (subject === null || coordinated === undefined) return null;
  return {
    speakerId: subject,
    verb: (units[coordinated] as Unit).lower,
    confidence: 0.7,
    found: true,
  };
}

/** Index of the first unit after the last "; " or ", but" that starts an independent clause. */
function lastClauseStart(units: Unit[]): number {
  for (let k = units.length - 2; k >= 0; k--) {
    const unit = units[k] as Unit;
    if (unit.lower === ";") return k + 1;
    if (unit.lower === "," && CLAUSE_BREAKER_SET.has((units[k + 1] as Unit).lower)) return k + 2;
  }
  return 0;
}

function isCoordinated(units: Unit[], v: number): boolean {
  const before = units[v - 1];
  return before?.kind === "word" && (before.lower === "and" || before.lower === "but");
}

/** The attribution a speech verb at `v` gives, or null when its subject cannot be read. */
function attributionAtVerb(
  ctx: SpeakerContext,
  units: Unit[],
  v: number,
  pos: number,
): Attribution | null {
  const verb = (units[v] as Unit).lower;
  const before = units[v - 1];
  if (isCoordinated(units, v)) return null;
  if (before?.kind === "word" && PASSIVE_SET.has(before.lower)) {
    const agent = passiveAgent(ctx, units, v, pos);
    return agent ? toAttribution(agent, verb, 0.85) : null;
  }
  if (verb.endsWith("ing") && precededByComma(units, v)) {
    const subject = openingSubject(ctx, units);
    if (subject !== null) return { speakerId: subject, verb, confidence: 0.75, found: true };
  }
  const resolved = subjectBeforeVerb(ctx, units, v, 0, pos);
  const adjacent = v >= units.length - 3;
  return toAttribution(resolved, verb, adjacent ? 0.9 : 0.8);
}

/** Punctuation an after-quote attribution may contain; the window already ends at the sentence end, so a period is an abbreviation ("Gov."). */
/** How far back (in characters) "the statement" looks for the statement it refers to. */
const STATEMENT_LOOKBACK = 1500;

const DASHES = new Set(["—", "–", "--"]);

/** "the 23-year-old said": an age used as a noun for someone just named. */
const AGE_NOUN = /^\d{1,3}-year-old$/;

const ATTRIBUTION_PUNCTUATION = new Set([",", "(", ")", "."]);

/** The agent of a passive speech verb: "he was told by Emergencies Minister X of …". */
function passiveAgent(
  ctx: SpeakerContext,
  units: Unit[],
  v: number,
  pos: number,
): Resolution | null {
  for (let k = v + 1; k < units.length && k <= v + 3; k++) {
    if ((units[k] as Unit).lower !== "by") continue;
    const agent = subjectAfterVerb(ctx, units, k, pos);
    return agent.kind === "none" ? null : agent;
  }
  return null;
}

/** A participle set off by a comma takes the subject of the main clause: "X welcomed it, calling …". */
function precededByComma(units: Unit[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && units[k]?.kind === "word" && SKIPPABLE_SET.has((units[k] as Unit).lower)) k--;
  return units[k]?.lower === ",";
}

/** The subject of a sentence without a speech verb, when a name opens it ("X issued a statement. "…""). */
function openingSubject(ctx: SpeakerContext, units: Unit[]): number | null {
  for (let i = 0; i < units.length && i < 6; i++) {
    const unit = units[i] as Unit;
    if (unit.kind === "mention") {
      if (unit.mention?.type === "LOCATION") return null;
      return ctx.speakerOf(unit.mention as Mention);
    }
    if (unit.kind === "punct" || PREPOSITION_SET.has(unit.lower)) return null;
  }
  return null;
}

interface ParagraphInfo extends Span {
  index: number;
  quotes: QuoteSpan[];
  sentenceStarts: number[];
}

/** Sentence starts inside a paragraph: from the sentence stage when it ran, else a light split. */
function paragraphSentenceStarts(
  text: string,
  start: number,
  end: number,
  sentences: Sentence[],
  quotes: QuoteSpan[],
): number[] {
  const fromStage: number[] = [];
  for (let i = firstSentenceEndingAfter(sentences, start); i < sentences.length; i++) {
    const sentence = sentences[i] as Sentence;
    if (sentence.start >= end) break;
    fromStage.push(Math.max(sentence.start, start));
  }
  if (fromStage.length > 0) {
    if (fromStage[0] !== start) fromStage.unshift(start);
    return fromStage;
  }
  const starts = [start];
  let q = 0;
  for (let i = start; i < end; i++) {
    while (q < quotes.length && (quotes[q] as QuoteSpan).close < i) q++;
    const quote = quotes[q];
    const inside = quote !== undefined && i > quote.open && i < quote.close;
    const ch = text[i] as string;
    const isTerminal = /[.!?]/.test(ch) && !inside;
    const closesAfterTerminal =
      quote !== undefined && quote.closed && i === quote.close && /[.!?]/.test(text[i - 1] ?? "");
    if (!isTerminal && !closesAfterTerminal) continue;
    if (ch === "." && isAbbreviation(text, i)) continue;
    let j = i + 1;
    while (
      j < end &&
      (QUOTE_MARKS.has(text[j] as string) || text[j] === ")") &&
      !closesAfterTerminal
    )
      j++;
    if (j >= end || !/\s/.test(text[j] as string)) continue;
    while (j < end && /\s/.test(text[j] as string)) j++;
    if (j < end && (/[\p{Lu}\p{N}]/u.test(text[j] as string) || QUOTE_MARKS.has(text[j] as string)))
      starts.push(j);
  }
  return starts;
}

function firstSentenceEndingAfter(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Sentence).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isAbbreviation(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && dot - w < 12 && /[\p{L}.]/u.test(text[w - 1] as string)) w--;
  const word = text.slice(w, dot);
  if (word.length <= 1 || word.includes(".")) return true;
  return ABBREVIATION_SET.has(word.toLowerCase());
}

function sentenceStartFor(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return starts[Math.max(0, lo - 1)] as number;
}

function nextSentenceStart(starts: number[], pos: number, end: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return starts[lo] ?? end;
}

function sentenceIndexFor(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Sentence).start <= pos) lo = mid + 1;
    else hi = mid;
  }
  const sentence = sentences[lo - 1];
  return sentence ? sentence.index : -1;
}

/** Attributes one quote, trying the most reliable patterns first. */
function attributeQuote(
  ctx: SpeakerContext,
  paragraph: ParagraphInfo,
  k: number,
  longQuotes: QuoteSpan[],
  previousInParagraph: Attribution | null,
  previousParagraph: Attribution | null,
  previousParagraphInfo: ParagraphInfo | null,
): Attribution {
  const text = ctx.text;
  const quote = longQuotes[k] as QuoteSpan;
  const previous = longQuotes[k - 1];
  const next = longQuotes[k + 1];
  const starts = paragraph.sentenceStarts;
  const sentenceStart = sentenceStartFor(starts, quote.open);
  const afterStart = quote.closed ? quote.close + 1 : paragraph.end;
  const afterSentenceEnd = nextSentenceStart(starts, quote.close, paragraph.end);
  const afterEnd = Math.min(
    next ? next.open : paragraph.end,
    afterSentenceEnd,
    afterStart + MAX_WINDOW,
  );

  if (quote.continuesPrevious && previousParagraph) {
    return { ...previousParagraph, confidence: Math.min(previousParagraph.confidence, 0.9) };
  }

  const afterUnits = afterEnd > afterStart ? ctx.units(afterStart, afterEnd) : [];
  if (afterUnits.length > 0) {
    const found = attributionAfter(ctx, afterUnits, quote.start, 0.95);
    if (found) return found;
  }

  const beforeStart = Math.max(
    sentenceStart,
    previous ? previous.close + 1 : paragraph.start,
    quote.open - MAX_WINDOW,
  );
  const sameSentenceAsPrevious = previous !== undefined && previous.close + 1 > sentenceStart;
  if (quote.open > beforeStart) {
    const beforeUnits = ctx.units(beforeStart, quote.open);
    const found = attributionBefore(ctx, beforeUnits, quote.start);
    if (found) return found;
    // "Jones disagreed: "…"": a colon hands the quote to the subject of its clause.
    const introducer = beforeUnits[beforeUnits.length - 1];
    const subject = introducer?.lower === ":" ? openingSubject(ctx, beforeUnits) : null;
    if (subject !== null) return { speakerId: subject, verb: null, confidence: 0.75, found: true };
  }
  const reportedBy = toAttribution(accordingTo(ctx, afterUnits, quote.start), "according to", 0.75);
  if (reportedBy) return reportedBy;
  if (afterUnits.length === 0 && quote.closed) {
    // `"…." Lavrov said.` as a sentence of its own.
    const nextEnd = Math.min(
      next ? next.open : paragraph.end,
      nextSentenceStart(starts, afterSentenceEnd, paragraph.end),
    );
    const found = bareAttribution(ctx, ctx.units(afterSentenceEnd, nextEnd), quote.start, 0.85);
    if (found) return found;
  }

  // `"…," Smith said. Jones replied that time had run out. "…"`: a narrative sentence in between names a new speaker.
  const previousSentenceStart =
    sentenceStart > paragraph.start ? sentenceStartFor(starts, sentenceStart - 1) : -1;
  if (previous !== undefined && previousSentenceStart > previous.close) {
    const units = ctx.units(
      Math.max(previousSentenceStart, sentenceStart - MAX_WINDOW),
      sentenceStart,
    );
    const found = attributionBefore(ctx, units, quote.start);
    if (found && found.speakerId !== null) return { ...found, confidence: 0.7 };
  }

  if (previousInParagraph && (sameSentenceAsPrevious || previous !== undefined)) {
    const confidence = sameSentenceAsPrevious ? 0.85 : 0.75;
    return {
      ...previousInParagraph,
      confidence: Math.min(previousInParagraph.confidence, confidence),
    };
  }

  if (sentenceStart > paragraph.start) {
    const previousSentenceStart = sentenceStartFor(starts, sentenceStart - 1);
    const units = ctx.units(
      Math.max(previousSentenceStart, sentenceStart - MAX_WINDOW),
      sentenceStart,
    );
    const found = attributionBefore(ctx, units, quote.start);
    if (found) return { ...found, confidence: 0.7 };
    const subject = openingSubject(ctx, units);
    if (subject !== null) return { speakerId: subject, verb: null, confidence: 0.5, found: true };
  }

  if (quote.opensParagraph && previousParagraph) {
    return { ...previousParagraph, confidence: Math.min(previousParagraph.confidence, 0.75) };
  }
  if (quote.opensParagraph && previousParagraphInfo && previousParagraphInfo.quotes.length === 0) {
    const lastStart = sentenceStartFor(
      previousParagraphInfo.sentenceStarts,
      previousParagraphInfo.end - 1,
    );
    const units = ctx.units(
      Math.max(lastStart, previousParagraphInfo.end - MAX_WINDOW),
      previousParagraphInfo.end,
    );
    const endsWithColon = text
      .slice(previousParagraphInfo.start, previousParagraphInfo.end)
      .trimEnd()
      .endsWith(":");
    const found = attributionBefore(ctx, units, quote.start);
    if (found && found.speakerId !== null)
      return { ...found, confidence: endsWithColon ? 0.8 : 0.6 };
  }
  return UNATTRIBUTED;
}

/** A sentence that is only an attribution: `Lavrov said.`, `said the minister on Monday.` */
function bareAttribution(
  ctx: SpeakerContext,
  units: Unit[],
  pos: number,
  confidence: number,
): Attribution | null {
  if (units.length === 0 || units.length > MAX_ATTRIBUTION_TOKENS) return null;
  const verb = units.findIndex((_, k) => isSpeechVerb(units, k));
  if (verb < 0 || units.slice(verb + 1).some((unit) => unit.lower === "that")) return null;
  const trailing = units.slice(verb + 1).filter((unit) => unit.kind !== "punct");
  const firstTrailing = trailing[0];
  const onlyCircumstance =
    firstTrailing === undefined ||
    firstTrailing.capitalized ||
    firstTrailing.kind === "mention" ||
    PREPOSITION_SET.has(firstTrailing.lower) ||
    SKIPPABLE_SET.has(firstTrailing.lower);
  if (verb > 0 && (trailing.length > 3 || !onlyCircumstance)) return null;
  return attributionAfter(ctx, units, pos, confidence);
}

/** Attribution from a short `X said.` paragraph right after a quote-only paragraph. */
function attributionFromFollowingParagraph(
  ctx: SpeakerContext,
  following: ParagraphInfo | undefined,
  pos: number,
): Attribution | null {
  if (!following || following.quotes.length > 0) return null;
  const units = ctx.units(following.start, Math.min(following.end, following.start + MAX_WINDOW));
  return bareAttribution(ctx, units, pos, 0.75);
}

function extractQuotes(doc: Doc): Quote[] {
  const text = doc.text;
  const paragraphs: ParagraphInfo[] = [];
  let endedOpen = false;
  doc.layout.paragraphs.forEach((block, index) => {
    const start = Math.max(0, Math.min(block.start, text.length));
    const end = Math.max(start, Math.min(block.end, text.length));
    const quotes = scanParagraphQuotes(text, start, end, index, endedOpen);
    const last = quotes[quotes.length - 1];
    endedOpen = last !== undefined && !last.closed;
    paragraphs.push({ start, end, index, quotes, sentenceStarts: [] });
  });
  const allQuotes = paragraphs.flatMap((p) => p.quotes);
  const insideQuote = (pos: number): boolean => {
    let lo = 0;
    let hi = allQuotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((allQuotes[mid] as QuoteSpan).open < pos) lo = mid + 1;
      else hi = mid;
    }
    const candidate = allQuotes[lo - 1];
    return candidate !== undefined && isQuotation(candidate) && pos < candidate.close;
  };
  const ctx = new SpeakerContext(doc, insideQuote);
  const bodySentences = doc.sentences
    .filter((s) => s.zone === "body")
    .sort((a, b) => a.start - b.start);

  const results: Quote[] = [];
  const attributions: Attribution[] = [];
  let previousParagraphAttribution: Attribution | null = null;
  let previousParagraphInfo: ParagraphInfo | null = null;
  for (const paragraph of paragraphs) {
    paragraph.sentenceStarts = paragraphSentenceStarts(
      text,
      paragraph.start,
      paragraph.end,
      bodySentences,
      paragraph.quotes,
    );
    const longQuotes = paragraph.quotes.filter(isQuotation);
    let previousInParagraph: Attribution | null = null;
    for (let k = 0; k < longQuotes.length; k++) {
      const quote = longQuotes[k] as QuoteSpan;
      let attribution = attributeQuote(
        ctx,
        paragraph,
        k,
        longQuotes,
        previousInParagraph,
        previousParagraphAttribution,
        previousParagraphInfo,
      );
      if (!attribution.found && (!quote.closed || k === longQuotes.length - 1)) {
        const following = paragraphs[paragraph.index + 1];
        const tail = text.slice(quote.closed ? quote.close + 1 : quote.end, paragraph.end).trim();
        if (tail.length === 0)
          attribution =
            attributionFromFollowingParagraph(ctx, following, quote.start) ?? attribution;
      }
      if (attribution.speakerId !== null)
        ctx.speakers.push({ pos: quote.start, entityId: attribution.speakerId });
      attributions.push(attribution);
      results.push({
        start: quote.start,
        end: quote.end,
        text: text.slice(quote.start, quote.end),
        speakerId: attribution.speakerId,
        verb: attribution.verb,
        confidence: Math.max(0.05, Math.min(1, attribution.confidence)),
        sentenceIndex: sentenceIndexFor(bodySentences, quote.start),
        paragraphIndex: paragraph.index,
      });
      previousInParagraph = attribution.found ? attribution : previousInParagraph;
    }
    const lastOfParagraph =
      longQuotes.length > 0 ? attributions[attributions.length - 1] : undefined;
    previousParagraphAttribution = lastOfParagraph?.found ? lastOfParagraph : null;
    previousParagraphInfo = paragraph;
  }
  backfillContinuations(results, attributions, paragraphs);
  return results;
}

/** A multi-paragraph quote attributed only in a later paragraph gives that speaker to its earlier parts. */
function backfillContinuations(
  results: Quote[],
  attributions: Attribution[],
  paragraphs: ParagraphInfo[],
): void {
  const continues = new Set<number>();
  for (const paragraph of paragraphs) {
    const first = paragraph.quotes[0];
    if (first?.continuesPrevious) continues.add(first.start);
  }
  for (let i = results.length - 2; i >= 0; i--) {
    const current = results[i] as Quote;
    const following = results[i + 1] as Quote;
    if (attributions[i]?.found || !continues.has(following.start) || following.speakerId === null)
      continue;
    current.speakerId = following.speakerId;
    current.verb = following.verb;
    current.confidence = Math.min(following.confidence, 0.85);
    attributions[i] = {
      speakerId: following.speakerId,
      verb: following.verb,
      confidence: current.confidence,
      found: true,
    };
  }
}

/** Finds direct quotations in the body and attributes each to a speaker entity. */
export const quotesStage: Stage = {
  name: "quotes",
  run(doc) {
    try {
      return { ...doc, quotes: extractQuotes(doc) };
    } catch {
      return { ...doc, quotes: [] };
    }
  },
};
