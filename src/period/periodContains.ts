import * as z from "zod/mini";
import { parseWith } from "../schema/toKinerjaError.js";
import { dayNumber } from "./internal/calendar.js";
import { PeriodRangeSchema } from "./periodRange.js";

/** Input of {@link periodContains}: two spans of dates. */
export const PeriodContainsInputSchema = z.strictObject({
  /** The enclosing span (e.g. the scheme's period). */
  outer: PeriodRangeSchema,
  /** The span that should lie inside it (e.g. the appraisal's period). */
  inner: PeriodRangeSchema,
});

/** Input of {@link periodContains} as written in JSON. */
export type PeriodContainsInput = z.input<typeof PeriodContainsInputSchema>;

/**
 * Whether `inner` lies within `outer` (both ends included): `outer.start ≤ inner.start` and
 * `inner.end ≤ outer.end`. A period contains itself.
 *
 * @param input - `{ outer, inner }`, each `{ start, end }` or a `Period`
 * @returns true when every day of `inner` is a day of `outer`
 * @throws `KinerjaError` `INVALID_INPUT` for bad dates or an end before a start
 * @example
 * ```ts
 * periodContains({ outer: period({ kind: "year", year: 2026 }), inner: period({ kind: "quarter", year: 2026, index: 2 }) }); // true
 * ```
 */
export function periodContains(input: PeriodContainsInput): boolean {
  const { outer, inner } = parseWith(PeriodContainsInputSchema, input, "INVALID_INPUT", "periodContains input");
  return dayNumber(outer.start) <= dayNumber(inner.start) && dayNumber(inner.end) <= dayNumber(outer.end);
}
