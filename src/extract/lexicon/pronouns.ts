/** Grammatical gender a pronoun or a gendered noun points to. */
export type Gender = "male" | "female";

/** Subject pronouns that can stand for a speaker, with the gender they require. */
export const PERSON_PRONOUNS: Readonly<Record<string, Gender>> = {
  he: "male",
  she: "female",
};

/** Pronouns that stand for an organization or a group when they are the subject of a speech verb. */
export const GROUP_PRONOUNS: readonly string[] = ["it", "they"];

/** Relative pronouns that hand the subject role back to the noun before them ("Lavrov, who said …"). */
export const RELATIVE_PRONOUNS: readonly string[] = ["who", "which"];

/** Honorifics before a name that reveal gender ("Mr Key", "Mrs. May"). */
export const GENDERED_HONORIFICS: Readonly<Record<string, Gender>> = {
  mr: "male",
  "mr.": "male",
  sir: "male",
  lord: "male",
  king: "male",
  prince: "male",
  mrs: "female",
  "mrs.": "female",
  ms: "female",
  "ms.": "female",
  miss: "female",
  madam: "female",
  dame: "female",
  lady: "female",
  queen: "female",
  princess: "female",
};
