import DataLoader from "dataloader";
import type { Database } from "./db/client.js";
import type { Article, PrismaClient } from "./generated/prisma/client.js";
import { NotFoundError } from "./errors.js";

/** Per-request batch loaders for lookups the Prisma plugin does not plan itself. */
export interface Loaders {
  articleById: DataLoader<number, Article>;
  /** Distinct articles reporting each event. */
  eventArticleCount: DataLoader<number, number>;
}

/** Per-request context. Loaders live here and die with the request, never at module level. */
export interface Context {
  prisma: PrismaClient;
  db: Database;
  loaders: Loaders;
}

/** Builds the context for one request. */
export function createContext(db: Database): Context {
  const { prisma } = db;
  return {
    prisma,
    db,
    loaders: {
      articleById: new DataLoader<number, Article>(async (ids) => {
        const rows = await prisma.article.findMany({ where: { id: { in: [...ids] } } });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? new NotFoundError(`article ${id} not found`));
      }),
      eventArticleCount: new DataLoader(async (ids) => {
        const rows = await prisma.$queryRaw<{ event_id: number; n: number }[]>`
          SELECT event_id, count(DISTINCT article_id)::int AS n
          FROM event_mention WHERE event_id = ANY(${[...ids]}::int[]) GROUP BY event_id`;
        const byId = new Map(rows.map((r) => [r.event_id, r.n]));
        return ids.map((id) => byId.get(id) ?? 0);
      }),
    },
  };
}
