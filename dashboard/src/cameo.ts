import type { CameoRoot } from "./gql/graphql";

/** CAMEO roots in code order, with their codes (the schema's enum descriptions). */
export const CAMEO_ROOTS: { type: CameoRoot; code: string; name: string }[] = [
  { type: "MAKE_PUBLIC_STATEMENT", code: "01", name: "Make public statement" },
  { type: "APPEAL", code: "02", name: "Appeal" },
  { type: "EXPRESS_INTENT_TO_COOPERATE", code: "03", name: "Express intent to cooperate" },
  { type: "CONSULT", code: "04", name: "Consult" },
  { type: "ENGAGE_IN_DIPLOMATIC_COOPERATION", code: "05", name: "Diplomatic cooperation" },
  { type: "ENGAGE_IN_MATERIAL_COOPERATION", code: "06", name: "Material cooperation" },
  { type: "PROVIDE_AID", code: "07", name: "Provide aid" },
  { type: "YIELD", code: "08", name: "Yield" },
  { type: "INVESTIGATE", code: "09", name: "Investigate" },
  { type: "DEMAND", code: "10", name: "Demand" },
  { type: "DISAPPROVE", code: "11", name: "Disapprove" },
  { type: "REJECT", code: "12", name: "Reject" },
  { type: "THREATEN", code: "13", name: "Threaten" },
  { type: "PROTEST", code: "14", name: "Protest" },
  { type: "EXHIBIT_FORCE_POSTURE", code: "15", name: "Exhibit force posture" },
  { type: "REDUCE_RELATIONS", code: "16", name: "Reduce relations" },
  { type: "COERCE", code: "17", name: "Coerce" },
  { type: "ASSAULT", code: "18", name: "Assault" },
  { type: "FIGHT", code: "19", name: "Fight" },
  { type: "USE_UNCONVENTIONAL_MASS_VIOLENCE", code: "20", name: "Mass violence" },
  { type: "OTHER", code: "00", name: "Other" },
];

const BY_TYPE = new Map(CAMEO_ROOTS.map((root, index) => [root.type, { ...root, index }]));

export function isCameoRoot(value: string): value is CameoRoot {
  return BY_TYPE.has(value as CameoRoot);
}

export function cameoLabel(type: CameoRoot): string {
  const root = BY_TYPE.get(type);
  return root ? `${root.code} ${root.name}` : type;
}

/** Order of a root in the list above, for stable stacking. */
export function cameoOrder(type: CameoRoot): number {
  return BY_TYPE.get(type)?.index ?? CAMEO_ROOTS.length;
}

/**
 * One colour per root, shaded within GDELT's four quad classes so that a
 * glance separates cooperation (greens, blues) from conflict (ambers, reds).
 */
const QUAD_SHADES: Record<string, string[]> = {
  verbalCooperation: ["#1b7837", "#4d9b4d", "#7fbf7b", "#a6d96a", "#5aae61"],
  materialCooperation: ["#2166ac", "#4393c3", "#92c5de"],
  verbalConflict: ["#b35806", "#e08214", "#fdb863", "#c9822b", "#8c510a"],
  materialConflict: ["#d6604d", "#b2182b", "#f4a582", "#67001f", "#e7298a", "#8e0152", "#4a0c20"],
};

export function cameoColor(type: CameoRoot): string {
  const code = Number(BY_TYPE.get(type)?.code ?? 0);
  if (code === 0) return "#8c8c8c";
  if (code <= 5) return QUAD_SHADES.verbalCooperation![code - 1]!;
  if (code <= 8) return QUAD_SHADES.materialCooperation![code - 6]!;
  if (code <= 13) return QUAD_SHADES.verbalConflict![code - 9]!;
  return QUAD_SHADES.materialConflict![code - 14]!;
}
