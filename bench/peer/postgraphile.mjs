// PostGraphile 5 (amber preset) over DATABASE_URL's public schema, for bench/api.ts --peer.
// On Node 20 start it with `node --require ./bench/peer/promise-with-resolvers.cjs`.
// Prints {"port":N} once it listens on 127.0.0.1 (PORT, default ephemeral).
import { createServer } from "node:http";
import pg from "pg";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  // As many connections as newsgraph's own pool (src/db/client.ts).
  max: Number(process.env.POOL_SIZE ?? 10),
});
/** Participants ordered by role, then id, like newsgraph's (amber does not order by enums). */
const OrderParticipantsByRole = {
  name: "OrderParticipantsByRole",
  version: "0.0.0",
  schema: {
    entityBehavior: {
      pgCodecAttribute: {
        override: {
          provides: ["benchRoleOrder"],
          after: ["default", "inferred"],
          callback: (behavior, [codec, attributeName]) =>
            codec.extensions?.pg?.name === "event_participant" && attributeName === "role"
              ? [behavior, "orderBy"]
              : behavior,
        },
      },
    },
  },
};

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  plugins: [OrderParticipantsByRole],
  pgServices: [makePgService({ pool, schemas: ["public"] })],
  // newsgraph orders events by date DESC NULLS LAST; so does the peer.
  schema: { pgOrderByNullsLast: true },
  grafast: { explain: false },
  grafserv: { graphqlPath: "/graphql", graphiql: false, watch: false },
});
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).catch((error) => {
  console.error(error);
  process.exit(1);
});
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(JSON.stringify({ port: server.address().port }));
});
const stop = async () => {
  server.close();
  await pgl.release();
  await pool.end();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
