// npm links dependencies' bins, not the project's own; link ours so
// `npx newsgraph` and node_modules/.bin/newsgraph work in a fresh clone.
import { mkdirSync, rmSync, symlinkSync } from "node:fs";

mkdirSync("node_modules/.bin", { recursive: true });
rmSync("node_modules/.bin/newsgraph", { force: true });
symlinkSync("../../bin/newsgraph.js", "node_modules/.bin/newsgraph");
