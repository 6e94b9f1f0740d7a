import type { DatePrecision } from "./types.js";

/** A calendar day in UTC; month is 1-12. */
export interface DayDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" into a day, or null when malformed. */
export function parseIsoDay(value: string | null | undefined): DayDate | null {
  if (!value) return null;
  const match = ISO_DAY.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Number of days in a month of a year (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(date: DayDate): Date {
  const utc = new Date(Date.UTC(2000, date.month - 1, date.day));
  utc.setUTCFullYear(date.year);
  return utc;
}

function fromUtc(utc: Date): DayDate {
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** The day `days` after `date` (negative goes back). */
export function addDays(date: DayDate, days: number): DayDate {
  const utc = toUtc(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return fromUtc(utc);
}

/** Shifts a month by `months`, returning year and month only (day set to 1). */
export function addMonths(date: DayDate, months: number): DayDate {
  const index = date.year * 12 + (date.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

/** Whole days from `a` to `b`, as an absolute number. */
export function daysBetween(a: DayDate, b: DayDate): number {
  return Math.abs(Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000));
}

/** Day of week, 0 = Sunday. */
export function weekdayOf(date: DayDate): number {
  return toUtc(date).getUTCDay();
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareDays(a: DayDate, b: DayDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The given weekday nearest to `reference` in one direction. `back` finds the
 * most recent one on or before the reference, `forward` the next one on or after;
 * `strict` excludes the reference day itself ("last Friday", "next Friday").
 */
export function nearestWeekday(
  reference: DayDate,
  weekday: number,
  direction: "back" | "forward",
  strict = false,
): DayDate {
  const today = weekdayOf(reference);
  if (direction === "back") {
    let offset = (today - weekday + 7) % 7;
    if (strict && offset === 0) offset = 7;
    return addDays(reference, -offset);
  }
  let offset = (weekday - today + 7) % 7;
  if (strict && offset === 0) offset = 7;
  return addDays(reference, offset);
}

/** Year for a month (and optional day) seen from `reference`, backward or forward, same month allowed. */
export function yearForMonth(
  reference: DayDate,
  month: number,
  day: number | null,
  direction: "back" | "forward",
): number {
  const candidate: DayDate = { year: reference.year, month, day: day ?? reference.day };
  const order = day === null ? month - reference.month : compareDays(candidate, reference);
  if (direction === "back") return order > 0 ? reference.year - 1 : reference.year;
  return order < 0 ? reference.year + 1 : reference.year;
}

/** Formats a date at a precision: "2017-04-07", "2017-04" or "2017". */
export function formatDate(date: DayDate, precision: DatePrecision): string {
  const year = String(date.year).padStart(4, "0");
  if (precision === "YEAR") return year;
  const month = String(date.month).padStart(2, "0");
  if (precision === "MONTH") return `${year}-${month}`;
  return `${year}-${month}-${String(date.day).padStart(2, "0")}`;
}

/** Parses a value written by `formatDate` back into a date and its precision. */
export function parseDateValue(value: string): { date: DayDate; precision: DatePrecision } | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[3] !== undefined)
    return { date: { year, month: Number(match[2]), day: Number(match[3]) }, precision: "DAY" };
  if (match[2] !== undefined)
    return { date: { year, month: Number(match[2]), day: 1 }, precision: "MONTH" };
  return { date: { year, month: 1, day: 1 }, precision: "YEAR" };
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): DayDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}
