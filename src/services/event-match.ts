import DataLoader from "dataloader";
import { Prisma, type PrismaClient } from "../generated/prisma/client.js";
import { eventSqlCondition, hasEventCriteria, type EventCriteria } from "./event-filter.js";

/** How long the answer for one (event, filter) pair is kept for subscribers that ask late. */
const ANSWER_TTL_MS = 5_000;

/**
 * Decides which `eventRecorded` subscribers an event goes to. Every
 * subscriber's filter is asked about the same event at about the same time,
 * so the distinct filters are batched into one statement per event (one
 * boolean column each) instead of one count per subscriber, and equal filters
 * share an answer. Subscribers without a filter need no statement at all.
 */
export interface EventMatcher {
  matches(eventId: number, criteria: EventCriteria): Promise<boolean>;
}

export function createEventMatcher(prisma: PrismaClient): EventMatcher {
  const perEvent = new Map<number, DataLoader<string, boolean>>();
  const loaderFor = (eventId: number) => {
    let loader = perEvent.get(eventId);
    if (!loader) {
      loader = new DataLoader<string, boolean>((keys) => evaluate(prisma, eventId, keys));
      perEvent.set(eventId, loader);
      setTimeout(() => perEvent.delete(eventId), ANSWER_TTL_MS).unref();
    }
    return loader;
  };
  return {
    async matches(eventId, criteria) {
      if (!hasEventCriteria(criteria)) return true;
      return loaderFor(eventId).load(JSON.stringify(criteria));
    },
  };
}

async function evaluate(
  prisma: PrismaClient,
  eventId: number,
  keys: readonly string[],
): Promise<boolean[]> {
  const conditions = keys.map(
    (key) => Prisma.sql`(${eventSqlCondition(JSON.parse(key) as EventCriteria)})`,
  );
  const rows = await prisma.$queryRaw<{ matches: boolean[] }[]>(
    Prisma.sql`SELECT array_to_json(ARRAY[${Prisma.join(conditions)}]::boolean[]) AS matches FROM event e WHERE e.id = ${eventId}`,
  );
  const matches = rows[0]?.matches;
  // A deleted event matches nobody.
  return keys.map((_, i) => matches?.[i] === true);
}
