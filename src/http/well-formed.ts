import { createGraphQLError, type Plugin } from "graphql-yoga";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Nested values deeper than this are refused outright rather than walked. */
const MAX_NESTING = 64;

function hasIllFormedString(value: unknown, depth: number): boolean {
  if (depth > MAX_NESTING) return true;
  if (typeof value === "string") return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some((item) => hasIllFormedString(item, depth + 1));
  if (value && typeof value === "object") {
    return Object.entries(value).some(
      ([key, item]) => LONE_SURROGATE.test(key) || hasIllFormedString(item, depth + 1),
    );
  }
  return false;
}

/**
 * Refuses requests whose query or variables hold strings that are not valid
 * Unicode (lone UTF-16 surrogates, which JSON escapes can carry): no database
 * can store them, so they are bad input, not an internal error.
 */
export function useWellFormedStrings(): Plugin {
  return {
    onParams({ params }) {
      if (hasIllFormedString([params.query, params.operationName, params.variables], 0)) {
        throw createGraphQLError(
          "the request contains text that is not valid Unicode (a lone surrogate) or nests too deeply",
          { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } },
        );
      }
    },
  };
}
