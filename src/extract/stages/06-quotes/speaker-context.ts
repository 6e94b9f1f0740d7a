import type { QuoteSpan, QuoteWork } from "./types.js";
import { isQuotation } from "./quote-spans.js";
import type { Doc, Entity, Mention, Span } from "../../types.js";
import { type Gender } from "../../lexicon/pronouns.js";
import { PERSON_APPOSITION_NOUNS } from "../../lexicon/person-nouns.js";
import {
  ANONYMOUS_SPEAKER_NOUNS,
  GENDERED_ROLE_NOUNS,
  PERSON_ROLE_NOUNS,
  ROLE_EQUIVALENT_NOUNS,
} from "../../lexicon/speaker-nouns.js";
import { countryFor, countryForDemonym } from "../../lexicon/gazetteer.js";
import { key } from "../../normalize.js";
import { RECENT_ORGANIZATION_DISTANCE } from "./limits.js";
import { ANONYMOUS, NONE, type Resolution, UNNAMED, type Unit } from "./types.js";
import {
  ABBREVIATION_ROLE,
  BUSINESS_KIND_SET,
  COORDINATOR_SET,
  DETERMINER_SET,
  FEMALE_NAMES,
  HONORIFIC_GENDER,
  MALE_NAMES,
  ORGANIZATION_NOUN_SET,
  NON_GOVERNMENT_BODY_SET,
  GOVERNMENT_NOUN_SET,
  TITLE_NEUTRAL_ROLE_SET,
  PERSON_ROLE_SET,
  ROLE_GENDER,
  ROLE_SYNONYM_MAP,
  SPEECH_VERB_SET,
  SPOKESPEOPLE_SET,
  SPOKESPERSON_SET,
} from "./word-sets.js";

export interface RoleIndex {
  /** Lower-case, space-padded text of titles and roles per entity. */
  texts: Map<number, string>;
  /** Entity ids per word of those texts. */
  words: Map<string, number[]>;
}

/** "a/an/one/another" and up to three lower-case words before a lower-case noun: "a foreign ministry spokesman". */
export const UNNAMED_ROLE_PATTERN =
  /(?<!\p{L})(?:[Aa]n?|[Oo]ne|[Aa]nother) ((?:[\p{Ll}\d-]+ ){0,3}[\p{Ll}\d-]+)/gu;

/**
 * "One victim, a retired nurse from Leeds, said …", "A witness told Reuters …": an unnamed person
 * speaking as a sentence's subject. Group 1 is the head noun, group 2 the verb.
 */
const UNNAMED_SPEAKER_SUBJECT_PATTERN =
  /(?:^|[.!?]["”’]?[ \t]+|\n\s*)(?:One|An?|Another)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+)(?:,[^,.;:"“”\n]{1,80},)?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/gu;

/** Nouns for a person, as the head of an unnamed speaker's subject. */
const UNNAMED_SPEAKER_HEADS: ReadonlySet<string> = new Set([
  ...PERSON_APPOSITION_NOUNS,
  ...ANONYMOUS_SPEAKER_NOUNS,
  ...PERSON_ROLE_NOUNS,
  ...Object.keys(GENDERED_ROLE_NOUNS),
]);

/** A spokesperson noun not followed by the spokesperson's name or an appositive. */
const SPOKESPERSON_SUBJECT_PATTERN = /\b(spokes(?:man|woman|person))\b(?![ \t]*,|[ \t]+\p{Lu})/gu;

export const TOKEN_PATTERN =
  /['’]s(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[.'’\-&][\p{L}\p{N}]+)*|--|[,;:()[\]—–.!?]/gu;

export function isCapitalized(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
}

/** Everything the attribution passes look up, built once per document. */
export class SpeakerContext {
  readonly text: string;
  private readonly mentions: Mention[];
  private readonly entitiesById = new Map<number, Entity>();
  private readonly entityByForm = new Map<string, number>();
  private readonly entityByToken = new Map<string, number | null>();
  private readonly genderCache = new Map<number, Gender | null>();
  private personRoles: RoleIndex | null = null;
  private organizationRoles: RoleIndex | null = null;
  private readonly roleCache = new Map<string, number | null>();
  /**
   * Who a definite role phrase with no named holder ("the prime minister") was taken to be:
   * the same phrase later in the article means the same person, not whoever was named last.
   */
  private readonly guessedRoleHolders = new Map<string, number>();
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
  /**
   * Unnamed spokespeople who speak as a sentence's subject ("Streeting's spokeswoman said …"): a
   * "she said" after one means that spokesperson, not the person named before. `owner` is the
   * name they speak for, if any ("X's spokeswoman", "a spokesman for X", "an X spokesperson").
   */
  private readonly spokespersonSubjects: {
    pos: number;
    gender: Gender | null;
    owner: Mention | null;
    words: string[];
  }[] = [];
  /**
   * Unnamed people who speak as a sentence's subject ("One victim, a retired nurse, said …"): a
   * "she said" after one, with no one named in between, means that person, not someone named before.
   */
  private readonly unnamedSpeakerSubjects: { pos: number; gender: Gender | null }[] = [];
  /** PERSON entities named inside the quotation being attributed (see beginQuote). */
  private readonly namedInQuote = new Set<number>();

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
    this.findSpokespersonSubjects(insideQuote);
    this.findUnnamedSpeakerSubjects(insideQuote);
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

  /** Finds "[a/the/X's] … spokeswoman [for X] said" with no name given to the spokesperson. */
  private findSpokespersonSubjects(insideQuote: (pos: number) => boolean): void {
    for (const match of this.text.matchAll(SPOKESPERSON_SUBJECT_PATTERN)) {
      const pos = match.index ?? 0;
      if (insideQuote(pos)) continue;
      const noun = match[1] as string;
      let end = pos + match[0].length;
      let owner: Mention | null = null;
      const preposition = /^\s+(?:for|of|at)\s+(?:the\s+)?/u.exec(this.text.slice(end, end + 20));
      if (preposition) {
        const after = this.mentionStartingAt(end + preposition[0].length);
        if (!after) continue;
        owner = after;
        end = after.end;
      }
      const verb = /^\s*(?:\p{Ll}+ly\s+|also\s+)?(\p{Ll}+)/u.exec(this.text.slice(end, end + 40));
      const speaksAfter = verb !== null && SPEECH_VERB_SET.has(verb[1] ?? "");
      const line = this.text.slice(Math.max(0, pos - 80), pos);
      const lead = /(?:^|[.!?:\n"”]\s*)((?:[\p{L}\p{N}.'’-]+\s+){0,5})$/u.exec(line);
      if (!lead) continue;
      const leadText = lead[1] ?? "";
      const tokens = [...leadText.matchAll(/(\S+)\s+/gu)];
      // "…," said a spokeswoman for X: the spokesperson is the subject after the verb.
      const verbAt = tokens.findIndex((t) => SPEECH_VERB_SET.has(t[1] ?? ""));
      if (!speaksAfter && verbAt < 0) continue;
      const phrase = tokens.slice(verbAt + 1);
      const words = phrase.map((t) => t[1] ?? "");
      if (owner === null) {
        const leadStart = pos - leadText.length + (phrase[0]?.index ?? leadText.length);
        owner = this.mentions.find((m) => m.start >= leadStart && m.end <= pos) ?? null;
      }
      const gender: Gender | null =
        noun === "spokesman" ? "male" : noun === "spokeswoman" ? "female" : null;
      const lower = words.filter((w) => !isCapitalized(w)).map((w) => w.toLowerCase());
      this.spokespersonSubjects.push({ pos, gender, owner, words: [...lower, noun] });
    }
  }

  /** Finds "One victim, a retired nurse, said", "A witness told Reuters": unnamed speaking subjects. */
  private findUnnamedSpeakerSubjects(insideQuote: (pos: number) => boolean): void {
    for (const match of this.text.matchAll(UNNAMED_SPEAKER_SUBJECT_PATTERN)) {
      const head = match[1] ?? "";
      if (!UNNAMED_SPEAKER_HEADS.has(head) || !SPEECH_VERB_SET.has(match[2] ?? "")) continue;
      const pos = (match.index ?? 0) + match[0].search(/\S(?=\S*\s)/u);
      if (insideQuote(pos)) continue;
      this.unnamedSpeakerSubjects.push({ pos, gender: ROLE_GENDER.get(head) ?? null });
    }
  }

  /**
   * ANONYMOUS when the latest speaking subject before `pos` that fits the pronoun is an unnamed
   * person and no fitting person is named between it and `pos`; null otherwise.
   */
  unnamedSpeakerForPronoun(pos: number, gender: Gender | null): Resolution | null {
    const latest = latestSubjectFor(this.unnamedSpeakerSubjects, pos, gender);
    if (!latest) return null;
    const lists = [this.speakers, this.persons, this.salient];
    return this.personNamedBetween(latest.pos, pos, gender, lists) ? null : ANONYMOUS;
  }

  /** True when a person who may be the pronoun of `gender` is in `lists` between `after` and `pos`. */
  private personNamedBetween(
    after: number,
    pos: number,
    gender: Gender | null,
    lists: readonly { pos: number; entityId: number }[][],
  ): boolean {
    const fits = (entityId: number): boolean => {
      if (this.entitiesById.get(entityId)?.type !== "PERSON") return false;
      const known = gender === null ? null : this.genderOf(entityId);
      return known === null || known === gender;
    };
    return lists.some((list) => list.some((c) => c.pos > after && c.pos < pos && fits(c.entityId)));
  }

  /** True when "the spokeswoman" at `pos` takes up a person's spokeswoman ("Streeting's spokeswoman said"). */
  private latestPersonalSpokesperson(noun: string, pos: number): boolean {
    let latest: (typeof this.spokespersonSubjects)[number] | undefined;
    for (const subject of this.spokespersonSubjects) {
      if (subject.pos >= pos) break;
      if (subject.words[subject.words.length - 1] === noun) latest = subject;
    }
    if (!latest?.owner) return false;
    const ownerId = this.speakerOf(latest.owner);
    return ownerId !== null && this.entitiesById.get(ownerId)?.type === "PERSON";
  }

  private mentionStartingAt(pos: number): Mention | undefined {
    return this.mentions.find((m) => m.start === pos);
  }

  /**
   * When a pronoun of `gender` at `pos` means an unnamed spokesperson introduced after every
   * named candidate, what the spokesperson speaks for (or ANONYMOUS); null when it does not.
   */
  spokespersonForPronoun(pos: number, gender: Gender | null): Resolution | null {
    const latest = latestSubjectFor(this.spokespersonSubjects, pos, gender);
    if (!latest) return null;
    if (this.personNamedBetween(latest.pos, pos, gender, [this.speakers, this.persons]))
      return null;
    if (latest.owner) {
      const ownerId = this.speakerOf(latest.owner);
      if (ownerId === null) return null;
      return this.entitiesById.get(ownerId)?.type === "PERSON"
        ? ANONYMOUS
        : { kind: "entity", entityId: ownerId, how: "role" };
    }
    const role = this.resolveRole(latest.words, latest.pos, false);
    return role.kind === "entity" ? role : ANONYMOUS;
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
    // "According to Jane Roe, growth will slow": the source the sentence reports, whom a
    // following "she said" means rather than an earlier speaker.
    if (/\baccording\s+to\s*$/iu.test(line)) return true;
    const word = before.toLowerCase();
    return (
      COORDINATOR_SET.has(word) ||
      isCapitalized(before) ||
      PERSON_ROLE_SET.has(word) ||
      ROLE_GENDER.has(word) ||
      // "Local farmer Dale Hutchins lost …": a noun for a person opens the subject.
      PERSON_APPOSITION_NOUNS.has(word)
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
    return this.genderFromOwnPronoun(entityId);
  }

  /** "Gul Ahmad said he had lost his home": a pronoun the person's own clause gives them. */
  private genderFromOwnPronoun(entityId: number): Gender | null {
    for (const mention of this.mentionsByEntity.get(entityId) ?? []) {
      const after = this.text.slice(mention.end, mention.end + OWN_PRONOUN_REACH);
      const pronoun = OWN_PRONOUN.exec(after)?.[1]?.toLowerCase();
      const gender = pronoun ? OWN_PRONOUN_GENDER.get(pronoun) : undefined;
      if (gender) return gender;
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
      if (type === "PERSON" && this.namedInQuote.has(entityId)) return false;
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
    return latestBefore(this.speakers, pos, (id) => !this.namedInQuote.has(id))?.entityId ?? null;
  }

  /**
   * Marks the quotation being attributed: a pronoun ("he said") does not stand for someone the
   * quotation itself names, since speakers rarely name themselves ("Hopper was a legend," he said).
   */
  beginQuote(start: number, end: number): void {
    this.namedInQuote.clear();
    for (let m = this.firstMentionStartingAt(start); m < this.mentions.length; m++) {
      const mention = this.mentions[m] as Mention;
      if (mention.start >= end) break;
      const entityId = this.entityOf(mention);
      if (entityId !== null && mention.type === "PERSON") this.namedInQuote.add(entityId);
    }
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
  resolveRole(
    words: string[],
    pos: number,
    definite: boolean,
    owner: number | null = null,
  ): Resolution {
    const head = words[words.length - 1];
    if (!head) return NONE;
    if (owner !== null && PERSON_ROLE_SET.has(head) && !SPOKESPERSON_SET.has(head)) {
      const owned = this.ownedRoleHolder(words, head, pos, owner);
      // "a NATO official" is someone new unless a holder of that very role at NATO was named.
      if (owned && (definite || owned.sameRole))
        return { kind: "entity", entityId: owned.entityId, how: "role" };
      if (!definite) return ANONYMOUS;
    }
    if (definite && SPOKESPEOPLE_SET.has(head) && this.latestPersonalSpokesperson(head, pos))
      return ANONYMOUS;
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
      const fits =
        modifiers.length === 0 ||
        modifiers.some((w) => name.includes(` ${w} `)) ||
        modifiers.every((w) => BUSINESS_KIND_SET.has(w));
      if (organization !== null && fits)
        return { kind: "entity", entityId: organization, how: "role" };
    }
    if (entityId === UNNAMED) return ANONYMOUS;
    // "one official told AFP": an indefinite role introduces someone new, not a person named before.
    const newPerson =
      !definite && entityId !== null && this.entitiesById.get(entityId)?.type === "PERSON";
    if (entityId !== null && !newPerson) return { kind: "entity", entityId, how: "role" };
    if (!definite || SPOKESPERSON_SET.has(head)) return ANONYMOUS;
    if (ORGANIZATION_NOUN_SET.has(head)) {
      // "a spokeswoman for Acme said …; the company said": the body a spokesperson spoke for counts too.
      const organization =
        this.resolvePronoun(pos, null, "ORGANIZATION") ??
        latestBefore(this.spokespeople, pos, () => true)?.entityId ??
        null;
      if (organization === null) return NONE;
      // "the Israeli military" is not the Gaza health ministry named last: a nationality must fit.
      if (!this.nationalityFits(words, organization)) return ANONYMOUS;
      // "the government" is not the medical association named last.
      if (GOVERNMENT_NOUN_SET.has(head) && !this.mayGovern(organization)) return ANONYMOUS;
      return { kind: "entity", entityId: organization, how: "role" };
    }
    const phrase = words.filter((w) => !DETERMINER_SET.has(w)).join(" ");
    const guessed = this.guessedRoleHolders.get(phrase);
    if (guessed !== undefined && this.lastMentionBefore(guessed, pos) >= 0)
      return { kind: "entity", entityId: guessed, how: "role" };
    // "the UN envoy said" with no envoy of the UN named: someone unnamed, not the last person.
    if (owner !== null && this.entitiesById.get(owner)?.type === "ORGANIZATION") return ANONYMOUS;
    const gender = ROLE_GENDER.get(head) ?? null;
    const fallback = this.resolvePronoun(pos, gender, "PERSON");
    if (fallback === null) return NONE;
    // "the minister said" when only a mayor was named: a person titled otherwise is someone else.
    if (this.titledOtherwise(fallback, head)) return ANONYMOUS;
    this.guessedRoleHolders.set(phrase, fallback);
    return { kind: "entity", entityId: fallback, how: "role" };
  }

  /**
   * True when `head` names an office and every title printed before the entity's name lacks it
   * and its synonyms ("the minister" is not the one named "Mayor").
   */
  private titledOtherwise(entityId: number, head: string): boolean {
    const mentions = this.mentionsByEntity.get(entityId) ?? [];
    const titles = [
      ...mentions.map((mention) => mention.title?.toLowerCase() ?? ""),
      // "Egypt's foreign minister, Badr Abdelatty" / "Badr Abdelatty, Egypt's foreign minister":
      // a role set beside the name by a comma titles the person as much as one printed before it.
      ...mentions.flatMap((mention) => this.appositiveRoles(mention)),
    ].filter((title) => title !== "");
    if (titles.length === 0 || !PERSON_ROLE_SET.has(head) || TITLE_NEUTRAL_ROLE_SET.has(head))
      return false;
    const names = [head, ...(ROLE_SYNONYM_MAP.get(head) ?? [])];
    return !titles.some((title) => names.some((name) => ` ${title} `.includes(` ${name} `)));
  }

  /** False when the head of the organization's name is a kind of body that is no state's executive ("… Medical Association"). */
  private mayGovern(organizationId: number): boolean {
    const name = this.entitiesById.get(organizationId)?.name.toLowerCase() ?? "";
    // The head of "Royal College of Nursing" is "college".
    const head =
      name
        .split(/\s+of\s+/)[0]
        ?.split(/\s+/)
        .pop() ?? "";
    return !NON_GOVERNMENT_BODY_SET.has(head);
  }

  /** False when a nationality word of the phrase ("the Israeli military") names a country the organization's names do not. */
  private nationalityFits(words: string[], organizationId: number): boolean {
    const organization = this.entitiesById.get(organizationId);
    if (!organization) return false;
    const forms = ` ${[organization.name, ...organization.aliases].join(" ").toLowerCase()} `;
    // Countries the names spell out or abbreviate ("U.S. State Department" → United States).
    const named = new Set(
      forms
        .split(/\s+/)
        .map((token) => countryFor(key(token)))
        .filter((country) => country !== undefined),
    );
    return words.every((word) => {
      const country = countryForDemonym(key(word));
      if (country === undefined) return true;
      return (
        forms.includes(` ${word} `) || forms.includes(country.toLowerCase()) || named.has(country)
      );
    });
  }

  /**
   * The person named before `pos` whose title names the organization `owner` ("NATO
   * Secretary-General Jens Stoltenberg" for "the NATO chief"): those with the role itself first,
   * then the most recent.
   */
  private ownedRoleHolder(
    words: string[],
    head: string,
    pos: number,
    owner: number,
  ): { entityId: number; sameRole: boolean } | null {
    const organization = this.entitiesById.get(owner);
    if (!organization) return null;
    const forms = [organization.name, ...organization.aliases].map(
      (form) => ` ${form.toLowerCase().replace(/[^\p{L}\p{N}.\s-]/gu, " ")} `,
    );
    const names = [head, ...(ROLE_SYNONYM_MAP.get(head) ?? [])];
    const index = this.roleIndexFor(false);
    let best: { entityId: number; sameRole: boolean; recency: number } | null = null;
    for (const [entityId, roleText] of index.texts) {
      if (!forms.some((form) => roleText.includes(form))) continue;
      const recency = this.lastMentionBefore(entityId, pos);
      if (recency < 0) continue;
      const sameRole = names.some((name) => roleText.includes(` ${name} `));
      const better =
        !best ||
        (sameRole && !best.sameRole) ||
        (sameRole === best.sameRole && recency > best.recency);
      if (better) best = { entityId, sameRole, recency };
    }
    return best;
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
      const matchedModifiers = modifiers.filter((w) => roleText.includes(` ${w} `)).length;
      const score = headScore + matchedModifiers;
      const recency = this.lastMentionBefore(entityId, pos);
      if (score < 1.5 || recency < 0) continue;
      // "the prime minister" is not the holder of "the finance minister": the same head, qualified otherwise.
      if (modifiers.length > 0 && matchedModifiers === 0 && qualifiedOtherwise(roleText, head))
        continue;
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
          own.push(this.roleWithComplementBefore(mention.start));
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

  /**
   * The last few words before a name, where a title or role sits ("AU trade commissioner"); a
   * line break ends it, so a headline is not the title of the byline's author below it.
   */
  private titleSlot(from: number, to: number): string {
    const words = (
      this.text
        .slice(from, to)
        .split(/[;:!?"“”()\n]|(?<=\p{Ll}{4})\.\s/u)
        .pop() ?? ""
    ).split(/\s+/);
    return words.slice(-7).join(" ");
  }

  /**
   * Role phrases set beside a mention by a comma, before it ("Egypt's foreign minister, NAME")
   * or after it ("NAME, Egypt's foreign minister,"), kept only when they hold an office noun.
   */
  private appositiveRoles(mention: Mention): string[] {
    const before =
      APPOSITIVE_ROLE_BEFORE.exec(
        this.text.slice(Math.max(0, mention.start - 60), mention.start),
      )?.[1] ??
      (this.roleWithComplementBefore(mention.start) || undefined);
    const after = APPOSITIVE_ROLE_AFTER.exec(this.text.slice(mention.end, mention.end + 60))?.[1];
    return (
      [before, after]
        .filter((phrase): phrase is string => phrase !== undefined)
        .map((phrase) =>
          phrase
            .toLowerCase()
            .replace(/['’]s\b/g, "")
            .split(/\s+/),
        )
        // The office is the phrase's head, and the phrase no adverbial clause ("After meeting the
        // president, NAME …").
        .filter(
          (words) => PERSON_ROLE_SET.has(words.at(-1) ?? "") && !CLAUSE_OPENERS.has(words[0] ?? ""),
        )
        .map((words) => words.join(" "))
    );
  }

  /**
   * "The special envoy for Yemen, NAME": a role whose complement names a place or body ends the
   * title slot at that name, so the role before the complement is read here; "" when none.
   */
  private roleWithComplementBefore(start: number): string {
    const match = ROLE_WITH_COMPLEMENT_BEFORE.exec(this.text.slice(Math.max(0, start - 90), start));
    const words =
      match?.[1]
        ?.toLowerCase()
        .replace(/['’]s\b/g, "")
        .split(/\s+/) ?? [];
    const head = words.at(-1) ?? "";
    return PERSON_ROLE_SET.has(head) && !CLAUSE_OPENERS.has(words[0] ?? "") ? words.join(" ") : "";
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

/** The words of a clause that end in a comma right before a name: "Egypt's foreign minister, ". */
const APPOSITIVE_ROLE_BEFORE =
  /(?:^|[.;:!?"“”()\n]\s*|,\s+|\s[-–—]{1,2}\s+)(\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,4}),\s+$/u;
/** "The UN special envoy for Yemen, ": a role, its complement after "for", "of" or "to", a comma. */
const ROLE_WITH_COMPLEMENT_BEFORE =
  /(?:^|[.;:!?"“”()\n]\s*|\s[-–—]{1,2}\s+)(\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,4})\s+(?:for|of|to|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4},\s+$/u;
/** First words of an adverbial clause before a subject, which no apposition begins with. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "after",
  "before",
  "when",
  "while",
  "as",
  "since",
  "unlike",
  "like",
  "following",
  "despite",
  "with",
  "without",
  "for",
  "to",
  "by",
  "in",
  "on",
  "at",
  "asked",
  "meeting",
  "speaking",
]);
/** ", Ethiopia's chief negotiator," right after a name. */
const APPOSITIVE_ROLE_AFTER = /^,\s+(\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,4})[,.;]/u;

/** True when the role text has `head` only after a qualifier ("finance minister", not "the minister"). */
function qualifiedOtherwise(roleText: string, head: string): boolean {
  let qualified = false;
  for (
    let at = roleText.indexOf(` ${head} `);
    at >= 0;
    at = roleText.indexOf(` ${head} `, at + 1)
  ) {
    const before = /(\S+)$/.exec(roleText.slice(Math.max(0, at - 30), at))?.[1] ?? "";
    if (before === "" || DETERMINER_SET.has(before)) return false;
    qualified = true;
  }
  return qualified;
}

export function spanOf(mention: Mention, lower: number, upper: number): Span {
  const full = mention.fullSpan;
  if (full && full.start >= lower && full.end <= upper && full.start <= mention.start) return full;
  return { start: mention.start, end: mention.end };
}

/** How far after a name its own clause's pronoun is looked for. */
const OWN_PRONOUN_REACH = 40;

/**
 * `NAME said he`, `NAME told reporters she`, `NAME, who said his`: the name's own pronoun. "her"
 * is left out, and "told her" too: either may be someone else ("said her lawyer had").
 */
const OWN_PRONOUN =
  /^(?:,\s+who)?\s+(?:said|says|told\s+(?!him\b|her\b|them\b)\p{Ll}+|added|insisted|explained)\s+(?:that\s+)?(he|she|his)\b/u;

const OWN_PRONOUN_GENDER = new Map<string, Gender>([
  ["he", "male"],
  ["his", "male"],
  ["she", "female"],
]);

/** The last of `subjects` (in text order) before `pos` whose gender, if known, is `gender`. */
function latestSubjectFor<T extends { pos: number; gender: Gender | null }>(
  subjects: readonly T[],
  pos: number,
  gender: Gender | null,
): T | undefined {
  let latest: T | undefined;
  for (const subject of subjects) {
    if (subject.pos >= pos) break;
    if (gender !== null && subject.gender !== null && subject.gender !== gender) continue;
    latest = subject;
  }
  return latest;
}

export function latestBefore<T extends { pos: number; entityId: number }>(
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

/** Step: indexes the document's names, roles and subjects once, outside quotations. */
export function buildSpeakerContext(work: QuoteWork): void {
  const allQuotes = work.paragraphs.flatMap((p) => p.quotes);
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
  work.speakers = new SpeakerContext(work.doc, insideQuote);
}
