import * as z from "zod/mini";
import { Dec, show } from "../math/decimal.js";
import type { DecimalText, TraceEntry } from "../schema/result.js";
import { RoundingRuleSchema } from "../schema/primitives.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { dayNumber, inclusiveDays } from "./internal/calendar.js";
import { SegmentSchema, checkSegments, finalScore, weighSegments, type SegmentWeight } from "./internal/segments.js";
import { entry } from "./internal/trace.js";
import { PeriodRangeSchema } from "./periodRange.js";

/** Input of {@link interimRatings}. */
export const InterimRatingsInputSchema = z.strictObject({
    /** The appraisal cycle (e.g. the year); every position must lie inside it. */
    period: PeriodRangeSchema,
    /** The positions held in the cycle, each with its own (already computed) score, possibly under different schemes. Must not overlap; any order. */
    segments: z.array(SegmentSchema).check(z.minLength(1), z.maxLength(10_000)),
    /** Minimum days in a position for it to be rated (an interim rating, or counted in the rating of record); default 120 (US Commerce). */
    minDays: z._default(z.int().check(z.gte(1), z.lte(1_000_000)), 120),
    /**
     * The "last days" rule: when the latest position began within the last `lastDays` days of the
     * cycle (its start to the cycle's end is at most `lastDays` days), the most recent interim
     * rating becomes the rating of record. Default: `minDays`. `0` switches the rule off.
     */
    lastDays: z.optional(z.int().check(z.gte(0), z.lte(1_000_000))),
    /** Optional rounding of the rating of record; interim ratings are the segments' scores as given. */
    rounding: z.optional(RoundingRuleSchema),
  }).check(z.superRefine((v, ctx) => checkSegments(v.segments, v.period, ctx)));

/** Input of {@link interimRatings} as written in JSON. */
export type InterimRatingsInput = z.input<typeof InterimRatingsInputSchema>;

/** A position held during the cycle and whether it earned an interim rating. */
export interface InterimRating {
  /** Position of the segment in the input list. */
  readonly index: number;
  /** The segment's id (null when not given). */
  readonly id: string | null;
  /** The scheme it was scored under (null when not given). */
  readonly scheme: string | null;
  /** First day. */
  readonly start: string;
  /** Last day (included). */
  readonly end: string;
  /** Inclusive days in the position. */
  readonly days: number;
  /** The segment's score. */
  readonly score: DecimalText;
  /** `interim`: an earlier position held at least `minDays` (its score is an interim rating); `current`: the latest position; `tooShort`: an earlier position held less than `minDays` (not rated). */
  readonly status: "interim" | "current" | "tooShort";
}

/** The outcome of {@link interimRatings}. Plain JSON. */
export interface InterimRatings {
  /** Every position, in chronological order. */
  readonly positions: readonly InterimRating[];
  /** Days from the start of the latest position to the end of the cycle (inclusive). */
  readonly daysSinceChange: number;
  /** The `lastDays` threshold applied (0 = rule off). */
  readonly lastDays: number;
  /** The rating of record of the cycle. */
  readonly ratingOfRecord: {
    /** The score: rounded by `rounding` when given. */
    readonly score: DecimalText;
    /** Full precision. */
    readonly exact: DecimalText;
    /** `interimBecomesRecord` (the last-days rule applied) or `dayWeighted` (day-weighted over the positions of at least `minDays`, as `proRate`). */
    readonly rule: "interimBecomesRecord" | "dayWeighted";
    /** Input positions of the segments that make up the rating. */
    readonly from: readonly number[];
  };
  /** The day weights when `rule` is `dayWeighted` (as `proRate` with policy `drop`); null otherwise. */
  readonly weights: readonly SegmentWeight[] | null;
  /** How every number was obtained. */
  readonly trace: readonly TraceEntry[];
}

/**
 * Interim ratings and the rating of record for a cycle with job changes (day-weighted pro-rating (US Department of Commerce appraisal handbook), docs/sources.md#methods, after the
 * US Department of Commerce appraisal handbook): a position left after at least `minDays` days gets
 * an interim rating (its score); positions held less are not rated. The rating of record is
 *
 * - the most recent interim rating, when the latest position began within the last `lastDays`
 *   days of the cycle ("if the change happens in the last 120 days, the interim rating becomes the
 *   rating of record") and there is an interim rating; otherwise
 * - the day-weighted mean `Σ d_k S_k / Σ d_k` over the positions held at least `minDays` days
 *   (the earlier performance is considered, as OPM requires; `proRate` with `minDays`, policy `drop`).
 *
 * @param input - `{ period, segments, minDays?, lastDays?, rounding? }`
 * @returns the positions with their status and the rating of record with its rule
 * @throws `KinerjaError` `INVALID_INPUT` for bad or overlapping segments or segments outside the
 *   period; `INSUFFICIENT_COVERAGE` when no position lasted `minDays`
 * @example
 * ```ts
 * // 2025: job A Jan–Oct (304 days) rated 82, job B from 1 November (61 days) rated 90
 * const r = interimRatings({
 *   period: { start: "2025-01-01", end: "2025-12-31" },
 *   segments: [
 *     { id: "jobA", start: "2025-01-01", end: "2025-10-31", score: 82 },
 *     { id: "jobB", start: "2025-11-01", end: "2025-12-31", score: 90 },
 *   ],
 * });
 * r.ratingOfRecord; // { score: "82", exact: "82", rule: "interimBecomesRecord", from: [0] }
 * ```
 */
export function interimRatings(input: InterimRatingsInput): InterimRatings {
  const v = parseWith(InterimRatingsInputSchema, input, "INVALID_INPUT", "interimRatings input");
  const lastDays = v.lastDays ?? v.minDays;
  const order = v.segments.map((_, i) => i).sort((a, b) => dayNumber(v.segments[a]?.start ?? "") - dayNumber(v.segments[b]?.start ?? ""));
  const latest = order[order.length - 1] ?? 0;
  const positions = order.map((i): InterimRating => {
    const s = v.segments[i] ?? { start: v.period.start, end: v.period.start, score: "0" };
    const days = inclusiveDays(s.start, s.end);
    const status = i === latest ? "current" : days >= v.minDays ? "interim" : "tooShort";
    return { index: i, id: s.id ?? null, scheme: s.scheme ?? null, start: s.start, end: s.end, days, score: show(new Dec(s.score)), status };
  });
  const current = v.segments[latest];
  const daysSinceChange = current === undefined ? 0 : inclusiveDays(current.start, v.period.end);
  const lastInterim = [...positions].reverse().find((p) => p.status === "interim");
  if (positions.length > 1 && lastInterim !== undefined && daysSinceChange <= lastDays) {
    const exact = new Dec(lastInterim.score);
    const inputs = { interim: lastInterim.score, daysSinceChange, lastDays };
    const { text, trace } = finalScore(exact, v.rounding, "ratingOfRecord.score", "interimBecomesRecord", inputs);
    return {
      positions,
      daysSinceChange,
      lastDays,
      ratingOfRecord: { score: text, exact: show(exact), rule: "interimBecomesRecord", from: [lastInterim.index] },
      weights: null,
      trace: [entry("ratingOfRecord.exact", "interimBecomesRecord", exact, inputs), trace],
    };
  }
  const w = weighSegments(v.segments, v.minDays, "drop");
  const inputs = { weightedSum: w.weightedSum, totalDays: w.totalDays };
  const { text, trace } = finalScore(w.exact, v.rounding, "ratingOfRecord.score", "dayWeightedMean", inputs);
  return {
    positions,
    daysSinceChange,
    lastDays,
    ratingOfRecord: { score: text, exact: show(w.exact), rule: "dayWeighted", from: order.filter((i) => (w.weights[i]?.countedDays ?? 0) > 0) },
    weights: w.weights,
    trace: [...w.trace, entry("ratingOfRecord.exact", "dayWeightedMean", w.exact, inputs), trace],
  };
}
