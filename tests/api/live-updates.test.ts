import { createServer, type Server } from "node:http";
import pino from "pino";
import { afterEach, expect, test } from "vitest";
import { createNewsgraphYoga } from "../../src/yoga.js";
import { describeEachBackend } from "../setup/backends.js";

/** Serves the API on an ephemeral loopback port. */
async function serve(
  yoga: ReturnType<typeof createNewsgraphYoga>,
): Promise<{ server: Server; url: string }> {
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${port}/graphql` };
}

/**
 * A minimal Server-Sent Events client over fetch: yields the JSON of each
 * `event: next` message until the stream ends or `signal` aborts.
 */
async function* sseMessages(url: string, query: string, variables: object, signal: AbortSignal) {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      accept: "text/event-stream",
      "content-type": "application/json",
      "x-graphql-yoga-csrf": "1",
    },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
  const decoder = new TextDecoder();
  let buffer = "";
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const message = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = message
        .split("\n")
        .filter((line) => line.startsWith("data:"))
        .map((line) => line.slice(5).trim())
        .join("\n");
      if (/^event: next/m.test(message) && data) yield JSON.parse(data);
    }
  }
}

async function post(url: string, query: string, variables: object) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-graphql-yoga-csrf": "1" },
    body: JSON.stringify({ query, variables }),
  });
  return response.json() as Promise<any>;
}

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { __typename ... on MutationIngestArticleSuccess { data { id title } } ... on Error { message } }
}`;

let open: Server | undefined;
afterEach(() => {
  open?.closeAllConnections();
  open?.close();
});

describeEachBackend("live updates over SSE", (use) => {
  test("articleIngested and eventRecorded(filter) stream what a mutation stores", async () => {
    const yoga = createNewsgraphYoga({ db: use(), logger: pino({ level: "silent" }) });
    const { server, url } = await serve(yoga);
    open = server;
    const abort = new AbortController();
    const articles = sseMessages(
      url,
      `subscription { articleIngested { title } }`,
      {},
      abort.signal,
    );
    const recorded = sseMessages(
      url,
      `subscription($filter: EventFilter) { eventRecorded(filter: $filter) { label } }`,
      { filter: {} },
      abort.signal,
    );
    const nextArticle = articles.next();
    const nextEvent = recorded.next();
    // Give both subscriptions time to register before publishing.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const text = [
      "Jets strike air base",
      "",
      "DAMASCUS (Reuters) - U.S. warships fired missiles at the Shayrat air base on Friday, officials said.",
      "Syrian President Bashar al-Assad condemned the strike. Russian President Vladimir Putin met Iranian officials in Moscow.",
    ].join("\n");
    const stored = await post(url, INGEST, { input: { text, publishedAt: "2017-04-08" } });
    expect(stored.data.ingestArticle.__typename).toBe("MutationIngestArticleSuccess");

    const article = await nextArticle;
    expect(article.value).toEqual({ data: { articleIngested: { title: "Jets strike air base" } } });
    const codes = (await use().prisma.event.findMany({ select: { code: true } })).map(
      (e) => e.code,
    );
    expect(codes.length).toBeGreaterThan(0);
    const event = await nextEvent;
    expect(codes).toContain(event.value.data.eventRecorded.label.slice(0, 2));
    abort.abort();
  });
});
