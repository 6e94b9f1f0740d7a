import { GraphQLError } from "graphql";
import type { ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";

const LIMIT_MESSAGE = /(depth|token|aliases|directives) limit of \d+ exceeded/i;

/** A stable code for an error that GraphQL or a library raised without one. */
export function codeFor(error: GraphQLError): string {
  if (LIMIT_MESSAGE.test(error.message)) return "QUERY_LIMIT_EXCEEDED";
  if (error.message.startsWith("Syntax Error")) return "GRAPHQL_PARSE_FAILED";
  if (error.message.startsWith('Variable "$') || error.path) return "BAD_USER_INPUT";
  return "GRAPHQL_VALIDATION_FAILED";
}

const hasCode = (error: GraphQLError): boolean =>
  typeof error.extensions?.code === "string" &&
  !(LIMIT_MESSAGE.test(error.message) && error.extensions.code !== "QUERY_LIMIT_EXCEEDED");

const withCode = (error: GraphQLError): GraphQLError =>
  hasCode(error)
    ? error
    : new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        path: error.path,
        originalError: error.originalError,
        extensions: { ...error.extensions, code: codeFor(error) },
      });

/**
 * Gives every error in a response an `extensions.code`, so clients can
 * branch on codes for parse, validation, limit and argument errors too.
 */
export function useErrorCodes(): Plugin {
  const codeResult = (result: ExecutionResult): ExecutionResult =>
    result.errors && !result.errors.every(hasCode)
      ? { ...result, errors: result.errors.map(withCode) }
      : result;
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map(codeResult));
      else if (!(Symbol.asyncIterator in result)) setResult(codeResult(result));
    },
  };
}
