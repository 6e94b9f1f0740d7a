/**
 * Local and court news opens on someone unnamed and names them next: "A man who stabbed a
 * stranger … has been jailed. / Daniel Price, 27, of Harehills, admitted …". The lead's acts
 * are that person's.
 */
import { PERSON_APPOSITION_NOUNS } from "../../lexicon/person-nouns.js";
import type { Doc } from "../../types.js";
import type { Trigger } from "./triggers.js";
import type { Word } from "./words.js";

/** How many words an unnamed subject may take before its person noun ("A 27-year-old father of two"). */
const SUBJECT_NOUN_REACH = 4;
/** How many sentences after the lead's may name the person. */
const NAMING_REACH = 2;
/** ", 27," or ", 27, of Harehills": the age a report gives right after a person's name. */
const AGE_AFTER_NAME = /^,\s*\d{1,3}\s*[,)]/;

/** "A man who …", "An 18-year-old woman …": the sentence opens on an unnamed person before the trigger. */
export function unnamedPersonSubject(words: Word[], trigger: Trigger): boolean {
  if (!/^an?$/.test(words[0]?.lower ?? "")) return false;
  const reach = Math.min(trigger.first, SUBJECT_NOUN_REACH + 1);
  for (let i = 1; i < reach; i++) {
    const word = words[i]!;
    if (/^\p{Lu}/u.test(word.text)) return false;
    if (PERSON_APPOSITION_NOUNS.has(word.lower) || /^\d{1,3}-year-old$/.test(word.lower))
      return true;
  }
  return false;
}

/** The person the sentences after `sentenceIndex` name with an age ("Daniel Price, 27,"), or null. */
export function personNamedWithAge(doc: Doc, sentenceIndex: number): number | null {
  const named = doc.mentions.find(
    (mention) =>
      mention.type === "PERSON" &&
      mention.entityId !== null &&
      mention.sentenceIndex > sentenceIndex &&
      mention.sentenceIndex <= sentenceIndex + NAMING_REACH &&
      AGE_AFTER_NAME.test(doc.text.slice(mention.end, mention.end + 12)),
  );
  return named?.entityId ?? null;
}
