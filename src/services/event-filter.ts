import { Prisma } from "../generated/prisma/client.js";
import { key } from "../extract/normalize.js";

/** A decoded EventFilter: database ids, CAMEO codes and ISO days. */
export interface EventCriteria {
  codes?: string[] | null;
  /** First day (inclusive), YYYY-MM-DD; compared with the start of the event's known period. */
  from?: string | null;
  /** Last day (inclusive), YYYY-MM-DD. */
  to?: string | null;
  /** Every one of these entities takes part. */
  allEntityIds?: number[] | null;
  /** At least one of these entities takes part. */
  anyEntityIds?: number[] | null;
  locationId?: number | null;
  articleId?: number | null;
  /** Publisher or agency of a reporting article, case-insensitive. */
  source?: string | null;
  /** Words in the trigger or summary, or the start of a participant's name or alias. */
  search?: string | null;
}

/** Whether any criterion is set: without one, every event matches and aggregates need not join the event table. */
export function hasEventCriteria(c: EventCriteria): boolean {
  return Boolean(
    c.codes?.length ||
    c.from ||
    c.to ||
    c.allEntityIds?.length ||
    c.anyEntityIds?.length ||
    c.locationId != null ||
    c.articleId != null ||
    c.source?.trim() ||
    c.search?.trim(),
  );
}

/** The criteria as a Prisma `where` for Event, used by connections. */
export function eventWhere(c: EventCriteria): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [];
  if (c.codes?.length) and.push({ code: { in: c.codes } });
  if (c.from) and.push({ date: { gte: dayStart(c.from) } });
  if (c.to) and.push({ date: { lte: dayStart(c.to) } });
  for (const entityId of c.allEntityIds ?? []) and.push({ participants: { some: { entityId } } });
  if (c.anyEntityIds?.length) {
    and.push({ participants: { some: { entityId: { in: c.anyEntityIds } } } });
  }
  if (c.locationId != null) and.push({ locationId: c.locationId });
  if (c.articleId != null) and.push({ mentions: { some: { articleId: c.articleId } } });
  const source = c.source?.trim();
  if (source) {
    and.push({
      mentions: { some: { article: { source: { equals: source, mode: "insensitive" } } } },
    });
  }
  const search = c.search?.trim();
  if (search) {
    const nameKey = key(search);
    and.push({
      OR: [
        { trigger: { contains: search, mode: "insensitive" } },
        { summary: { contains: search, mode: "insensitive" } },
        ...(nameKey
          ? [
              {
                participants: {
                  some: {
                    entity: {
                      aliases: {
                        some: {
                          OR: [
                            { key: { startsWith: nameKey } },
                            { key: { contains: ` ${nameKey}` } },
                          ],
                        },
                      },
                    },
                  },
                },
              },
            ]
          : []),
      ],
    });
  }
  return and.length > 0 ? { AND: and } : {};
}

/**
 * The same criteria as a SQL boolean over the event table aliased `e`, for
 * aggregates computed in one statement. Kept in step with eventWhere by tests.
 */
export function eventSqlCondition(c: EventCriteria): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (c.codes?.length) parts.push(Prisma.sql`e.code = ANY(${c.codes}::text[])`);
  if (c.from) parts.push(Prisma.sql`e.date >= ${c.from}::date`);
  if (c.to) parts.push(Prisma.sql`e.date <= ${c.to}::date`);
  for (const entityId of c.allEntityIds ?? []) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM event_participant p WHERE p.event_id = e.id AND p.entity_id = ${entityId})`,
    );
  }
  if (c.anyEntityIds?.length) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM event_participant p WHERE p.event_id = e.id AND p.entity_id = ANY(${c.anyEntityIds}::int[]))`,
    );
  }
  if (c.locationId != null) parts.push(Prisma.sql`e.location_id = ${c.locationId}`);
  if (c.articleId != null) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM event_article m WHERE m.event_id = e.id AND m.article_id = ${c.articleId})`,
    );
  }
  const source = c.source?.trim();
  if (source) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM event_article m JOIN article a ON a.id = m.article_id WHERE m.event_id = e.id AND lower(a.source) = lower(${source}))`,
    );
  }
  const search = c.search?.trim();
  if (search) {
    const pattern = `%${escapeLike(search)}%`;
    const nameKey = key(search);
    const aliasMatch = nameKey
      ? Prisma.sql` OR EXISTS (SELECT 1 FROM event_participant p JOIN entity_alias a ON a.entity_id = p.entity_id
            WHERE p.event_id = e.id AND (a.key LIKE ${`${escapeLike(nameKey)}%`} OR a.key LIKE ${`% ${escapeLike(nameKey)}%`}))`
      : Prisma.empty;
    parts.push(Prisma.sql`(e.trigger ILIKE ${pattern} OR e.summary ILIKE ${pattern}${aliasMatch})`);
  }
  return Prisma.join(parts, " AND ");
}

function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Escapes LIKE wildcards so user text matches literally (Prisma's contains does the same). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
