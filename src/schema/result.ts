import type { Label } from "./scheme.js";
import type { CompetencyFeedback, GapItem, OverallFeedback } from "./feedback.js";
import type { RulesResult } from "./rules.js";

/** A decimal number in a result, as plain decimal text (e.g. `"87.37"`); exact, never a binary float. */
export type DecimalText = string;

/**
 * How one number in a result was obtained. `at` is the path of that number in the result
 * (e.g. `indicators[2].score`), so every number can be looked up and explained.
 */
export interface TraceEntry {
  /** Path of the number in the result. */
  readonly at: string;
  /** Formula name (see the formula table in `docs/concepts.md`). */
  readonly formula: string;
  /** The value (equal to the number at `at`). */
  readonly value: DecimalText;
  /** Named inputs of the formula. */
  readonly inputs: Readonly<Record<string, DecimalText>>;
  /** Where the value was rounded: the rule and the exact value before rounding. */
  readonly rounding?: { readonly places: number; readonly mode: string; readonly exact: DecimalText };
  /** Where a cap or floor applied: which, and the value before it. */
  readonly clamp?: { readonly by: "cap" | "floor"; readonly unclamped: DecimalText };
  /** For input numbers: where in the scheme or appraisal they were read. */
  readonly source?: string;
}

import type { ResultWarning } from "./warnings.js";
export type { ResultWarning } from "./warnings.js";

/** Weights of a node: its share among its siblings, its absolute share of the scorecard, and that share after missing data was re-spread. */
export interface NodeWeights {
  /** Share among siblings (normalised, 0–1). */
  readonly weight: DecimalText;
  /** Product of the shares on the path from the root (0–1). */
  readonly absoluteWeight: DecimalText;
  /** Absolute share actually used after re-normalisation for missing data (0 when missing). */
  readonly effectiveWeight: DecimalText;
}

/** Result of a perspective or an objective. */
export interface NodeResult extends NodeWeights {
  readonly id: string;
  readonly label: Label;
  /** `scored`, or `missing` when none of its indicators had an actual. */
  readonly status: "scored" | "missing";
  /** Weighted mean of its present children (score points, 100 = on target); null when missing. */
  readonly score: DecimalText | null;
}

/** Result of an objective. */
export interface ObjectiveResult extends NodeResult {
  /** Id of its perspective. */
  readonly perspective: string;
}

/** Result of one indicator. */
export interface IndicatorResult extends NodeWeights {
  readonly id: string;
  readonly label: Label;
  readonly perspective: string;
  readonly objective: string | null;
  readonly unit: string | null;
  readonly direction: "higher" | "lower" | "range" | "binary";
  readonly method: "ratio" | "interpolate" | "curve" | "steps" | "formula";
  /** `scored`, `missing` (left out of the roll-up), or `zeroed` (missing, scored 0 by policy). */
  readonly status: "scored" | "missing" | "zeroed";
  readonly actual: DecimalText | null;
  readonly target: DecimalText | null;
  readonly baseline: DecimalText | null;
  /** Percent of target (100 = met), before the scoring method. */
  readonly achievement: DecimalText | null;
  /** Score points after the method, cap and floor. */
  readonly score: DecimalText | null;
  /** `effectiveWeight × score`: what this indicator adds to the results score. */
  readonly contribution: DecimalText | null;
  /** Set when a cap or floor changed the score. */
  readonly clamped: "cap" | "floor" | null;
}

/** A component of the final score (e.g. `results`, the scorecard). */
export interface ComponentResult {
  readonly id: string;
  /** Share in the final score (0–1). */
  readonly weight: DecimalText;
  readonly score: DecimalText;
}

/**
 * The behaviour (perilaku kerja) part of a result: the 360° aggregate without any rater identifier or
 * anything of a suppressed group but its count, the behaviour score on 0–100, the categorical rating,
 * and the self–other gaps.
 */
export interface BehaviourResult {
  /** The behaviour score on 0–100: the others' overall score converted by the scheme's conversion. */
  readonly score: DecimalText;
  /** The categorical rating (below / meets / above expectations), when the scheme defines thresholds. */
  readonly rating: { readonly id: "below" | "meets" | "above"; readonly label: Label } | null;
  /** Per competency: group figures (suppressed groups as counts only), self, others, N/A. */
  readonly competencies: readonly (CompetencyFeedback & { readonly label: Label })[];
  /** Over all competencies. */
  readonly overall: OverallFeedback;
  /** Self–other gaps on the rating scale, with the threshold used. */
  readonly gaps: {
    readonly threshold: DecimalText;
    readonly items: readonly GapItem[];
    readonly blindSpots: readonly string[];
    readonly hiddenStrengths: readonly string[];
  };
  /** True when both peers and subordinates were shown (the scheme's `compositionWithPeers` then applies). */
  readonly peersAndSubordinates: boolean;
  /** Share (0–1) of the competencies' weight that raters other than self scored (an `unrated_competency` warning names each one left out). */
  readonly coverage: DecimalText;
}

/**
 * The result of `evaluate`: plain JSON (it survives `JSON.parse(JSON.stringify(r))` unchanged),
 * every number a decimal string with a trace entry at its path.
 */
export interface Result {
  readonly kind: "kinerja.result";
  readonly scheme: { readonly id: string; readonly version: string | null };
  readonly appraisal: { readonly id: string | null };
  readonly employee: { readonly id: string; readonly name: string | null; readonly unit: string | null; readonly position: string | null };
  readonly period: { readonly start: string; readonly end: string } | null;
  readonly final: {
    /** The final score after the `final` rounding step. */
    readonly score: DecimalText;
    /** The band of the final score (by the scheme's classify policy), or null without bands or outside them. */
    readonly band: { readonly id: string; readonly label: Label } | null;
  };
  readonly components: readonly ComponentResult[];
  /** Points added to the results component (the scheme's `additions`), after their caps. */
  readonly additions: readonly { readonly id: string; readonly label: Label; readonly points: DecimalText }[];
  readonly perspectives: readonly NodeResult[];
  readonly objectives: readonly ObjectiveResult[];
  readonly indicators: readonly IndicatorResult[];
  /** The categorical rating of the results component (hasil kerja), when the scheme defines `resultsRating`. */
  readonly resultsRating: { readonly id: "below" | "meets" | "above"; readonly label: Label } | null;
  /** The behaviour part, or null when the scheme has no behaviour model. */
  readonly behaviour: BehaviourResult | null;
  /** Share (0–1) of the scorecard's absolute weight whose actuals were present. */
  readonly coverage: DecimalText;
  /** The reward/sanction rules: which fired (with their outcomes and totals) and which did not, and why; null without rules. */
  readonly rules: Omit<RulesResult, "trace"> | null;
  readonly warnings: readonly ResultWarning[];
  readonly trace: readonly TraceEntry[];
}
