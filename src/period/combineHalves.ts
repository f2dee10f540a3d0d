import * as z from "zod/mini";
import { KinerjaError, issue } from "../errors/kinerjaError.js";
import { Dec, show } from "../math/decimal.js";
import type { DecimalText, TraceEntry } from "../schema/result.js";
import { DecimalInputSchema, IdSchema, NonNegativeDecimalSchema, RoundingRuleSchema } from "../schema/primitives.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { finalScore } from "./internal/segments.js";
import { entry } from "./internal/trace.js";

const HalfSchema = z.strictObject({
  /** The half's score (under its own scheme). */
  score: DecimalInputSchema,
  /** Relative weight (default 1, so the halves count 50/50). */
  weight: z._default(NonNegativeDecimalSchema, "1"),
  /** Optional id of the scheme the half was scored under (echoed). */
  scheme: z.optional(IdSchema),
});

/** Input of {@link combineHalves}. */
export const CombineHalvesInputSchema = z.strictObject({
  /** The first half (e.g. semester I, scored under the old scheme). */
  first: HalfSchema,
  /** The second half (e.g. semester II, scored under the new scheme). */
  second: HalfSchema,
  /** Optional rounding of `score`; `exact` keeps full precision. */
  rounding: z.optional(RoundingRuleSchema),
});

/** Input of {@link combineHalves} as written in JSON. */
export type CombineHalvesInput = z.input<typeof CombineHalvesInputSchema>;

/** One half in a {@link CombinedHalves}. */
export interface CombinedHalf {
  /** The half's score. */
  readonly score: DecimalText;
  /** Its relative weight as given (default 1). */
  readonly weight: DecimalText;
  /** Its share `weight / (w₁ + w₂)`. */
  readonly share: DecimalText;
  /** The scheme it was scored under (null when not given). */
  readonly scheme: string | null;
}

/** The outcome of {@link combineHalves}. Plain JSON. */
export interface CombinedHalves {
  /** The combined score: `exact`, rounded by `rounding` when given. */
  readonly score: DecimalText;
  /** `(w₁ S₁ + w₂ S₂) / (w₁ + w₂)`, full precision. */
  readonly exact: DecimalText;
  /** The first half. */
  readonly first: CombinedHalf;
  /** The second half. */
  readonly second: CombinedHalf;
  /** How every number was obtained. */
  readonly trace: readonly TraceEntry[];
}

/**
 * Combines two halves of a year scored under different schemes — the "50/50" rule used when a
 * scheme changes mid-year (e.g. the first semester under the old regulation, the second under the
 * new): `S = (w₁ S₁ + w₂ S₂) / (w₁ + w₂)`, weights 1:1 unless given (e.g. `182` and `183` days, or
 * `40` and `60`). Exact; one division.
 *
 * @param input - `{ first: { score, weight?, scheme? }, second: { … }, rounding? }`
 * @returns the combined score with each half's share and the trace
 * @throws `KinerjaError` `INVALID_INPUT` for bad scores, negative weights, or two zero weights (at `first.weight`)
 * @example
 * ```ts
 * combineHalves({ first: { score: 82 }, second: { score: 91 } }).score; // "86.5"
 * ```
 */
export function combineHalves(input: CombineHalvesInput): CombinedHalves {
  const { first, second, rounding } = parseWith(CombineHalvesInputSchema, input, "INVALID_INPUT", "combineHalves input");
  const w1 = new Dec(first.weight);
  const w2 = new Dec(second.weight);
  const total = w1.plus(w2);
  if (total.isZero()) {
    throw new KinerjaError("INVALID_INPUT", "invalid combineHalves input", [issue(["first", "weight"], "zero_weights", "the two weights must not both be zero")]);
  }
  const s1 = new Dec(first.score);
  const s2 = new Dec(second.score);
  const sum = w1.times(s1).plus(w2.times(s2));
  const exact = sum.div(total);
  const share1 = w1.div(total);
  const share2 = w2.div(total);
  const inputs = { firstScore: s1, firstWeight: w1, secondScore: s2, secondWeight: w2 };
  const { text, trace } = finalScore(exact, rounding, "score", "weightedMean", inputs);
  const half = (s: typeof first, share: Dec): CombinedHalf => ({ score: show(new Dec(s.score)), weight: show(new Dec(s.weight)), share: show(share), scheme: s.scheme ?? null });
  return {
    score: text,
    exact: show(exact),
    first: half(first, share1),
    second: half(second, share2),
    trace: [
      entry("first.share", "weightShare", share1, { weight: w1, totalWeight: total }),
      entry("second.share", "weightShare", share2, { weight: w2, totalWeight: total }),
      entry("exact", "weightedMean", exact, inputs),
      trace,
    ],
  };
}
