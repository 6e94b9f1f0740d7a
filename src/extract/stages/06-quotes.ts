import type { Stage } from "../types.js";

// SCAFFOLD: replaced by the real stage; returns the document unchanged.
export const quotesStage: Stage = { name: "quotes", run: (doc) => doc };
