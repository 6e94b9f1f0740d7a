import type { Stage } from "../types.js";

// SCAFFOLD: replaced by the real stage; returns the document unchanged.
export const mentionsStage: Stage = { name: "mentions", run: (doc) => doc };
