// Prisma CLI configuration. `prisma generate` works from the schema alone (bundled WASM
// engine). Commands that talk to a database (`prisma migrate status`, `migrate diff` against
// a database) use the server's own: PostgreSQL at DATABASE_URL, else the PGlite database
// under DATA_DIR (default .data), so that they report the real database.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    const url = process.env.DATABASE_URL?.trim();
    if (url) {
      const { default: pg } = await import("pg");
      const { PrismaPg } = await import("@prisma/adapter-pg");
      // Prisma's CLI cannot read PostgreSQL's `name` columns (OID 19) through adapter-pg
      // (prisma/orm#27403); reported as text (OID 25) they read fine.
      class NameAsTextClient extends pg.Client {
        override query(...args: unknown[]): never {
          const result = (super.query as (...a: unknown[]) => unknown)(...args);
          if (result instanceof Promise) {
            return result.then((answer: { fields?: { dataTypeID: number }[] }) => {
              for (const field of answer?.fields ?? []) {
                if (field.dataTypeID === 19) field.dataTypeID = 25;
              }
              return answer;
            }) as never;
          }
          return result as never;
        }
      }
      return new PrismaPg(new pg.Pool({ connectionString: url, Client: NameAsTextClient }));
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const dataDir = path.resolve(process.env.DATA_DIR || ".data", "pglite");
    // PGlite does not create parent directories.
    mkdirSync(path.dirname(dataDir), { recursive: true });
    return new PrismaPGlite(new PGlite(dataDir));
  },
});
