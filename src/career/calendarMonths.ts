import * as z from "zod/mini";
import { DateSchema } from "../schema/primitives.js";
import { parseWith } from "../schema/toKinerjaError.js";

/** A `YYYY-MM-DD` date as year, month (1–12), day. */
interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const read = (date: string): Ymd => ({ y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) });
const pad = (n: number, w: number): string => String(n).padStart(w, "0");
const write = (v: Ymd): string => `${pad(v.y, 4)}-${pad(v.m, 2)}-${pad(v.d, 2)}`;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** @internal `date` plus `months` calendar months, the 29th–31st clamped to the month's end (validated dates only). */
export function plusMonths(date: string, months: number): string {
  const v = read(date);
  const index = v.y * 12 + (v.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return write({ y, m, d: Math.min(v.d, daysIn(y, m)) });
}

/** @internal Whole calendar months from `from` to `to`: a month counts only once its day is reached (negative when `to` is earlier). */
export function monthsFrom(from: string, to: string): number {
  const a = read(from);
  const b = read(to);
  let n = (b.y - a.y) * 12 + (b.m - a.m);
  if (n > 0 && plusMonths(from, n) > to) n -= 1;
  if (n < 0 && plusMonths(from, n) < to) n += 1;
  return n;
}

/** Input schema of {@link addMonths}. */
export const AddMonthsInputSchema = z.strictObject({ date: DateSchema, months: z.int().check(z.gte(-12_000), z.lte(12_000)) });

/** Input of {@link addMonths}. */
export type AddMonthsInput = z.input<typeof AddMonthsInputSchema>;

/**
 * A date plus whole calendar months, the 29th–31st clamped to the end of a shorter month (so a six-month
 * window opened on 31 August 2023 closes on 29 February 2024).
 *
 * @param input - `{ date: "YYYY-MM-DD", months }`
 * @returns the date `YYYY-MM-DD`
 * @throws `KinerjaError` `INVALID_INPUT`
 * @example
 * ```ts
 * addMonths({ date: "2023-08-31", months: 6 }); // "2024-02-29"
 * ```
 */
export function addMonths(input: AddMonthsInput): string {
  const v = parseWith(AddMonthsInputSchema, input, "INVALID_INPUT", "addMonths input");
  return plusMonths(v.date, v.months);
}

/** Input schema of {@link wholeMonths}. */
export const WholeMonthsInputSchema = z.strictObject({ from: DateSchema, to: DateSchema });

/** Input of {@link wholeMonths}. */
export type WholeMonthsInput = z.input<typeof WholeMonthsInputSchema>;

/**
 * Whole calendar months between two dates, a month counting only once its day is reached (the masa
 * kerja in a pangkat from its TMT): from 1 November 2021 to 1 October 2025 is 47 months.
 *
 * @param input - `{ from, to }` (`YYYY-MM-DD`)
 * @returns the months (negative when `to` is before `from`)
 * @throws `KinerjaError` `INVALID_INPUT`
 * @example
 * ```ts
 * wholeMonths({ from: "2021-11-01", to: "2025-10-01" }); // 47
 * ```
 */
export function wholeMonths(input: WholeMonthsInput): number {
  const v = parseWith(WholeMonthsInputSchema, input, "INVALID_INPUT", "wholeMonths input");
  return monthsFrom(v.from, v.to);
}
