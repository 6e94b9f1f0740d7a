import { parse } from "graphql";
import { describe, expect, test } from "vitest";
import { ruleOf } from "../../src/graphql/compiled/compile.js";
import { CONNECTION_FIELDS, connectionPart } from "../../src/graphql/compiled/fields.js";
import { compileRead } from "../../src/graphql/compiled/read.js";
import { RESOLVER_FIELDS } from "../../src/graphql/compiled/resolver-fields.js";
import { schema } from "../../src/graphql/schema.js";
import { queryableObjectTypes } from "./compiled-schema.js";

/**
 * Coverage of the compiled read path is derived from the schema: each field
 * declares its compiled rule with its resolver, or is in RESOLVER_FIELDS with
 * a reason. A field added to a type without either fails here.
 */
describe("compiled read coverage", () => {
  const types = queryableObjectTypes(schema);

  test("every field a query can reach has a compiled rule or a reason to use the resolvers", () => {
    const undeclared: string[] = [];
    const both: string[] = [];
    for (const type of types) {
      const part = connectionPart(type);
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        const listed = coordinate in RESOLVER_FIELDS;
        const answeredByConnection =
          part !== null && (CONNECTION_FIELDS[part] as readonly string[]).includes(field.name);
        const rule = ruleOf(field) !== undefined;
        if (rule && listed) both.push(coordinate);
        if (!rule && !listed && !answeredByConnection) undeclared.push(coordinate);
      }
    }
    expect(undeclared, "fields with neither a compiled rule nor a RESOLVER_FIELDS entry").toEqual(
      [],
    );
    expect(both, "fields with a compiled rule that RESOLVER_FIELDS still lists").toEqual([]);
  });

  test("RESOLVER_FIELDS names fields that exist, each with its reason", () => {
    const coordinates = new Set(
      types.flatMap((type) => Object.keys(type.getFields()).map((f) => `${type.name}.${f}`)),
    );
    for (const [coordinate, reason] of Object.entries(RESOLVER_FIELDS)) {
      expect(coordinates.has(coordinate), coordinate).toBe(true);
      expect(reason.length, coordinate).toBeGreaterThan(10);
    }
  });

  test("a document selecting a resolver field is not compiled, and says which field", () => {
    expect(
      compileRead({
        schema,
        document: parse(`{ ingestJobs(first: 1) { edges { node { state } } } }`),
      }),
    ).toEqual({
      notCompilable: "Query.ingestJobs is not compiled",
      reason: "Query.ingestJobs",
    });
  });
});
