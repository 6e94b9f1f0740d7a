/** The one-line summary of an event ("Russia vetoed Security Council"). */
import type { TriggerSense } from "../../lexicon/event-triggers.js";
import { PLANNED_SUFFIX } from "../../types.js";
import type { CameoCode } from "../../types.js";

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const NOUN_PREPOSITION: Partial<Record<CameoCode, string>> = {
  "03": "with",
  "04": "with",
  "05": "with",
  "06": "with",
  "07": "for",
  "09": "into",
};

export function summarize(
  trigger: string,
  kind: TriggerSense["kind"],
  code: CameoCode,
  actor: string | null,
  target: string | null,
  location: string | null,
  planned: boolean,
): string {
  let text: string;
  if (kind === "verb") {
    text = [actor, trigger, target].filter((part) => part !== null).join(" ");
  } else {
    const preposition = NOUN_PREPOSITION[code] ?? "against";
    text = capitalize(trigger);
    if (actor) text += ` by ${actor}`;
    if (target) text += ` ${preposition} ${target}`;
  }
  if (location) text += ` in ${location}`;
  text = capitalize(text);
  return planned ? `${text}${PLANNED_SUFFIX}` : text;
}
