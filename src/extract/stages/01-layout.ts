import type { Stage } from "../types.js";

// SCAFFOLD: replaced by the real stage; returns the document unchanged.
export const layoutStage: Stage = { name: "layout", run: (doc) => doc };
