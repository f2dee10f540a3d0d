import * as z from "zod/mini";
import { NonNegativeDecimalSchema, KinerjaError, issue, parseInput, rational, roundRational, showRational, traceEntry, type TraceEntry } from "../../index.js";

/** Input of {@link krejcieMorgan}. */
export const KrejcieMorganInputSchema = z.strictObject({
  /** Population size N (whole number ≥ 1). */
  population: z.int().check(z.gte(1), z.lte(1_000_000_000_000)),
  /** χ² for 1 degree of freedom at the confidence level; default 3.841 (95 %). */
  chiSquare: z._default(NonNegativeDecimalSchema, "3.841"),
  /** Population proportion P; default 0.5 (the most conservative). */
  proportion: z._default(NonNegativeDecimalSchema, "0.5"),
  /** Margin of error d; default 0.05. */
  margin: z._default(NonNegativeDecimalSchema, "0.05"),
});

/** Input of {@link krejcieMorgan} as written in JSON. */
export type KrejcieMorganInput = z.input<typeof KrejcieMorganInputSchema>;

/** Result of {@link krejcieMorgan}. */
export interface KrejcieMorganResult {
  /** The minimum sample size as decimal text: `exact` rounded half-up to a whole number, as the K&M table (the name every preset calculator uses for its rounded value). */
  readonly value: string;
  /** The exact value of the formula. */
  readonly exact: string;
  /** The minimum sample size as a number — the same value as `value`. */
  readonly sampleSize: number;
  readonly trace: readonly TraceEntry[];
}

/**
 * Minimum sample size of the Krejcie & Morgan (1970) table, to which PermenPANRB 14/2017 refers for the
 * IKM survey (PermenPANRB 14/2017 Lampiran, secondary, docs/sources.md#ikm-14-2017): `n = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P))`, rounded to the
 * **nearest** whole number (half-up). Ceiling does not reproduce the table (N = 500 gives 218, not 217).
 *
 * @param input - `{ population, chiSquare?, proportion?, margin? }`
 * @returns the sample size, the exact value and the trace
 * @example
 * ```ts
 * krejcieMorgan({ population: 1000 }).sampleSize; // 278
 * ```
 */
export function krejcieMorgan(input: KrejcieMorganInput): KrejcieMorganResult {
  const v = parseInput(KrejcieMorganInputSchema, input, { what: "Krejcie–Morgan input" });
  const x2 = rational(v.chiSquare);
  const p = rational(v.proportion);
  const d = rational(v.margin);
  if (p.gt(1)) throw new KinerjaError("INVALID_INPUT", "invalid Krejcie–Morgan input", [issue(["proportion"], "too_big", "the proportion lies between 0 and 1")]);
  const n = rational(v.population);
  const pq = p.times(rational(1).minus(p));
  const denominator = d.times(d).times(n.minus(1)).plus(x2.times(pq));
  if (denominator.isZero()) throw new KinerjaError("INVALID_INPUT", "invalid Krejcie–Morgan input", [issue(["margin"], "division_by_zero", "margin and proportion give a zero denominator")]);
  const exact = x2.times(n).times(pq).div(denominator);
  const rounded = roundRational(exact, { places: 0, mode: "halfUp" });
  const trace: TraceEntry[] = [
    traceEntry({ at: "exact", formula: "krejcieMorgan", value: exact, inputs: { population: n, chiSquare: x2, proportion: p, margin: d } }),
    traceEntry({ at: "sampleSize", formula: "round", value: exact, inputs: { exact }, rounding: { places: 0, mode: "halfUp" } }),
  ];
  return { value: showRational(rounded, 0), exact: showRational(exact), sampleSize: rounded.toNumber(), trace };
}
