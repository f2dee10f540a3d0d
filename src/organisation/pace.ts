import * as z from "zod/mini";
import { warning } from "../schema/warnings.js";
import { Dec, show, type Dec as D } from "../math/decimal.js";
import { daysInclusive } from "../period/daysInclusive.js";
import { dayNumber, fromDayNumber } from "../period/internal/calendar.js";
import { DateSchema, DecimalInputSchema, IdSchema, NonNegativeDecimalSchema } from "../schema/primitives.js";
import type { DecimalText, ResultWarning, TraceEntry } from "../schema/result.js";
import { parseWith } from "../schema/toKinerjaError.js";

/**
 * Policy `checkinAccumulation` (no global default — each indicator declares it):
 * - `sum`: a flow (documents issued, complaints closed): the realisation to date is the sum of the check-ins;
 * - `latest`: a stock (a percentage, an index): the realisation to date is the latest check-in.
 */
export type CheckinAccumulation = "sum" | "latest";

/** The pace status: on track (pace ≥ `onTrack`), at risk (≥ `atRisk`), behind, or no expectation yet (expected 0). */
export type PaceStatus = "onTrack" | "atRisk" | "behind" | "noExpectation";

/** Input of {@link pace}. */
export const PaceInputSchema = z.strictObject({
    indicator: IdSchema,
    /** The year-end target (higher is better). */
    target: NonNegativeDecimalSchema,
    accumulation: z.enum(["sum", "latest"]),
    /** The year (or any cycle) the target belongs to. */
    year: z.strictObject({ start: DateSchema, end: DateSchema }),
    /**
     * Policy `expectedToDate`: the declared (seasonal) plan — the rencana aksi's periodic targets, e.g. per
     * triwulan, covering the year without gaps or overlaps. For `sum` each target is that period's amount; for
     * `latest` it is the level expected during that period. Without a plan: linear by calendar days.
     */
    plan: z.optional(z.array(z.strictObject({ start: DateSchema, end: DateSchema, target: NonNegativeDecimalSchema })).check(z.minLength(1), z.maxLength(366))),
    /** Dated realisations (any order); only those on or before `asOf` count. */
    checkins: z.array(z.strictObject({ date: DateSchema, value: DecimalInputSchema, note: z.optional(z.string().check(z.maxLength(2000))) })).check(z.maxLength(10_000)),
    /** The day of the assessment (inside the year). */
    asOf: DateSchema,
    /** Pace bands: on track from `onTrack` (default 0.95), at risk from `atRisk` (default 0.80), behind below. */
    bands: z._default(z.strictObject({ onTrack: z._default(NonNegativeDecimalSchema, "0.95"), atRisk: z._default(NonNegativeDecimalSchema, "0.80") }), { onTrack: "0.95", atRisk: "0.80" }),
  }).check(z.superRefine((v, ctx) => {
    if (v.year.start > v.year.end) ctx.addIssue({ code: "custom", path: ["year", "end"], message: "the year ends before it starts" });
    if (v.asOf < v.year.start || v.asOf > v.year.end) ctx.addIssue({ code: "custom", path: ["asOf"], message: "asOf must lie inside the year" });
    if (new Dec(v.bands.atRisk).gt(v.bands.onTrack)) ctx.addIssue({ code: "custom", path: ["bands", "atRisk"], message: "atRisk must not exceed onTrack" });
    v.checkins.forEach((c, i) => {
      if (c.date < v.year.start || c.date > v.year.end) ctx.addIssue({ code: "custom", path: ["checkins", i, "date"], message: "a check-in must lie inside the year" });
    });
    if (v.plan !== undefined) {
      const sorted = [...v.plan].sort((a, b) => (a.start < b.start ? -1 : 1));
      let next = v.year.start;
      sorted.forEach((p) => {
        const i = v.plan?.indexOf(p) ?? 0;
        if (p.start !== next || p.end < p.start) ctx.addIssue({ code: "custom", path: ["plan", i], message: `the plan's periods must cover the year without gaps or overlaps (expected a period starting ${next})` });
        next = nextDay(p.end);
      });
      if (sorted.length > 0 && (sorted[sorted.length - 1] as { end: string }).end !== v.year.end) ctx.addIssue({ code: "custom", path: ["plan"], message: "the plan's last period must end with the year" });
    }
  }));

/** Input of {@link pace} as written in JSON. */
export type PaceInput = z.input<typeof PaceInputSchema>;

/** Pacing of one indicator on one day. Plain JSON; every number has a trace entry. */
export interface Pace {
  readonly indicator: string;
  readonly asOf: string;
  readonly accumulation: CheckinAccumulation;
  /** `plan` (the declared periodic targets) or `linear` (calendar days). */
  readonly expectedBy: "plan" | "linear";
  /** Days of the year elapsed up to and including `asOf`, and in the year. */
  readonly days: { readonly elapsed: number; readonly total: number };
  /** Check-ins counted (on or before `asOf`). */
  readonly checkins: number;
  /** The realisation to date (sum or latest of the check-ins; 0 without one). */
  readonly realisation: DecimalText;
  /** What the plan expects by `asOf`. */
  readonly expected: DecimalText;
  /** realisation ÷ expected (null when nothing is expected yet). */
  readonly pace: DecimalText | null;
  readonly status: PaceStatus;
  /** The year-end forecast and its rule: `pace` (pace × target; for a linear plan the run rate), or `latest` (a stock holds its level). */
  readonly forecast: { readonly value: DecimalText; readonly rule: "pace" | "latest"; readonly capaian: DecimalText | null };
  /** `behind`, `at_risk`, `no_checkin`. */
  readonly warnings: readonly ResultWarning[];
  readonly trace: readonly TraceEntry[];
}

/** The day after a validated date. */
const nextDay = (date: string): string => fromDayNumber(dayNumber(date) + 1);

/**
 * Pacing of one indicator during the year: the realisation to date from dated check-ins (`sum` for a flow,
 * `latest` for a stock), what is expected by then (the declared seasonal plan — e.g. rencana aksi targets
 * per triwulan — pro-rated by days inside the current period for a flow; otherwise linear by calendar
 * days), the pace (realisation ÷ expected), a status by the pace bands, a year-end forecast with its rule,
 * and warnings when the indicator falls behind.
 *
 * | accumulation | expected, linear | expected, plan |
 * |---|---|---|
 * | `sum` | target × elapsed days ÷ days in year | ended periods' targets + the current period's target × its elapsed share |
 * | `latest` | the target (a level holds all year) | the target of the period containing `asOf` |
 *
 * @param input - indicator, target, accumulation, year, plan?, checkins, asOf, bands?
 * @returns the pace with status, forecast, warnings and trace
 * @throws `KinerjaError` `INVALID_INPUT` for malformed input (dates outside the year, a plan with gaps, …)
 * @example
 * ```ts
 * pace({ indicator: "izin", target: 120, accumulation: "sum", year: { start: "2025-01-01", end: "2025-12-31" },
 *   checkins: [{ date: "2025-06-30", value: 55 }], asOf: "2025-06-30" }).status; // "atRisk" (55 ÷ 59.51)
 * ```
 */
export function pace(input: PaceInput): Pace {
  const v = parseWith(PaceInputSchema, input, "INVALID_INPUT", "pace input");
  const total = daysInclusive(v.year);
  const elapsed = daysInclusive({ start: v.year.start, end: v.asOf });
  const counted = v.checkins.map((c, i) => ({ ...c, i })).filter((c) => c.date <= v.asOf);
  const target = new Dec(v.target);
  const trace: TraceEntry[] = [];

  let realisation: D;
  if (v.accumulation === "sum") {
    realisation = counted.reduce((s, c) => s.plus(c.value), new Dec(0));
    trace.push({ at: "realisation", formula: "checkin.sum", value: show(realisation), inputs: Object.fromEntries(counted.map((c) => [`checkins[${c.i}]`, show(new Dec(c.value))])) });
  } else {
    const last = counted.reduce<(typeof counted)[number] | undefined>((a, c) => (a === undefined || c.date >= a.date ? c : a), undefined);
    realisation = last === undefined ? new Dec(0) : new Dec(last.value);
    trace.push({ at: "realisation", formula: "checkin.latest", value: show(realisation), inputs: last === undefined ? {} : { [`checkins[${last.i}]`]: show(realisation), date: last.date } });
  }

  let expected: D;
  if (v.plan === undefined) {
    expected = v.accumulation === "sum" ? target.times(elapsed).div(total) : target;
    trace.push({ at: "expected", formula: v.accumulation === "sum" ? "expected.linear" : "expected.level", value: show(expected), inputs: { target: show(target), elapsedDays: String(elapsed), yearDays: String(total) } });
  } else {
    const inputs: Record<string, string> = {};
    expected = new Dec(0);
    v.plan.forEach((p, i) => {
      if (p.start > v.asOf) return;
      const days = daysInclusive({ start: p.start, end: p.end });
      const done = p.end <= v.asOf ? days : daysInclusive({ start: p.start, end: v.asOf });
      if (v.accumulation === "sum") {
        const part = new Dec(p.target).times(done).div(days);
        inputs[`plan[${i}]`] = done === days ? show(new Dec(p.target)) : `${show(new Dec(p.target))} × ${done}/${days}`;
        expected = expected.plus(part);
      } else if (p.end >= v.asOf) {
        expected = new Dec(p.target);
        inputs[`plan[${i}]`] = show(expected);
      }
    });
    trace.push({ at: "expected", formula: v.accumulation === "sum" ? "expected.planProRated" : "expected.planLevel", value: show(expected), inputs });
  }

  const paceValue = expected.isZero() ? null : realisation.div(expected);
  const status: PaceStatus = paceValue === null ? "noExpectation" : paceValue.gte(v.bands.onTrack) ? "onTrack" : paceValue.gte(v.bands.atRisk) ? "atRisk" : "behind";
  if (paceValue !== null) trace.push({ at: "pace", formula: "pace.ratio", value: show(paceValue), inputs: { realisation: show(realisation), expected: show(expected) } });

  const rule = v.accumulation === "sum" ? "pace" : "latest";
  const forecast = rule === "latest" ? realisation : paceValue === null ? realisation : paceValue.times(target);
  trace.push({ at: "forecast.value", formula: `forecast.${rule}`, value: show(forecast), inputs: rule === "latest" ? { realisation: show(realisation) } : { pace: paceValue === null ? "null" : show(paceValue), target: show(target) } });
  const capaian = target.isZero() ? null : forecast.div(target).times(100);
  if (capaian !== null) trace.push({ at: "forecast.capaian", formula: "capaian.ratio", value: show(capaian), inputs: { forecast: show(forecast), target: show(target) } });

  const warnings: ResultWarning[] = [];
  if (counted.length === 0) warnings.push(warning("no_checkin", "checkins", { indicator: v.indicator, asOf: v.asOf }));
  if (status === "behind" || status === "atRisk") {
    const pct = (paceValue as D).times(100).toDecimalPlaces(1);
    const params = { indicator: v.indicator, realisation: show(realisation), expected: show(expected.toDecimalPlaces(2)), asOf: v.asOf, pace: show(pct) };
    warnings.push(status === "behind" ? warning("behind", "pace", params) : warning("at_risk", "pace", params));
  }
  return {
    indicator: v.indicator,
    asOf: v.asOf,
    accumulation: v.accumulation,
    expectedBy: v.plan === undefined ? "linear" : "plan",
    days: { elapsed, total },
    checkins: counted.length,
    realisation: show(realisation),
    expected: show(expected),
    pace: paceValue === null ? null : show(paceValue),
    status,
    forecast: { value: show(forecast), rule, capaian: capaian === null ? null : show(capaian) },
    warnings,
    trace,
  };
}
