import * as z from "zod/mini";
import { Dec, show } from "../math/decimal.js";
import type { DecimalText, TraceEntry } from "../schema/result.js";
import { RoundingRuleSchema } from "../schema/primitives.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { inclusiveDays } from "./internal/calendar.js";
import { SegmentSchema, checkSegments, finalScore, weighSegments, type SegmentWeight } from "./internal/segments.js";
import { entry } from "./internal/trace.js";
import { PeriodRangeSchema } from "./periodRange.js";

export { SegmentSchema as ProRateSegmentSchema, type SegmentStatus, type SegmentWeight } from "./internal/segments.js";

/** One segment as written in JSON: `{ id?, start, end, score, scheme?, label? }`. */
export type ProRateSegmentInput = z.input<typeof SegmentSchema>;

/** Input of {@link proRate}. */
export const ProRateInputSchema = z.strictObject({
    /** Optional appraisal period (e.g. the year): every segment must lie inside it; coverage is reported. */
    period: z.optional(PeriodRangeSchema),
    /** The stretches of service, each with its own score; they must not overlap (gaps are allowed). Any order. */
    segments: z.array(SegmentSchema).check(z.minLength(1), z.maxLength(10_000)),
    /** Minimum inclusive days for a segment to count on its own (default 1: every segment counts); e.g. 90 (Philippines SPMS) or 120 (US Commerce). */
    minDays: z._default(z.int().check(z.gte(1), z.lte(1_000_000)), 1),
    /** What happens to a shorter segment: `drop` (default; left out) or `merge` (its days count with the nearest following counted segment's score, or the nearest preceding one for the last). */
    minDaysPolicy: z._default(z.enum(["drop", "merge"]), "drop"),
    /** Optional rounding of `score` (places and mode); `exact` always keeps full precision. */
    rounding: z.optional(RoundingRuleSchema),
  }).check(z.superRefine((v, ctx) => checkSegments(v.segments, v.period, ctx)));

/** Input of {@link proRate} as written in JSON. */
export type ProRateInput = z.input<typeof ProRateInputSchema>;

/** A pro-rated score and how it was obtained. Plain JSON. */
export interface ProRated {
  /** The pro-rated score: `exact`, or rounded by `rounding` when given (then with exactly `places` decimals). */
  readonly score: DecimalText;
  /** `Σ d_k S_k / Σ d_k` over the counted segments, full precision (40 significant digits when it does not terminate). */
  readonly exact: DecimalText;
  /** Σ d_k S_k, the day-weighted sum of the scores. */
  readonly weightedSum: DecimalText;
  /** Σ d_k: the days that count. */
  readonly totalDays: number;
  /** Days of the period (null without a period). */
  readonly periodDays: number | null;
  /** Days of the period in no segment (null without a period). */
  readonly uncoveredDays: number | null;
  /** `totalDays / periodDays` (null without a period). */
  readonly coverage: DecimalText | null;
  /** Every segment, in input order, with its days, weight and status. */
  readonly weights: readonly SegmentWeight[];
  /** The segments left out for being shorter than `minDays` (policy `drop`), in input order. */
  readonly dropped: readonly { readonly index: number; readonly id: string | null; readonly days: number; readonly reason: "belowMinDays" }[];
  /** How every number was obtained (`at` is its path in this result). */
  readonly trace: readonly TraceEntry[];
}

/**
 * Pro-rates an annual score from the scores of sub-periods weighted by days served
 * (day-weighted pro-rating (US Department of Commerce appraisal handbook), docs/sources.md#methods): `S = Σ d_k S_k / Σ d_k`, with `d_k` the inclusive days of segment k
 * (`end − start + 1`, UTC calendar dates, leap days counted). The sum is divided once, so the
 * score is exact; each weight `d_k / Σ d` is reported too (its exact value is the fraction
 * `countedDays / totalDays`; the decimal text has 40 significant digits when it does not terminate, so
 * the decimal weights sum to 1 within 10⁻³⁸ while the day counts sum exactly to `totalDays`).
 *
 * Segments shorter than `minDays` are dropped (default) or merged into a neighbour
 * (`minDaysPolicy: "merge"`). The segments may come in any order and have gaps (days not served,
 * reported as `uncoveredDays`), but must not overlap, and with a `period` must lie inside it.
 * Each segment may carry the id of the scheme it was scored under (a job change mid-year).
 *
 * @param input - `{ period?, segments, minDays?, minDaysPolicy?, rounding? }`
 * @returns the score, its exact value, the weights and the trace
 * @throws `KinerjaError` `INVALID_INPUT` for bad dates (`segments[1].end` before its start:
 *   `end_before_start`; `2025-02-30`), overlapping segments (`overlapping_segments`), a segment outside
 *   the period (`outside_period`), duplicate ids; `INSUFFICIENT_COVERAGE` when no segment has `minDays`
 * @example
 * ```ts
 * const r = proRate({
 *   period: { start: "2025-01-01", end: "2025-12-31" },
 *   segments: [
 *     { id: "jobA", start: "2025-01-01", end: "2025-04-30", score: 82 },
 *     { id: "jobB", start: "2025-05-01", end: "2025-12-31", score: 90 },
 *   ],
 *   rounding: { places: 4, mode: "halfUp" },
 * });
 * r.score; // "87.3699"  (120·82 + 245·90) / 365 = 31890 / 365
 * ```
 */
export function proRate(input: ProRateInput): ProRated {
  const v = parseWith(ProRateInputSchema, input, "INVALID_INPUT", "proRate input");
  const w = weighSegments(v.segments, v.minDays, v.minDaysPolicy);
  const totalDays = w.totalDays;
  const { text: score, trace: scoreTrace } = finalScore(w.exact, v.rounding, "score", "dayWeightedMean", { weightedSum: w.weightedSum, totalDays });
  const trace: TraceEntry[] = [
    ...w.trace,
    entry("weightedSum", "dayWeightedSum", w.weightedSum, { segments: String(w.weights.filter((s) => s.countedDays > 0).length) }),
    entry("exact", "dayWeightedMean", w.exact, { weightedSum: w.weightedSum, totalDays }),
    scoreTrace,
  ];
  let periodDays: number | null = null;
  let coverage: DecimalText | null = null;
  let uncoveredDays: number | null = null;
  if (v.period !== undefined) {
    periodDays = inclusiveDays(v.period.start, v.period.end);
    uncoveredDays = periodDays - w.weights.reduce((a, s) => a + s.days, 0);
    const c = new Dec(totalDays).div(periodDays);
    coverage = show(c);
    trace.push(entry("coverage", "dayCoverage", c, { totalDays, periodDays }));
  }
  return {
    score,
    exact: show(w.exact),
    weightedSum: show(w.weightedSum),
    totalDays,
    periodDays,
    uncoveredDays,
    coverage,
    weights: w.weights,
    dropped: w.weights.filter((s) => s.status === "dropped").map((s) => ({ index: s.index, id: s.id, days: s.days, reason: "belowMinDays" as const })),
    trace,
  };
}
