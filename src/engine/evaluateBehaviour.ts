import { KinerjaError, issue } from "../errors/kinerjaError.js";
import { aggregateExact, prepareFeedback, type ExactFeedback, type AggregateFeedbackInput, type PreparedFeedback, type ValidRating } from "../feedback/aggregateFeedback.js";

import { RATING_LEVEL_LABELS, isNotApplicable, type RaterGroup, type RatingLevel } from "../concepts/vocabulary.js";
import { GAP_TOP, gapReport } from "../feedback/selfOtherGap.js";
import { R0, rational, showRational, type Rational } from "../math/rational.js";
import type { Appraisal } from "../schema/appraisal.js";
import type { BehaviourResult, ResultWarning, TraceEntry } from "../schema/result.js";
import { warning } from "../schema/warnings.js";
import type { Behaviour } from "../schema/scheme.js";

/** @internal Labels of the three expectation levels (PermenPANRB 6/2022). */
export const RATING_LABELS = RATING_LEVEL_LABELS;

/** @internal Thresholds of the expectation levels (PermenPANRB 6/2022), built once by `compile`. */
export interface LevelThresholds {
  readonly meets: Rational;
  readonly above: Rational;
}

/** @internal The thresholds of a scheme's `{ meets, above }` as rationals. */
export function levelThresholds(t: { readonly meets: string; readonly above: string }): LevelThresholds {
  return { meets: rational(t.meets), above: rational(t.above) };
}

/** @internal The expectation level of a score by half-open thresholds `meets` and `above`. */
export function levelOf(score: Rational, t: LevelThresholds): RatingLevel {
  return score.gte(t.above) ? "above" : score.gte(t.meets) ? "meets" : "below";
}

/** @internal What the behaviour stage gives the composition and the classification, and the report when asked. */
export interface BehaviourStage {
  /** The behaviour score on 0–100, exact. */
  readonly score: Rational;
  /** The expectation level, when the model has thresholds. */
  readonly rating: RatingLevel | null;
  /** Both peers and subordinates were shown (PP 30/2019's second composition). */
  readonly peersAndSubordinates: boolean;
  readonly warnings: readonly ResultWarning[];
  /** The 360° report, its trace and the exact figures the scheme's rules read (`evaluate` only). */
  readonly report: { readonly behaviour: BehaviourResult; readonly trace: readonly TraceEntry[]; readonly values: BehaviourValues } | undefined;
}

/** The exact behaviour figures a scheme's rules read, beside their texts in the report. */
export interface BehaviourValues {
  /** Each competency's others' score, in the model's order (null where none). */
  readonly competencies: readonly (Rational | null)[];
  /** The overall mean of each shown rater group (without subgroup). */
  readonly groups: ReadonlyMap<RaterGroup, Rational>;
}

/** @internal The behaviour stage of the evaluation: with `report`, the 360° report and its trace too. */
export function behaviourStage(config: BehaviourConfig, appraisal: Appraisal, report: boolean): BehaviourStage {
  if (report) {
    const b = evaluateBehaviour(config, appraisal);
    return {
      score: b.score,
      rating: b.behaviour.rating ? b.behaviour.rating.id : null,
      peersAndSubordinates: b.behaviour.peersAndSubordinates,
      warnings: b.warnings,
      report: { behaviour: b.behaviour, trace: b.trace, values: b.values },
    };
  }
  const exact = aggregate(config, appraisal, false);
  const { score, warnings } = scoreOf(config, exact);
  const rating = config.rating ? levelOf(score, config.rating) : null;
  return { score, rating, peersAndSubordinates: exact.shownGroups.has("peer") && exact.shownGroups.has("subordinate"), warnings, report: undefined };
}

/** The appraisal's ratings aggregated (N/A spellings read as null; the ratings' issues as `INVALID_APPRAISAL`). */
function aggregate(config: BehaviourConfig, appraisal: Appraisal, report: boolean): ExactFeedback {
  // Already shape-validated by the appraisal schema: only the N/A spellings are normalised to null.
  const ratings: ValidRating[] = (appraisal.ratings ?? []).map((r) => ({
    rater: r.rater,
    group: r.group,
    competency: r.competency,
    value: isNotApplicable(r.value) ? null : (r.value as string),
    ...(r.subgroup === undefined ? {} : { subgroup: r.subgroup }),
  }));
  if (ratings.length === 0) {
    throw new KinerjaError("INVALID_APPRAISAL", "the scheme scores behaviour but the appraisal has no ratings", [
      issue(["ratings"], "missing_ratings", "give at least one rating (rater, group, competency, value)"),
    ]);
  }
  try {
    return aggregateExact(config.prepared, ratings, report);
  } catch (e) {
    // The ratings are the appraisal's: report the same issues (their paths start at `ratings`) as an appraisal error.
    if (e instanceof KinerjaError) throw new KinerjaError("INVALID_APPRAISAL", "invalid ratings", e.issues);
    throw e;
  }
}

/**
 * The behaviour score and the competency warnings of an aggregate: a competency no group other than
 * self could score is left out of the score (a warning says so); no score at all is an error.
 */
function scoreOf(config: BehaviourConfig, exact: ExactFeedback): { readonly score: Rational; readonly warnings: ResultWarning[]; readonly scoredWeight: Rational; readonly totalWeight: Rational } {
  const warnings: ResultWarning[] = [];
  let scoredWeight = R0;
  let totalWeight = R0;
  exact.aggregate.competencies.forEach((c, i) => {
    const w = (config.prepared.comps[i] as { readonly weight: Rational }).weight;
    totalWeight = totalWeight.plus(w);
    if (c.others.score === null) warnings.push(warning("unrated_competency", `behaviour.competencies[${i}]`, { competency: c.competency }));
    else scoredWeight = scoredWeight.plus(w);
  });
  if (exact.othersPercent === null) {
    throw new KinerjaError("INSUFFICIENT_COVERAGE", "no behaviour score: every rater group other than self was suppressed or empty", [
      issue(["ratings"], "no_behaviour_score", "too few raters per group for the anonymity minimum"),
    ]);
  }
  return { score: exact.othersPercent, warnings, scoredWeight, totalWeight };
}

/** @internal The behaviour model and its aggregation settings, validated once by `compile`. */
export interface BehaviourConfig {
  readonly model: Behaviour;
  readonly prepared: PreparedFeedback;
  /** The model's rating thresholds, when it has them. */
  readonly rating: LevelThresholds | undefined;
}

/**
 * @internal Validates the aggregation settings of a behaviour model once. Problems that only the
 * aggregation can see (e.g. `combine: "weightedGroup"` without group weights, proportional conversion on
 * a scale below 0) become `INVALID_SCHEME` issues with paths under `behaviour`.
 */
export function behaviourConfig(b: Behaviour): BehaviourConfig {
  try {
    return { model: b, prepared: prepareFeedback(settingsOf(b)), rating: b.rating ? levelThresholds(b.rating) : undefined };
  } catch (e) {
    if (!(e instanceof KinerjaError)) throw e;
    const toScheme = (path: readonly (string | number)[]) => ["behaviour", ...(path[0] === "options" ? path.slice(1) : path)];
    throw new KinerjaError(
      "INVALID_SCHEME",
      "invalid behaviour model",
      e.issues.map((i) => issue(toScheme(i.path), i.code, i.message)),
    );
  }
}

function settingsOf(b: Behaviour): Omit<AggregateFeedbackInput, "ratings"> {
  return {
    competencies: b.competencies.map((c) => (c.weight === undefined ? c.id : { id: c.id, weight: c.weight })),
    scale: b.scale,
    ...(b.groups ? { groups: b.groups } : {}),
    options: {
      central: b.central,
      minRaters: b.minRaters,
      includeSelf: b.includeSelf,
      conversion: b.conversion,
      ...(b.trim === undefined ? {} : { trim: b.trim }),
      ...(b.exempt === undefined ? {} : { exempt: b.exempt }),
      ...(b.combine === undefined ? {} : { combine: b.combine }),
    },
  };
}

/**
 * @internal Scores the behaviour part of an appraisal: the 360° aggregate (anonymity applied), the
 * behaviour score on 0–100, the categorical rating and the self–other gaps, with a trace entry for
 * every number (paths under `behaviour.`).
 */
export function evaluateBehaviour(
  config: BehaviourConfig,
  appraisal: Appraisal,
): { behaviour: BehaviourResult; score: Rational; trace: TraceEntry[]; warnings: ResultWarning[]; values: BehaviourValues } {
  const exact = aggregate(config, appraisal, true);
  const agg = exact.aggregate;
  const trace: TraceEntry[] = agg.steps.map((s) => ({ at: `behaviour.${s.at}`, formula: s.formula, value: s.value, inputs: s.inputs }));
  const { score, warnings, scoredWeight, totalWeight } = scoreOf(config, exact);
  // Coverage: the share of the competencies' weight that others scored (raw weights, one division, so a
  // complete appraisal has coverage exactly 1).
  const coverage = showRational(totalWeight.isZero() ? R0 : scoredWeight.div(totalWeight));
  trace.push({ at: "behaviour.coverage", formula: "competencyCoverage", value: coverage, inputs: { scoredWeight: showRational(scoredWeight), totalWeight: showRational(totalWeight) } });
  const percent = agg.overall.others.percent as string;
  trace.push({ at: "behaviour.score", formula: "behaviourScore", value: percent, inputs: { othersPercent: percent } });

  const model = config.model;
  let rating: BehaviourResult["rating"] = null;
  if (config.rating) {
    const id = levelOf(score, config.rating);
    rating = { id, label: RATING_LABELS[id] };
  }

  // The aggregate was just built from validated ratings: its scores lie on the scale and its competencies are unique.
  const gap = gapReport(
    agg.competencies.map((c) => ({ competency: c.competency, self: c.self?.score ?? null, others: c.others.score })),
    agg.settings.scale,
    { thresholdShare: model.gap?.thresholdShare, top: model.gap?.top ?? GAP_TOP },
  );
  trace.push({ at: "behaviour.gaps.threshold", formula: "gapThreshold", value: gap.threshold, inputs: { share: model.gap?.thresholdShare ?? "0.25" } });
  gap.items.forEach((g, i) => {
    const at = `behaviour.gaps.items[${i}]`;
    if (g.self !== null) trace.push({ at: `${at}.self`, formula: "input", value: g.self, inputs: {}, source: `behaviour.competencies[${i}].self.score` });
    if (g.others !== null) trace.push({ at: `${at}.others`, formula: "input", value: g.others, inputs: {}, source: `behaviour.competencies[${i}].others.score` });
    if (g.gap !== null && g.self !== null && g.others !== null) {
      trace.push({ at: `${at}.gap`, formula: "selfOtherGap", value: g.gap, inputs: { self: g.self, others: g.others } });
    }
  });

  const labels = new Map(model.competencies.map((c) => [c.id, c.label]));
  const shown = new Set(agg.overall.groups.filter((g) => g.status === "shown").map((g) => g.group));
  return {
    behaviour: {
      score: percent,
      rating,
      competencies: agg.competencies.map((c) => ({ ...c, label: labels.get(c.competency) ?? { id: c.competency } })),
      overall: agg.overall,
      gaps: { threshold: gap.threshold, items: gap.items, blindSpots: gap.blindSpots, hiddenStrengths: gap.hiddenStrengths },
      peersAndSubordinates: shown.has("peer") && shown.has("subordinate"),
      coverage,
    },
    score,
    trace,
    warnings,
    values: { competencies: exact.competencyScores, groups: exact.groupMeans },
  };
}
