import { Prisma } from "../generated/prisma/client.js";
import type { Context } from "../context.js";
import { ValidationError } from "../errors.js";
import { DEFAULT_PAGE_SIZE } from "./builder.js";
import type { FieldRule } from "./compiled/compile.js";
import { connection, prismaCursor, prismaPage, type PageArgs } from "./compiled/fields.js";
import { checkedPageSize, cursorRowId } from "./paging.js";

/**
 * An article's mentions or quotes in text order (start, then id), paged
 * either way with Prisma-style cursors, limited per article in SQL. Both
 * paths page the same way: per article, the rows from the cursor row's place
 * in the order on (the cursor row may be any article's; none when it is
 * gone), less the first, whether or not that is the cursor's; a backward page
 * the same from the other end. (Prisma's related connections paged a cursor
 * of another article one way when the article was loaded alone and another
 * way when loaded with others, and fetched every row of each article.)
 */
export interface TextOrderTable {
  /** Table of the rows, with `article_id`, `start` and `id` columns. */
  table: string;
  nodeType: string;
}

/** A page of an article's rows as asked: size, direction, cursor row id. */
function textOrderPage(args: PageArgs) {
  checkedPageSize(args);
  const { first, last, after, before } = args;
  if (before != null && (after != null || first != null)) {
    throw new ValidationError("before pages backward: use last, not first or after", "before");
  }
  if (after != null && last != null) {
    throw new ValidationError("after pages forward: use first, not last", "last");
  }
  return {
    size: first ?? last ?? DEFAULT_PAGE_SIZE,
    backward: before != null || last != null,
    cursorId:
      before != null
        ? cursorRowId(before, "before")
        : after != null
          ? cursorRowId(after, "after")
          : null,
  };
}

/** The rows of `x` from the cursor row `c`'s place on, in the page's direction. */
function fromCursor(backward: boolean): Prisma.Sql {
  return Prisma.sql`(x.start, x.id) ${backward ? Prisma.sql`<=` : Prisma.sql`>=`} (c.start, c.id)`;
}

function textOrder(alias: Prisma.Sql, reverse = false): Prisma.Sql {
  return reverse
    ? Prisma.sql`${alias}.start DESC, ${alias}.id DESC`
    : Prisma.sql`${alias}.start, ${alias}.id`;
}

/** The compiled rule: the same page as SQL over the parent article row. */
export function compiledTextOrder({ table, nodeType }: TextOrderTable): FieldRule {
  return connection((c) => {
    const args = c.field.args as PageArgs;
    // Refused arguments go to the resolvers, which report them.
    textOrderPage(args);
    const page = prismaPage(args);
    const { cursorId, backward } = page;
    const rows = Prisma.raw(table);
    const ofArticle = Prisma.sql`x.article_id = ${c.row}.id`;
    const x = Prisma.sql`x`;
    return {
      nodeType,
      size: page.size,
      after: page.after,
      backward: page.backwardPage,
      rows: (limit) =>
        cursorId === null
          ? Prisma.sql`SELECT x.* FROM ${rows} x WHERE ${ofArticle}
            ORDER BY ${textOrder(x, backward)} LIMIT ${limit}`
          : Prisma.sql`SELECT x.* FROM ${rows} x, (SELECT c.start, c.id FROM ${rows} c
              WHERE c.id = ${cursorId}) c
            WHERE ${ofArticle} AND ${fromCursor(backward)}
            ORDER BY ${textOrder(x, backward)} LIMIT ${limit} OFFSET 1`,
      orderBy: (alias) => textOrder(alias),
      count: () => Prisma.sql`(SELECT count(*)::int FROM ${rows} x WHERE ${ofArticle})`,
      cursor: prismaCursor,
    };
  });
}

export interface TextOrderConnection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: () => Promise<number>;
}

/**
 * The resolvers' page of one article's rows. Pages of every article in the
 * request with the same arguments are fetched together: one statement for
 * the ids (LATERAL … LIMIT per article), one to load the rows, one for the
 * counts when asked.
 */
export async function resolveTextOrder<Node extends { id: number }>(
  ctx: Context,
  articleId: number,
  args: PageArgs,
  { table }: TextOrderTable,
  load: (ids: number[]) => Promise<Node[]>,
): Promise<TextOrderConnection<Node>> {
  const { size, backward, cursorId } = textOrderPage(args);
  const limit = size + 1;
  const rows = Prisma.raw(table);
  const pages = ctx.loader<number, Node[]>(
    `${table}:text-order:${cursorId}:${backward}:${limit}`,
    async (articleIds) => {
      const cursor =
        cursorId === null
          ? Prisma.empty
          : Prisma.sql`, (SELECT c.start, c.id FROM ${rows} c WHERE c.id = ${cursorId}) c`;
      const found = await ctx.prisma.$queryRaw<{ parent_id: number; id: number }[]>`
        SELECT p.id AS parent_id, x.id FROM unnest(${[...articleIds]}::int[]) AS p(id)
        CROSS JOIN LATERAL (SELECT x.id, x.start FROM ${rows} x ${cursor}
          WHERE x.article_id = p.id ${cursorId === null ? Prisma.empty : Prisma.sql`AND ${fromCursor(backward)}`}
          ORDER BY ${textOrder(Prisma.sql`x`, backward)}
          LIMIT ${limit} OFFSET ${cursorId === null ? 0 : 1}) x
        ORDER BY p.id, ${textOrder(Prisma.sql`x`)}`;
      const nodes = new Map(
        (await load([...new Set(found.map((r) => r.id))])).map((n) => [n.id, n]),
      );
      const byArticle = new Map<number, Node[]>();
      for (const row of found) {
        const node = nodes.get(row.id);
        if (!node) continue;
        const list = byArticle.get(row.parent_id) ?? [];
        list.push(node);
        byArticle.set(row.parent_id, list);
      }
      return articleIds.map((id) => byArticle.get(id) ?? []);
    },
  );
  const counts = ctx.loader<number, number>(`${table}:text-order:count`, async (articleIds) => {
    const found = await ctx.prisma.$queryRaw<{ parent_id: number; n: number }[]>`
      SELECT article_id AS parent_id, count(*)::int AS n FROM ${rows}
      WHERE article_id = ANY(${[...articleIds]}::int[]) GROUP BY article_id`;
    const byArticle = new Map(found.map((r) => [r.parent_id, Number(r.n)]));
    return articleIds.map((id) => byArticle.get(id) ?? 0);
  });
  const fetched = await pages.load(articleId);
  const more = fetched.length > size;
  const page = !more ? fetched : backward ? fetched.slice(1) : fetched.slice(0, size);
  const edges = page.map((node) => ({ cursor: prismaCursor(node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: backward ? args.before != null : more,
      hasPreviousPage: backward ? more : args.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => counts.load(articleId),
  };
}
