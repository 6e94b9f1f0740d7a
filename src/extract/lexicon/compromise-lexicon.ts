import nlp from "compromise";

/** compromise's built-in lexicon (lower-case word or phrase → tags), read once. */
const rawLexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one
  .lexicon;

/** Tag → the words compromise gives that tag, and word → its tags, built in one pass over the lexicon. */
const wordsByTag = new Map<string, string[]>();
const tagsByWord = new Map<string, readonly string[]>();
for (const [word, tag] of Object.entries(rawLexicon)) {
  const tags = Array.isArray(tag) ? tag : tag.split(",");
  tagsByWord.set(word, tags);
  for (const name of tags) {
    const list = wordsByTag.get(name);
    if (list) list.push(word);
    else wordsByTag.set(name, [word]);
  }
}

/** The words compromise's lexicon gives any of `tags`, lower case. */
export function compromiseWordsTagged(...tags: string[]): Set<string> {
  const words = new Set<string>();
  for (const tag of tags) for (const word of wordsByTag.get(tag) ?? []) words.add(word);
  return words;
}

/** Whether compromise knows `word` (lower case) at all, whatever its tags. */
export function compromiseKnows(word: string): boolean {
  return tagsByWord.has(word);
}

const NO_TAGS: readonly string[] = [];

/** compromise's tags for `word` (lower case), empty when unknown. */
export function compromiseTags(word: string): readonly string[] {
  return tagsByWord.get(word) ?? NO_TAGS;
}
