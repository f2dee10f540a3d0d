import * as z from "zod/mini";
import { KinerjaError, issue } from "../errors/kinerjaError.js";
import { show } from "../math/decimal.js";
import type { RoundingMode } from "../math/round.js";
import type { DecimalText } from "../schema/result.js";
import type { Label } from "../schema/scheme.js";
import { parseWith } from "../schema/toKinerjaError.js";
import {
  buildSystem,
  closure,
  compileCurve,
  conflictMessages,
  DistributionCurveSchema,
  exactCounts,
  findConflict,
  jointRange,
  QuotaRoundingSchema,
  type CompiledCurve,
  type CountRange,
  type LimitSpec,
  type QuotaRounding,
  type SizedLimit,
  type System,
} from "./distributionCurve.js";
import type { LargestRemainderResult } from "./largestRemainder.js";

/** Input of {@link distributionQuotas}. */
export const DistributionQuotasInputSchema = z.strictObject({
  /** Number of employees in the unit (a whole number ≥ 0). */
  size: z.int().check(z.gte(0), z.lte(10_000_000)),
  /** The distribution curve. */
  curve: DistributionCurveSchema,
  /** How shares become head-counts (default: ceil for minima, floor for maxima). */
  rounding: QuotaRoundingSchema,
});

/** Input of {@link distributionQuotas} as written in JSON. */
export type DistributionQuotasInput = z.input<typeof DistributionQuotasInputSchema>;

/** The head-count quota of one category or group of a curve for a unit of a given size. */
export interface LimitQuota {
  /** `category` or `group`. */
  readonly kind: "category" | "group";
  /** Id of the category or group. */
  readonly id: string;
  /** Its label, if the curve gives one. */
  readonly label: Label | null;
  /** The categories it covers (one for a category). */
  readonly categories: readonly string[];
  /** The band ids counted in it. */
  readonly bands: readonly string[];
  /** The limits as the curve states them (shares 0–1 and head-counts). */
  readonly limit: LimitSpec;
  /** `size × min` and `size × max` before rounding (exact), or null without that share. For exact-share curves, the quota `size × share / Σ shares`. */
  readonly exact: { readonly min: DecimalText | null; readonly max: DecimalText | null };
  /** The head-count range this limit allows on its own, after rounding and within 0..size. */
  readonly allowed: CountRange;
  /** The head-count range left when all limits of the curve apply together (never wider than `allowed`). */
  readonly feasible: CountRange;
}

/** Result of {@link distributionQuotas}. */
export interface DistributionQuotas {
  /** Id of the curve. */
  readonly curve: string;
  /** Number of employees in the unit. */
  readonly size: number;
  /** `limits` (shares are minima/maxima) or `largestRemainder` (exact shares apportioned by largest remainder). */
  readonly method: "limits" | "largestRemainder";
  /** The rounding modes applied to `size × min` and `size × max`. */
  readonly rounding: { readonly min: RoundingMode; readonly max: RoundingMode };
  /** One quota per category, best → worst. */
  readonly categories: readonly LimitQuota[];
  /** One quota per group limit, in curve order. */
  readonly groups: readonly LimitQuota[];
  /** For exact-share curves, the largest-remainder apportionment; otherwise null. */
  readonly apportionment: LargestRemainderResult | null;
}

/** Solves the system of a unit, or throws the conflict as INVALID_INPUT. */
function solveOrThrow(system: System, rounding: QuotaRounding, at: readonly (string | number)[], what: string): ReturnType<typeof closure> {
  const conflict = findConflict(system);
  if (conflict) {
    const reasons = conflictMessages(system, conflict, rounding);
    throw new KinerjaError("INVALID_INPUT", `${what}: the curve's limits cannot all be met`, [
      issue([...at], "infeasible_curve", `the limits cannot all be met by ${system.size} employee${system.size === 1 ? "" : "s"}: ${reasons.join("; ")}`),
    ]);
  }
  return closure(system);
}

/** One row of the quota table. */
function quotaRow(curve: CompiledCurve, s: SizedLimit, feasible: CountRange, apportionment: LargestRemainderResult | undefined): LimitQuota {
  const l = s.limit;
  const categories = curve.categories.slice(l.from, l.to + 1);
  const quota = apportionment?.trace.quotas[l.from];
  return {
    kind: l.kind,
    id: l.id,
    label: l.label,
    categories: categories.map((c) => c.id),
    bands: categories.flatMap((c) => c.bands),
    limit: l.spec,
    exact:
      quota !== undefined
        ? { min: quota, max: quota }
        : { min: s.exactMin === undefined ? null : show(s.exactMin), max: s.exactMax === undefined ? null : show(s.exactMax) },
    allowed: s.range,
    feasible,
  };
}

/**
 * The allowed head-count range of every category of a distribution curve for a unit of `size`
 * employees, and a check that the ranges can hold together.
 *
 * - A maximum share becomes `round(size × max)` with `rounding.max` (default `floor`: "at most 70 %"
 *   of 7 = 4.9 → at most 4); a minimum share becomes `round(size × min)` with `rounding.min`
 *   (default `ceil`: "at least 10 %" of 7 = 0.7 → at least 1). Choose `halfUp` to get 5 and 1
 *   instead — the regulation does not say (SE MenPANRB 3/2023, docs/sources.md#se-menpanrb-3-2023), so it is a policy of the caller.
 * - `minCount` / `maxCount` are head-counts applied as they are ("at least one").
 * - Group limits apply to the sum of their categories.
 * - `feasible` is each range narrowed by all other limits together (e.g. "at least 5 Kurang" in a
 *   unit of 7 leaves at most 2 for everyone else).
 * - A curve of exact shares (`share` on every category) is apportioned by `largestRemainder`.
 *
 * Arithmetic is exact (decimal), never binary floating point.
 *
 * @param input - `{ size, curve, rounding? }`
 * @returns the quota table
 * @throws `KinerjaError` `INVALID_INPUT` for a malformed curve (duplicate or unknown categories, a band in two
 *   categories, non-adjacent groups, a minimum above its maximum) or when the limits cannot all be met by
 *   `size` employees (e.g. the minima add up to more than `size`); the message names the conflicting limits
 * @example
 * ```ts
 * const q = distributionQuotas({ size: 7, curve: SE_MENPANRB_3_2023_CURVES.baik });
 * q.categories.find((c) => c.id === "baik")?.allowed; // { min: 0, max: 4 }  (70 % of 7 = 4.9, floor)
 * ```
 */
export function distributionQuotas(input: DistributionQuotasInput): DistributionQuotas {
  const { size, curve, rounding } = parseWith(DistributionQuotasInputSchema, input, "INVALID_INPUT", "distribution quota input");
  const compiled = compileCurve(curve, undefined, ["curve"]);
  const apportionment = exactCounts(compiled, size);
  const system = buildSystem(compiled, size, rounding, apportionment?.counts);
  const c = solveOrThrow(system, rounding, ["size"], "invalid distribution quota input");
  return {
    curve: compiled.id,
    size,
    method: compiled.exact ? "largestRemainder" : "limits",
    rounding: { min: rounding.min, max: rounding.max },
    categories: system.categories.map((s) => quotaRow(compiled, s, jointRange(c, s.limit.from, s.limit.to + 1), apportionment)),
    groups: system.groups.map((s) => quotaRow(compiled, s, jointRange(c, s.limit.from, s.limit.to + 1), apportionment)),
    apportionment: apportionment ?? null,
  };
}
