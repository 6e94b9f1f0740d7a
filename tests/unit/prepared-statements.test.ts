import { describe, expect, test } from "vitest";
import { PreparedStatements, preparingClient } from "../../src/db/prepared-statements.js";

describe("which repeated statements run prepared", () => {
  test("a text is named from its third use on, always under the same name", () => {
    const prepared = new PreparedStatements(4);
    expect(prepared.nameFor("SELECT 1")).toBeUndefined();
    expect(prepared.nameFor("SELECT 1")).toBeUndefined();
    const name = prepared.nameFor("SELECT 1");
    expect(name).toMatch(/^ng_[0-9a-f]{32}$/);
    expect(prepared.nameFor("SELECT 1")).toBe(name);
    expect(prepared.nameFor("SELECT 2")).toBeUndefined();
  });

  test("at most `capacity` names; later texts run unnamed, named ones keep their name", () => {
    const prepared = new PreparedStatements(2);
    const use = (text: string, times: number) => {
      let name: string | undefined;
      for (let i = 0; i < times; i++) name = prepared.nameFor(text);
      return name;
    };
    const a = use("SELECT 'a'", 3);
    const b = use("SELECT 'b'", 3);
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(use("SELECT 'c'", 10)).toBeUndefined();
    expect(prepared.size).toBe(2);
    expect(prepared.nameFor("SELECT 'a'")).toBe(a);
  });

  test("a retired text is never named again", () => {
    const prepared = new PreparedStatements(4);
    for (let i = 0; i < 3; i++) prepared.nameFor("SELECT e.* FROM entity e");
    prepared.retire("SELECT e.* FROM entity e");
    for (let i = 0; i < 5; i++)
      expect(prepared.nameFor("SELECT e.* FROM entity e")).toBeUndefined();
    expect(prepared.size).toBe(0);
  });
});

/** A stand-in for node-postgres' Client: records what it is sent, fails a name when told to. */
class RecordingClient {
  static failing = new Set<string>();
  sent: unknown[] = [];
  query(config: unknown, values?: unknown, callback?: unknown): unknown {
    this.sent.push(config);
    const name = (config as { name?: string }).name;
    const error =
      name !== undefined && RecordingClient.failing.has(name)
        ? Object.assign(new Error("cached plan must not change result type"), { code: "0A000" })
        : null;
    const done = typeof values === "function" ? values : callback;
    if (typeof done === "function") {
      (done as (e: Error | null, r?: unknown) => void)(error, error ? undefined : { rows: [] });
      return undefined;
    }
    return error ? Promise.reject(error) : Promise.resolve({ rows: [] });
  }
}

describe("a pool client that prepares the statement texts sent again and again", () => {
  const INSERT = "INSERT INTO mention (article_id) SELECT * FROM unnest($1::int[])";

  test("names a plain query config's text from its third use, whoever sends it", async () => {
    const Client = preparingClient(RecordingClient, new PreparedStatements(4, "nga_"));
    const client = new Client();
    for (let i = 0; i < 4; i++)
      await client.query({ text: INSERT, values: [[1]], rowMode: "array" });
    const names = client.sent.map((c) => (c as { name?: string }).name);
    expect(names.slice(0, 2)).toEqual([undefined, undefined]);
    expect(names[2]).toMatch(/^nga_[0-9a-f]{32}$/);
    expect(names[3]).toBe(names[2]);
    // The rest of the config goes through as it was.
    expect(client.sent[3]).toMatchObject({ text: INSERT, values: [[1]], rowMode: "array" });
  });

  test("leaves alone plain strings, configs with a name of their own and streaming queries", async () => {
    const Client = preparingClient(RecordingClient, new PreparedStatements(4, "nga_"));
    const client = new Client();
    const submittable = { text: INSERT, submit: () => undefined };
    for (let i = 0; i < 4; i++) {
      await client.query("BEGIN");
      await client.query({ text: INSERT, name: "mine" });
      client.query(submittable);
    }
    expect(client.sent.filter((c) => typeof c === "string")).toHaveLength(4);
    expect(client.sent.filter((c) => (c as { name?: string }).name === "mine")).toHaveLength(4);
    expect(client.sent.filter((c) => c === submittable)).toHaveLength(4);
  });

  test("a named statement that fails for good is retired: the next use runs unnamed (promise and callback forms)", async () => {
    const prepared = new PreparedStatements(4, "nga_");
    const Client = preparingClient(RecordingClient, prepared);
    const client = new Client();
    for (let i = 0; i < 2; i++) await client.query({ text: INSERT });
    const name = prepared.nameFor(INSERT)!;
    RecordingClient.failing.add(name);
    try {
      await expect(client.query({ text: INSERT })).rejects.toMatchObject({ code: "0A000" });
      expect((client.sent.at(-1) as { name?: string }).name).toBe(name);
      await client.query({ text: INSERT });
      expect((client.sent.at(-1) as { name?: string }).name).toBeUndefined();

      const other = "SELECT id FROM entity WHERE key = $1";
      for (let i = 0; i < 3; i++) await client.query({ text: other });
      const otherName = prepared.nameFor(other)!;
      RecordingClient.failing.add(otherName);
      const failure = await new Promise((resolve) => client.query({ text: other }, [], resolve));
      expect(failure).toMatchObject({ code: "0A000" });
      await client.query({ text: other });
      expect((client.sent.at(-1) as { name?: string }).name).toBeUndefined();
    } finally {
      RecordingClient.failing.clear();
    }
  });
});
