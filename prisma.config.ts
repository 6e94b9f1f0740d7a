// Prisma CLI configuration. The CLI only needs a driver adapter for
// `prisma migrate dev` / `migrate diff` against a database; `prisma generate`
// works from the schema alone through the bundled WASM engine.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    return new PrismaPGlite(new PGlite());
  },
});
