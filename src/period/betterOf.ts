import * as z from "zod/mini";
import { Dec, show } from "../math/decimal.js";
import type { DecimalText, TraceEntry } from "../schema/result.js";
import { DecimalInputSchema } from "../schema/primitives.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { better, type BetterUsed } from "./internal/better.js";
import { entry } from "./internal/trace.js";

export type { BetterUsed } from "./internal/better.js";

/** Input of {@link betterOf}: an achievement score and an improvement score on the same scale. */
export const BetterOfInputSchema = z.strictObject({
  /** The achievement score (points, or a score on the common scale). */
  achievement: DecimalInputSchema,
  /** The improvement score on the same scale; `null` when improvement is not applicable (then achievement is used). */
  improvement: z.nullable(DecimalInputSchema),
});

/** Input of {@link betterOf} as written in JSON. */
export type BetterOfInput = z.input<typeof BetterOfInputSchema>;

/** The outcome of {@link betterOf} (and the `score` part of `achievementImprovementPoints`). */
export interface BetterOf {
  /** `max(achievement, improvement)`. */
  readonly score: DecimalText;
  /** Which one was used: `improvement` only when it is strictly higher; `achievement` on a tie or when improvement is null. */
  readonly used: BetterUsed;
  /** True when both were given and equal. */
  readonly tie: boolean;
  /** The achievement score as given (canonical text). */
  readonly achievement: DecimalText;
  /** The improvement score as given, or null. */
  readonly improvement: DecimalText | null;
  /** How the score was obtained. */
  readonly trace: readonly TraceEntry[];
}

/**
 * "The better of achievement and improvement" (CMS value-based purchasing, CMS value-based purchasing achievement and improvement points and normalised gain (Hake 1998), docs/sources.md#methods):
 * a unit or employee is scored on what it achieved or on how much it improved over its own baseline,
 * whichever is higher, so a low starter that improves a lot is not penalised. Both scores must be on
 * the same scale (e.g. CMS points 0–10 from `achievementImprovementPoints`, or two 0–100 scores).
 *
 * @param input - `{ achievement, improvement }` (improvement may be null)
 * @returns the larger score and which one was used
 * @throws `KinerjaError` `INVALID_INPUT` for malformed numbers
 * @example
 * ```ts
 * betterOf({ achievement: 3, improvement: 5 }); // { score: "5", used: "improvement", tie: false, … }
 * ```
 */
export function betterOf(input: BetterOfInput): BetterOf {
  const v = parseWith(BetterOfInputSchema, input, "INVALID_INPUT", "betterOf input");
  const a = new Dec(v.achievement);
  const i = v.improvement === null ? null : new Dec(v.improvement);
  const b = better(a, i);
  return {
    score: show(b.value),
    used: b.used,
    tie: b.tie,
    achievement: show(a),
    improvement: i === null ? null : show(i),
    trace: [entry("score", "betterOf", b.value, i === null ? { achievement: a } : { achievement: a, improvement: i })],
  };
}
