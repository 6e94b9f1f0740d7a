import { Prisma, type EntityType } from "../../generated/prisma/client.js";
import { key } from "../../extract/normalize.js";
import { builder, DEFAULT_PAGE_SIZE } from "../builder.js";
import type { ChildConnectionArgs } from "../child-connection.js";
import { NotCompilable } from "../compiled/collect.js";
import { compiled } from "../compiled/compile.js";
import { column, connection, globalId, prismaCursor, sqlValue } from "../compiled/fields.js";
import { byRowKey } from "../ids.js";
import { checkedPageSize } from "../paging.js";
import { checkedFilterText } from "../search-text.js";
import { uniqueById } from "../unique.js";
import { LIST_LIMITS, maxItems } from "../list-limits.js";
import { EntityTypeEnum } from "./enums.js";

export const EntityRef = builder.prismaNode("Entity", {
  id: { field: "id", extensions: compiled(globalId("Entity")) },
  findUnique: byRowKey("Entity"),
  // node(id:) of a deleted record answers null, as Relay expects, not an error.
  nullable: true,
  description: "A person, organization or place, resolved across articles.",
  fields: (t) => ({
    name: t.exposeString("name", {
      description: "Canonical name: the fullest proper name used.",
      extensions: compiled(column("name")),
    }),
    type: t.expose("type", { type: EntityTypeEnum, extensions: compiled(column("type")) }),
    description: t.exposeString("description", {
      nullable: true,
      description: "Role or title, e.g. Russian Foreign Minister.",
      extensions: compiled(column("description")),
    }),
    aliases: t.stringList({
      description: `Surface forms seen in articles, exactly as written, oldest first (at most ${LIST_LIMITS.aliases}).`,
      extensions: {
        ...maxItems(LIST_LIMITS.aliases),
        ...compiled(
          sqlValue(
            (row) => Prisma.sql`(SELECT coalesce(json_agg(a.alias ORDER BY a.id), '[]'::json)
              FROM (SELECT a.alias, a.id FROM entity_alias a WHERE a.entity_id = ${row}.id
                ORDER BY a.id LIMIT ${LIST_LIMITS.aliases}) a)`,
          ),
        ),
      },
      select: {
        aliases: { select: { alias: true }, orderBy: { id: "asc" }, take: LIST_LIMITS.aliases },
      },
      resolve: (entity) => entity.aliases.map((a) => a.alias),
    }),
    mentionCount: t.relationCount("mentions", {
      extensions: compiled(
        sqlValue(
          (row) => Prisma.sql`(SELECT count(*)::int FROM mention n WHERE n.entity_id = ${row}.id)`,
        ),
      ),
    }),
  }),
});

builder.prismaObjectField("Article", "entities", (t) =>
  t.field({
    type: [EntityRef],
    description: `Entities mentioned in the article, in order of first mention (at most ${LIST_LIMITS.articleEntities}).`,
    extensions: maxItems(LIST_LIMITS.articleEntities),
    select: (_args, _ctx, nestedSelection) => ({
      mentions: {
        orderBy: { start: "asc" },
        select: { entityId: true, entity: nestedSelection(true) },
      },
    }),
    resolve: (article) =>
      uniqueById(article.mentions.map((m) => m.entity)).slice(0, LIST_LIMITS.articleEntities),
  }),
);

const EntityFilter = builder.inputType("EntityFilter", {
  fields: (t) => ({
    type: t.field({ type: EntityTypeEnum }),
    search: t.string({
      description:
        "Prefix of any word of the canonical name or an alias; case, accents and punctuation are ignored.",
    }),
  }),
});

const EntityOrder = builder.enumType("EntityOrder", {
  values: {
    MENTIONS_DESC: { description: "Most mentioned first (default)." },
    NAME_ASC: { description: "Alphabetical by canonical name." },
  } as const,
});

type EntityFilterInput = { type?: EntityType | null; search?: string | null };

/** The normalized key an EntityFilter's search compares with, "" for none. */
function searchKeyOf(filter: EntityFilterInput | null | undefined): string {
  const search = checkedFilterText(filter?.search, "search");
  return search ? key(search) : "";
}

/** Prisma `where` for an EntityFilter; search compares normalized keys (see extract/normalize). */
function entityWhere(filter: EntityFilterInput | null | undefined) {
  const where: Prisma.EntityWhereInput = {};
  if (filter?.type) where.type = filter.type;
  const searchKey = searchKeyOf(filter);
  if (searchKey) {
    const prefix = {
      OR: [{ key: { startsWith: searchKey } }, { key: { contains: ` ${searchKey}` } }],
    };
    where.OR = [prefix, { aliases: { some: prefix } }];
  }
  return where;
}

/** entityWhere in SQL over the entity row `e`: a key starts with the search key, or has a word that does. */
function entitySqlCondition(filter: EntityFilterInput | null | undefined): Prisma.Sql {
  const conditions = [Prisma.sql`TRUE`];
  if (filter?.type) conditions.push(Prisma.sql`e.type::text = ${filter.type}`);
  const searchKey = searchKeyOf(filter);
  if (searchKey) {
    const matches = (keyColumn: Prisma.Sql) =>
      Prisma.sql`(left(${keyColumn}, ${searchKey.length}) = ${searchKey}
        OR strpos(${keyColumn}, ${` ${searchKey}`}) > 0)`;
    conditions.push(Prisma.sql`(${matches(Prisma.sql`e.key`)} OR EXISTS (
      SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND ${matches(Prisma.sql`a.key`)}))`);
  }
  return Prisma.join(conditions, " AND ");
}

/** Query.entities as one statement: first pages in either order (the resolvers page past cursors). */
const entitiesPage = connection((c) => {
  const args = c.field.args as ChildConnectionArgs & {
    filter?: EntityFilterInput | null;
    orderBy?: string | null;
  };
  if (args.last != null || args.before != null) {
    throw new NotCompilable("backward pages", "backward_page");
  }
  checkedPageSize(args);
  if (args.after != null) throw new NotCompilable("entities past a cursor", "entities_cursor");
  const condition = entitySqlCondition(args.filter);
  const order = (alias: Prisma.Sql) =>
    args.orderBy === "NAME_ASC"
      ? Prisma.sql`${alias}.name ASC, ${alias}.id ASC`
      : Prisma.sql`${alias}.mention_total DESC, ${alias}.id ASC`;
  return {
    nodeType: "Entity",
    size: args.first ?? DEFAULT_PAGE_SIZE,
    after: false,
    // Mention totals in one grouped pass, not a count per entity (3× faster on 70,000 mentions).
    rows: (limit) => Prisma.sql`SELECT * FROM (SELECT e.*, coalesce(n.total, 0) AS mention_total
      FROM entity e LEFT JOIN (SELECT m.entity_id, count(*) AS total FROM mention m
        GROUP BY m.entity_id) n ON n.entity_id = e.id
      WHERE ${condition}) e ORDER BY ${order(Prisma.sql`e`)} LIMIT ${limit}`,
    orderBy: order,
    count: () => Prisma.sql`(SELECT count(*)::int FROM entity e WHERE ${condition})`,
    cursor: prismaCursor,
  };
});

builder.queryField("entities", (t) =>
  t.prismaConnection({
    type: "Entity",
    cursor: "id",
    description: "People, organizations and places, most mentioned first.",
    maxSize: checkedPageSize,
    args: {
      filter: t.arg({ type: EntityFilter }),
      orderBy: t.arg({ type: EntityOrder, defaultValue: "MENTIONS_DESC" }),
    },
    extensions: compiled(entitiesPage),
    totalCount: (_parent, { filter }, ctx) =>
      ctx.prisma.entity.count({ where: entityWhere(filter) }),
    resolve: (query, _parent, { filter, orderBy }, ctx) =>
      ctx.prisma.entity.findMany({
        ...query,
        where: entityWhere(filter),
        orderBy:
          orderBy === "NAME_ASC"
            ? [{ name: "asc" }, { id: "asc" }]
            : [{ mentions: { _count: "desc" } }, { id: "asc" }],
      }),
  }),
);
