/**
 * Exact descriptive statistics on decimals of the private context (internal to `feedback/`).
 * Every function sorts or receives sorted values, so a result never depends on the order of raters.
 * @internal
 * @module
 */
import { rational, R0 as ZERO, divide as div, type Rational as D } from "../../math/rational.js";

/** A statistic with the named inputs of its formula (for steps). @internal */
export interface Stat {
  /** The value. */
  readonly value: D;
  /** Formula name, e.g. `mean`. */
  readonly formula: string;
  /** Named inputs of the formula. */
  readonly inputs: Readonly<Record<string, D>>;
}

/** Ascending copy of `values` (exact comparison). @internal */
export function sortAsc(values: readonly D[]): D[] {
  return [...values].sort((a, b) => a.comparedTo(b));
}

/** Sum of `values`, added in ascending order so that the result does not depend on the input order. @internal */
export function sumOf(values: readonly D[]): D {
  return sortAsc(values).reduce((acc, v) => acc.plus(v), ZERO);
}

/** Arithmetic mean `Σx / n` of a non-empty list. @internal */
export function meanOf(values: readonly D[]): Stat {
  const sum = sumOf(values);
  const n = rational(values.length);
  return { value: div(sum, n), formula: "mean", inputs: { sum, n } };
}

/** Median of a non-empty list: the middle value, or the mean of the two middle values when n is even. @internal */
export function medianOf(values: readonly D[], sorted = false): Stat {
  const s = sorted ? values : sortAsc(values);
  const n = s.length;
  const lower = s[Math.floor((n - 1) / 2)] ?? ZERO;
  const upper = s[Math.floor(n / 2)] ?? ZERO;
  return { value: lower.plus(upper).div(2), formula: "median", inputs: { n: rational(n), lowerMiddle: lower, upperMiddle: upper } };
}

/**
 * Trimmed mean of a non-empty list with total trim share `p` (0 ≤ p < 1): `k = ⌊n·p/2⌋` values are
 * dropped at each end and the rest averaged (Excel TRIMMEAN; p = 0.4 is 20 % from each end).
 * Because p < 1, at least one value is always kept. @internal
 */
export function trimmedMeanOf(values: readonly D[], p: D, sorted = false): Stat & { readonly k: number } {
  const s = sorted ? values : sortAsc(values);
  const n = s.length;
  const k = rational(n).times(p).div(2).floor().toNumber();
  const kept = s.slice(k, n - k);
  const keptSum = kept.reduce((acc, v) => acc.plus(v), ZERO);
  const keptN = rational(kept.length);
  return {
    value: div(keptSum, keptN),
    formula: "trimmedMean",
    inputs: { n: rational(n), share: p, trimmedEachEnd: rational(k), keptSum, kept: keptN },
    k,
  };
}

/**
 * `n · Σ(x − x̄)²`, computed exactly as `n·Σx² − (Σx)²` (no division), so that a variance needs a
 * single rounding: population `nSS / n²`, sample `nSS / (n(n − 1))`. @internal
 */
export function scaledSumOfSquares(values: readonly D[]): D {
  const sum = sumOf(values);
  const squares = sumOf(values.map((v) => v.times(v)));
  return rational(values.length).times(squares).minus(sum.times(sum));
}

/** Weighted mean `Σ wᵢxᵢ / Σ wᵢ`; null when the total weight is 0 or there are no terms. @internal */
export function weightedMeanOf(terms: readonly { readonly weight: D; readonly value: D }[]): D | null {
  let total = ZERO;
  let sum = ZERO;
  for (const t of terms) {
    total = total.plus(t.weight);
    sum = sum.plus(t.weight.times(t.value));
  }
  return total.isZero() ? null : sum.div(total);
}

/** The three central statistics every shown group reports. @internal */
export interface Description {
  readonly mean: Stat;
  readonly median: Stat;
  readonly trimmed: Stat & { readonly k: number };
}

/**
 * Mean, median and trimmed mean (share `p`) of an ascending, non-empty list, from one sort and one
 * sum: the same values as {@link meanOf}, {@link medianOf} and {@link trimmedMeanOf}. @internal
 */
export function describeSorted(s: readonly D[], p: D): Description {
  return { mean: meanOfSorted(s), median: medianOf(s, true), trimmed: trimmedMeanOf(s, p, true) };
}

/** {@link meanOf} of an ascending list (summed in that order, as `sumOf` would). @internal */
export function meanOfSorted(s: readonly D[]): Stat {
  const sum = s.reduce((acc, v) => acc.plus(v), ZERO);
  const n = rational(s.length);
  return { value: div(sum, n), formula: "mean", inputs: { sum, n } };
}
