import { expect, test } from "vitest";
import { ingestArticle } from "../../src/ingest/ingest.js";
import { testClient } from "../api/client.js";
import { describeEachBackend } from "../setup/backends.js";

/** The minister's remark is about the union's blockade, not about his meeting earlier that week. */
const ARTICLE = `Ministers meet as port dispute widens

ROTTERDAM, March 4 (Reuters) - Dutch Trade Minister Pieter Hals met Belgian Economy Minister Ines Vermeulen in Rotterdam on Tuesday to discuss the dispute over the port.

The two ministers agreed to set up a joint working group on customs checks.

Earlier, Hals criticised the dockworkers' union for blocking the harbour entrance. "The blockade is costing every family in this country money and it has to end," Hals said.

Union leader Marco Dijkstra rejected the criticism and said the strike would continue.
`;

const REMARK = "The blockade is costing every family in this country money and it has to end,";

const QUERY = `{
  events(first: 20) {
    edges { node { trigger quotes(first: 10) { edges { node { text } } } } }
  }
  quotes(first: 10) { edges { node { text events { trigger } } } }
}`;

interface Answer {
  events: {
    edges: { node: { trigger: string; quotes: { edges: { node: { text: string } }[] } } }[];
  };
  quotes: { edges: { node: { text: string; events: { trigger: string }[] } }[] };
}

describeEachBackend("quotes about an event", (use) => {
  test.each([true, false])(
    "a quote is listed under the event its paragraph reports, not under an earlier event of its speaker (compiled reads %s)",
    async (compiledReads) => {
      const db = use();
      await ingestArticle(db.prisma, {
        text: ARTICLE,
        publishedAt: "2026-03-04",
        source: "Reuters",
      });
      const { data, errors } = await testClient(db, { compiledReads }).request<Answer>(QUERY);
      expect(errors).toBeUndefined();
      const quotesOf = (trigger: string) =>
        data!.events.edges
          .filter((e) => e.node.trigger === trigger)
          .flatMap((e) => e.node.quotes.edges.map((q) => q.node.text));
      // The speaker takes part in both events; only the criticism is in the quote's paragraph.
      expect(quotesOf("met")).toEqual([]);
      expect(quotesOf("criticised")).toEqual([REMARK]);
      const remark = data!.quotes.edges.find((q) => q.node.text === REMARK);
      expect(remark?.node.events.map((e) => e.trigger)).toContain("criticised");
      expect(remark?.node.events.map((e) => e.trigger)).not.toContain("met");
    },
  );
});
