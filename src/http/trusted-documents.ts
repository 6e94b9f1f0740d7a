import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import { GraphQLError, Kind, parse, type DocumentNode } from "graphql";
import type { GraphQLParams, Plugin } from "graphql-yoga";
import { GRAPHIQL_TABS } from "../graphiql-tabs.js";

/** The manifests GraphQL Code Generator writes (codegen.ts, `persistedDocuments: true`). */
export const TRUSTED_DOCUMENT_MANIFESTS = [
  "dashboard/src/gql/persisted-documents.json",
  "examples/gql/persisted-documents.json",
];

/** A documentId that is not in any manifest. */
export const TRUSTED_DOCUMENT_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
/** With TRUSTED_DOCUMENTS_ONLY, a document that is not a trusted one. */
export const TRUSTED_DOCUMENT_REQUIRED = "TRUSTED_DOCUMENT_REQUIRED";

/** Documents by id ("sha256:<hex of the text>"), as codegen's manifests key them. */
export type TrustedDocuments = ReadonlyMap<string, string>;

/** The id codegen gives a document's text. */
export function documentIdOf(text: string): string {
  return `sha256:${createHash("sha256").update(text).digest("hex")}`;
}

function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * The documents the project's own clients send: every manifest codegen wrote
 * (a missing one is skipped), each entry checked against its id.
 */
export function loadTrustedDocuments(
  manifests: readonly string[] = TRUSTED_DOCUMENT_MANIFESTS,
  root = projectRoot(),
): Map<string, string> {
  const documents = new Map<string, string>();
  for (const manifest of manifests) {
    const file = join(root, manifest);
    if (!existsSync(file)) continue;
    const entries = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    for (const [id, text] of Object.entries(entries)) {
      // A manifest edited by hand must not smuggle in a document under another's id.
      if (typeof text !== "string" || documentIdOf(text) !== id) {
        throw new Error(`${manifest}: the entry ${id} does not match its document`);
      }
      documents.set(id, text);
    }
  }
  return documents;
}

/** The operation names the trusted documents define (metric labels may carry them). */
export function operationNamesOf(documents: TrustedDocuments): string[] {
  const names = new Set<string>();
  for (const text of documents.values()) {
    for (const definition of parse(text).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) {
        names.add(definition.name.value);
      }
    }
  }
  return [...names];
}

/** Only __schema, __type and __typename at the root of every operation. */
function isIntrospection(document: DocumentNode): boolean {
  return document.definitions.every(
    (definition) =>
      definition.kind !== Kind.OPERATION_DEFINITION ||
      definition.selectionSet.selections.every(
        (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith("__"),
      ),
  );
}

function refusal(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** `documentId` from a JSON body, or from the query string of a GET. */
function documentIdFrom(params: GraphQLParams, request: Request): string | null {
  const fromBody = (params as GraphQLParams & { documentId?: unknown }).documentId;
  if (typeof fromBody === "string") return fromBody;
  if (request.method !== "GET") return null;
  return new URL(request.url).searchParams.get("documentId");
}

export interface TrustedDocumentsOptions {
  documents: TrustedDocuments;
  /** Refuse every document that is not a trusted one. */
  only: boolean;
  /** GraphiQL is served: its example tabs are trusted, and introspection is allowed. */
  graphiql: boolean;
  /** Tokens a refused-or-not text may hold before it is parsed for the introspection check. */
  maxTokens: number;
}

/**
 * Trusted documents (GraphQL over HTTP's `documentId`): a client may send the
 * id codegen gave a document instead of its text, by POST (`{"documentId":
 * "sha256:…", "variables": …}`) or GET (`?documentId=sha256:…`). With `only`,
 * every other document is refused with TRUSTED_DOCUMENT_REQUIRED before it is
 * parsed: only trusted ids, the exact text of a trusted document, and (when
 * GraphiQL is on) GraphiQL's example tabs and introspection run.
 */
export function useTrustedDocuments({
  documents,
  only,
  graphiql,
  maxTokens,
}: TrustedDocumentsOptions): Plugin[] {
  const trustedTexts = new Set(documents.keys());
  if (graphiql) for (const tab of GRAPHIQL_TABS) trustedTexts.add(documentIdOf(tab.query));
  const persisted = usePersistedOperations({
    getPersistedOperation: (id) => documents.get(id) ?? null,
    extractPersistedOperationId: documentIdFrom,
    allowArbitraryOperations: true,
    customErrors: {
      notFound: () =>
        refusal(TRUSTED_DOCUMENT_NOT_FOUND, "no trusted document has this documentId"),
      keyNotFound: () =>
        refusal(
          only ? TRUSTED_DOCUMENT_REQUIRED : "BAD_REQUEST",
          only ? "send the documentId of a trusted document" : "send a query or a documentId",
        ),
    },
  });
  const enforce: Plugin = {
    onParams({ params }) {
      if (!only || typeof params.query !== "string") return;
      // A documentId was resolved into this text, or the client sent a trusted text itself.
      if (trustedTexts.has(documentIdOf(params.query))) return;
      if (graphiql) {
        let document: DocumentNode | null = null;
        try {
          document = parse(params.query, { maxTokens });
        } catch {
          // Not introspection, whatever it is: refused below like any untrusted text.
        }
        if (document && isIntrospection(document)) return;
      }
      throw refusal(
        TRUSTED_DOCUMENT_REQUIRED,
        "this server runs trusted documents only: send the documentId of one",
      );
    },
  };
  // The id is resolved into its text first; the check then sees every request's text.
  return [persisted, enforce];
}
