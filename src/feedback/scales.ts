import * as z from "zod/mini";
import { addIssue } from "../schema/transformIssue.js";
import { CONVERSIONS, NAMED_SCALES, isNotApplicable, type Conversion } from "../concepts/vocabulary.js";
import { CONVERSION } from "./raterStatistics.js";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { rational, R100 as HUNDRED, divide as div, showRational as show, type Rational as D } from "../math/rational.js";
import { DecimalInputSchema } from "../schema/primitives.js";
import { parseWith } from "../schema/toKinerjaError.js";
import type { Stat } from "./internal/stats.js";

/**
 * The named rating scales:
 * - `likert4` — whole numbers 1–4;
 * - `likert5` — whole numbers 1–5 (the default everywhere in `feedback/`);
 * - `likert7` — whole numbers 1–7;
 * - `percent` — any decimal 0–100.
 */
export type RatingScaleName = "likert4" | "likert5" | "likert7" | "percent";

/** A scale of your own: answers from `min` to `max`, optionally whole numbers only. */
export interface CustomRatingScale {
  /** Lowest answer (number or decimal string). */
  readonly min: number | string;
  /** Highest answer (number or decimal string); must be greater than `min`. */
  readonly max: number | string;
  /** Only whole-number answers (default `false`); `min` and `max` must then be whole numbers. */
  readonly integer?: boolean | undefined;
}

/** A rating scale as an input accepts it: a {@link RatingScaleName} or a {@link CustomRatingScale}. */
export type RatingScaleInput = RatingScaleName | CustomRatingScale;

/** A resolved rating scale. */
export interface RatingScale {
  /** The scale's name, or `custom`. */
  readonly name: RatingScaleName | "custom";
  /** Lowest answer, decimal text. */
  readonly min: string;
  /** Highest answer, decimal text. */
  readonly max: string;
  /** Whether only whole-number answers are allowed. */
  readonly integer: boolean;
  /** Number of response options `A` of a whole-number scale (`max − min + 1`; 5 on `likert5`); null on a continuous scale. */
  readonly points: number | null;
}

/**
 * How a value on a scale becomes a 0–100 score:
 * - `linear` (default) — `(x − min) / (max − min) × 100`: 1 → 0, 3 → 50, 5 → 100 on 1–5;
 * - `proportional` — `x / max × 100` (vendor practice; biased upward, 1 → 20 on 1–5; needs `min ≥ 0`).
 */
export type PercentConversion = Conversion;

/** One answer: a number or decimal string on the scale, or "not applicable" as `null` or the string `"na"` (also `"NA"`, `"n/a"`). */
export type RatingAnswer = number | string | null;

const NAMED: Readonly<Record<RatingScaleName, RatingScale>> = {
  likert4: { name: "likert4", min: "1", max: "4", integer: true, points: 4 },
  likert5: { name: "likert5", min: "1", max: "5", integer: true, points: 5 },
  likert7: { name: "likert7", min: "1", max: "7", integer: true, points: 7 },
  percent: { name: "percent", min: "0", max: "100", integer: false, points: null },
};

const MAX_POINTS = 1001;

/**
 * Schema of a rating scale: a {@link RatingScaleName} or a {@link CustomRatingScale}, parsed to a {@link RatingScale}.
 * A custom scale needs `min < max`; a whole-number one whole-number ends and at most 1001 options.
 */
export const RatingScaleSchema: z.ZodMiniType<RatingScale, RatingScaleInput> = z.pipe(z.union([
    z.enum(NAMED_SCALES),
    z.strictObject({ min: DecimalInputSchema, max: DecimalInputSchema, integer: z.optional(z.boolean()) }),
  ]), z.transform((s, ctx): RatingScale => {
    if (typeof s === "string") return NAMED[s];
    const min = rational(s.min);
    const max = rational(s.max);
    const integer = s.integer ?? false;
    if (min.gte(max)) {
      addIssue(ctx, { path: ["max"], message: "must be greater than min", params: { kinerja: "invalid_scale" } });
      return z.NEVER;
    }
    if (integer && (!min.isInteger() || !max.isInteger())) {
      addIssue(ctx, { message: "a whole-number scale needs whole-number min and max", params: { kinerja: "invalid_scale" } });
      return z.NEVER;
    }
    const span = max.minus(min);
    if (integer && span.gte(MAX_POINTS)) {
      addIssue(ctx, { message: `a whole-number scale has at most ${MAX_POINTS} options`, params: { kinerja: "invalid_scale" } });
      return z.NEVER;
    }
    return { name: "custom", min: s.min, max: s.max, integer, points: integer ? span.toNumber() + 1 : null };
  }));

/**
 * Schema of one answer ({@link RatingAnswer}): parsed to canonical decimal text, or `null` for "not applicable".
 * Whether the value lies on the scale is checked by the function that knows the scale.
 */
export const RatingAnswerSchema: z.ZodMiniType<string | null, RatingAnswer> = z.pipe(z.unknown(), z.transform((v: unknown, ctx): string | null => {
  if (isNotApplicable(v)) return null;
  if (typeof v === "number" || typeof v === "string") {
    const r = DecimalInputSchema.safeParse(v);
    if (r.success) return r.data;
  }
  addIssue(ctx, {
    message: 'must be a number, a decimal string, or null / "na" for not applicable',
    params: { kinerja: "invalid_answer" },
  });
  return z.NEVER;
})) as unknown as z.ZodMiniType<string | null, RatingAnswer>;

/**
 * Resolves and validates a rating scale.
 *
 * @param scale - a {@link RatingScaleName} or a {@link CustomRatingScale} (default `likert5`)
 * @returns the resolved scale with its bounds as decimal text and its number of options
 * @throws `KinerjaError` `INVALID_INPUT` for an unknown name or a malformed custom scale
 * @example
 * ```ts
 * ratingScale("likert5"); // { name: "likert5", min: "1", max: "5", integer: true, points: 5 }
 * ratingScale({ min: 0, max: 10, integer: true }).points; // 11
 * ```
 */
export function ratingScale(scale: RatingScaleInput = "likert5"): RatingScale {
  return parseWith(RatingScaleSchema, scale, "INVALID_INPUT", "rating scale");
}


/**
 * Why `x` is not a valid answer on `scale`, or null when it is. @internal
 */
export function offScale(x: D, scale: RatingScale): string | null {
  const inRange = x.gte(scale.min) && x.lte(scale.max);
  if (scale.integer && (!inRange || !x.isInteger())) return `must be a whole number from ${scale.min} to ${scale.max} (scale ${scale.name}), or null / "na"`;
  if (!inRange) return `must be from ${scale.min} to ${scale.max} (scale ${scale.name}), or null / "na"`;
  return null;
}

/** Why `conversion` cannot be used on `scale`, or null when it can. @internal */
export function conversionProblem(scale: RatingScale, conversion: PercentConversion): string | null {
  if (conversion === "proportional" && rational(scale.min).isNegative()) return "proportional conversion needs a scale with min ≥ 0";
  return null;
}

/**
 * A value on the scale (an answer or any statistic of answers, so within `[min, max]`) as 0–100,
 * multiplying before dividing so that terminating results are exact. @internal
 */
export function percentOf(x: D, scale: RatingScale, conversion: PercentConversion): Stat {
  const max = rational(scale.max);
  const entry = CONVERSION[conversion];
  if (entry.origin === "min") {
    const min = rational(scale.min);
    return { value: div(x.minus(min).times(HUNDRED), max.minus(min)), formula: entry.formula, inputs: { x, min, max } };
  }
  return { value: div(x.times(HUNDRED), max), formula: entry.formula, inputs: { x, max } };
}

/**
 * Converts a value on a rating scale to a 0–100 score.
 * - `linear` (default): `(x − min) / (max − min) × 100`;
 * - `proportional`: `x / max × 100` (cannot reach 0 on a scale starting at 1).
 *
 * The value may be any decimal within `[min, max]` (a mean of answers, not only an answer).
 *
 * @param value - a number or decimal string within the scale
 * @param scale - the scale (default `likert5`)
 * @param conversion - `linear` (default) or `proportional`
 * @returns the score as decimal text, exact (e.g. `"60"`)
 * @throws `KinerjaError` `INVALID_INPUT` for a value outside the scale, a malformed scale, or proportional conversion on a scale with a negative min
 * @example
 * ```ts
 * toPercent(3.4, "likert5"); // "60"
 * toPercent("3.4", "likert5", "proportional"); // "68"
 * ```
 */
export function toPercent(value: number | string, scale: RatingScaleInput = "likert5", conversion: PercentConversion = "linear"): string {
  const input = parseWith(
    z.strictObject({ value: DecimalInputSchema, scale: RatingScaleSchema, conversion: z.enum(CONVERSIONS) }),
    { value, scale, conversion },
    "INVALID_INPUT",
    "value to convert",
  );
  const x = rational(input.value);
  const problems: KinerjaIssue[] = [];
  if (x.lt(input.scale.min) || x.gt(input.scale.max)) {
    problems.push(issue(["value"], "off_scale", `must be from ${input.scale.min} to ${input.scale.max} (scale ${input.scale.name})`));
  }
  const c = conversionProblem(input.scale, input.conversion);
  if (c !== null) problems.push(issue(["conversion"], "invalid_conversion", c));
  if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid value to convert", problems);
  return show(percentOf(x, input.scale, input.conversion).value);
}
