import * as z from "zod/mini";
import { KinerjaError, issue } from "../errors/kinerjaError.js";
import { divideSignificant, formatScaled, parseScaled, roundSignificant, toCommonScale, type Scaled } from "../math/scaledInt.js";
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
  const { values: scaled } = toCommonScale(shares.map(parseScaled));
  const sum = scaled.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new KinerjaError("INVALID_INPUT", "invalid largest-remainder input", [issue(["shares"], "invalid_share", "the shares must not all be zero")]);
  const t = BigInt(total);
  const floors = scaled.map((s) => (t * s) / sum);
  const rests = scaled.map((s, i) => t * s - (floors[i] ?? 0n) * sum);
  const remaining = total - floors.reduce((a, b) => a + Number(b), 0);
  const byRemainder = rests
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  const awarded = byRemainder.slice(0, remaining).map((x) => x.i);
  const counts = floors.map((f) => Number(f));
  for (const i of awarded) counts[i] = (counts[i] ?? 0) + 1;

  return {
    total,
    counts,
    trace: {
      sum: shownSum(shares),
      quotas: scaled.map((s) => divideSignificant(t * s, sum)),
      floors: counts.map((_, i) => Number(floors[i] ?? 0n)),
      remainders: rests.map((r) => divideSignificant(r, sum)),
      remaining,
      awarded,
    },
  };
}

/**
 * The sum of the shares as the trace shows it: added one by one, each partial sum rounded to the
 * significant digits of kinerja's decimal context (so a sum longer than that reads as it always has).
 */
function shownSum(shares: readonly string[]): string {
  let acc: Scaled = { value: 0n, scale: 0 };
  for (const share of shares) {
    const { values, scale } = toCommonScale([acc, parseScaled(share)]);
    acc = roundSignificant({ value: (values[0] ?? 0n) + (values[1] ?? 0n), scale });
  }
  return formatScaled(acc.value, acc.scale);
}
