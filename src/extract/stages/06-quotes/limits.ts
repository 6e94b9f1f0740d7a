export const MIN_QUOTE_WORDS = 4;
/** How close (in characters) an organization must be for a bare "a spokesman said" to speak for it. */
export const RECENT_ORGANIZATION_DISTANCE = 400;
/** How far an attribution window reaches outside the quote, in characters. */
export const MAX_WINDOW = 400;
/** Sentences shorter than this (in tokens) can be a bare attribution: "Lavrov said." */
export const MAX_ATTRIBUTION_TOKENS = 10;
