import type { AppraisalInput } from "../schema/appraisal.js";
import type { Score } from "../schema/score.js";
import type { SchemeInput } from "../schema/scheme.js";
import { planOf } from "./compile.js";
import type { EvaluateOptions } from "./evaluate.js";
import { parseAppraisalFor } from "./parseAppraisal.js";
import { showRational } from "../math/rational.js";
import { outcomeOf, runStages } from "./stages.js";
import type { Plan } from "./plan.js";

/** Options of {@link score}. */
export type ScoreOptions = EvaluateOptions;

/**
 * Scores one appraisal without explaining it: the final score and band, the results and behaviour
 * ratings and the warnings — each equal to the same field of {@link evaluate}'s result. It runs the
 * same stages as `evaluate`, in the same exact arithmetic, without building the trace, the 360° report
 * or the per-indicator figures. Use it to score a whole agency; call `evaluate` for the employees whose
 * numbers you need to explain.
 *
 * @param schemeOrPlan - a compiled plan (recommended) or a scheme JSON
 * @param appraisal - the appraisal JSON (validated; errors as from `evaluate`)
 * @param options - formula plugins, when given a scheme
 * @returns the {@link Score}
 * @throws `KinerjaError` — the same codes and paths as `evaluate` (the facts of a scheme's rules are
 *   checked too), except the one check only running the rules can make: a fired rule's count or allowance
 *   fact that is null or negative
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
  const a = parseAppraisalFor(plan, appraisal);
  const e = runStages(plan, a, { report: false });
  const o = outcomeOf(plan, e);
  return {
    kind: "kinerja.score",
    scheme: o.scheme,
    appraisal: o.appraisal,
    employee: o.employee,
    period: o.period,
    final: { score: showRational(e.final.value, e.final.rounding?.rule.places), band: o.band },
    resultsRating: o.resultsRating,
    behaviourRating: o.behaviourRating,
    warnings: [...e.warnings],
  };
}
