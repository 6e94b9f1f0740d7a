/**
 * Verbs whose subject, when it is a capital or seat of government, is the
 * government itself ("Moscow vetoed", "Washington imposed"). Lower case; speech
 * verbs count too (see speech-and-context.ts).
 */
export const GOVERNMENT_ACTION_VERBS: ReadonlySet<string> = new Set(
  (
    "vetoed vetoes veto insists insisted relented responded retaliated imposed imposes sanctioned expelled " +
    "recalled launched backed backs supports supported opposes opposed wants wanted demanded demands accused " +
    "accuses denied denies rejected rejects refused refuses threatened threatens warned warns urged urges " +
    "agreed agrees signed signs approved approves blocked blocks condemned condemns welcomed welcomes " +
    "announced announces summoned summons protested protests hopes hoped considers considered believes " +
    "sees saw views viewed seeks sought plans planned intends intended has pressed presses pledged " +
    "pledges vowed vows offered offers proposed proposes invaded invades deployed deploys"
  ).split(" "),
);

/** Words right before a capital that make it the government acted upon ("persuade Moscow", "against Washington"). */
export const GOVERNMENT_OBJECT_CUES: ReadonlySet<string> = new Set(
  (
    "persuade persuading persuaded urge urged urging pressure pressured pressuring against with between " +
    "sanction sanctioned sanctioning accuse accused accusing criticize criticized criticise criticised " +
    "condemn condemned warn warned warning told tell asked ask support supported supporting backed " +
    "blamed blame blaming punish punished punishing confront confronted convince convinced lobby lobbied"
  ).split(" "),
);
