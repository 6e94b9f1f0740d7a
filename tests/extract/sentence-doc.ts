import { emptyDoc } from "../../src/extract/pipeline.js";
import type { Doc, Sentence } from "../../src/extract/types.js";

/**
 * A document of one body paragraph whose sentences are the given strings, joined by spaces:
 * for stages that read sentences (dates, events) without running the layout and splitter.
 */
export function docOf(sentences: string[], publishedAt: string | null): Doc {
  const text = sentences.join(" ");
  let offset = 0;
  const built: Sentence[] = sentences.map((sentenceText, index) => {
    const sentence: Sentence = {
      index,
      start: offset,
      end: offset + sentenceText.length,
      zone: "body",
      paragraphIndex: 0,
      text: sentenceText,
      tokens: [],
    };
    offset += sentenceText.length + 1;
    return sentence;
  });
  return { ...emptyDoc(text), publishedAt, sentences: built };
}
