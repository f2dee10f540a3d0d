// Calendar arithmetic of the period module: proleptic Gregorian, pure integer arithmetic.
//
// Why not `Date` + date-fns here: without `@date-fns/utc`, date-fns 4 computes in the host's
// LOCAL time zone. Feeding it UTC-midnight dates shifts every date back one day in zones west of
// UTC, and the shift changes sign in zones whose offset crosses 0 during the year
// (Atlantic/Azores −1 ↔ 0): a span across such a change would count one day too many or too few.
// Local-midnight dates fail where a whole day was skipped (Pacific/Apia, 30 Dec 2011). A day
// number computed from year/month/day with integers (H. Hinnant's `days_from_civil`) has no time
// zone at all, so the counts are the same on every machine. date-fns supplies the month names
// (its `id` and `en-US` locales), which involve no dates.
import type { Month } from "date-fns";
import { enUS } from "date-fns/locale/en-US";
import { id as indonesian } from "date-fns/locale/id";

/** Year, month (1–12) and day of a `YYYY-MM-DD` text (already validated by `DateSchema`). */
export function civil(text: string): { readonly year: number; readonly month: number; readonly day: number } {
  return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)) };
}

/** Whether a year is a Gregorian leap year (divisible by 4, except centuries not divisible by 400). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether a `YYYY-MM-DD` text names a real calendar date (so 2025-02-30 and 2025-13-01 do not). */
export function isDateText(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const { year, month, day } = civil(text);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days from 1970-01-01 to the date (negative before it); the date is a validated `YYYY-MM-DD`. */
export function dayNumber(text: string): number {
  const { year, month, day } = civil(text);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0 … February = 11
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `YYYY-MM-DD` text of a day number (inverse of {@link dayNumber}). */
export function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** `YYYY-MM-DD` of a year, month (1–12) and day. */
export function dateText(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Inclusive day count of `start..end` (both `YYYY-MM-DD`): `end − start + 1`. */
export function inclusiveDays(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

/** The month's name (1–12) in Indonesian and English, from the date-fns locales. */
export function monthName(month: number): { readonly id: string; readonly en: string } {
  const index = (month - 1) as Month;
  return {
    id: String(indonesian.localize.month(index, { width: "wide" })),
    en: String(enUS.localize.month(index, { width: "wide" })),
  };
}

/** `1 Januari 2026` / `1 January 2026` for a date text. */
export function longDate(text: string): { readonly id: string; readonly en: string } {
  const { year, month, day } = civil(text);
  const name = monthName(month);
  return { id: `${day} ${name.id} ${year}`, en: `${day} ${name.en} ${year}` };
}
