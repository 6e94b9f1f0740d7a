import { encodeGlobalID } from "@pothos/plugin-relay";
import { expect, test } from "vitest";
import { describeEachBackend } from "../setup/backends.js";
import { testClient } from "./client.js";
import { seedNewsGraph } from "./news-graph.js";

const NODE = `query($id: ID!) { node(id: $id) { __typename id } }`;
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`;
const TYPES = ["Article", "Entity", "Event", "Quote", "Mention"] as const;

describeEachBackend("node(id) and nodes(ids)", (use) => {
  test("a well-formed ID of a missing record is null, of every node type", async () => {
    const { request } = testClient(use());
    for (const type of TYPES) {
      const result = await request(NODE, { id: encodeGlobalID(type, 987654) });
      expect(result, type).toEqual({ data: { node: null } });
    }
  });

  test("records deleted with their article are null afterwards, not errors", async () => {
    const db = use();
    await seedNewsGraph(db);
    const { request } = testClient(db);
    const before = await request(`{
      articles(first: 1, filter: { source: "Reuters" }) { edges { node { id
        quotes(first: 1) { edges { node { id } } }
        events { id }
      } } }
    }`);
    expect(before.errors).toBeUndefined();
    const article = before.data.articles.edges[0].node;
    const ids = [article.id, article.quotes.edges[0].node.id, article.events[0].id];
    for (const id of ids) {
      expect((await request(NODE, { id })).data?.node?.id).toBe(id);
    }
    const deleted = await request(`mutation($id: ID!) { deleteArticle(id: $id) { __typename } }`, {
      id: article.id,
    });
    expect(deleted.errors).toBeUndefined();
    for (const id of ids) {
      expect(await request(NODE, { id })).toEqual({ data: { node: null } });
    }
    const many = await request(NODES, { ids });
    expect(many).toEqual({ data: { nodes: [null, null, null] } });
  });

  test("nodes(ids) keeps order, mixes types and answers null for the missing ones", async () => {
    const db = use();
    await seedNewsGraph(db);
    const { request } = testClient(db);
    const some = await request(`{
      entities(first: 1) { edges { node { id } } }
      events(first: 1) { edges { node { id } } }
    }`);
    const entity = some.data.entities.edges[0].node.id;
    const event = some.data.events.edges[0].node.id;
    const missing = encodeGlobalID("Entity", 987654);
    const result = await request(NODES, { ids: [event, missing, entity] });
    expect(result).toEqual({
      data: {
        nodes: [{ __typename: "Event", id: event }, null, { __typename: "Entity", id: entity }],
      },
    });
  });

  test.each([
    ["not base64 of Type:id", "not-a-global-id"],
    ["an unknown type", encodeGlobalID("Planet", 1)],
    ["a non-numeric key", encodeGlobalID("Article", "abc")],
    ["a fractional key", encodeGlobalID("Quote", "1.5")],
    ["a negative key", encodeGlobalID("Entity", "-1")],
    ["a key beyond int4", encodeGlobalID("Event", "99999999999")],
    ["an empty string", ""],
  ])("an ID that is %s gets a typed error, never an internal one", async (_name, id) => {
    const { request } = testClient(use());
    for (const query of [NODE, NODES]) {
      const result = await request(query, query === NODE ? { id } : { ids: [id] });
      expect(result.errors).toHaveLength(1);
      const error = result.errors![0]!;
      expect(["BAD_USER_INPUT", "VALIDATION_FAILED"]).toContain(error.extensions?.code);
      expect(error.extensions?.errorId).toBeUndefined();
      expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+|prisma/i);
    }
  });
});
