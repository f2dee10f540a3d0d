import * as z from "zod/mini";
import { CONVERSIONS } from "../concepts/vocabulary.js";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { rational, divide as div, showRational as show } from "../math/rational.js";
import type { Rational } from "../math/rational.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { meanOf } from "./internal/stats.js";
import {
  RatingAnswerSchema,
  RatingScaleSchema,
  conversionProblem,
  offScale,
  percentOf,
  type PercentConversion,
  type RatingAnswer,
  type RatingScaleInput,
} from "./scales.js";

/** Input of {@link summariseAnswers}. */
export interface SummariseAnswersInput {
  /** The answers to one item; `null` or `"na"` means not applicable. */
  readonly answers: readonly RatingAnswer[];
  /** The rating scale (default `likert5`). */
  readonly scale?: RatingScaleInput | undefined;
  /** Conversion to 0–100 (default `linear`). */
  readonly conversion?: PercentConversion | undefined;
}

/** The answers to one item summarised: count, N/A count and rate, mean on the scale and as 0–100. */
export interface AnswerSummary {
  /** Answers with a value (N/A excluded). */
  readonly n: number;
  /** Answers that were not applicable. */
  readonly na: number;
  /** All answers, `n + na`. */
  readonly total: number;
  /** `na / total`, decimal text (null without answers). */
  readonly naRate: string | null;
  /** Mean of the `n` values on the scale (null when n = 0). */
  readonly mean: string | null;
  /** The mean converted to 0–100 (null when n = 0). */
  readonly percent: string | null;
}

const InputSchema = z.strictObject({
  answers: z.array(RatingAnswerSchema).check(z.maxLength(10_000_000)),
  scale: z.prefault(RatingScaleSchema, "likert5"),
  conversion: z._default(z.enum(CONVERSIONS), "linear"),
});

/**
 * Summarises the answers to one item on a rating scale. Not-applicable answers (`null`, `"na"`) are
 * excluded from the mean — from numerator and denominator — and counted (N/A handling of 360° tools, docs/sources.md#methods).
 *
 * @param input - `{ answers, scale?, conversion? }`
 * @returns counts, N/A rate, mean and its 0–100 conversion, as decimal text
 * @throws `KinerjaError` `INVALID_INPUT` with a path such as `answers[2]` for an answer off the scale or malformed
 * @example
 * ```ts
 * summariseAnswers({ answers: [4, "na", 5, 3] });
 * // { n: 3, na: 1, total: 4, naRate: "0.25", mean: "4", percent: "75" }
 * ```
 */
export function summariseAnswers(input: SummariseAnswersInput): AnswerSummary {
  const { answers, scale, conversion } = parseWith(InputSchema, input, "INVALID_INPUT", "answers");
  const problems: KinerjaIssue[] = [];
  const values: Rational[] = [];
  answers.forEach((a, i) => {
    if (a === null) return;
    const x = rational(a);
    const off = offScale(x, scale);
    if (off !== null) problems.push(issue(["answers", i], "off_scale", off));
    values.push(x);
  });
  const c = conversionProblem(scale, conversion);
  if (c !== null) problems.push(issue(["conversion"], "invalid_conversion", c));
  if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid answers", problems);
  const na = answers.length - values.length;
  const mean = values.length === 0 ? null : meanOf(values).value;
  return {
    n: values.length,
    na,
    total: answers.length,
    naRate: answers.length === 0 ? null : show(div(rational(na), rational(answers.length))),
    mean: mean === null ? null : show(mean),
    percent: mean === null ? null : show(percentOf(mean, scale, conversion).value),
  };
}
