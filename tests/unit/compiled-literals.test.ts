import { describe, expect, it } from "vitest";
import { inlineLiterals } from "../../src/graphql/compiled/literals.js";

describe("a compiled statement's values written into its text", () => {
  it("inlines NULLs, booleans and integers, and renumbers what stays a parameter", () => {
    expect(
      inlineLiterals("SELECT $1, $2, $3::int, $4, $5, $2, $6", [null, "day", 51, true, -3, 2n]),
    ).toEqual({ text: "SELECT NULL, $1, 51::int, TRUE, -3, $1, 2", values: ["day"] });
  });

  it("keeps strings, floats, dates and arrays parameters, whatever they hold", () => {
    const values = ["'; DROP TABLE event; --", 1.5, new Date(0), ["DAY"], { a: 1 }];
    const { text, values: kept } = inlineLiterals("SELECT $1, $2, $3, $4, $5", values);
    expect(text).toBe("SELECT $1, $2, $3, $4, $5");
    expect(kept).toEqual(values);
  });

  it("leaves a placeholder without a value as it is", () => {
    expect(inlineLiterals("SELECT $1, $2", [7])).toEqual({ text: "SELECT 7, $2", values: [] });
  });
});
