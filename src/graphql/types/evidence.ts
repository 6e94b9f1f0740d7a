import { builder } from "../builder.js";
import { ArticleRef } from "./article.js";

/** The words behind a fact: a span of one article's text. */
export interface EvidenceSource {
  articleId: number;
  start: number;
  end: number;
  sentenceIndex: number;
}

export const EvidenceRef = builder.objectRef<EvidenceSource>("Evidence").implement({
  description: "The exact words that support a fact: a span [start, end) of an article's text.",
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      resolve: (e, _args, ctx) => ctx.loaders.articleById.load(e.articleId),
    }),
    start: t.exposeInt("start", { description: "Offset of the first character (UTF-16 units)." }),
    end: t.exposeInt("end", { description: "Offset just past the last character." }),
    text: t.string({
      description: "The supporting text itself.",
      resolve: async (e, _args, ctx) =>
        (await ctx.loaders.articleById.load(e.articleId)).text.slice(e.start, e.end),
    }),
    sentenceIndex: t.exposeInt("sentenceIndex"),
    sentence: t.string({
      description: "The whole sentence that contains the span.",
      resolve: async (e, _args, ctx) => {
        const article = await ctx.loaders.articleById.load(e.articleId);
        const start = article.sentenceBounds[e.sentenceIndex * 2];
        const end = article.sentenceBounds[e.sentenceIndex * 2 + 1];
        return start === undefined || end === undefined
          ? article.text.slice(e.start, e.end)
          : article.text.slice(start, end);
      },
    }),
  }),
});
