/**
 * Words of photo captions printed without a credit ("Governor Ana Ruiz speaks at a rally in
 * Austin on Monday."): captions tell what a picture shows in the present tense, news paragraphs
 * in the past. Regex sources, matched case-sensitively against one short line.
 */

/** Present-tense verbs a caption uses for what its picture shows, third person or plural. */
export const CAPTION_VERB =
  "(?:attends?|speaks?|address(?:es)?|gestures?|arrives?|waves?|looks?\\s+on|stands?|sits?|walks?|poses?|holds?|listens?|reacts?|talks?|greets?|delivers?|leaves?|enters?|celebrates?|prays?|mourns?|gathers?|march(?:es)?|protests?|carr(?:y|ies)|inspects?|works?|search(?:es)?|waits?|watch(?:es)?|queues?|shakes?\\s+hands|hugs?|cheers?|rides?|casts?|displays?|clears?|rests?|tours?|lays?|chats?|smiles?|points?|boards?|salutes?|kneels?|surveys?|wades?|is\\s+seen|are\\s+seen|takes?\\s+part|pays?\\s+(?:tribute|respects)|lights?|sweeps?|unloads?|stands?\\s+guard)";

/** Plural nouns for the people a caption shows ("Firefighters work …", "Local residents gather …"). */
export const CAPTION_PEOPLE =
  "(?:people|inspectors|officials|experts|protesters|demonstrators|residents|firefighters|rescuers|rescue\\s+workers|soldiers|police(?:\\s+officers)?|officers|workers|supporters|fans|students|children|women|men|members|players|voters|visitors|pilgrims|mourners|migrants|refugees|troops|volunteers|activists|farmers|crews|worshippers|shoppers|commuters|passengers|relatives|villagers|delegates|lawmakers)";

/** One unnamed person a caption shows ("A woman walks …", "A police officer stands …"). */
export const CAPTION_PERSON =
  "(?:a|an)\\s+(?:\\p{Ll}+\\s+){0,2}(?:man|woman|boy|girl|child|police\\s+officer|officer|firefighter|soldier|worker|resident|supporter|protester|demonstrator|member|volunteer|farmer|nurse|doctor|voter|fan|student|visitor|rescuer|worshipper|shopper|commuter|passenger|relative)";

/** Where a caption places the people in its picture: "Jane Roe, left, and John Doe arrive …". */
export const CAPTION_POSITION =
  "(?:left|right|center|centre|second\\s+(?:from\\s+)?(?:left|right)|front|back|top|bottom)";
