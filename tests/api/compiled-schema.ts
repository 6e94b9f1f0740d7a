import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import type { Database } from "../../src/db/client.js";
import { ingestArticle } from "../../src/ingest/ingest.js";
import { loadSeeds } from "../../src/ingest/seed.js";
import { fakeExtractor } from "../setup/factories.js";

/** Every object type a query can reach from Query, through interfaces and unions too. */
export function queryableObjectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  const seen = new Map<string, GraphQLObjectType>();
  const queue: GraphQLNamedType[] = [schema.getQueryType()!];
  const named = new Set<string>();
  while (queue.length > 0) {
    const type = queue.shift()!;
    if (named.has(type.name)) continue;
    named.add(type.name);
    if (isInterfaceType(type) || isUnionType(type)) {
      queue.push(...schema.getPossibleTypes(type));
    } else if (isObjectType(type)) {
      seen.set(type.name, type);
      for (const field of Object.values(type.getFields())) queue.push(getNamedType(field.type));
    }
  }
  return [...seen.values()];
}

/** The seed articles plus a few undated events, so pages cross the NULL dates. */
export async function seedGraph(db: Database) {
  await loadSeeds(db.prisma);
  // Undated events and one without a place, so pages cross the NULL dates.
  for (let i = 0; i < 4; i++) {
    await ingestArticle(
      db.prisma,
      // One text with a character beyond the BMP, where UTF-16 offsets and code points differ.
      {
        text: `Undated talks ${i}\n\n${i === 0 ? "🌍 " : ""}Envoy Alpha${i} met Envoy Beta${i}.`,
        source: "Wire",
      },
      fakeExtractor({
        entities: [{ name: `Envoy Alpha${i}` }, { name: `Envoy Beta${i}` }],
        events: [{ code: "04", participants: [`Envoy Alpha${i}`, `Envoy Beta${i}`] }],
      }),
    );
  }
}
