import type { Stage } from "../types.js";

// SCAFFOLD: replaced by the real stage; returns the document unchanged.
export const coreferenceStage: Stage = { name: "coreference", run: (doc) => doc };
