import type { Stage } from "../types.js";

// SCAFFOLD: replaced by the real stage; returns the document unchanged.
export const sentencesStage: Stage = { name: "sentences", run: (doc) => doc };
