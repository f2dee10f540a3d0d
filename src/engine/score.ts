import type { AppraisalInput } from "../schema/appraisal.js";
import type { Score } from "../schema/score.js";
import type { SchemeInput } from "../schema/scheme.js";
import { RATING_LABELS } from "./evaluateBehaviour.js";
import { planOf } from "./compile.js";
import type { EvaluateOptions } from "./evaluate.js";
import { parseAppraisal } from "./parseAppraisal.js";
import { showRational } from "../math/rational.js";
import { runStages } from "./stages.js";
import { COMPILED, type Plan } from "./plan.js";

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
  const a = parseAppraisal(appraisal);
  const e = runStages(plan, a, { report: false });
  const c = plan[COMPILED];
  const scheme = plan.scheme;
  const band = e.bandIndex >= 0 ? c.bands[e.bandIndex] : undefined;
  const rating = e.behaviour?.rating ?? null;
  return {
    kind: "kinerja.score",
    scheme: { id: scheme.id, version: scheme.version ?? null },
    appraisal: { id: a.id ?? null },
    employee: { id: a.employee.id, name: a.employee.name ?? null, unit: a.employee.unit ?? null, position: a.employee.position ?? null },
    period: a.period ?? scheme.period ?? null,
    final: { score: showRational(e.final.value, e.final.rounding?.rule.places), band: band ? { id: band.id, label: band.label } : null },
    resultsRating: e.resultsLevel ? { id: e.resultsLevel, label: RATING_LABELS[e.resultsLevel] } : null,
    behaviourRating: rating === null ? null : { id: rating, label: RATING_LABELS[rating] },
    warnings: [...e.warnings],
  };
}
