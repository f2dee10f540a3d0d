import * as z from "zod/mini";
import { R100, minOf, rational, showRational, type Rational } from "../math/rational.js";
import { roundRational, type RoundingRule } from "../math/round.js";
import { NonNegativeDecimalSchema, RoundingRuleSchema } from "../schema/primitives.js";
import type { DecimalText, TraceEntry } from "../schema/result.js";
import { parseWith } from "../schema/toKinerjaError.js";

/** Input of {@link allowanceAfterDeduction}. */
export const AllowanceAfterDeductionInputSchema = z.strictObject({
  /** The allowance (e.g. the monthly tunjangan kinerja in rupiah). */
  allowance: NonNegativeDecimalSchema,
  /** The total deduction in percent; above 100 it is capped at 100. */
  percent: NonNegativeDecimalSchema,
  /** Rounding of the deducted amount, e.g. `{ places: 0, mode: "halfUp" }` for whole rupiah (default: none, exact). */
  rounding: z.optional(RoundingRuleSchema),
});

/** Input of {@link allowanceAfterDeduction} as written in JSON. */
export type AllowanceAfterDeductionInput = z.input<typeof AllowanceAfterDeductionInputSchema>;

/** The paid allowance after a deduction. */
export interface AllowanceAfterDeduction {
  /** The allowance. */
  readonly allowance: DecimalText;
  /** The percent applied (the input, capped at 100). */
  readonly percent: DecimalText;
  /** `allowance × percent / 100` (rounded when asked). */
  readonly deduction: DecimalText;
  /** `allowance − deduction`. */
  readonly paid: DecimalText;
  /** How `percent`, `deduction` and `paid` were computed. */
  readonly trace: readonly TraceEntry[];
}

/** Computes the deduction and the paid amount (shared with `evaluateRules`); trace paths start with `at`. */
export function deductAllowance(base: Rational, percent: Rational, rounding: RoundingRule | null, at: string): { deduction: DecimalText; paid: DecimalText; trace: TraceEntry[] } {
  const exact = base.times(percent).div(R100);
  const deduction = rounding === null ? exact : roundRational(exact, rounding);
  const paid = base.minus(deduction);
  const d: TraceEntry = { at: `${at}.deduction`, formula: "percentOf", value: showRational(deduction), inputs: { base: showRational(base), percent: showRational(percent) } };
  return {
    deduction: showRational(deduction),
    paid: showRational(paid),
    trace: [
      rounding === null ? d : { ...d, rounding: { places: rounding.places, mode: rounding.mode, exact: showRational(exact) } },
      { at: `${at}.paid`, formula: "difference", value: showRational(paid), inputs: { base: showRational(base), deduction: showRational(deduction) } },
    ],
  };
}

/**
 * The allowance paid after a percentage deduction (tunjangan kinerja deduction tables, docs/sources.md#methods): `deduction = allowance × min(percent, 100) / 100`,
 * `paid = allowance − deduction`. Exact decimals; rounding of the deducted amount (e.g. to whole rupiah)
 * only when `rounding` is given.
 *
 * @param input - `{ allowance, percent, rounding? }`
 * @returns the percent applied, the deduction, the paid amount and their trace
 * @throws `KinerjaError` `INVALID_INPUT` for a negative or non-decimal allowance or percent
 * @example
 * ```ts
 * allowanceAfterDeduction({ allowance: 4_800_000, percent: "7.25" }); // deduction "348000", paid "4452000"
 * ```
 */
export function allowanceAfterDeduction(input: AllowanceAfterDeductionInput): AllowanceAfterDeduction {
  const { allowance, percent, rounding } = parseWith(AllowanceAfterDeductionInputSchema, input, "INVALID_INPUT", "allowanceAfterDeduction input");
  const base = rational(allowance);
  const asked = rational(percent);
  const applied = minOf(asked, R100);
  const p: TraceEntry = { at: "percent", formula: "cap", value: showRational(applied), inputs: { sum: showRational(asked), cap: "100" } };
  const d = deductAllowance(base, applied, rounding ?? null, "");
  const trace = [asked.gt(R100) ? { ...p, clamp: { by: "cap" as const, unclamped: showRational(asked) } } : p, ...d.trace.map((e) => ({ ...e, at: e.at.slice(1) }))];
  return { allowance: showRational(base), percent: showRational(applied), deduction: d.deduction, paid: d.paid, trace };
}
