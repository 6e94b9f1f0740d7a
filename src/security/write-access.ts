import { createHash, timingSafeEqual } from "node:crypto";
import { GraphQLError, getOperationAST, Kind, type DocumentNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import { UnauthenticatedError } from "../errors.js";
import { clientAddressOf, type ServerContext } from "../http/server-context.js";

/**
 * Write access as a plugin on the operation type, so every mutation, present
 * and future, is covered: with `apiKey` set a mutation needs
 * `Authorization: Bearer <apiKey>`; without it only loopback clients may write.
 * Queries and subscriptions stay open.
 */
export function useWriteAccess({ apiKey }: { apiKey: string | null }): Plugin<ServerContext> {
  // Hashing both sides gives equal lengths, so the comparison never leaks the key's length.
  const expected = apiKey === null ? null : digest(apiKey);
  const mayWrite = (context: ServerContext & { request?: Request }): boolean => {
    if (expected === null) return isLoopback(clientAddressOf(context));
    const header = context.request?.headers.get("authorization") ?? "";
    const match = /^Bearer[ \t]+(\S+)\s*$/i.exec(header);
    return match !== null && timingSafeEqual(digest(match[1]!), expected);
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (!isWrite(args.document, args.operationName)) return;
      if (mayWrite(args.contextValue as ServerContext & { request?: Request })) return;
      const error = new UnauthenticatedError();
      setResultAndStopExecution({
        errors: [new GraphQLError(error.message, { extensions: { code: error.code } })],
      });
    },
  };
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

function isWrite(document: DocumentNode, operationName?: string | null): boolean {
  const operation = getOperationAST(document, operationName);
  if (operation) return operation.operation === "mutation";
  // Ambiguous documents fail later anyway; refuse them if they could write.
  return document.definitions.some(
    (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === "mutation",
  );
}

/** True for 127.0.0.0/8, ::1 and their IPv4-mapped IPv6 forms. */
export function isLoopback(address: string | null): boolean {
  if (!address) return false;
  const plain = address.toLowerCase().replace(/^::ffff:/, "");
  return plain === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}
