// The 360° result types: what `aggregateFeedback` and `selfOtherGap` report and the behaviour part of a
// result carries. They live in the document model (schema/) so that the result type does not import the
// feedback layer that computes them.
import type { RaterGroup } from "../concepts/vocabulary.js";

/** How one number of an `aggregateFeedback` result was computed; the engine turns steps into trace entries. */
export interface FeedbackStep {
  /** Path of the number in the aggregate, e.g. `competencies[0].groups[2].mean`. */
  readonly at: string;
  /** Formula name: `mean`, `median`, `trimmedMean`, `equalGroupMean`, `weightedGroupMean`, `weightShare`, `naRate`, `competencyWeightedMean`, `likertLinear`, `likertProportional`. */
  readonly formula: string;
  /** Named inputs of the formula, decimal text. */
  readonly inputs: Readonly<Record<string, string>>;
  /** The value, decimal text (equal to the number at `at`). */
  readonly value: string;
}

/** A group's statistics on one competency (or overall), shown because it met the anonymity minimum. */
export interface ShownGroupFeedback {
  /** Shown. */
  readonly status: "shown";
  /** The group. */
  readonly group: RaterGroup;
  /** The external subgroup, or null. */
  readonly subgroup: string | null;
  /** Raters who answered (N/A excluded). */
  readonly n: number;
  /** Raters who answered N/A. */
  readonly na: number;
  /** Mean of the answers. */
  readonly mean: string;
  /** Median of the answers. */
  readonly median: string;
  /** Trimmed mean of the answers. */
  readonly trimmedMean: string;
  /** Answers dropped at each end by the trimmed mean, `⌊n·p/2⌋`. */
  readonly trimmedEachEnd: number;
  /** The group's score: the statistic chosen by `central`. */
  readonly score: string;
  /** The score converted to 0–100. */
  readonly percent: string;
  /** Share of the group in the weighted-group mean after re-normalisation (null when there are no weights or the group is not among the others). */
  readonly share: string | null;
}

/**
 * A group below its anonymity minimum: it contributes nothing, its weight is re-distributed, and
 * only its number of raters who answered is reported.
 */
export interface SuppressedGroupFeedback {
  /** Suppressed. */
  readonly status: "suppressed";
  /** The group. */
  readonly group: RaterGroup;
  /** The external subgroup, or null. */
  readonly subgroup: string | null;
  /** Raters who answered (N/A excluded). */
  readonly n: number;
}

/** An exempt group (e.g. self, supervisor) whose raters all answered N/A. */
export interface EmptyGroupFeedback {
  /** No answers. */
  readonly status: "empty";
  /** The group. */
  readonly group: RaterGroup;
  /** The external subgroup, or null. */
  readonly subgroup: string | null;
  /** Always 0. */
  readonly n: 0;
  /** Raters who answered N/A. */
  readonly na: number;
}

/** One group's row on one competency. */
export type GroupFeedback = ShownGroupFeedback | SuppressedGroupFeedback | EmptyGroupFeedback;

/** A score on the scale and its 0–100 conversion. */
export interface ScoreWithPercent {
  /** The score on the rating scale. */
  readonly score: string;
  /** The score converted to 0–100. */
  readonly percent: string;
}

/** The others (everyone but self, unless `includeSelf`) on one competency, over the groups shown. */
export interface OthersFeedback {
  /** Answers pooled. */
  readonly n: number;
  /** Groups contributing. */
  readonly groups: number;
  /** The central statistic of all pooled answers (with `mean`: `Σx / Σn`). */
  readonly pooled: string | null;
  /** Mean of the group scores. */
  readonly equalGroup: string | null;
  /** Weighted mean of the group scores (null without group weights or when the shown groups weigh 0). */
  readonly weightedGroup: string | null;
  /** The figure chosen by `combine`. */
  readonly score: string | null;
  /** `score` converted to 0–100. */
  readonly percent: string | null;
}

/** Not-applicable answers counted over the groups reported (suppressed groups are not counted). */
export interface NotApplicableCount {
  /** N/A answers. */
  readonly count: number;
  /** All answers, values and N/A. */
  readonly answers: number;
  /** `count / answers` (null without answers). */
  readonly rate: string | null;
}

/** The aggregate of one competency. */
export interface CompetencyFeedback {
  /** The competency's id. */
  readonly competency: string;
  /** Its share of the competency weights (0–1). */
  readonly weight: string;
  /** One row per rater group that answered, in the order self, supervisor, peer, subordinate, external (subgroups by name). */
  readonly groups: readonly GroupFeedback[];
  /** The self score, or null (no self rating, or N/A). */
  readonly self: ScoreWithPercent | null;
  /** The others. */
  readonly others: OthersFeedback;
  /** N/A answers. */
  readonly na: NotApplicableCount;
}

/** A group over all competencies: competency-weighted means of its per-competency figures, over the competencies where it was shown. */
export interface OverallShownGroupFeedback {
  /** Shown on at least one competency. */
  readonly status: "shown";
  /** The group. */
  readonly group: RaterGroup;
  /** The external subgroup, or null. */
  readonly subgroup: string | null;
  /** Distinct raters who answered a competency where the group was shown. */
  readonly n: number;
  /** N/A answers on the competencies where the group was reported. */
  readonly na: number;
  /** Competencies where the group was shown. */
  readonly competencies: number;
  /** Competency-weighted mean of the group's means. */
  readonly mean: string;
  /** Competency-weighted mean of the group's medians. */
  readonly median: string;
  /** Competency-weighted mean of the group's trimmed means. */
  readonly trimmedMean: string;
  /** Competency-weighted mean of the group's scores. */
  readonly score: string;
  /** The score converted to 0–100. */
  readonly percent: string;
}

/** One group's overall row: shown somewhere, suppressed everywhere it answered (n = distinct raters who answered), or empty. */
export type OverallGroupFeedback = OverallShownGroupFeedback | SuppressedGroupFeedback | EmptyGroupFeedback;

/** The others over all competencies: competency-weighted means of the per-competency figures (weights re-normalised over competencies where the figure exists). */
export interface OverallOthersFeedback {
  /** Competencies with an others score. */
  readonly competencies: number;
  /** Overall pooled figure. */
  readonly pooled: string | null;
  /** Overall equal-group figure. */
  readonly equalGroup: string | null;
  /** Overall weighted-group figure. */
  readonly weightedGroup: string | null;
  /** Overall others score (the `combine` figure). */
  readonly score: string | null;
  /** `score` converted to 0–100. */
  readonly percent: string | null;
}

/** The aggregate over all competencies. */
export interface OverallFeedback {
  /** One row per rater group. */
  readonly groups: readonly OverallGroupFeedback[];
  /** Competency-weighted mean of the self scores, or null. */
  readonly self: ScoreWithPercent | null;
  /** The others. */
  readonly others: OverallOthersFeedback;
  /** N/A answers summed over competencies. */
  readonly na: NotApplicableCount;
}

/**
 * How a competency's gap is read:
 * - `blindSpot` — self rates higher than others by at least θ;
 * - `hiddenStrength` — others rate higher than self by at least θ;
 * - `aligned` — the gap is smaller than θ either way.
 */
export type GapKind = "blindSpot" | "hiddenStrength" | "aligned";

/** One competency's gap. */
export interface GapItem {
  /** The competency's id. */
  readonly competency: string;
  /** The self score, or null. */
  readonly self: string | null;
  /** The others score, or null. */
  readonly others: string | null;
  /** `self − others`, or null when either is missing. */
  readonly gap: string | null;
  /** The reading of the gap, or null when it is missing. */
  readonly kind: GapKind | null;
}

