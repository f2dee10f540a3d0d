import * as z from "zod/mini";
import { Dec, show, type Dec as D } from "../math/decimal.js";
import { type RoundingMode } from "../math/round.js";
import { roundDec } from "../math/roundDec.js";
import type { DecimalText, TraceEntry } from "../schema/result.js";
import { DecimalInputSchema, RoundingModeSchema } from "../schema/primitives.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { better, type BetterUsed } from "./internal/better.js";
import { entry } from "./internal/trace.js";

/** Input of {@link achievementImprovementPoints}. */
export const AchievementImprovementPointsInputSchema = z.strictObject({
    /** The current value a. */
    actual: DecimalInputSchema,
    /** The unit's own baseline-period value (for improvement points). */
    baseline: DecimalInputSchema,
    /** The achievement threshold (CMS: the peers' median of the baseline period). */
    threshold: DecimalInputSchema,
    /** The benchmark (CMS: the mean of the peers' top decile); better than the threshold. */
    benchmark: DecimalInputSchema,
    /** `higher` (default): higher values are better; `lower`: lower values are better (benchmark below threshold). */
    direction: z._default(z.enum(["higher", "lower"]), "higher"),
    /** Rounding mode of the points to whole numbers (default `halfUp`; `halfEven` turns 4.5 into 4). */
    rounding: z._default(RoundingModeSchema, "halfUp"),
  }).check(z.superRefine((v, ctx) => {
    if (typeof v.threshold !== "string" || typeof v.benchmark !== "string") return; // already reported
    const t = new Dec(v.threshold);
    const b = new Dec(v.benchmark);
    if (v.direction === "higher" ? !b.gt(t) : !b.lt(t)) {
      const side = v.direction === "higher" ? "above" : "below";
      ctx.addIssue({ code: "custom", path: ["benchmark"], message: `must be ${side} the threshold (${v.threshold}) when ${v.direction} is better`, params: { kinerja: "benchmark_not_better" }, input: v.benchmark });
    }
  }));

/** Input of {@link achievementImprovementPoints} as written in JSON. */
export type AchievementImprovementPointsInput = z.input<typeof AchievementImprovementPointsInputSchema>;

/** Achievement or improvement points (whole numbers) with the value before rounding. */
export interface Points {
  /** Whole points: achievement 0–10, improvement 0–9; null for improvement that is not applicable. */
  readonly points: DecimalText | null;
  /** The formula's value before rounding and clamping (null where no formula applies: at/above the benchmark, below the threshold, no improvement, not applicable). */
  readonly exact: DecimalText | null;
  /**
   * `between` (the formula applied), `atBenchmark` (achievement 10), `belowThreshold` (achievement 0),
   * `noImprovement` (improvement 0: not better than the baseline), `notApplicable` (the baseline is already at or beyond the benchmark).
   */
  readonly status: "between" | "atBenchmark" | "belowThreshold" | "noImprovement" | "notApplicable";
}

/** The outcome of {@link achievementImprovementPoints}. Plain JSON. */
export interface AchievementImprovementPoints {
  /** Achievement points 0–10. */
  readonly achievement: Points;
  /** Improvement points 0–9 (null points when not applicable). */
  readonly improvement: Points;
  /** The measure's score: the higher of the two. */
  readonly score: DecimalText;
  /** Which one gave the score (`achievement` on a tie). */
  readonly used: BetterUsed;
  /** True when both were equal. */
  readonly tie: boolean;
  /** How every number was obtained. */
  readonly trace: readonly TraceEntry[];
}

const NINE = new Dec(9);
const TEN = new Dec(10);
const HALF = new Dec("0.5");

/** Rounds to whole points and clamps to [lo, hi], recording both in a trace entry. */
function wholePoints(at: string, formula: string, raw: D, mode: RoundingMode, lo: D, hi: D, inputs: Record<string, D>): { value: D; trace: TraceEntry } {
  const rule = { places: 0, mode };
  const rounded = roundDec(raw, rule);
  const value = rounded.lt(lo) ? lo : rounded.gt(hi) ? hi : rounded;
  const clamp = rounded.lt(lo) ? { by: "floor" as const, unclamped: rounded } : rounded.gt(hi) ? { by: "cap" as const, unclamped: rounded } : undefined;
  return { value, trace: entry(at, formula, value, inputs, { rule, exact: raw }, clamp) };
}

/**
 * CMS value-based-purchasing points (CMS value-based purchasing achievement and improvement points, docs/sources.md#methods): achievement points against the peers'
 * threshold and benchmark, improvement points against the unit's own baseline, and the score as the
 * higher of the two.
 *
 * - achievement: 10 if `a ≥ benchmark`; 0 if `a < threshold`; else `9·(a − thr)/(bench − thr) + 0.5`
 *   rounded to a whole number and clamped to 1–9;
 * - improvement: 0 if `a ≤ baseline`; else `10·(a − base)/(bench − base) − 0.5` rounded and clamped
 *   to 0–9; not applicable (null) when the baseline already reaches the benchmark.
 *
 * The rounding mode is the caller's (default half-up): the methods vector (baseline 60, threshold 70,
 * benchmark 90, actual 75) gives improvement 4.5 → 5 half-up, 4 half-even, and achievement
 * 2.75 → 3, so the score is 5 or 4. For lower-is-better measures every value is mirrored
 * (negated) and the same formulas apply. The 9·…+0.5 / 10·…−0.5 constants follow the CMS FY2013
 * rule as recalled in the methods note (the 1–9 / 0–9 / 10 ranges and "higher of" are confirmed).
 *
 * @param input - `{ actual, baseline, threshold, benchmark, direction?, rounding? }`
 * @returns both points, the score and which one was used, with the trace
 * @throws `KinerjaError` `INVALID_INPUT` for malformed numbers or a benchmark not better than the threshold (`benchmark_not_better`)
 * @example
 * ```ts
 * const p = achievementImprovementPoints({ actual: 75, baseline: 60, threshold: 70, benchmark: 90 });
 * p.achievement.points; // "3" (2.75); p.improvement.points; // "5" (4.5); p.score; // "5"; p.used; // "improvement"
 * ```
 */
export function achievementImprovementPoints(input: AchievementImprovementPointsInput): AchievementImprovementPoints {
  const v = parseWith(AchievementImprovementPointsInputSchema, input, "INVALID_INPUT", "achievementImprovementPoints input");
  const sign = v.direction === "higher" ? 1 : -1;
  const a = new Dec(v.actual).times(sign);
  const base = new Dec(v.baseline).times(sign);
  const thr = new Dec(v.threshold).times(sign);
  const bench = new Dec(v.benchmark).times(sign);
  const shown = { actual: new Dec(v.actual), baseline: new Dec(v.baseline), threshold: new Dec(v.threshold), benchmark: new Dec(v.benchmark) };
  const trace: TraceEntry[] = [];

  let achievement: Points;
  let achievementValue: D;
  if (a.gte(bench)) {
    achievementValue = TEN;
    achievement = { points: "10", exact: null, status: "atBenchmark" };
    trace.push(entry("achievement.points", "cmsAchievementAtBenchmark", TEN, { actual: shown.actual, benchmark: shown.benchmark }));
  } else if (a.lt(thr)) {
    achievementValue = new Dec(0);
    achievement = { points: "0", exact: null, status: "belowThreshold" };
    trace.push(entry("achievement.points", "cmsAchievementBelowThreshold", achievementValue, { actual: shown.actual, threshold: shown.threshold }));
  } else {
    const raw = NINE.times(a.minus(thr)).div(bench.minus(thr)).plus(HALF);
    const inputs = { actual: shown.actual, threshold: shown.threshold, benchmark: shown.benchmark };
    trace.push(entry("achievement.exact", "cmsAchievement", raw, inputs));
    const p = wholePoints("achievement.points", "cmsAchievement", raw, v.rounding, new Dec(1), NINE, inputs);
    trace.push(p.trace);
    achievementValue = p.value;
    achievement = { points: show(p.value), exact: show(raw), status: "between" };
  }

  let improvement: Points;
  let improvementValue: D | null;
  if (base.gte(bench)) {
    improvementValue = null;
    improvement = { points: null, exact: null, status: "notApplicable" };
  } else if (a.lte(base)) {
    improvementValue = new Dec(0);
    improvement = { points: "0", exact: null, status: "noImprovement" };
    trace.push(entry("improvement.points", "cmsNoImprovement", improvementValue, { actual: shown.actual, baseline: shown.baseline }));
  } else {
    const raw = TEN.times(a.minus(base)).div(bench.minus(base)).minus(HALF);
    const inputs = { actual: shown.actual, baseline: shown.baseline, benchmark: shown.benchmark };
    trace.push(entry("improvement.exact", "cmsImprovement", raw, inputs));
    const p = wholePoints("improvement.points", "cmsImprovement", raw, v.rounding, new Dec(0), NINE, inputs);
    trace.push(p.trace);
    improvementValue = p.value;
    improvement = { points: show(p.value), exact: show(raw), status: "between" };
  }

  const b = better(achievementValue, improvementValue);
  trace.push(entry("score", "betterOf", b.value, improvementValue === null ? { achievement: achievementValue } : { achievement: achievementValue, improvement: improvementValue }));
  return { achievement, improvement, score: show(b.value), used: b.used, tie: b.tie, trace };
}
