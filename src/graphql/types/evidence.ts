import { Prisma } from "../../generated/prisma/client.js";
import { builder } from "../builder.js";
import { compiled, type FieldRule } from "../compiled/compile.js";
import { column, toOne } from "../compiled/fields.js";
import { ArticleRef } from "./article.js";

/** The words behind a fact: a span of one article's text. */
export interface EvidenceSource {
  articleId: number;
  start: number;
  end: number;
  sentenceIndex: number;
}

/**
 * A slice [start, end) of the evidence row's article text, the offsets in
 * UTF-16 units as JavaScript counts them. PostgreSQL counts code points: they
 * agree unless the text holds a character beyond the BMP, and then the
 * database sends the text up to `end` and the slice is cut here.
 */
function articleSlice(bounds: (row: Prisma.Sql, article: Prisma.Sql) => [Prisma.Sql, Prisma.Sql]) {
  return ((c) => {
    const article = c.compiler.alias();
    const [start, end] = bounds(c.row, article);
    const index = c.slot(Prisma.sql`(SELECT CASE WHEN ${article}.text ~ '[\\U00010000-\\U0010FFFF]'
        THEN json_build_array(${start}, ${end}, left(${article}.text, ${end}))
        ELSE json_build_array(NULL, NULL, substr(${article}.text, ${start} + 1, greatest(${end} - ${start}, 0))) END
      FROM article ${article} WHERE ${article}.id = ${c.row}.article_id)`);
    return (values) => {
      const [from, to, text] = values[index] as [number | null, number | null, string];
      return from === null ? text : text.slice(from, to!);
    };
  }) satisfies FieldRule;
}

export const EvidenceRef = builder.objectRef<EvidenceSource>("Evidence").implement({
  description: "The exact words that support a fact: a span [start, end) of an article's text.",
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      extensions: compiled(toOne("Article", "article", "article_id")),
      resolve: (e, _args, ctx) => ctx.loaders.articleById.load(e.articleId),
    }),
    start: t.exposeInt("start", {
      description: "Offset of the first character (UTF-16 units).",
      extensions: compiled(column("start")),
    }),
    end: t.exposeInt("end", {
      description: "Offset just past the last character.",
      extensions: compiled(column("end")),
    }),
    text: t.string({
      description: "The supporting text itself.",
      extensions: compiled(
        articleSlice((row) => [Prisma.sql`${row}.start`, Prisma.sql`${row}.end`]),
      ),
      resolve: async (e, _args, ctx) =>
        (await ctx.loaders.articleById.load(e.articleId)).text.slice(e.start, e.end),
    }),
    sentenceIndex: t.exposeInt("sentenceIndex", { extensions: compiled(column("sentence_index")) }),
    sentence: t.string({
      description: "The whole sentence that contains the span.",
      // The sentence's bounds when the article has them, else the span's.
      extensions: compiled(
        articleSlice((row, article) => {
          const bound = (k: number) =>
            Prisma.sql`${article}.sentence_bounds[${row}.sentence_index * 2 + ${k}]`;
          const known = Prisma.sql`${bound(1)} IS NOT NULL AND ${bound(2)} IS NOT NULL`;
          return [
            Prisma.sql`(CASE WHEN ${known} THEN ${bound(1)} ELSE ${row}.start END)`,
            Prisma.sql`(CASE WHEN ${known} THEN ${bound(2)} ELSE ${row}.end END)`,
          ];
        }),
      ),
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
