import * as z from "zod/mini";
import { KinerjaError, issue } from "../../errors/kinerjaError.js";
import { Dec, ZERO, div, show, type Dec as D } from "../../math/decimal.js";
import { type RoundingRule } from "../../math/round.js";
import { roundDec } from "../../math/roundDec.js";
import type { DecimalText, TraceEntry } from "../../schema/result.js";
import { DateSchema, DecimalInputSchema, IdSchema, LabelSchema } from "../../schema/primitives.js";
import { dayNumber, inclusiveDays, isDateText } from "./calendar.js";
import { entry } from "./trace.js";

/** One stretch of service with its own score (e.g. one job, scored under its own scheme). */
export const SegmentSchema = z.strictObject({
  /** Optional id (echoed in the result). */
  id: z.optional(IdSchema),
  /** First day served, `YYYY-MM-DD`. */
  start: DateSchema,
  /** Last day served (included), `YYYY-MM-DD`. */
  end: DateSchema,
  /** The segment's (already computed) score. */
  score: DecimalInputSchema,
  /** Optional id of the scheme the segment was scored under (echoed). */
  scheme: z.optional(IdSchema),
  /** Optional name (echoed). */
  label: z.optional(LabelSchema),
});

/** A validated segment. */
export type Segment = z.output<typeof SegmentSchema>;
/** A validated span of dates. */
export interface Span {
  readonly start: string;
  readonly end: string;
}

/**
 * Adds the structural issues of a segment list to a zod refinement context: end before start,
 * overlapping segments, segments outside the period, duplicate ids.
 */
export function checkSegments(segments: readonly Segment[], period: Span | undefined, ctx: z.core.$RefinementCtx): void {
  const add = (path: (string | number)[], code: string, message: string, input: unknown): void => {
    ctx.addIssue({ code: "custom", path, message, params: { kinerja: code }, input });
  };
  const valid: number[] = [];
  const ids = new Map<string, number>();
  segments.forEach((s, i) => {
    if (s.id !== undefined) {
      const seen = ids.get(s.id);
      if (seen === undefined) ids.set(s.id, i);
      else add(["segments", i, "id"], "duplicate_id", `duplicates the id of segments[${seen}]`, s.id);
    }
    if (!isDateText(s.start) || !isDateText(s.end)) return; // reported by DateSchema
    if (dayNumber(s.end) < dayNumber(s.start)) {
      add(["segments", i, "end"], "end_before_start", `must not be before start (${s.start})`, s.end);
      return;
    }
    valid.push(i);
    if (period !== undefined && isDateText(period.start) && isDateText(period.end) && dayNumber(period.start) <= dayNumber(period.end)) {
      const span = `${period.start}..${period.end}`;
      if (dayNumber(s.start) < dayNumber(period.start)) add(["segments", i, "start"], "outside_period", `${s.start} is before the period ${span}`, s.start);
      if (dayNumber(s.end) > dayNumber(period.end)) add(["segments", i, "end"], "outside_period", `${s.end} is after the period ${span}`, s.end);
    }
  });
  const order = [...valid].sort((a, b) => dayNumber(segments[a]?.start ?? "") - dayNumber(segments[b]?.start ?? "") || a - b);
  let latest: number | undefined;
  for (const i of order) {
    const s = segments[i];
    const prev = latest === undefined ? undefined : segments[latest];
    if (s === undefined) continue;
    if (prev !== undefined && latest !== undefined && dayNumber(s.start) <= dayNumber(prev.end)) {
      add(["segments", i, "start"], "overlapping_segments", `overlaps segments[${latest}] (${prev.start}..${prev.end}): a day can be served in one segment only`, s.start);
    }
    if (prev === undefined || dayNumber(s.end) > dayNumber(prev.end)) latest = i;
  }
}

/** What happened to a segment in the weighting. */
export type SegmentStatus = "counted" | "dropped" | "merged";

/** One segment's weight in a pro-rated score. */
export interface SegmentWeight {
  /** Position of the segment in the input list. */
  readonly index: number;
  /** The segment's id (null when not given). */
  readonly id: string | null;
  /** The scheme the segment was scored under (null when not given). */
  readonly scheme: string | null;
  /** The segment's label (null when not given). */
  readonly label: { readonly id: string; readonly en?: string } | null;
  /** First day. */
  readonly start: string;
  /** Last day (included). */
  readonly end: string;
  /** The segment's own inclusive day count. */
  readonly days: number;
  /** Days that count with this segment's score: its own days plus the days of short segments merged into it; 0 when dropped or merged away. */
  readonly countedDays: number;
  /** `countedDays / Σ countedDays` (exact; 40 significant digits when it does not terminate); `"0"` when dropped or merged. */
  readonly weight: DecimalText;
  /** The segment's score (canonical decimal text). */
  readonly score: DecimalText;
  /** `counted`; `dropped` (shorter than `minDays`, policy `drop`); or `merged` (shorter than `minDays`, its days credited to `mergedInto`). */
  readonly status: SegmentStatus;
  /** For a merged segment: the input position of the segment that received its days; else null. */
  readonly mergedInto: number | null;
}

/** The outcome of {@link weighSegments}. */
export interface Weighed {
  /** Exact day-weighted mean `Σ d_k S_k / Σ d_k`. */
  readonly exact: D;
  /** Σ d_k S_k. */
  readonly weightedSum: D;
  /** Σ d_k over the counted segments. */
  readonly totalDays: number;
  /** Per segment, in input order. */
  readonly weights: SegmentWeight[];
  /** Trace entries of the weights (at `<prefix>weights[i].weight`). */
  readonly trace: TraceEntry[];
}

/**
 * Weighs validated, non-overlapping segments by their inclusive days: segments shorter than
 * `minDays` are dropped or merged into the nearest following counted segment (or, for the last
 * ones, the nearest preceding one). Throws `INSUFFICIENT_COVERAGE` when no segment has `minDays`.
 */
export function weighSegments(segments: readonly Segment[], minDays: number, policy: "drop" | "merge", prefix = ""): Weighed {
  const days = segments.map((s) => inclusiveDays(s.start, s.end));
  const order = segments.map((_, i) => i).sort((a, b) => dayNumber(segments[a]?.start ?? "") - dayNumber(segments[b]?.start ?? ""));
  const qualifies = (i: number): boolean => (days[i] ?? 0) >= minDays;
  if (!order.some(qualifies)) {
    throw new KinerjaError("INSUFFICIENT_COVERAGE", `no segment has the minimum of ${minDays} days`, [
      issue(["segments"], "no_segment_meets_min_days", `every segment is shorter than minDays (${minDays}): ${days.join(", ")} days`),
    ]);
  }
  const counted = days.map((d, i) => (qualifies(i) ? d : 0));
  const mergedInto: (number | null)[] = segments.map(() => null);
  if (policy === "merge") {
    order.forEach((i, pos) => {
      if (qualifies(i)) return;
      const after = order.slice(pos + 1).find(qualifies);
      const target = after ?? [...order.slice(0, pos)].reverse().find(qualifies);
      if (target === undefined) return; // unreachable: some segment qualifies
      mergedInto[i] = target;
      counted[target] = (counted[target] ?? 0) + (days[i] ?? 0);
    });
  }
  const totalDays = counted.reduce((a, b) => a + b, 0);
  const total = new Dec(totalDays);
  let weightedSum = ZERO;
  const trace: TraceEntry[] = [];
  const weights = segments.map((s, i): SegmentWeight => {
    const c = counted[i] ?? 0;
    const score = new Dec(s.score);
    if (c > 0) weightedSum = weightedSum.plus(score.times(c));
    const weight = c > 0 ? new Dec(c).div(total) : ZERO;
    if (c > 0) trace.push(entry(`${prefix}weights[${i}].weight`, "dayShare", weight, { countedDays: c, totalDays }));
    return {
      index: i,
      id: s.id ?? null,
      scheme: s.scheme ?? null,
      label: s.label ?? null,
      start: s.start,
      end: s.end,
      days: days[i] ?? 0,
      countedDays: c,
      weight: show(weight),
      score: show(score),
      status: qualifies(i) ? "counted" : policy === "merge" ? "merged" : "dropped",
      mergedInto: mergedInto[i] ?? null,
    };
  });
  return { exact: div(weightedSum, total, ["segments"]), weightedSum, totalDays, weights, trace };
}

/** A final value: rounded when a rule is given (text with exactly `places` decimals), with its trace entry. */
export function finalScore(exact: D, rule: RoundingRule | undefined, at: string, formula: string, inputs: Readonly<Record<string, D | string | number>>): { score: D; text: DecimalText; trace: TraceEntry } {
  if (rule === undefined) return { score: exact, text: show(exact), trace: entry(at, formula, exact, inputs) };
  const score = roundDec(exact, rule);
  return { score, text: show(score, rule.places), trace: entry(at, formula, score, inputs, { rule, exact }) };
}
