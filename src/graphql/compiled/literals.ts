/**
 * Writes a compiled statement's NULLs, booleans and integers into its text as SQL literals.
 * With them as parameters, PostgreSQL planned a named statement anew at every execution: a
 * custom plan folds an absent filter ("$2 IS NULL") and a page size in, so the generic plan,
 * which cannot, never won, and the dashboard's request spent about as long planning as the
 * hand-written floor spends executing. Written in, the plan no longer depends on them, and the
 * few parameters left (strings: search text, IDs, enum names) leave a generic plan as good as a
 * custom one, which PostgreSQL then keeps. Nothing a client typed enters the text: strings, and
 * every value that is not an integer, a boolean or null, stay parameters.
 */

/** A placeholder of Prisma.sql's text: `$1`, `$2`, …. */
const PLACEHOLDER = /\$(\d+)/g;

/** The literal that means `value`, or undefined to keep it a parameter. */
function literalOf(value: unknown): string | undefined {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return Number.isSafeInteger(value) ? String(value) : undefined;
  if (typeof value === "bigint") return String(value);
  return undefined;
}

/** `text` with every value `literalOf` can write inlined, the rest renumbered in order. */
export function inlineLiterals(
  text: string,
  values: readonly unknown[],
): { text: string; values: unknown[] } {
  const kept: unknown[] = [];
  const renumbered = new Map<number, number>();
  const inlined = text.replace(PLACEHOLDER, (placeholder, digits: string) => {
    const index = Number(digits) - 1;
    if (index < 0 || index >= values.length) return placeholder;
    const literal = literalOf(values[index]);
    if (literal !== undefined) return literal;
    let position = renumbered.get(index);
    if (position === undefined) {
      kept.push(values[index]);
      position = kept.length;
      renumbered.set(index, position);
    }
    return `$${position}`;
  });
  return { text: inlined, values: kept };
}
