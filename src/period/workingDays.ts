import * as z from "zod/mini";
import { DateSchema } from "../schema/primitives.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { dayNumber, fromDayNumber } from "./internal/calendar.js";

/**
 * A working-day calendar given as data: the weekly days off and the dated holidays (national holidays,
 * cuti bersama, local days off). kinerja ships no holiday list: the caller supplies the one that applies
 * (e.g. the year's SKB Tiga Menteri on libur nasional and cuti bersama).
 */
export const WorkingCalendarSchema = z.strictObject({
  /** Dates that are not working days, `YYYY-MM-DD`. */
  holidays: z._default(z.array(DateSchema).check(z.maxLength(10_000)), []),
  /** Weekly days off, 0 = Sunday … 6 = Saturday (default Saturday and Sunday: a five-day week). */
  weekend: z._default(z.array(z.int().check(z.gte(0), z.lte(6))).check(z.maxLength(6)), [0, 6]),
});

/** A working-day calendar as written in JSON. */
export type WorkingCalendarInput = z.input<typeof WorkingCalendarSchema>;

/** Day of the week of a day number (0 = Sunday); 1970-01-01 was a Thursday. */
const weekday = (n: number): number => (((n + 4) % 7) + 7) % 7;

/** A compiled calendar: is a day number a working day? */
function workingDayTest(calendar: z.output<typeof WorkingCalendarSchema>): (n: number) => boolean {
  const off = new Set(calendar.holidays.map(dayNumber));
  const weekend = new Set(calendar.weekend);
  return (n) => !weekend.has(weekday(n)) && !off.has(n);
}

const AddInput = z.strictObject({ from: DateSchema, days: z.int().check(z.gte(0), z.lte(100_000)), calendar: z._default(WorkingCalendarSchema, { holidays: [], weekend: [0, 6] }) });

/**
 * The date N working days after `from`, which is day 0 (policy `dayZero`: the day a report is received
 * does not count, whatever day it is). With 0, `from` itself.
 *
 * @param input - `{ from, days, calendar? }`
 * @returns the `YYYY-MM-DD` of the N-th working day
 * @throws `KinerjaError` `INVALID_INPUT` for a malformed date or calendar
 * @example
 * ```ts
 * // received Thursday 2 Oct 2025, Monday 6 Oct a holiday: the 5th working day is Friday 10 Oct
 * addWorkingDays({ from: "2025-10-02", days: 5, calendar: { holidays: ["2025-10-06"] } }); // "2025-10-10"
 * ```
 */
export function addWorkingDays(input: { readonly from: string; readonly days: number; readonly calendar?: WorkingCalendarInput | undefined }): string {
  const v = parseWith(AddInput, input, "INVALID_INPUT", "working-day input");
  const works = workingDayTest(v.calendar);
  let n = dayNumber(v.from);
  let left = v.days;
  let guard = 0;
  while (left > 0 && guard < 1_000_000) {
    n += 1;
    guard += 1;
    if (works(n)) left -= 1;
  }
  return fromDayNumber(n);
}

const BetweenInput = z.strictObject({ from: DateSchema, to: DateSchema, calendar: z._default(WorkingCalendarSchema, { holidays: [], weekend: [0, 6] }) });

/**
 * Working days after `from` up to and including `to` (so `from` is day 0): how many working days a
 * response took. Negative when `to` is before `from` (minus the working days from `to` up to `from`, exclusive of `to`).
 *
 * @param input - `{ from, to, calendar? }`
 * @returns the number of working days
 * @throws `KinerjaError` `INVALID_INPUT` for a malformed date or calendar
 * @example
 * ```ts
 * workingDaysBetween({ from: "2025-10-02", to: "2025-10-13", calendar: { holidays: ["2025-10-06"] } }); // 6
 * ```
 */
export function workingDaysBetween(input: { readonly from: string; readonly to: string; readonly calendar?: WorkingCalendarInput | undefined }): number {
  const v = parseWith(BetweenInput, input, "INVALID_INPUT", "working-day input");
  const works = workingDayTest(v.calendar);
  const a = dayNumber(v.from);
  const b = dayNumber(v.to);
  let count = 0;
  if (b >= a) for (let n = a + 1; n <= b; n++) count += works(n) ? 1 : 0;
  else for (let n = b + 1; n <= a; n++) count -= works(n) ? 1 : 0;
  return count;
}
