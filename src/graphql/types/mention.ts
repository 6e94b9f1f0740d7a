import { Prisma, type Mention } from "../../generated/prisma/client.js";
import { builder } from "../builder.js";
import { compiledNode } from "../compiled/node.js";
import { compiled } from "../compiled/compile.js";
import { childConnection, column, globalId, sameRow, toOne } from "../compiled/fields.js";
import { byRowKey } from "../ids.js";
import {
  resolveChildConnection,
  totalCountOf,
  type ChildConnectionSpec,
} from "../child-connection.js";
import {
  compiledTextOrder,
  resolveTextOrder,
  type TextOrderTable,
} from "../text-order-connection.js";
import { EvidenceRef } from "./evidence.js";

export const MentionRef = builder.prismaNode("Mention", {
  id: { field: "id", extensions: compiled(globalId("Mention")) },
  findUnique: byRowKey("Mention"),
  extensions: compiledNode("mention"),
  // node(id:) of a deleted record answers null, as Relay expects, not an error.
  nullable: true,
  description: "One place where an article names an entity.",
  fields: (t) => ({
    text: t.exposeString("text", {
      description: "The name as written.",
      extensions: compiled(column("text")),
    }),
    entity: t.relation("entity", { extensions: compiled(toOne("Entity", "entity", "entity_id")) }),
    article: t.relation("article", {
      extensions: compiled(toOne("Article", "article", "article_id")),
    }),
    start: t.exposeInt("start", { extensions: compiled(column("start")) }),
    end: t.exposeInt("end", { extensions: compiled(column("end")) }),
    sentenceIndex: t.exposeInt("sentenceIndex", {
      extensions: compiled(column("sentence_index")),
    }),
    confidence: t.exposeFloat("confidence", { extensions: compiled(column("confidence")) }),
    evidence: t.field({
      type: EvidenceRef,
      extensions: compiled(sameRow("Evidence")),
      select: { articleId: true, start: true, end: true, sentenceIndex: true },
      resolve: (m) => m,
    }),
  }),
});

/** An entity's mentions, newest first, limited per entity in SQL. */
const MENTIONS_OF: ChildConnectionSpec<Mention> = {
  name: "Entity.mentions",
  pageSql: (entityIds, afterId, limit) => Prisma.sql`
    SELECT p.id AS parent_id, m.id FROM unnest(${entityIds}::int[]) AS p(id)
    CROSS JOIN LATERAL (
      SELECT id FROM mention WHERE entity_id = p.id
        AND (${afterId}::int IS NULL OR id < ${afterId}::int)
      ORDER BY id DESC LIMIT ${limit}) m`,
  countSql: (entityIds) => Prisma.sql`
    SELECT id AS parent_id, mention_count AS n FROM entity
    WHERE id = ANY(${entityIds}::int[]) AND mention_count > 0`,
  hydrate: (ctx, ids) => ctx.prisma.mention.findMany({ where: { id: { in: ids } } }),
};

builder.prismaObjectField("Entity", "mentions", (t) =>
  t.connection(
    {
      type: MentionRef,
      description: "Where articles name this entity, newest first.",
      extensions: compiled(
        childConnection(
          MENTIONS_OF.name,
          "Mention",
          (parent, afterId, limit) => Prisma.sql`SELECT m.* FROM mention m
            WHERE m.entity_id = ${parent}.id AND (${afterId}::int IS NULL OR m.id < ${afterId}::int)
            ORDER BY m.id DESC LIMIT ${limit}`,
          (parent) => Prisma.sql`${parent}.mention_count`,
        ),
      ),
      resolve: (entity, args, ctx) => resolveChildConnection(ctx, entity.id, args, MENTIONS_OF),
    },
    {
      name: "EntityMentionsConnection",
      fields: (c) => ({ totalCount: c.int({ resolve: (conn) => totalCountOf(conn) }) }),
    },
  ),
);

const ARTICLE_MENTIONS: TextOrderTable = { table: "mention", nodeType: "Mention" };

builder.prismaObjectField("Article", "mentions", (t) =>
  t.connection(
    {
      type: MentionRef,
      description: "Where the article names entities, in text order.",
      extensions: compiled(compiledTextOrder(ARTICLE_MENTIONS)),
      resolve: (article, args, ctx) =>
        resolveTextOrder(ctx, article.id, args, ARTICLE_MENTIONS, (ids) =>
          ctx.prisma.mention.findMany({ where: { id: { in: ids } } }),
        ),
    },
    {
      name: "ArticleMentionsConnection",
      fields: (c) => ({ totalCount: c.int({ resolve: (conn) => totalCountOf(conn) }) }),
    },
  ),
);
