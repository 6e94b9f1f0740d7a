import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import type { Context } from "../context.js";
import type PrismaTypes from "../generated/pothos-types.js";
import { getDatamodel } from "../generated/pothos-types.js";
import { compiled } from "./compiled/compile.js";
import { nodeRule, nodesRule } from "./compiled/node.js";
import { dateScalar, dateTimeScalar } from "./scalars.js";

/** The largest page any connection serves. */
export const MAX_PAGE_SIZE = 100;

/** Items per page of a connection asked without `first` or `last`. */
export const DEFAULT_PAGE_SIZE = 20;

/** Pothos builder: plugins and scalars only; every type lives in graphql/types/. */
export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: {
    Date: { Input: string; Output: Date | string };
    DateTime: { Input: Date; Output: Date };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [ErrorsPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // node(id:) and nodes(ids:) by global ID in the compiled read path (see compiled/node.ts).
    nodeQueryOptions: { extensions: compiled(nodeRule) },
    nodesQueryOptions: { extensions: compiled(nodesRule) },
  },
  errors: {
    defaultTypes: [],
  },
});

builder.addScalarType("Date", dateScalar);
builder.addScalarType("DateTime", dateTimeScalar);
builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
