import type { Plugin } from "graphql-yoga";

/**
 * Refuses request bodies over `maxBytes` with HTTP 413 before any parsing:
 * at once when Content-Length says so, otherwise while streaming the body.
 */
export function useBodyLimit({ maxBytes }: { maxBytes: number }): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, endResponse, fetchAPI }) {
      const tooLarge = () =>
        new fetchAPI.Response(
          JSON.stringify({
            errors: [
              {
                message: `request body is larger than ${maxBytes} bytes`,
                extensions: { code: "PAYLOAD_TOO_LARGE" },
              },
            ],
          }),
          { status: 413, headers: { "content-type": "application/json; charset=utf-8" } },
        );
      const declared = Number(request.headers.get("content-length") ?? Number.NaN);
      if (declared > maxBytes) {
        endResponse(tooLarge());
        return;
      }
      // A declared length within the limit bounds the body: Node's HTTP parser reads no more.
      // Only a chunked body (no Content-Length) is counted while it streams.
      if (Number.isInteger(declared) && declared >= 0) return;
      if (!requestParser || request.body === null) return;
      setRequestParser(async (incoming) => {
        const body = await readAtMost(incoming, maxBytes);
        if (body === null) return tooLarge();
        return requestParser(
          new fetchAPI.Request(incoming.url, {
            method: incoming.method,
            headers: incoming.headers,
            body,
          }),
        );
      });
    },
  };
}

/** The body's bytes, or null as soon as it exceeds `maxBytes` (the rest is not read). */
async function readAtMost(request: Request, maxBytes: number): Promise<Blob | null> {
  if (!request.body) return new Blob([]);
  const reader = request.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(new Uint8Array(value));
  }
  return new Blob(chunks);
}
