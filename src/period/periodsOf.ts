import * as z from "zod/mini";
import { parseWith } from "../schema/toKinerjaError.js";
import { calendarPeriod } from "./internal/calendarPeriod.js";
import type { Period } from "./periodRange.js";

/** Input of {@link periodsOf}: a year and the kind of sub-period. */
export const PeriodsOfInputSchema = z.strictObject({
  /** The calendar year (1–9999). */
  year: z.int().check(z.gte(1), z.lte(9999)),
  /** `month` (12 periods), `quarter` (4), `semester` (2) or `year` (1). */
  kind: z.enum(["month", "quarter", "semester", "year"]),
});

/** Input of {@link periodsOf} as written in JSON. */
export type PeriodsOfInput = z.input<typeof PeriodsOfInputSchema>;

/**
 * All sub-periods of a kind in a calendar year, in order: they are contiguous, do not overlap, and
 * their days add up to the year's 365 or 366.
 *
 * @param input - `{ year, kind }`
 * @returns the periods (as `period` would return them)
 * @throws `KinerjaError` `INVALID_INPUT` for an unknown kind or a year outside 1–9999
 * @example
 * ```ts
 * periodsOf({ year: 2024, kind: "semester" }).map((p) => [p.label.id, p.days]);
 * // [["Semester I 2024", 182], ["Semester II 2024", 184]]
 * ```
 */
export function periodsOf(input: PeriodsOfInput): Period[] {
  const { year, kind } = parseWith(PeriodsOfInputSchema, input, "INVALID_INPUT", "periodsOf input");
  const count = { month: 12, quarter: 4, semester: 2, year: 1 }[kind];
  return Array.from({ length: count }, (_, i) => calendarPeriod(kind, year, i + 1));
}
