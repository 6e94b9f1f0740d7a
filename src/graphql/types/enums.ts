import { CAMEO_CODES, CAMEO_ROOTS } from "../../extract/lexicon/cameo.js";
import { builder } from "../builder.js";

export const EntityTypeEnum = builder.enumType("EntityType", {
  values: ["PERSON", "ORGANIZATION", "LOCATION"] as const,
});

export const DatePrecisionEnum = builder.enumType("DatePrecision", {
  description: "How much of an event's date is known.",
  values: ["DAY", "MONTH", "YEAR"] as const,
});

export const ParticipantRoleEnum = builder.enumType("ParticipantRole", {
  description: "ACTOR does the action, TARGET receives it, OTHER takes part otherwise.",
  values: ["ACTOR", "TARGET", "OTHER"] as const,
});

/** GraphQL enum value name of a CAMEO root ("04" → CONSULT). */
export function cameoEnumName(code: string): string {
  return (CAMEO_ROOTS[code as keyof typeof CAMEO_ROOTS] ?? "OTHER").replace(/ /g, "_");
}

/** CAMEO code and root name, e.g. "04 CONSULT": the label of events and type counts. */
export function cameoLabel(code: string): string {
  return `${code} ${CAMEO_ROOTS[code as keyof typeof CAMEO_ROOTS] ?? "OTHER"}`;
}

/** CAMEO code of a GraphQL enum value name (CONSULT → "04"). */
export const cameoCodeOfName = new Map(CAMEO_CODES.map((code) => [cameoEnumName(code), code]));

export const CameoRootEnum = builder.enumType("CameoRoot", {
  description: "CAMEO root event categories, as coded by GDELT.",
  values: Object.fromEntries(
    CAMEO_CODES.map((code) => [
      cameoEnumName(code),
      { value: code, description: `${code} ${CAMEO_ROOTS[code]}` },
    ]),
  ),
});
