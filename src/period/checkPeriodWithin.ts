import * as z from "zod/mini";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { fromZodIssues, parseWith, safeParseGuarded } from "../schema/toKinerjaError.js";
import { dayNumber } from "./internal/calendar.js";
import { PeriodRangeSchema, type PeriodRangeInput } from "./periodRange.js";

/** Input of {@link checkPeriodWithin}. */
export const CheckPeriodWithinInputSchema = z.strictObject({
  /** The enclosing span, e.g. the scheme's period (must itself be valid: else `INVALID_INPUT` at `outer…`). */
  outer: z.unknown(),
  /** The span to check, e.g. the appraisal's period. */
  inner: z.unknown(),
  /** Path of `inner` in the caller's input, used in the issues (default `["period"]`). */
  path: z._default(z.array(z.union([z.string().check(z.maxLength(200)), z.int().check(z.gte(0))])).check(z.maxLength(50)), ["period"]),
  /** Error code when `inner` is malformed or outside `outer` (default `INVALID_APPRAISAL`). */
  code: z._default(z.enum(["INVALID_APPRAISAL", "INVALID_INPUT", "INVALID_SCHEME"]), "INVALID_APPRAISAL"),
});

/** Input of {@link checkPeriodWithin} as written in code. */
export interface CheckPeriodWithinInput {
  /** The enclosing span (`{ start, end }` or a `Period`), e.g. the scheme's period. */
  readonly outer: PeriodRangeInput;
  /** The span to check (`{ start, end }` or a `Period`), e.g. the appraisal's period. */
  readonly inner: PeriodRangeInput;
  /** Path of `inner` in the caller's input, used in the issues (default `["period"]`). */
  readonly path?: readonly (string | number)[] | undefined;
  /** Error code when `inner` is malformed or outside `outer` (default `INVALID_APPRAISAL`). */
  readonly code?: "INVALID_APPRAISAL" | "INVALID_INPUT" | "INVALID_SCHEME" | undefined;
}

/**
 * Checks that a period lies within another — for the engine: an appraisal whose period is not
 * inside its scheme's period is an error. Returns nothing when it does; otherwise throws.
 *
 * @param input - `{ outer, inner, path?, code? }`
 * @throws `KinerjaError` with `code` (default `INVALID_APPRAISAL`) when `inner` starts before
 *   `outer` (issue at `<path>.start`, code `outside_period`), ends after it (at `<path>.end`, same
 *   code), or is malformed (e.g. `<path>.end`, code `end_before_start`); `INVALID_INPUT` (issues at
 *   `outer…`) when `outer` itself is malformed
 * @example
 * ```ts
 * checkPeriodWithin({ outer: { start: "2026-01-01", end: "2026-12-31" }, inner: { start: "2025-12-01", end: "2026-03-31" } });
 * // throws KinerjaError INVALID_APPRAISAL, issue at "period.start" (outside_period)
 * ```
 */
export function checkPeriodWithin(input: CheckPeriodWithinInput): void {
  const { outer, inner, path, code } = parseWith(CheckPeriodWithinInputSchema, input, "INVALID_INPUT", "checkPeriodWithin input");
  const parsedOuter = safeParseGuarded(PeriodRangeSchema, outer);
  if (!parsedOuter.success) throw new KinerjaError("INVALID_INPUT", "invalid outer period", fromZodIssues(parsedOuter.error.issues, ["outer"]));
  const o = parsedOuter.data;
  const r = safeParseGuarded(PeriodRangeSchema, inner);
  if (!r.success) throw new KinerjaError(code, "invalid period", fromZodIssues(r.error.issues, path));
  const i = r.data;
  const problems: KinerjaIssue[] = [];
  const span = `${o.start}..${o.end}`;
  if (dayNumber(i.start) < dayNumber(o.start)) problems.push(issue([...path, "start"], "outside_period", `${i.start} is before the period ${span}`));
  if (dayNumber(i.end) > dayNumber(o.end)) problems.push(issue([...path, "end"], "outside_period", `${i.end} is after the period ${span}`));
  if (problems.length > 0) throw new KinerjaError(code, `the period ${i.start}..${i.end} is not within ${span}`, problems);
}
