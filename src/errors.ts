/**
 * Expected errors: each carries a stable code and a message safe to show a
 * client. Anything else that escapes a resolver is masked by Yoga.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Input that cannot be accepted; `field` names the offending input field when there is one. */
export class ValidationError extends AppError {
  override name = "ValidationError";
  constructor(
    message: string,
    readonly field: string | null = null,
  ) {
    super("VALIDATION_FAILED", message);
  }
}

/** A referenced record does not exist. */
export class NotFoundError extends AppError {
  override name = "NotFoundError";
  constructor(message: string) {
    super("NOT_FOUND", message);
  }
}

/** The same article (same text, or same URL and text) is already stored. */
export class DuplicateArticleError extends AppError {
  override name = "DuplicateArticleError";
  constructor(
    readonly articleId: number,
    readonly reason: "CONTENT" | "URL",
  ) {
    super("DUPLICATE_ARTICLE", `this article is already stored (id ${articleId})`);
  }
}

/** A write without valid credentials; the message never hints at the key. */
export class UnauthenticatedError extends AppError {
  override name = "UnauthenticatedError";
  constructor() {
    super("UNAUTHENTICATED", "writes require valid credentials");
  }
}

/** The database cannot be reached right now; retrying later may succeed. */
export class DatabaseUnreachableError extends AppError {
  override name = "DatabaseUnreachableError";
  constructor() {
    super("DATABASE_UNAVAILABLE", "the database is unavailable; try again shortly");
  }
}

/** A statement ran past the configured statement timeout. */
export class QueryTimeoutError extends AppError {
  override name = "QueryTimeoutError";
  constructor() {
    super("QUERY_TIMEOUT", "the query took too long and was cancelled");
  }
}

/** A query exceeds a configured limit (cost, depth, aliases, directives or tokens). */
export class QueryLimitError extends AppError {
  override name = "QueryLimitError";
  constructor(message: string) {
    super("QUERY_LIMIT_EXCEEDED", message);
  }
}

/** An article exceeded the time or memory one extraction may take; nothing was stored. */
export class ExtractionLimitError extends AppError {
  override name = "ExtractionLimitError";
  constructor(message: string) {
    super("EXTRACTION_LIMIT_EXCEEDED", `${message}; the article was not stored`);
  }
}

/** The ingest queue needs a PostgreSQL server; the embedded database has none. */
export class QueueUnavailableError extends AppError {
  override name = "QueueUnavailableError";
  constructor() {
    super(
      "QUEUE_UNAVAILABLE",
      "the ingest queue needs a PostgreSQL server (set DATABASE_URL); with the embedded database use ingestArticle",
    );
  }
}
