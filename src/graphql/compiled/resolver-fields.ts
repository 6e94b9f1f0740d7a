// Reasons several fields share.
const JOBS =
  "ingest jobs live in the durable queue's table, read through the queue service (none on PGlite)";

/**
 * The one list of fields a query can reach that the compiled read path leaves
 * to the resolvers, each with the reason. Every other such field declares its
 * compiled rule with its definition (`extensions: compiled(rule)`, see
 * compile.ts); a test walks the schema and fails on a field that has neither,
 * or on an entry here that is stale. A request selecting one of these runs
 * through the resolvers, counted in /metrics under the field's name.
 */
export const RESOLVER_FIELDS: Readonly<Record<string, string>> = {
  "Query.ingestJob": JOBS,
  "Query.ingestJobs": JOBS,
  ...Object.fromEntries(
    [
      "id",
      "state",
      "attempts",
      "retryLimit",
      "createdAt",
      "startedAt",
      "completedAt",
      "duplicate",
      "article",
      "error",
    ].map((field) => [`IngestJob.${field}`, JOBS]),
  ),
  "IngestJobError.code": JOBS,
  "IngestJobError.message": JOBS,
};
