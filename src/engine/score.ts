import type { AppraisalInput } from "../schema/appraisal.js";
import { scoreOf, type Score } from "../schema/score.js";
import type { SchemeInput } from "../schema/scheme.js";
import { planOf } from "./compile.js";
import { evaluate, type EvaluateOptions } from "./evaluate.js";
import { runFastLane, type FastLane } from "./fastLane.js";
import { COMPILED, type Plan } from "./plan.js";

/** Options of {@link score}. */
export type ScoreOptions = EvaluateOptions;

/**
 * Scores one appraisal without explaining it: the final score and band, the results and behaviour
 * ratings and the warnings — each equal to the same field of {@link evaluate}'s result, at a fraction
 * of the cost. Use it to score a whole agency; call `evaluate` for the employees whose numbers you
 * need to explain.
 *
 * On a plan whose scheme allows it (`plan.fastLane.available`), the scores are computed in binary
 * floating point with a rigorous error bound carried beside every number; whenever a rounding, a band
 * edge or a threshold lies within that bound (an exact tie such as 84.995, a score exactly on an edge),
 * and for every input the fast lane does not read, the appraisal goes through the exact decimal
 * evaluation instead. The answer is the same either way.
 *
 * @param schemeOrPlan - a compiled plan (recommended) or a scheme JSON
 * @param appraisal - the appraisal JSON (validated; errors as from `evaluate`)
 * @param options - formula plugins, when given a scheme
 * @returns the {@link Score}
 * @throws `KinerjaError` — the same codes and paths as `evaluate`
 * @example
 * ```ts
 * const plan = compile(scheme);
 * const s = score(plan, appraisal);
 * s.final.score; // "85.37"
 * s.final.band?.id; // "baik"
 * ```
 */
export function score(schemeOrPlan: Plan | SchemeInput, appraisal: AppraisalInput, options?: ScoreOptions | undefined): Score {
  const plan = planOf(schemeOrPlan, options);
  const lane = plan[COMPILED].fastLane.lane;
  return (lane === undefined ? undefined : tryLane(lane, appraisal)) ?? scoreOf(evaluate(plan, appraisal));
}

/**
 * The fast lane as a filter: any input it cannot read — including a getter or proxy trap that throws —
 * leaves the answer to the decimal path, which validates with the schema and reports it as a `KinerjaError`.
 */
function tryLane(lane: FastLane, appraisal: unknown): Score | undefined {
  try {
    return runFastLane(lane, appraisal);
  } catch {
    return undefined;
  }
}

/** @internal `score`, saying which lane computed it (for the tests and the benchmark). */
export function scoreWithLane(
  schemeOrPlan: Plan | SchemeInput,
  appraisal: AppraisalInput,
  options?: ScoreOptions | undefined,
): { readonly score: Score; readonly lane: "fast" | "decimal" } {
  const plan = planOf(schemeOrPlan, options);
  const lane = plan[COMPILED].fastLane.lane;
  if (lane !== undefined) {
    const fast = tryLane(lane, appraisal);
    if (fast !== undefined) return { score: fast, lane: "fast" };
  }
  return { score: scoreOf(evaluate(plan, appraisal)), lane: "decimal" };
}
