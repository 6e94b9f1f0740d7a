import type { Doc, Stage } from "../../types.js";
import { findEvents } from "./find-events.js";

/** Stage 07: CAMEO-coded events with participants, place, date and evidence. */
export const eventsStage: Stage = {
  name: "events",
  run(doc: Doc): Doc {
    return { ...doc, events: findEvents(doc) };
  },
  fallback: (doc: Doc): Doc => ({ ...doc, events: [] }),
};
