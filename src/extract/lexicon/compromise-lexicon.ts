import nlp from "compromise";

/** compromise's built-in lexicon (lower-case word or phrase → tags), read once. */
const rawLexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one
  .lexicon;

/** The words compromise's lexicon gives any of `tags`, lower case. */
export function compromiseWordsTagged(...tags: string[]): Set<string> {
  const wanted = new Set(tags);
  const words = new Set<string>();
  for (const [word, tag] of Object.entries(rawLexicon)) {
    const list = Array.isArray(tag) ? tag : tag.split(",");
    if (list.some((t) => wanted.has(t))) words.add(word);
  }
  return words;
}

/** Whether compromise knows `word` (lower case) at all, whatever its tags. */
export function compromiseKnows(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(rawLexicon, word);
}

/** compromise's tags for `word` (lower case), empty when unknown. */
export function compromiseTags(word: string): readonly string[] {
  const tag = Object.prototype.hasOwnProperty.call(rawLexicon, word) ? rawLexicon[word] : undefined;
  if (tag === undefined) return [];
  return Array.isArray(tag) ? tag : tag.split(",");
}
