import { describe, expect, test } from "vitest";
import { PreparedStatements } from "../../src/db/prepared-statements.js";

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
