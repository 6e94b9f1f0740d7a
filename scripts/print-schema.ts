// Writes the GraphQL schema as SDL to schema.graphql (committed; a test fails when stale).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchema } from "graphql";
import { schema } from "../src/graphql/schema.js";

const target = fileURLToPath(new URL("../schema.graphql", import.meta.url));
writeFileSync(target, `${printSchema(schema)}\n`);
console.log(`wrote ${target}`);
