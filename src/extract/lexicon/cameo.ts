import type { CameoCode } from "../types.js";

/** CAMEO root categories (as used by GDELT) with their names. */
export const CAMEO_ROOTS: Readonly<Record<CameoCode, string>> = {
  "00": "OTHER",
  "01": "MAKE PUBLIC STATEMENT",
  "02": "APPEAL",
  "03": "EXPRESS INTENT TO COOPERATE",
  "04": "CONSULT",
  "05": "ENGAGE IN DIPLOMATIC COOPERATION",
  "06": "ENGAGE IN MATERIAL COOPERATION",
  "07": "PROVIDE AID",
  "08": "YIELD",
  "09": "INVESTIGATE",
  "10": "DEMAND",
  "11": "DISAPPROVE",
  "12": "REJECT",
  "13": "THREATEN",
  "14": "PROTEST",
  "15": "EXHIBIT FORCE POSTURE",
  "16": "REDUCE RELATIONS",
  "17": "COERCE",
  "18": "ASSAULT",
  "19": "FIGHT",
  "20": "USE UNCONVENTIONAL MASS VIOLENCE",
};

export const CAMEO_CODES = Object.keys(CAMEO_ROOTS) as CameoCode[];

/** "04 CONSULT" — the form FORMAT.md uses in extraction JSON. */
export function cameoLabel(code: CameoCode): string {
  return `${code} ${CAMEO_ROOTS[code]}`;
}
