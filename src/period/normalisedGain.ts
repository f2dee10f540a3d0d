import * as z from "zod/mini";
import { Dec, show, type Dec as D } from "../math/decimal.js";
import { roundDec } from "../math/roundDec.js";
import type { DecimalText, TraceEntry } from "../schema/result.js";
import { DecimalInputSchema, RoundingRuleSchema } from "../schema/primitives.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { entry } from "./internal/trace.js";

/** Input of {@link normalisedGain}. */
export const NormalisedGainInputSchema = z.strictObject({
    /** The baseline b (e.g. last year's value, a pre-test score). */
    baseline: DecimalInputSchema,
    /** The current value a. */
    actual: DecimalInputSchema,
    /** The highest possible value (default 100); neither `baseline` nor `actual` may exceed it. */
    max: z._default(DecimalInputSchema, "100"),
    /** Optional rounding of the reported gains (the band is decided on the exact gain). */
    rounding: z.optional(RoundingRuleSchema),
  }).check(z.superRefine((v, ctx) => {
    if (![v.baseline, v.actual, v.max].every((x) => typeof x === "string")) return; // already reported
    const max = new Dec(v.max);
    if (new Dec(v.baseline).gt(max)) ctx.addIssue({ code: "custom", path: ["baseline"], message: `must not exceed max (${v.max})`, params: { kinerja: "above_max" }, input: v.baseline });
    if (new Dec(v.actual).gt(max)) ctx.addIssue({ code: "custom", path: ["actual"], message: `must not exceed max (${v.max})`, params: { kinerja: "above_max" }, input: v.actual });
  }));

/** Input of {@link normalisedGain} as written in JSON. */
export type NormalisedGainInput = z.input<typeof NormalisedGainInputSchema>;

/** Hake's class of a normalised gain: `low` (g < 0.3), `medium` (0.3 ≤ g ≤ 0.7), `high` (g > 0.7). */
export type GainBand = "low" | "medium" | "high";

/** Gains of an actual over a baseline (normalised gain (Hake 1998), docs/sources.md#methods). Plain JSON. */
export interface Gains {
  /** The baseline. */
  readonly baseline: DecimalText;
  /** The actual. */
  readonly actual: DecimalText;
  /** The maximum. */
  readonly max: DecimalText;
  /** Absolute gain `a − b` (negative for a loss). */
  readonly absolute: DecimalText;
  /** Relative gain `(a − b) / |b|` as a fraction (0.2 = 20 %); null when `relativeStatus` is `zeroBaseline`. */
  readonly relative: DecimalText | null;
  /** `ok`, or `zeroBaseline` (b = 0: the relative gain is undefined). */
  readonly relativeStatus: "ok" | "zeroBaseline";
  /** Normalised gain `g = (a − b) / (max − b)`: the share of the possible improvement achieved; null when `status` is `atCeiling`. */
  readonly normalised: DecimalText | null;
  /** `ok`, or `atCeiling` (b = max: nothing was left to gain, g is undefined). */
  readonly status: "ok" | "atCeiling";
  /** Hake's class of g (null at the ceiling). Both boundaries are medium: 0.3 and 0.7 are medium (Hake: "< 0.3 low", "> 0.7 high"). */
  readonly band: GainBand | null;
  /** How every number was obtained. */
  readonly trace: readonly TraceEntry[];
}

const LOW = new Dec("0.3");
const HIGH = new Dec("0.7");

/**
 * Improvement over a baseline (normalised gain (Hake 1998), docs/sources.md#methods): the absolute gain `a − b`, the relative gain
 * `(a − b)/|b|`, and Hake's normalised gain `g = (a − b)/(max − b)` — the share of the possible
 * improvement actually achieved — with Hake's band: low below 0.3, high above 0.7, medium from 0.3
 * to 0.7 inclusive (so a gain of exactly 0.30 is medium; note this differs from the library's
 * half-open bands, and follows Hake's wording).
 *
 * Undefined values are reported by status, not as errors or NaN: `b = max` gives
 * `status: "atCeiling"` (g null), `b = 0` gives `relativeStatus: "zeroBaseline"` (relative null).
 * Losses give negative gains (band `low`). Average individual g's and g of averages differ (Bao
 * 2006): compute g per person, then summarise.
 *
 * @param input - `{ baseline, actual, max?, rounding? }` (max default 100)
 * @returns the absolute, relative and normalised gains, statuses, band and trace
 * @throws `KinerjaError` `INVALID_INPUT` for malformed numbers, or a baseline or actual above `max` (`above_max`)
 * @example
 * ```ts
 * const g = normalisedGain({ baseline: 60, actual: 72, max: 100 });
 * g.normalised; // "0.3"; g.band; // "medium"; g.absolute; // "12"; g.relative; // "0.2"
 * ```
 */
export function normalisedGain(input: NormalisedGainInput): Gains {
  const v = parseWith(NormalisedGainInputSchema, input, "INVALID_INPUT", "normalisedGain input");
  const b = new Dec(v.baseline);
  const a = new Dec(v.actual);
  const max = new Dec(v.max);
  const trace: TraceEntry[] = [];
  const out = (at: string, formula: string, value: D, inputs: Record<string, D>): DecimalText => {
    if (v.rounding === undefined) {
      trace.push(entry(at, formula, value, inputs));
      return show(value);
    }
    const rounded = roundDec(value, v.rounding);
    trace.push(entry(at, formula, rounded, inputs, { rule: v.rounding, exact: value }));
    return show(rounded, v.rounding.places);
  };
  const gain = a.minus(b);
  const absolute = out("absolute", "absoluteGain", gain, { actual: a, baseline: b });
  const relative = b.isZero() ? null : out("relative", "relativeGain", gain.div(b.abs()), { actual: a, baseline: b });
  const room = max.minus(b);
  const g = room.isZero() ? null : gain.div(room);
  const normalised = g === null ? null : out("normalised", "normalisedGain", g, { actual: a, baseline: b, max });
  const band: GainBand | null = g === null ? null : g.lt(LOW) ? "low" : g.gt(HIGH) ? "high" : "medium";
  return {
    baseline: show(b),
    actual: show(a),
    max: show(max),
    absolute,
    relative,
    relativeStatus: b.isZero() ? "zeroBaseline" : "ok",
    normalised,
    status: g === null ? "atCeiling" : "ok",
    band,
    trace,
  };
}
