/**
 * Reactions to a happening the article told: "the union condemned the attack", "critics were
 * critical of the raids". The happening's doer is whom the reaction is aimed at, and the one
 * who reacts is no party to the happening itself.
 */
import type { Event } from "../../types.js";
import { reactionTo } from "./dating.js";
import { actorOf, targetOf } from "./merging.js";
import type { Trigger } from "./triggers.js";

/** What each trigger of a sentence became: a new event or the event it was merged into. */
export type Outcomes = Map<Trigger, Event>;

/**
 * "X condemned the attack": the party who reacts, already reported, is not a party of the
 * happening the object noun names (the clause's subject is the reaction's, not the attack's).
 */
export function withoutReactingParty<T extends { entityId: number }>(
  text: string,
  noun: Trigger,
  triggers: Trigger[],
  outcomes: Outcomes,
  participants: T[],
): T[] {
  const verb = reactionTo(text, noun, triggers);
  const reaction = verb ? outcomes.get(verb) : undefined;
  const reacting = reaction ? actorOf(reaction) : undefined;
  if (reacting === undefined) return participants;
  return participants.filter((participant) => participant.entityId !== reacting);
}

/**
 * Gives each reaction of a sentence the doer of the happening its object noun refers to as
 * target: "the union condemned the attack" is aimed at whoever attacked.
 */
export function aimReactions(text: string, triggers: Trigger[], outcomes: Outcomes): void {
  for (const [noun, happening] of outcomes) {
    if (noun.sense.kind !== "noun") continue;
    const verb = reactionTo(text, noun, triggers);
    const reaction = verb ? outcomes.get(verb) : undefined;
    if (!reaction || reaction === happening || targetOf(reaction) !== undefined) continue;
    const doer = actorOf(happening);
    if (doer === undefined || doer === actorOf(reaction)) continue;
    const known = reaction.participants.findIndex((party) => party.entityId === doer);
    if (known >= 0) reaction.participants.splice(known, 1);
    reaction.participants.push({ entityId: doer, role: "TARGET" });
  }
}
