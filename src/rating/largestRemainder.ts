import { z } from "zod";
import { KinerjaError, issue } from "../errors/kinerjaError.js";
import { Dec, show } from "../math/decimal.js";
import { NonNegativeDecimalSchema } from "../schema/primitives.js";
import type { DecimalText } from "../schema/result.js";
import { parseWith } from "../schema/toKinerjaError.js";

/** Input of {@link largestRemainder}: how many people to apportion and the relative shares. */
export const LargestRemainderInputSchema = z.strictObject({
  /** Number of people (seats) to apportion: a whole number ≥ 0. */
  total: z.int().min(0).max(1_000_000_000),
  /** Relative shares (any non-negative decimals, e.g. `[20, 70, 10]` or `["0.2", "0.7", "0.1"]`), in declared order. */
  shares: z.array(NonNegativeDecimalSchema).min(1).max(1000),
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

/** Scales decimal texts to integers with a common denominator (exact, no floating point). */
function toScaledIntegers(values: readonly string[]): bigint[] {
  const places = Math.max(0, ...values.map((v) => (v.includes(".") ? (v.split(".")[1] ?? "").length : 0)));
  return values.map((v) => {
    const [i = "0", f = ""] = v.split(".");
    return BigInt(i + f.padEnd(places, "0"));
  });
}

/**
 * Apportions `total` people to relative `shares` by the largest-remainder (Hamilton, Hare quota)
 * method (largest remainder (Hamilton) apportionment, docs/sources.md#methods): each share gets the whole part of its quota `total × share / Σ shares`,
 * and the places left over go one each to the largest fractional parts. Equal remainders are
 * decided by declared order (the earlier share first), so the result is deterministic.
 *
 * The arithmetic is exact: shares are scaled to integers and quotas are compared as integers, so
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
  const scaled = toScaledIntegers(shares);
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

  const sumDec = shares.reduce((a, s) => a.plus(s), new Dec(0));
  const denominator = new Dec(sum.toString());
  return {
    total,
    counts,
    trace: {
      sum: show(sumDec),
      quotas: scaled.map((s) => show(new Dec((t * s).toString()).div(denominator))),
      floors: counts.map((_, i) => Number(floors[i] ?? 0n)),
      remainders: rests.map((r) => show(new Dec(r.toString()).div(denominator))),
      remaining,
      awarded,
    },
  };
}
