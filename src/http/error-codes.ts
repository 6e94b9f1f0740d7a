import { GraphQLError } from "graphql";
import type { ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";

const LIMIT_MESSAGE = /(depth|token|aliases|directives) limit of \d+ exceeded/i;

/** graphql-js' hints at names the schema holds ("Did you mean the enum value …?"): no hints to probe with. */
const SUGGESTION = /\s*Did you mean [^?]*\?/;

/** A stable code for an error that GraphQL or a library raised without one. */
export function codeFor(error: GraphQLError): string {
  if (LIMIT_MESSAGE.test(error.message)) return "QUERY_LIMIT_EXCEEDED";
  if (error.message.startsWith("Syntax Error")) return "GRAPHQL_PARSE_FAILED";
  if (error.message.startsWith('Variable "$') || error.path) return "BAD_USER_INPUT";
  return "GRAPHQL_VALIDATION_FAILED";
}

/** A run this long without a space in a message is a value the request sent (an ID, a string). */
const LONG_RUN = /\S{120,}/g;
/** Where a message's shortened value ends. */
const KEPT_RUN_CHARS = 60;
/** No message is longer, whatever it repeats. */
const MAX_MESSAGE_CHARS = 1000;

/**
 * The message with the request's long values cut short: messages quote a bad ID or value, and
 * one 2 MB value under 15 aliases would otherwise come back 15 times in one answer.
 */
export function boundedMessage(message: string): string {
  const shortened = message.replace(
    LONG_RUN,
    (run) => `${run.slice(0, KEPT_RUN_CHARS)}… (${run.length} characters)`,
  );
  return shortened.length > MAX_MESSAGE_CHARS
    ? `${shortened.slice(0, MAX_MESSAGE_CHARS)}… (${shortened.length} characters)`
    : shortened;
}

const isBounded = (error: GraphQLError): boolean =>
  error.message.length <= MAX_MESSAGE_CHARS && !new RegExp(LONG_RUN.source).test(error.message);

const hasCode = (error: GraphQLError): boolean =>
  typeof error.extensions?.code === "string" &&
  !(LIMIT_MESSAGE.test(error.message) && error.extensions.code !== "QUERY_LIMIT_EXCEEDED");

/** Suggestions stay on the server. */
const isClean = (error: GraphQLError): boolean => !SUGGESTION.test(error.message);

/**
 * Hides the parser's error behind a malformed body from the response while
 * Yoga can still see it: Yoga answers HTTP 400 because it is there, and
 * serializes only enumerable properties.
 */
const hideInternals = (error: GraphQLError): void => {
  const extensions = error.extensions as Record<string, unknown> | undefined;
  if (!extensions || !Object.prototype.propertyIsEnumerable.call(extensions, "originalError")) {
    return;
  }
  Object.defineProperty(extensions, "originalError", {
    value: extensions.originalError,
    enumerable: false,
  });
};

const cleaned = (error: GraphQLError): GraphQLError => {
  if (hasCode(error) && isClean(error) && isBounded(error)) return error;
  const extensions = error.extensions ?? {};
  return new GraphQLError(
    boundedMessage(error.message.replace(new RegExp(SUGGESTION.source, "g"), "")),
    {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      originalError: error.originalError,
      extensions: { ...extensions, code: hasCode(error) ? error.extensions.code : codeFor(error) },
    },
  );
};

/**
 * Gives every error in a response an `extensions.code`, so clients can
 * branch on codes for parse, validation, limit and argument errors too, and
 * strips what a client should not see: field, argument, type and enum value
 * suggestions, the parser's own error behind a malformed body, and long values a message
 * repeats from the request (boundedMessage).
 */
export function useErrorCodes(): Plugin {
  const codeResult = (result: ExecutionResult): ExecutionResult => {
    if (!result.errors) return result;
    result.errors.forEach(hideInternals);
    return result.errors.every((e) => hasCode(e) && isClean(e) && isBounded(e))
      ? result
      : { ...result, errors: result.errors.map(cleaned) };
  };
  return {
    onRequestParse({ request, endResponse, fetchAPI }) {
      // No field takes a file: multipart bodies are refused before any parser reads them.
      if (/^multipart\//i.test(request.headers.get("content-type") ?? "")) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message: "multipart bodies are not accepted; send the operation as JSON",
                  extensions: { code: "BAD_REQUEST" },
                },
              ],
            }),
            { status: 415, headers: { "content-type": "application/json; charset=utf-8" } },
          ),
        );
      }
    },
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map(codeResult));
      else if (!(Symbol.asyncIterator in result)) {
        const coded = codeResult(result);
        if (coded !== result) setResult(coded);
      }
    },
  };
}
