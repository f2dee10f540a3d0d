import * as z from "zod/mini";
import { Dec, HUNDRED, ZERO, div, show, type Dec as D } from "../math/decimal.js";
import { DecimalInputSchema } from "../schema/primitives.js";
import type { DecimalText } from "../schema/result.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { percentileInc } from "./statistics.js";

const Scored = z.union([
  z.pipe(DecimalInputSchema, z.transform((score) => ({ id: null as string | null, score }))),
  z.pipe(z.strictObject({ id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))), score: DecimalInputSchema }), z.transform((p) => ({ id: p.id ?? null, score: p.score }))),
]);

/** Input of {@link benchmark}. */
export const BenchmarkInputSchema = z.strictObject({
  /** The unit's score: a decimal, or `{ id?, score }`. */
  unit: Scored,
  /** The peer units' scores (decimals or `{ id?, score }`); include the unit itself when it belongs to the peer group. */
  peers: z.array(Scored).check(z.minLength(1), z.maxLength(1_000_000)),
  /**
   * What the index compares with: a statistic of the peers — `median` (default), `mean`, `best`,
   * `topDecileMean` (mean of the best decile: the peers at or above P90, or at or below P10 when lower
   * is better; the CMS benchmark) — or a fixed `{ value }`.
   */
  reference: z._default(z.union([z.enum(["median", "mean", "best", "topDecileMean"]), z.strictObject({ value: DecimalInputSchema })]), "median"),
  /** `higher` (default): higher scores are better; `lower`: lower is better (e.g. complaints, days). */
  direction: z._default(z.enum(["higher", "lower"]), "higher"),
});

/** Input of {@link benchmark} as written in JSON. */
export type BenchmarkInput = z.input<typeof BenchmarkInputSchema>;

/** A unit's standing among its peers. */
export interface Benchmark {
  /** The unit (id null when not given) and its score. */
  readonly unit: { readonly id: string | null; readonly score: DecimalText };
  /** Whether higher or lower scores are better. */
  readonly direction: "higher" | "lower";
  /** Number of peers. */
  readonly peers: number;
  /** The reference of the index: which statistic and its value. */
  readonly reference: { readonly kind: string; readonly value: DecimalText };
  /** `100 × score / reference` (lower-is-better: `100 × reference / score`); above 100 = better than the reference. Full precision. */
  readonly index: DecimalText;
  /** `(worse + equal/2) / peers` in [0, 1] (percentile ranks (PERCENTRANK.INC), docs/sources.md#methods); full precision. */
  readonly percentileRank: DecimalText;
  /** 1 + the number of peers strictly better (equal scores share a rank). */
  readonly rank: number;
  /** The best peer (the first given among equals). */
  readonly best: { readonly id: string | null; readonly score: DecimalText };
  /** How far the unit is behind the best peer (0 when it is the best or better), in score points. */
  readonly gapToBest: DecimalText;
  /** Statistics of the peers' scores (percentiles by linear interpolation, PERCENTILE.INC). */
  readonly statistics: {
    /** Median (P50). */
    readonly median: DecimalText;
    /** Mean. */
    readonly mean: DecimalText;
    /** Lowest score. */
    readonly min: DecimalText;
    /** Highest score. */
    readonly max: DecimalText;
    /** 10th percentile of the scores. */
    readonly p10: DecimalText;
    /** 90th percentile of the scores. */
    readonly p90: DecimalText;
    /** Mean of the best decile: the peers at or above P90 (lower-is-better: at or below P10). */
    readonly topDecileMean: DecimalText;
  };
}

/**
 * Benchmarks a unit's score against peer units (CMS value-based purchasing achievement and improvement points, docs/sources.md#methods): the index to the peer median
 * (`100 × score / median`, or another reference), the percentile rank among the peers
 * (`(below + equal/2) / n`), the rank, and the gap to the best peer.
 *
 * The peer group is `peers` as given — include the unit itself when it is one of the peers (as in
 * the methods example, where the unit at 80 is one of 11 units). For lower-is-better measures
 * (`direction: "lower"`) "below" means worse, i.e. higher, and the index is `100 × reference / score`.
 *
 * Numbers are exact decimals, full precision (40 significant digits when a quotient does not
 * terminate); round for display.
 *
 * @param input - `{ unit, peers, reference?, direction? }`
 * @returns the unit's standing
 * @throws `KinerjaError` `INVALID_INPUT` for an empty peer list or malformed scores; `DIVISION_BY_ZERO` when the
 *   index would divide by zero (a reference of 0, or a unit score of 0 when lower is better)
 * @example
 * ```ts
 * const b = benchmark({ unit: 80, peers: [62, 65, 68, 70, 71, 73, 75, 78, 80, 85, 90] });
 * b.index; // "109.589…" (80 / 73 × 100); b.percentileRank; // "0.7727…" (8.5 / 11); b.rank; // 3
 * ```
 */
export function benchmark(input: BenchmarkInput): Benchmark {
  const { unit, peers, reference, direction } = parseWith(BenchmarkInputSchema, input, "INVALID_INPUT", "benchmark input");
  const score = new Dec(unit.score);
  const values = peers.map((p) => new Dec(p.score));
  const sorted = [...values].sort((a, b) => a.cmp(b));
  const n = values.length;
  const better = (a: D, b: D): boolean => (direction === "higher" ? a.gt(b) : a.lt(b));

  const mean = sorted.reduce((a, b) => a.plus(b), ZERO).div(n); // sorted: the result cannot depend on the peers' order
  const median = percentileInc(sorted, new Dec("0.5"));
  const p10 = percentileInc(sorted, new Dec("0.1"));
  const p90 = percentileInc(sorted, new Dec("0.9"));
  const edge = direction === "higher" ? p90 : p10;
  const top = sorted.filter((v) => !better(edge, v));
  const topDecileMean = top.reduce((a, b) => a.plus(b), ZERO).div(top.length);
  let bestIndex = 0;
  values.forEach((v, i) => {
    if (better(v, values[bestIndex] ?? v)) bestIndex = i;
  });
  const best = values[bestIndex] ?? score;

  const stats = { median, mean, best, topDecileMean };
  const kind = typeof reference === "string" ? reference : "value";
  const ref = typeof reference === "string" ? (stats[reference] ?? median) : new Dec(reference.value);
  const index = direction === "higher" ? div(score.times(HUNDRED), ref, ["reference"]) : div(ref.times(HUNDRED), score, ["unit"]);

  let worse = 0;
  let equal = 0;
  let ahead = 0;
  for (const v of values) {
    if (v.eq(score)) equal++;
    else if (better(score, v)) worse++;
    else ahead++;
  }
  const gap = direction === "higher" ? best.minus(score) : score.minus(best);
  return {
    unit: { id: unit.id, score: show(score) },
    direction,
    peers: n,
    reference: { kind, value: show(ref) },
    index: show(index),
    percentileRank: show(new Dec(worse).plus(new Dec(equal).div(2)).div(n)),
    rank: ahead + 1,
    best: { id: peers[bestIndex]?.id ?? null, score: show(best) },
    gapToBest: show(gap.isNegative() ? ZERO : gap),
    statistics: {
      median: show(median),
      mean: show(mean),
      min: show(sorted[0] ?? ZERO),
      max: show(sorted[n - 1] ?? ZERO),
      p10: show(p10),
      p90: show(p90),
      topDecileMean: show(topDecileMean),
    },
  };
}
