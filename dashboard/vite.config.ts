import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// Built by `npm run build:dashboard` (npm install runs it) into dashboard/dist,
// which the server serves under /dashboard. Everything is bundled: no CDN.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/dashboard/",
  logLevel: "warn",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npx vite dashboard` during development, against `npm start` on port 4000.
    proxy: { "/graphql": "http://localhost:4000" },
  },
});
