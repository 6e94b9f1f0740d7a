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

  constructor(private readonly capacity = MAX_PREPARED_STATEMENTS) {}

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
    const name = `ng_${createHash("sha256").update(text).digest("hex").slice(0, 32)}`;
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
