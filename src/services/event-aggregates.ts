import { Prisma } from "../generated/prisma/client.js";
import { eventSqlCondition, type EventCriteria } from "./event-filter.js";

export type TimeInterval = "DAY" | "WEEK" | "MONTH";

/**
 * Matching events per bucket and CAMEO root, one GROUP BY statement: rows
 * `bucket` (first day), `total` and `by_type` (JSON [{code, count}], most
 * frequent first), in bucket order. Only events dated at least as precisely
 * as the interval count.
 */
export function timelineSql(criteria: EventCriteria, interval: TimeInterval): Prisma.Sql {
  const unit = interval.toLowerCase();
  const precisions = interval === "MONTH" ? ["DAY", "MONTH"] : ["DAY"];
  return Prisma.sql`
    SELECT bucket, sum(n)::int AS total,
           json_agg(json_build_object('code', code, 'count', n) ORDER BY n DESC, code) AS by_type
    FROM (
      SELECT date_trunc(${unit}, e.date)::date AS bucket, e.code, count(*)::int AS n
      FROM event e
      WHERE e.date IS NOT NULL AND e.date_precision::text = ANY(${precisions}::text[])
        AND ${eventSqlCondition(criteria)}
      GROUP BY 1, 2) per_type
    GROUP BY bucket ORDER BY bucket`;
}

/** Matching events per CAMEO root: rows `code`, `count`, most frequent first. */
export function typeBreakdownSql(criteria: EventCriteria): Prisma.Sql {
  return Prisma.sql`
    SELECT e.code, count(*)::int AS count FROM event e
    WHERE ${eventSqlCondition(criteria)}
    GROUP BY e.code ORDER BY count DESC, e.code`;
}
