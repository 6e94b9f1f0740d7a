import { Prisma, type Mention } from "../../generated/prisma/client.js";
import { builder } from "../builder.js";
import { byRowKey } from "../ids.js";
import {
  resolveChildConnection,
  totalCountOf,
  type ChildConnectionSpec,
} from "../child-connection.js";
import { EvidenceRef } from "./evidence.js";

export const MentionRef = builder.prismaNode("Mention", {
  id: { field: "id" },
  findUnique: byRowKey("Mention"),
  // node(id:) of a deleted record answers null, as Relay expects, not an error.
  nullable: true,
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
    SELECT entity_id AS parent_id, count(*)::int AS n FROM mention
    WHERE entity_id = ANY(${entityIds}::int[]) GROUP BY entity_id`,
  hydrate: (ctx, ids) => ctx.prisma.mention.findMany({ where: { id: { in: ids } } }),
};

builder.prismaObjectField("Entity", "mentions", (t) =>
  t.connection(
    {
      type: MentionRef,
      description: "Where articles name this entity, newest first.",
      resolve: (entity, args, ctx) => resolveChildConnection(ctx, entity.id, args, MENTIONS_OF),
    },
    {
      name: "EntityMentionsConnection",
      fields: (c) => ({ totalCount: c.int({ resolve: (conn) => totalCountOf(conn) }) }),
    },
  ),
);
