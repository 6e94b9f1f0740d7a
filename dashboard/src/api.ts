import { createClient } from "graphql-sse";
import type { TypedDocumentString } from "./gql/graphql";

const ENDPOINT = "/graphql";

/** A failed request, with the API's own message and error codes. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly codes: string[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/**
 * What identifies an operation on the wire: the id GraphQL Code Generator gave
 * the document (the server knows it as a trusted document, so the text is not
 * sent), with the operation's name for logs and metrics.
 */
export function operationBody<R, V>(document: TypedDocumentString<R, V>, variables: V) {
  const text = document.toString();
  const operationName = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(
    text,
  )?.[1];
  const documentId = document.__meta__?.hash as string | undefined;
  return documentId
    ? { documentId, operationName, variables }
    : { query: text, operationName, variables };
}

interface GraphQLResponse<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs one generated operation; any GraphQL error rejects with the API's messages. */
export async function request<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  signal?: AbortSignal,
): Promise<R> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
      },
      body: JSON.stringify(operationBody(document, variables)),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(`cannot reach the API: ${(error as Error).message}`);
  }
  let body: GraphQLResponse<R>;
  try {
    body = (await response.json()) as GraphQLResponse<R>;
  } catch {
    throw new ApiError(`the API answered HTTP ${response.status} without a GraphQL response`);
  }
  if (body.errors?.length) {
    const codes = body.errors.flatMap((e) => (e.extensions?.code ? [e.extensions.code] : []));
    throw new ApiError(
      body.errors
        .map((e) => (e.extensions?.code ? `${e.message} (${e.extensions.code})` : e.message))
        .join("; "),
      codes,
    );
  }
  if (!body.data) throw new ApiError(`the API answered HTTP ${response.status} with no data`);
  return body.data;
}

export type LiveStatus = "connecting" | "live" | "offline";

/**
 * Subscribes to a generated subscription over Server-Sent Events (one
 * connection per subscription, Yoga's "distinct connections" mode); retries
 * with backoff; returns the function that ends it.
 */
export function subscribe<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  handlers: { next(data: R): void; error(error: ApiError): void; status(status: LiveStatus): void },
): () => void {
  handlers.status("connecting");
  const client = createClient({
    url: ENDPOINT,
    retryAttempts: Number.POSITIVE_INFINITY,
    retry: (retries) =>
      new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 15_000))),
    on: {
      connecting: () => handlers.status("connecting"),
      connected: () => handlers.status("live"),
    },
  });
  const dispose = client.subscribe<R>(
    // graphql-sse sends the request as given: a documentId instead of the text works.
    operationBody(document, variables) as unknown as { query: string },
    {
      next(result) {
        if (result.errors?.length) {
          handlers.error(new ApiError(result.errors.map((e) => e.message).join("; ")));
        } else if (result.data) {
          handlers.next(result.data);
        }
      },
      error(error) {
        handlers.status("offline");
        handlers.error(
          new ApiError(`live updates stopped: ${String((error as Error)?.message ?? error)}`),
        );
      },
      complete() {
        handlers.status("offline");
      },
    },
  );
  return () => {
    dispose();
    client.dispose();
  };
}
