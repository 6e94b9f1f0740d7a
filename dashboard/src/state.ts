import { isCameoRoot } from "./cameo";
import type { CameoRoot, EntityType, EventFilter, TimeInterval } from "./gql/graphql";

/** What the dashboard shows, all of it kept in the URL so a view can be shared. */
export interface Filters {
  from: string | null;
  to: string | null;
  types: CameoRoot[];
  /** Entity global IDs; every one of them takes part. */
  entities: string[];
  source: string | null;
}

export type Who = "PERSON" | "ORGANIZATION" | "ALL";

export interface ViewOptions {
  interval: TimeInterval;
  /** Whose network and ranking: people, organizations or every entity. */
  who: Who;
  /** First day of the timeline bucket whose events are listed. */
  bucket: string | null;
}

export type Route =
  | { page: "overview" }
  | { page: "event"; id: string }
  | { page: "entity"; id: string }
  | { page: "missing"; path: string };

export interface State {
  route: Route;
  filters: Filters;
  options: ViewOptions;
}

export const BASE = "/dashboard";
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INTERVALS: TimeInterval[] = ["DAY", "WEEK", "MONTH"];
const WHO: Who[] = ["PERSON", "ORGANIZATION", "ALL"];

export function readState(location: Location): State {
  const params = new URLSearchParams(location.search);
  const day = (name: string) => {
    const value = params.get(name);
    return value && DAY.test(value) ? value : null;
  };
  const interval = params.get("interval") as TimeInterval | null;
  const who = params.get("who") as Who | null;
  return {
    route: routeOf(location.pathname),
    filters: {
      from: day("from"),
      to: day("to"),
      types: (params.get("types") ?? "").split(",").filter(isCameoRoot),
      entities: params.getAll("entity").filter((id) => id.length > 0 && id.length < 200),
      source: params.get("source")?.trim() || null,
    },
    options: {
      interval: interval && INTERVALS.includes(interval) ? interval : "DAY",
      who: who && WHO.includes(who) ? who : "PERSON",
      bucket: day("bucket"),
    },
  };
}

function routeOf(pathname: string): Route {
  const path = pathname.replace(/\/+$/, "");
  if (path === BASE || path === "") return { page: "overview" };
  const match = /^\/dashboard\/(event|entity)\/([^/]+)$/.exec(path);
  if (match) {
    const id = decodeURIComponent(match[2]!);
    return match[1] === "event" ? { page: "event", id } : { page: "entity", id };
  }
  return { page: "missing", path: pathname };
}

/** The URL of a state: the route as a path, filters and options as query parameters. */
export function urlOf(state: State): string {
  const { route, filters, options } = state;
  const path =
    route.page === "event"
      ? `${BASE}/event/${encodeURIComponent(route.id)}`
      : route.page === "entity"
        ? `${BASE}/entity/${encodeURIComponent(route.id)}`
        : `${BASE}/`;
  const params = new URLSearchParams();
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.types.length) params.set("types", filters.types.join(","));
  for (const id of filters.entities) params.append("entity", id);
  if (filters.source) params.set("source", filters.source);
  if (options.interval !== "DAY") params.set("interval", options.interval);
  if (options.who !== "PERSON") params.set("who", options.who);
  if (options.bucket) params.set("bucket", options.bucket);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The filters as the API's EventFilter. */
export function eventFilter(filters: Filters): EventFilter {
  const filter: EventFilter = {};
  if (filters.from) filter.from = filters.from;
  if (filters.to) filter.to = filters.to;
  if (filters.types.length) filter.types = filters.types;
  if (filters.entities.length) filter.entityIds = filters.entities;
  if (filters.source) filter.source = filters.source;
  return filter;
}

export function entityTypeOf(who: Who): EntityType | null {
  return who === "ALL" ? null : who;
}

/** The last day of the bucket that starts on `bucket`. */
export function bucketEnd(bucket: string, interval: TimeInterval): string {
  const start = new Date(`${bucket}T00:00:00Z`);
  if (interval === "DAY") return bucket;
  if (interval === "WEEK") start.setUTCDate(start.getUTCDate() + 6);
  else start.setUTCMonth(start.getUTCMonth() + 1, 0);
  return start.toISOString().slice(0, 10);
}

/** The event filter narrowed to the selected bucket (intersected with the date range). */
export function listFilter(filters: Filters, options: ViewOptions): EventFilter {
  const filter = eventFilter(filters);
  if (!options.bucket) return filter;
  const end = bucketEnd(options.bucket, options.interval);
  filter.from = filters.from && filters.from > options.bucket ? filters.from : options.bucket;
  filter.to = filters.to && filters.to < end ? filters.to : end;
  return filter;
}

export function describeBucket(bucket: string, interval: TimeInterval): string {
  if (interval === "DAY") return bucket;
  if (interval === "WEEK") return `the week of ${bucket}`;
  return bucket.slice(0, 7);
}
