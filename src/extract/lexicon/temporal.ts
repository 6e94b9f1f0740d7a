/** Full weekday names, index = UTC day of week (0 = Sunday). */
export const WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;

/** Words that turn a weekday into a named day that is not a date reference ("Black Friday"). */
export const WEEKDAY_NAME_PREFIXES: ReadonlySet<string> = new Set([
  "black",
  "good",
  "cyber",
  "super",
  "ash",
  "easter",
  "bloody",
  "holy",
  "maundy",
  "palm",
  "shrove",
  "giving",
]);

/** Words before a bare "May" that make it the month rather than the modal verb. */
export const MAY_MONTH_CUES: ReadonlySet<string> = new Set([
  "in",
  "since",
  "until",
  "till",
  "by",
  "early",
  "late",
  "mid",
  "of",
  "last",
  "next",
  "this",
  "from",
  "through",
  "during",
  "before",
  "after",
]);

/**
 * Clause words announcing a future or planned happening; a date after them
 * resolves forward from the publication date instead of backward.
 */
export const FUTURE_CUES: readonly string[] = [
  "will",
  "'ll",
  "\u2019ll",
  "shall",
  "scheduled",
  "slated",
  "set to",
  "due to",
  "due on",
  "due in",
  "to be held",
  "to take place",
  "plans to",
  "plan to",
  "planned",
  "planning",
  "upcoming",
  "expected to",
  // "The vote is expected on Friday", "a verdict is due Thursday".
  "is expected",
  "are expected",
  "is due",
  "are due",
  "is set for",
  "are set for",
  "is to",
  "are to",
  "going to",
  "would",
  "begins",
  "starts",
  "opens",
  // Present tense for a scheduled happening: "the committee meets in June", "voters go to the polls on Sunday".
  "meets",
  "begin",
  "resume",
  "resumes",
  "expires",
  "takes effect",
  "take effect",
  "comes into force",
  "come into force",
  "go to the polls",
  "goes to the polls",
  // A deadline still running: "the deadline is midnight Friday", "they have until Monday".
  "deadline is",
  "deadline of",
  "has until",
  "have until",
];

/** Number words used in relative expressions ("two days later"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  several: 3,
  few: 3,
};

/**
 * Holidays on the same calendar day every year, as [month, day], named as printed in prose
 * ("on Christmas Day" is a date like "on December 25"). A country's own days ("Independence
 * Day") differ between countries and are left out.
 */
export const FIXED_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  "New Year's Day": [1, 1],
  "New Year's Eve": [12, 31],
  "Christmas Eve": [12, 24],
  "Christmas Day": [12, 25],
  "Boxing Day": [12, 26],
  "Valentine's Day": [2, 14],
  Halloween: [10, 31],
  "St Patrick's Day": [3, 17],
  "St. Patrick's Day": [3, 17],
  "Saint Patrick's Day": [3, 17],
  "May Day": [5, 1],
  "Armistice Day": [11, 11],
  "Remembrance Day": [11, 11],
  "Veterans Day": [11, 11],
};
