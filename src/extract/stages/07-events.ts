import type { Stage } from "../types.js";

// SCAFFOLD: replaced by the real stage; returns the document unchanged.
export const eventsStage: Stage = { name: "events", run: (doc) => doc };
