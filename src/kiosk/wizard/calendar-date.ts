// Dates as the wizard keeps them: ISO calendar dates ("1990-01-31") with no time or zone, so a
// date of birth never shifts by a day between the kiosk, the hub and the officer's screen.

/** A date split into its parts; months and days count from 1. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The ISO text for a real calendar date (no 31 February), or undefined. */
export function isoDateFrom(year: number, month: number, day: number): string | undefined {
  if (![year, month, day].every(Number.isInteger)) return undefined;
  if (year < 1 || year > 9999 || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads "YYYY-MM-DD" strictly; undefined for any other shape or a day that does not exist. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isoDateFrom(year, month, day) ? { year, month, day } : undefined;
}

/** Reads the "ddmmyyyy" dates printed in a CCCD QR into ISO text, or undefined. */
export function isoDateFromDdmmyyyy(text: string): string | undefined {
  if (!/^\d{8}$/.test(text)) return undefined;
  return isoDateFrom(Number(text.slice(4)), Number(text.slice(2, 4)), Number(text.slice(0, 2)));
}

/** Whole years completed between a birth date and `today` (both valid ISO dates). */
export function ageOn(birth: string, today: string): number {
  const b = parseIsoDate(birth);
  const t = parseIsoDate(today);
  if (!b || !t) return Number.NaN;
  const beforeBirthday = t.month < b.month || (t.month === b.month && t.day < b.day);
  return t.year - b.year - (beforeBirthday ? 1 : 0);
}

/** The ISO date `days` days after (or before, when negative) a valid ISO date. */
export function addDays(iso: string, days: number): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not an ISO date: ${iso}`);
  const utc = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return utc.toISOString().slice(0, 10);
}

/** The same day `years` years earlier (29 February becomes 28 February when needed). */
export function yearsBefore(iso: string, years: number): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not an ISO date: ${iso}`);
  const year = d.year - years;
  return isoDateFrom(year, d.month, Math.min(d.day, daysInMonth(year, d.month)))!;
}

/** Today's date on this kiosk's clock, in its own time zone (Hanoi on a deployed kiosk). */
export function todayIso(now: Date = new Date()): string {
  return isoDateFrom(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}
