import { builder } from "../builder.js";
import { uniqueById } from "../unique.js";
import { EntityTypeEnum } from "./enums.js";

export const EntityRef = builder.prismaNode("Entity", {
  id: { field: "id" },
  description: "A person, organization or place, resolved across articles.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Canonical name: the fullest proper name used." }),
    type: t.expose("type", { type: EntityTypeEnum }),
    description: t.exposeString("description", {
      nullable: true,
      description: "Role or title, e.g. Russian Foreign Minister.",
    }),
    aliases: t.stringList({
      description: "Every surface form seen in articles, exactly as written.",
      select: { aliases: { select: { alias: true }, orderBy: { id: "asc" } } },
      resolve: (entity) => entity.aliases.map((a) => a.alias),
    }),
    mentionCount: t.relationCount("mentions"),
    mentions: t.relatedConnection("mentions", {
      cursor: "id",
      totalCount: true,
      query: () => ({ orderBy: { id: "asc" } }),
    }),
    quotes: t.relatedConnection("quotes", {
      cursor: "id",
      totalCount: true,
      description: "Quotes this entity said or wrote.",
      query: () => ({ orderBy: { id: "asc" } }),
    }),
  }),
});

builder.prismaObjectField("Article", "entities", (t) =>
  t.field({
    type: [EntityRef],
    description: "Entities mentioned in the article, in order of first mention.",
    select: (_args, _ctx, nestedSelection) => ({
      mentions: {
        orderBy: { start: "asc" },
        select: { entityId: true, entity: nestedSelection(true) },
      },
    }),
    resolve: (article) => uniqueById(article.mentions.map((m) => m.entity)),
  }),
);

builder.queryField("entities", (t) =>
  t.prismaConnection({
    type: "Entity",
    cursor: "id",
    description: "Entities, by name.",
    totalCount: (_parent, _args, ctx) => ctx.prisma.entity.count(),
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.entity.findMany({ ...query, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  }),
);
