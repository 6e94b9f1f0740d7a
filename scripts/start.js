// `npm start`: runs the compiled, bundled server (dist/bundle/server.js) with plain Node,
// compiling first when dist/ is missing or older than the sources. `npm run dev` runs the
// TypeScript with tsx.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build, buildIsStale, BUNDLE } from "./build.js";

if (buildIsStale()) {
  console.error("newsgraph: dist/ is missing or older than src/; compiling first (npm run build)");
  const code = build();
  if (code !== 0) process.exit(code);
}
await import(pathToFileURL(path.join(BUNDLE, "server.js")).href);
