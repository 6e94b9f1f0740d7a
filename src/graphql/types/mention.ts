import { builder } from "../builder.js";
import { EvidenceRef } from "./evidence.js";

builder.prismaNode("Mention", {
  id: { field: "id" },
  description: "One place where an article names an entity.",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The name as written." }),
    entity: t.relation("entity"),
    article: t.relation("article"),
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    sentenceIndex: t.exposeInt("sentenceIndex"),
    confidence: t.exposeFloat("confidence"),
    evidence: t.field({
      type: EvidenceRef,
      select: { articleId: true, start: true, end: true, sentenceIndex: true },
      resolve: (m) => m,
    }),
  }),
});
