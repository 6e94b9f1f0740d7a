// A small typed dashboard client: a timeline, a who-met-whom network and
// who said what about the most reported events, printed as a summary.
//   npm start   (in another terminal)
//   npx tsx examples/dashboard-client.ts [http://localhost:4000/graphql]
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { getOperationAST, print } from "graphql";
import { graphql } from "./gql/index.js";

const TimelineQuery = graphql(`
  query DashboardTimeline($interval: TimeInterval!) {
    eventTimeline(interval: $interval) {
      bucket
      total
      byType {
        type
        count
      }
    }
  }
`);

const NetworkQuery = graphql(`
  query DashboardNetwork($first: Int!) {
    entityNetwork(entityType: PERSON, first: $first) {
      nodes {
        entity {
          name
        }
        weight
      }
      edges {
        source {
          name
        }
        target {
          name
        }
        sharedEvents
      }
    }
  }
`);

const WhoSaidWhatQuery = graphql(`
  query DashboardWhoSaidWhat($first: Int!) {
    events(first: $first, orderBy: ARTICLE_COUNT_DESC) {
      edges {
        node {
          label
          date
          summary
          articleCount
          sourceCount
          quotes(first: 2) {
            edges {
              node {
                text
                speaker {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Sends one typed operation and returns its typed data; throws on GraphQL errors. */
export async function request<Result, Variables>(
  endpoint: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  fetchImpl: Fetch = fetch,
): Promise<Result> {
  // The id codegen gave the document (a trusted document on the server): the text stays here.
  const documentId = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  const operation = getOperationAST(document)?.name?.value;
  const response = await fetchImpl(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(
      documentId
        ? { documentId, operationName: operation, variables }
        : { query: print(document), operationName: operation, variables },
    ),
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  if (!body.data) throw new Error(`no data (HTTP ${response.status})`);
  return body.data;
}

/** Runs the three dashboard queries and returns a printable summary. */
export async function dashboardSummary(
  endpoint: string,
  fetchImpl: Fetch = fetch,
): Promise<string> {
  const [timeline, network, said] = await Promise.all([
    request(endpoint, TimelineQuery, { interval: "DAY" }, fetchImpl),
    request(endpoint, NetworkQuery, { first: 10 }, fetchImpl),
    request(endpoint, WhoSaidWhatQuery, { first: 3 }, fetchImpl),
  ]);
  const lines: string[] = ["Timeline (events per day):"];
  for (const bucket of timeline.eventTimeline) {
    const types = bucket.byType.map((t) => `${t.type} ${t.count}`).join(", ");
    lines.push(`  ${bucket.bucket}  ${bucket.total}  (${types})`);
  }
  lines.push("Who met whom (shared events):");
  for (const edge of network.entityNetwork.edges) {
    lines.push(`  ${edge.source.name} — ${edge.target.name}: ${edge.sharedEvents}`);
  }
  lines.push("Who said what about the most reported events:");
  for (const { node } of said.events.edges) {
    lines.push(
      `  [${node.label}] ${node.date ?? "undated"} ${node.summary} (${node.articleCount} articles, ${node.sourceCount} sources)`,
    );
    for (const quote of node.quotes.edges) {
      lines.push(`    ${quote.node.speaker?.name ?? "unattributed"}: "${quote.node.text}"`);
    }
  }
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const endpoint = process.argv[2] ?? "http://localhost:4000/graphql";
  console.log(await dashboardSummary(endpoint));
}
