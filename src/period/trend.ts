import * as z from "zod/mini";
import { Dec, ZERO, show, type Dec as D } from "../math/decimal.js";
import type { RoundingRule } from "../math/round.js";
import { roundDec } from "../math/roundDec.js";
import type { DecimalText, TraceEntry } from "../schema/result.js";
import { DecimalInputSchema, RoundingRuleSchema } from "../schema/primitives.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { entry } from "./internal/trace.js";

/** Input of {@link trend}. */
export const TrendInputSchema = z.strictObject({
    /** The history, oldest first, one value per period; `null` where a period has no value. The last value is the current one. */
    values: z.array(z.nullable(DecimalInputSchema)).check(z.minLength(1), z.maxLength(10_000)),
    /** Length m of the simple moving average (default 3). */
    window: z._default(z.int().check(z.gte(1), z.lte(10_000)), 3),
    /** Number x of prior periods the long trend compares with (default 4). */
    longWindow: z._default(z.int().check(z.gte(1), z.lte(10_000)), 4),
    /** `higher` (default): a rise is an improvement; `lower`: a fall is; `target`: getting closer to `target` is. */
    polarity: z._default(z.enum(["higher", "lower", "target"]), "higher"),
    /** The target of a `target` polarity ("Goldilocks" KPI); only with that polarity. */
    target: z.optional(DecimalInputSchema),
    /** Optional rounding of the reported numbers (the directions are decided on the exact values; the trace keeps them). */
    rounding: z.optional(RoundingRuleSchema),
  }).check(z.superRefine((v, ctx) => {
    if (v.polarity === "target" && v.target === undefined) ctx.addIssue({ code: "custom", path: ["target"], message: "is required with polarity \"target\"", params: { kinerja: "missing_target" }, input: v.target });
    if (v.polarity !== "target" && v.target !== undefined) ctx.addIssue({ code: "custom", path: ["target"], message: "is only allowed with polarity \"target\"", params: { kinerja: "unexpected_target" }, input: v.target });
  }));

/** Input of {@link trend} as written in JSON. */
export type TrendInput = z.input<typeof TrendInputSchema>;

/** The display direction of a trend: better, worse or the same, by the KPI's polarity; null when undefined. */
export type TrendDirection = "improving" | "worsening" | "steady" | null;

/** The trend of a history (trend indicators (Pentana/Ideagen), docs/sources.md#methods). Plain JSON; null where a number is undefined. */
export interface Trend {
  /** Number of periods (values given, including nulls). */
  readonly periods: number;
  /** The current (last) value, or null. */
  readonly current: DecimalText | null;
  /** The previous value, or null. */
  readonly previous: DecimalText | null;
  /** Short trend `y_T − y_{T−1}`; null when either is null or there is no previous period. */
  readonly change: DecimalText | null;
  /** Mean of the `longWindow` values before the current one; null when one of them is null or there are fewer. */
  readonly longBaseline: DecimalText | null;
  /** Long trend `y_T − mean(y_{T−x} … y_{T−1})`; null when the current value or the baseline is null. */
  readonly longChange: DecimalText | null;
  /** Simple moving average of the last `window` values (current included); null when one is null or there are fewer. */
  readonly movingAverage: DecimalText | null;
  /** The moving average at every period (null where undefined), oldest first. */
  readonly movingAverages: readonly (DecimalText | null)[];
  /** Least-squares slope per period over the non-null values (time = position in the list); null with fewer than two. */
  readonly slope: DecimalText | null;
  /** Direction of the short trend by polarity (null when `change` is null). */
  readonly direction: TrendDirection;
  /** Direction of the long trend by polarity (null when `longChange` is null). */
  readonly longDirection: TrendDirection;
  /** How every number was obtained. */
  readonly trace: readonly TraceEntry[];
}

/** The mean of a window of values, or null when one is missing. */
function meanOf(values: readonly (D | null)[]): D | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return (values as D[]).reduce((a, b) => a.plus(b), ZERO).div(values.length);
}

/**
 * The trend of a KPI over a history of periods (trend indicators (Pentana/Ideagen), docs/sources.md#methods, after Pentana/Ideagen short and long
 * trends and the CAMMS arrow rules): the change from the previous period, the change from the mean
 * of the `longWindow` periods before, a simple moving average, the least-squares slope
 * `β = Σ(t − t̄)(y_t − ȳ) / Σ(t − t̄)²`, and display directions that respect polarity
 * (for a lower-is-better KPI a rise is `worsening`; with a target, getting closer is `improving`;
 * equal distances are `steady`).
 *
 * Nulls (periods without a value) make the numbers that need them null — never NaN, never an
 * error: as in the CAMMS table, no arrow when the previous or the current value is missing. The
 * slope skips nulls. All numbers are exact (a mean that does not terminate has 40 significant
 * digits); pass `rounding` to round them for display.
 *
 * @param input - `{ values, window?, longWindow?, polarity?, target?, rounding? }`
 * @returns the short and long trend, moving average, slope and directions
 * @throws `KinerjaError` `INVALID_INPUT` for an empty list, malformed values, a window below 1, or a missing/unexpected `target`
 * @example
 * ```ts
 * const t = trend({ values: [70, 72, 71, 75, 78] });
 * t.change; // "3"; t.longChange; // "6"; t.slope; // "1.9"; t.direction; // "improving"
 * t.movingAverage; // "74.66666666666666666666666666666666666667"
 * ```
 */
export function trend(input: TrendInput): Trend {
  const v = parseWith(TrendInputSchema, input, "INVALID_INPUT", "trend input");
  const ys = v.values.map((x) => (x === null ? null : new Dec(x)));
  const n = ys.length;
  const rule: RoundingRule | undefined = v.rounding;
  const trace: TraceEntry[] = [];
  const out = (at: string, formula: string, value: D | null, inputs: Record<string, D | string | number>): DecimalText | null => {
    if (value === null) return null;
    if (rule === undefined) {
      trace.push(entry(at, formula, value, inputs));
      return show(value);
    }
    const rounded = roundDec(value, rule);
    trace.push(entry(at, formula, rounded, inputs, { rule, exact: value }));
    return show(rounded, rule.places);
  };

  const cur = ys[n - 1] ?? null;
  const prev = n >= 2 ? (ys[n - 2] ?? null) : null;
  const changeExact = cur !== null && prev !== null ? cur.minus(prev) : null;
  const change = out("change", "shortTrend", changeExact, cur !== null && prev !== null ? { current: cur, previous: prev } : {});

  const prior = n - 1 >= v.longWindow ? ys.slice(n - 1 - v.longWindow, n - 1) : [];
  const baselineExact = meanOf(prior);
  const longBaseline = out("longBaseline", "mean", baselineExact, { window: v.longWindow });
  const longExact = cur !== null && baselineExact !== null ? cur.minus(baselineExact) : null;
  const longChange = out("longChange", "longTrend", longExact, cur !== null && baselineExact !== null ? { current: cur, baseline: baselineExact } : {});

  const movingAverages = ys.map((_, i) => out(`movingAverages[${i}]`, "movingAverage", i + 1 >= v.window ? meanOf(ys.slice(i + 1 - v.window, i + 1)) : null, { window: v.window }));
  const maExact = n >= v.window ? meanOf(ys.slice(n - v.window)) : null;
  const movingAverage = out("movingAverage", "movingAverage", maExact, { window: v.window });

  const points = ys.flatMap((y, t) => (y === null ? [] : [{ t: new Dec(t), y }]));
  let slopeExact: D | null = null;
  if (points.length >= 2) {
    const tBar = points.reduce((a, p) => a.plus(p.t), ZERO).div(points.length);
    const yBar = points.reduce((a, p) => a.plus(p.y), ZERO).div(points.length);
    const sxy = points.reduce((a, p) => a.plus(p.t.minus(tBar).times(p.y.minus(yBar))), ZERO);
    const sxx = points.reduce((a, p) => a.plus(p.t.minus(tBar).pow(2)), ZERO);
    slopeExact = sxy.div(sxx); // sxx > 0: at least two distinct positions
  }
  const slope = out("slope", "leastSquaresSlope", slopeExact, { points: points.length });

  const direct = (now: D | null, before: D | null): TrendDirection => {
    if (now === null || before === null) return null;
    let c: number;
    if (v.polarity === "target") {
      const t = new Dec(v.target ?? "0");
      c = t.minus(before).abs().cmp(t.minus(now).abs()); // closer now → improving
    } else {
      c = now.cmp(before) * (v.polarity === "higher" ? 1 : -1);
    }
    return c > 0 ? "improving" : c < 0 ? "worsening" : "steady";
  };

  return {
    periods: n,
    current: cur === null ? null : show(cur),
    previous: prev === null ? null : show(prev),
    change,
    longBaseline,
    longChange,
    movingAverage,
    movingAverages,
    slope,
    direction: direct(cur, prev),
    longDirection: direct(cur, baselineExact),
    trace,
  };
}
