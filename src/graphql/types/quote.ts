import { builder } from "../builder.js";
import { EvidenceRef } from "./evidence.js";

builder.prismaNode("Quote", {
  id: { field: "id" },
  description: "A direct quotation and who said it.",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The words between the quotation marks." }),
    speaker: t.relation("speaker", { nullable: true }),
    article: t.relation("article"),
    verb: t.exposeString("verb", { nullable: true, description: "Attribution verb, e.g. warned." }),
    confidence: t.exposeFloat("confidence", { description: "Confidence in the attribution, 0–1." }),
    evidence: t.field({
      type: EvidenceRef,
      select: { articleId: true, start: true, end: true, sentenceIndex: true },
      resolve: (q) => q,
    }),
  }),
});

builder.queryField("quotes", (t) =>
  t.prismaConnection({
    type: "Quote",
    cursor: "id",
    description: "Quotes, most recent articles first.",
    totalCount: (_parent, _args, ctx) => ctx.prisma.quote.count(),
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.quote.findMany({
        ...query,
        orderBy: [{ articleId: "desc" }, { start: "asc" }, { id: "asc" }],
      }),
  }),
);
