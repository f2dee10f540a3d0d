import { parseWith } from "../schema/toKinerjaError.js";
import { inclusiveDays } from "./internal/calendar.js";
import { PeriodRangeSchema, type PeriodRangeInput } from "./periodRange.js";

/**
 * The inclusive day count of `start..end`: `end − start + 1` calendar days (UTC dates, so no
 * daylight-saving hour can change it; leap days counted). 1 Jan–30 Apr is 120 days in 2025 and 121 in 2024.
 *
 * @param input - `{ start, end }` (or a `Period`)
 * @returns the number of days, at least 1
 * @throws `KinerjaError` `INVALID_INPUT` for a non-date or impossible date, or an end before the start
 *   (issue at `end`, code `end_before_start`)
 * @example
 * ```ts
 * daysInclusive({ start: "2024-01-01", end: "2024-04-30" }); // 121
 * ```
 */
export function daysInclusive(input: PeriodRangeInput): number {
  const { start, end } = parseWith(PeriodRangeSchema, input, "INVALID_INPUT", "date range");
  return inclusiveDays(start, end);
}
