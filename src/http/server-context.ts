import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * What the HTTP layer hands Yoga with each request: the Node request and
 * response when served by node:http, or an explicit `clientAddress` when a
 * test calls `yoga.fetch` in-process.
 */
export interface ServerContext {
  req?: IncomingMessage;
  res?: ServerResponse;
  clientAddress?: string;
}

/** The client's IP address, or null when the request carries none. */
export function clientAddressOf(context: ServerContext): string | null {
  return context.clientAddress ?? context.req?.socket.remoteAddress ?? null;
}
