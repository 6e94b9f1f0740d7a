import { Prisma, type EntityType } from "../../generated/prisma/client.js";
import { key } from "../../extract/normalize.js";
import { builder } from "../builder.js";
import { compiledNode } from "../compiled/node.js";
import { compiled } from "../compiled/compile.js";
import {
  column,
  connection,
  globalId,
  prismaCursor,
  prismaPage,
  sqlValue,
  toMany,
  type PageArgs,
} from "../compiled/fields.js";
import { byRowKey } from "../ids.js";
import { checkedPageSize } from "../paging.js";
import { checkedFilterText } from "../search-text.js";
import { uniqueById } from "../unique.js";
import { LIST_LIMITS, maxItems } from "../list-limits.js";
import { EntityTypeEnum } from "./enums.js";

export const EntityRef = builder.prismaNode("Entity", {
  id: { field: "id", extensions: compiled(globalId("Entity")) },
  findUnique: byRowKey("Entity"),
  extensions: compiledNode("entity"),
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
    mentionCount: t.exposeInt("mentionCount", {
      description: "How many times articles name this entity.",
      extensions: compiled(column("mention_count")),
    }),
  }),
});

builder.prismaObjectField("Article", "entities", (t) =>
  t.field({
    type: [EntityRef],
    description: `Entities mentioned in the article, in order of first mention (at most ${LIST_LIMITS.articleEntities}).`,
    extensions: {
      ...maxItems(LIST_LIMITS.articleEntities),
      // Each entity at its first mention (the lowest start, then mention id), in that order.
      ...compiled(
        toMany(
          "Entity",
          (alias, parent) => Prisma.sql`(SELECT e.*, f.start AS first_start, f.id AS first_id
            FROM (SELECT DISTINCT ON (m.entity_id) m.entity_id, m.start, m.id FROM mention m
              WHERE m.article_id = ${parent}.id ORDER BY m.entity_id, m.start, m.id) f
            JOIN entity e ON e.id = f.entity_id) ${alias}`,
          (alias) => Prisma.sql`${alias}.first_start, ${alias}.first_id`,
          LIST_LIMITS.articleEntities,
        ),
      ),
    },
    select: (_args, _ctx, nestedSelection) => ({
      mentions: {
        // The id orders mentions starting at the same offset, as the compiled rule does.
        orderBy: [{ start: "asc" }, { id: "asc" }],
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

/**
 * Query.entities as one statement, in either order and paged either way as
 * Prisma pages them: the rows from the cursor's place in the order on (none
 * when the cursor's entity is gone), less the first, whether or not that is
 * the cursor's; a backward page the same from the other end.
 */
const entitiesPage = connection((c) => {
  const args = c.field.args as PageArgs & {
    filter?: EntityFilterInput | null;
    orderBy?: string | null;
  };
  const page = prismaPage(args);
  const { cursorId, backward } = page;
  const condition = entitySqlCondition(args.filter);
  const byName = args.orderBy === "NAME_ASC";
  const order = (alias: Prisma.Sql, reverse = false) => {
    const [up, down] = reverse
      ? [Prisma.sql`DESC`, Prisma.sql`ASC`]
      : [Prisma.sql`ASC`, Prisma.sql`DESC`];
    return byName
      ? Prisma.sql`${alias}.name ${up}, ${alias}.id ${up}`
      : Prisma.sql`${alias}.mention_count ${down}, ${alias}.id ${up}`;
  };
  // The cursor's place, as Prisma compares with it: at or past it in page order.
  const [later, earlier] = backward
    ? [Prisma.sql`<=`, Prisma.sql`>`]
    : [Prisma.sql`>=`, Prisma.sql`<`];
  const atOrPast = byName
    ? Prisma.sql`(e.name = c.name AND e.id ${later} c.id) OR e.name ${backward ? Prisma.sql`<` : Prisma.sql`>`} c.name`
    : Prisma.sql`(e.mention_count = c.mention_count AND e.id ${later} c.id)
        OR e.mention_count ${earlier} c.mention_count`;
  return {
    nodeType: "Entity",
    size: page.size,
    after: page.after,
    backward: page.backwardPage,
    rows: (limit) =>
      cursorId === null
        ? Prisma.sql`SELECT e.* FROM entity e WHERE ${condition}
          ORDER BY ${order(Prisma.sql`e`, backward)} LIMIT ${limit}`
        : Prisma.sql`SELECT e.* FROM entity e,
            (SELECT id, name, mention_count FROM entity WHERE id = ${cursorId}) c
          WHERE (${condition}) AND (${atOrPast})
          ORDER BY ${order(Prisma.sql`e`, backward)} LIMIT ${limit} OFFSET 1`,
    orderBy: (alias) => order(alias),
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
            : [{ mentionCount: "desc" }, { id: "asc" }],
      }),
  }),
);
