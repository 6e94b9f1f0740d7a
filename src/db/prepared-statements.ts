import { createHash } from "node:crypto";

/** Statements a connection keeps prepared at most: each holds a parse tree and a plan in PostgreSQL. */
export const MAX_PREPARED_STATEMENTS = 64;
/** Uses of one text before it is prepared: a statement run once is not worth a server-side slot. */
const USES_BEFORE_PREPARING = 3;
/** Texts whose uses are counted before they are either prepared or forgotten. */
const MAX_COUNTED_TEXTS = 1_000;

/**
 * Decides which repeated read statements run as named prepared statements, so
 * PostgreSQL parses them once per connection and may reuse their plan (the
 * dashboard's statement spent about a fifth of its time in planning). Bounded:
 * at most MAX_PREPARED_STATEMENTS names, given to texts in the order they
 * become hot; later texts run unnamed. A name whose statement failed (say a
 * migration changed a table under a cached plan) is never used again.
 */
export class PreparedStatements {
  private readonly names = new Map<string, string>();
  private readonly uses = new Map<string, number>();
  private readonly retired = new Set<string>();

  /** `prefix` tells apart the names of two sets sharing connections (in pg_prepared_statements). */
  constructor(
    private readonly capacity = MAX_PREPARED_STATEMENTS,
    private readonly prefix = "ng_",
  ) {}

  /** The name to run `text` under, or undefined to run it unnamed. */
  nameFor(text: string): string | undefined {
    const named = this.names.get(text);
    if (named !== undefined || this.names.size >= this.capacity) return named;
    if (this.retired.has(text)) return undefined;
    const count = (this.uses.get(text) ?? 0) + 1;
    if (count < USES_BEFORE_PREPARING) {
      if (this.uses.size >= MAX_COUNTED_TEXTS) this.uses.clear();
      this.uses.set(text, count);
      return undefined;
    }
    this.uses.delete(text);
    const name = `${this.prefix}${createHash("sha256").update(text).digest("hex").slice(0, 32)}`;
    this.names.set(text, name);
    return name;
  }

  /** Stops preparing `text` after its named statement failed. */
  retire(text: string): void {
    if (this.names.delete(text)) this.retired.add(text);
  }

  get size(): number {
    return this.names.size;
  }
}

/** A SQLSTATE after which a named statement stays broken on its connection (see PREPARED_STATEMENT_FAULTS). */
export function isPreparedStatementFault(error: unknown): boolean {
  return PREPARED_STATEMENT_FAULTS.has((error as { code?: string } | null)?.code ?? "");
}

/**
 * SQLSTATEs after which a named statement stays broken on its connection: a
 * migration changed a table under its cached plan ("cached plan must not change
 * result type"), or the server lost it.
 */
const PREPARED_STATEMENT_FAULTS = new Set(["0A000", "26000"]);

type QueryCallback = (error: Error | null, result?: unknown) => void;
interface QueryingClient {
  query(config: unknown, values?: unknown, callback?: unknown): unknown;
}

/**
 * A node-postgres Client class that runs every statement text sent again and
 * again (a query config with a text and no name of its own: Prisma's adapter,
 * the ingest's statements) as a named prepared statement, chosen by `prepared`.
 * An ingest sends about sixteen statements whose text never changes, and
 * PostgreSQL spent more CPU parsing and planning them than executing them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript's mixin rule wants any[]
export function preparingClient<C extends new (...args: any[]) => QueryingClient>(
  Client: C,
  prepared: PreparedStatements,
): C {
  return class extends Client {
    override query(config: unknown, values?: unknown, callback?: unknown): unknown {
      const text = unnamedText(config);
      const name = text === undefined ? undefined : prepared.nameFor(text);
      if (text === undefined || name === undefined) return super.query(config, values, callback);
      const named = { ...(config as object), name };
      const retireAfter = (error: unknown) => {
        if (isPreparedStatementFault(error)) prepared.retire(text);
      };
      const done = typeof values === "function" ? values : callback;
      if (typeof done === "function") {
        const wrapped: QueryCallback = (error, result) => {
          if (error) retireAfter(error);
          (done as QueryCallback)(error, result);
        };
        return typeof values === "function"
          ? super.query(named, wrapped)
          : super.query(named, values, wrapped);
      }
      return (super.query(named, values) as Promise<unknown>).catch((error: unknown) => {
        retireAfter(error);
        throw error;
      });
    }
  };
}

/** The text of a plain query config without a name, or undefined (strings, named or streaming queries). */
function unnamedText(config: unknown): string | undefined {
  if (typeof config !== "object" || config === null) return undefined;
  const { text, name, submit } = config as { text?: unknown; name?: unknown; submit?: unknown };
  return typeof text === "string" && name === undefined && submit === undefined ? text : undefined;
}
