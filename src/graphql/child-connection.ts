import type { Prisma } from "../generated/prisma/client.js";
import type { Context } from "../context.js";
import { ValidationError } from "../errors.js";
import { DEFAULT_PAGE_SIZE } from "./builder.js";
import { checkedPageSize, MAX_ROW_ID } from "./paging.js";

/** Arguments of a forward-only child connection. */
export interface ChildConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface ChildConnectionSpec<Node extends { id: number }> {
  /** Names the relation; loaders are cached per request under it. */
  name: string;
  /**
   * SQL returning `parent_id, id` for at most `limit` children per parent,
   * each parent's rows in page order and only ids before `afterId` in that
   * order when it is set: a LATERAL … LIMIT, so the database never hands over
   * more rows than the page needs.
   */
  pageSql: (parentIds: number[], afterId: number | null, limit: number) => Prisma.Sql;
  /** SQL returning `parent_id, n`: all children per parent. */
  countSql: (parentIds: number[]) => Prisma.Sql;
  /** Loads the nodes for the given ids in one query. */
  hydrate: (ctx: Context, ids: number[]) => Promise<Node[]>;
}

export interface ChildConnection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: () => Promise<number>;
}

/** Page size and cursor of a child connection's arguments; ValidationError when they are not valid. */
export function childPage(
  name: string,
  args: ChildConnectionArgs,
): { size: number; afterId: number | null } {
  // Sizes only: child cursors are not Prisma cursors (decodeChildCursor checks them).
  checkedPageSize({ first: args.first, last: args.last });
  if (args.last != null || args.before != null) {
    throw new ValidationError(`${name} pages forward only: use first and after`, "last");
  }
  return {
    size: args.first ?? DEFAULT_PAGE_SIZE,
    afterId: args.after != null ? decodeChildCursor(args.after) : null,
  };
}

/**
 * Resolves one parent's page of children. Pages for every parent in the
 * request are fetched together: one statement for the ids (limited per
 * parent in SQL), one to load the nodes, one for the counts when asked.
 */
export async function resolveChildConnection<Node extends { id: number }>(
  ctx: Context,
  parentId: number,
  args: ChildConnectionArgs,
  spec: ChildConnectionSpec<Node>,
): Promise<ChildConnection<Node>> {
  const { size, afterId } = childPage(spec.name, args);
  const limit = size + 1;
  const pages = ctx.loader<number, Node[]>(
    `${spec.name}:page:${afterId}:${limit}`,
    async (parentIds) => {
      const rows = await ctx.prisma.$queryRaw<{ parent_id: number; id: number }[]>(
        spec.pageSql([...parentIds], afterId, limit),
      );
      const nodes = new Map(
        (await spec.hydrate(ctx, [...new Set(rows.map((r) => r.id))])).map((n) => [n.id, n]),
      );
      const byParent = new Map<number, Node[]>();
      for (const row of rows) {
        const node = nodes.get(row.id);
        if (!node) continue;
        const list = byParent.get(row.parent_id) ?? [];
        list.push(node);
        byParent.set(row.parent_id, list);
      }
      return parentIds.map((id) => byParent.get(id) ?? []);
    },
  );
  const counts = ctx.loader<number, number>(`${spec.name}:count`, async (parentIds) => {
    const rows = await ctx.prisma.$queryRaw<{ parent_id: number; n: number }[]>(
      spec.countSql([...parentIds]),
    );
    const byParent = new Map(rows.map((r) => [r.parent_id, Number(r.n)]));
    return parentIds.map((id) => byParent.get(id) ?? 0);
  });
  const rows = await pages.load(parentId);
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeChildCursor(node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => counts.load(parentId),
  };
}

/** The cursor of a child connection's edge. */
export function encodeChildCursor(id: number): string {
  return Buffer.from(`child:${id}`).toString("base64url");
}

/** The child id inside a cursor; ValidationError when it is not one. */
export function decodeChildCursor(cursor: string): number {
  const match = /^child:(\d{1,10})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  const id = match ? Number(match[1]) : Number.NaN;
  if (!(id <= MAX_ROW_ID)) throw new ValidationError("after is not a valid cursor", "after");
  return id;
}

/** The totalCount of a connection built by resolveChildConnection (Pothos types only see edges and pageInfo). */
export function totalCountOf(connection: object): Promise<number> {
  return (connection as ChildConnection<unknown>).totalCount();
}
