import type { DecimalText, Result } from "./result.js";
import type { ResultWarning } from "./warnings.js";

/** A warning of a {@link Score}: the same warning, with the same parameters and message, as in the {@link Result}. */
export type ScoreWarning = ResultWarning;

/**
 * The scores of one appraisal without their explanation: what `score` returns. Every field equals the
 * field of the same name in the full {@link Result} of `evaluate` (the tests assert it on generated
 * appraisals); call `evaluate` for the trace, the per-indicator figures and the 360° report.
 */
export interface Score {
  /** Always `"kinerja.score"`. */
  readonly kind: "kinerja.score";
  /** The scheme's id and version. */
  readonly scheme: Result["scheme"];
  /** The appraisal's id. */
  readonly appraisal: Result["appraisal"];
  /** The employee as given. */
  readonly employee: Result["employee"];
  /** The appraisal's period (or the scheme's). */
  readonly period: Result["period"];
  /** The final score (rounded by the scheme's final rounding) and band (predikat). */
  readonly final: { readonly score: DecimalText; readonly band: Result["final"]["band"] };
  /** The results rating (PermenPANRB 6/2022), or null when the scheme has no thresholds for it. */
  readonly resultsRating: Result["resultsRating"];
  /** The behaviour rating, or null when the scheme has none or no behaviour was scored. */
  readonly behaviourRating: NonNullable<Result["behaviour"]>["rating"];
  /** The result's warnings (code and path). */
  readonly warnings: readonly ScoreWarning[];
}

/** @internal The {@link Score} of a full result: the fields `score` gives (the tests compare them). */
export function scoreOf(r: Result): Score {
  return {
    kind: "kinerja.score",
    scheme: r.scheme,
    appraisal: r.appraisal,
    employee: r.employee,
    period: r.period,
    final: { score: r.final.score as DecimalText, band: r.final.band },
    resultsRating: r.resultsRating,
    behaviourRating: r.behaviour ? r.behaviour.rating : null,
    warnings: r.warnings,
  };
}
