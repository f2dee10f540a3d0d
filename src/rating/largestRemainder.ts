import * as z from "zod/mini";
import { KinerjaError, issue } from "../errors/kinerjaError.js";
import { R0, rational, showRational, type Rational } from "../math/rational.js";
import { NonNegativeDecimalSchema } from "../schema/primitives.js";
import type { DecimalText } from "../schema/result.js";
import { parseWith } from "../schema/toKinerjaError.js";

/** Input of {@link largestRemainder}: how many people to apportion and the relative shares. */
export const LargestRemainderInputSchema = z.strictObject({
  /** Number of people (seats) to apportion: a whole number ≥ 0. */
  total: z.int().check(z.gte(0), z.lte(1_000_000_000)),
  /** Relative shares (any non-negative decimals, e.g. `[20, 70, 10]` or `["0.2", "0.7", "0.1"]`), in declared order. */
  shares: z.array(NonNegativeDecimalSchema).check(z.minLength(1), z.maxLength(1000)),
});

/** Input of {@link largestRemainder} as written in JSON. */
export type LargestRemainderInput = z.input<typeof LargestRemainderInputSchema>;

/** How {@link largestRemainder} reached its counts: quotas, floors, remainders and who got the extra places. */
export interface LargestRemainderTrace {
  /** Sum of the shares (the divisor). */
  readonly sum: DecimalText;
  /** Exact quota `total × share / sum` of each share (full precision: 40 significant digits when it does not terminate). */
  readonly quotas: readonly DecimalText[];
  /** Whole part of each quota. */
  readonly floors: readonly number[];
  /** Fractional part of each quota (same precision as the quotas). */
  readonly remainders: readonly DecimalText[];
  /** Places left after the floors: `total − Σ floors`. */
  readonly remaining: number;
  /** Indices that received one extra place, in the order they received it (largest remainder first; equal remainders by declared order). */
  readonly awarded: readonly number[];
}

/** Result of {@link largestRemainder}. */
export interface LargestRemainderResult {
  /** The number apportioned. */
  readonly total: number;
  /** Whole counts, one per share, summing to `total`; each is the floor or the ceiling of its quota. */
  readonly counts: readonly number[];
  /** The derivation. */
  readonly trace: LargestRemainderTrace;
}

/**
 * Apportions `total` people to relative `shares` by the largest-remainder (Hamilton, Hare quota)
 * method (largest remainder (Hamilton) apportionment, docs/sources.md#methods): each share gets the whole part of its quota `total × share / Σ shares`,
 * and the places left over go one each to the largest fractional parts. Equal remainders are
 * decided by declared order (the earlier share first), so the result is deterministic.
 *
 * The arithmetic is exact: shares are scaled to integers (`BigInt`) and quotas are compared as integers, so
 * `0.57 × 100` floors to 57 (binary floating point gives 56). Every count is the floor or the
 * ceiling of its quota (the quota rule). Known property of the method: adding one person can take
 * a place away from a share (the Alabama paradox).
 *
 * @param input - `{ total, shares }`
 * @returns the counts (summing to `total`) and the trace of quotas and remainders
 * @throws `KinerjaError` `INVALID_INPUT` for a negative or fractional total, negative shares, or shares that are all zero
 * @example
 * ```ts
 * largestRemainder({ total: 17, shares: [20, 70, 10] }).counts; // [3, 12, 2]
 * ```
 */
export function largestRemainder(input: LargestRemainderInput): LargestRemainderResult {
  const { total, shares } = parseWith(LargestRemainderInputSchema, input, "INVALID_INPUT", "largest-remainder input");
  const exact = shares.map((x) => rational(x));
  const sum = exact.reduce((a: Rational, b) => a.plus(b), R0);
  if (sum.isZero()) throw new KinerjaError("INVALID_INPUT", "invalid largest-remainder input", [issue(["shares"], "invalid_share", "the shares must not all be zero")]);
  // Exact quotas total × share / sum, their whole parts and what is left over.
  const quotas = exact.map((x) => x.times(total).div(sum));
  const floors = quotas.map((q) => q.floor());
  const rests = quotas.map((q, i) => q.minus(floors[i] as Rational));
  const counts = floors.map((f) => f.toNumber());
  const remaining = total - counts.reduce((a, b) => a + b, 0);
  const awarded = rests
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.cmp(a.r) || a.i - b.i)
    .slice(0, remaining)
    .map((x) => x.i);
  const floorCounts = [...counts];
  for (const i of awarded) counts[i] = (counts[i] ?? 0) + 1;

  return {
    total,
    counts,
    trace: {
      sum: showRational(sum),
      quotas: quotas.map((q) => showRational(q)),
      floors: floorCounts,
      remainders: rests.map((r) => showRational(r)),
      remaining,
      awarded,
    },
  };
}
