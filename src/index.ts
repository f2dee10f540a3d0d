export { KinerjaError, isKinerjaError, type KinerjaErrorCode, type KinerjaIssue } from "./errors/kinerjaError.js";
export type { RoundingMode, RoundingRule } from "./math/round.js";
export { DecimalInputSchema, NonNegativeDecimalSchema, IdSchema, LabelSchema, DateSchema, RoundingModeSchema, RoundingRuleSchema } from "./schema/primitives.js";
export {
  SchemeSchema,
  PerspectiveSchema,
  ObjectiveSchema,
  IndicatorSchema,
  MethodSchema,
  BandSchema,
  RoundingPolicySchema,
  MatrixSchema,
  BehaviourSchema,
  type SchemeInput,
  type Scheme,
  type Indicator,
  type Perspective,
  type Objective,
  type Band,
  type Label,
} from "./schema/scheme.js";
export { AppraisalSchema, ActualSchema, type AppraisalInput, type Appraisal } from "./schema/appraisal.js";
export { GoalSchema, CheckGoalsInputSchema, type GoalInput, type Goal, type CheckGoalsInput } from "./schema/goal.js";
export type {
  Result,
  TraceEntry,
  ResultWarning,
  NodeWeights,
  NodeResult,
  ObjectiveResult,
  IndicatorResult,
  ComponentResult,
  DecimalText,
  BehaviourResult,
} from "./schema/result.js";
export { parseScheme } from "./engine/parseScheme.js";
export { parseAppraisal } from "./engine/parseAppraisal.js";
export { compile, type CompileOptions } from "./engine/compile.js";
export { evaluate, type EvaluateOptions } from "./engine/evaluate.js";
export { score, type ScoreOptions } from "./engine/score.js";
export type { Score, ScoreWarning } from "./schema/score.js";
export { isPlan, type Plan } from "./engine/plan.js";
export { explain, type ExplainOptions } from "./explain/explain.js";
export type { Locale } from "./explain/labels.js";
export { checkGoals, type GoalCheck, type GoalFinding, type GoalReport } from "./scorecard/checkGoals.js";
export { cascadeGoals, type Cascade, type GoalNode } from "./scorecard/cascadeGoals.js";
export { balancedScorecardPerspectives, publicSectorPerspectives, type PerspectiveInput } from "./scorecard/perspectives.js";
export { ratingScale, toPercent, isNotApplicable, RatingScaleSchema, RatingAnswerSchema, type RatingScaleName, type CustomRatingScale, type RatingScaleInput, type RatingScale, type PercentConversion, type RatingAnswer } from "./feedback/scales.js";
export { summariseAnswers, type SummariseAnswersInput, type AnswerSummary } from "./feedback/summariseAnswers.js";
export { aggregateFeedback, type RaterGroup, type CentralTendency, type OthersCombination, type FeedbackRatingInput, type FeedbackCompetencyInput, type FeedbackGroupInput, type AggregateFeedbackOptions, type AggregateFeedbackInput, type FeedbackStep, type ShownGroupFeedback, type SuppressedGroupFeedback, type EmptyGroupFeedback, type GroupFeedback, type ScoreWithPercent, type OthersFeedback, type NotApplicableCount, type CompetencyFeedback, type OverallShownGroupFeedback, type OverallGroupFeedback, type OverallOthersFeedback, type OverallFeedback, type FeedbackGroupSetting, type FeedbackSettings, type FeedbackAggregate } from "./feedback/aggregateFeedback.js";
export { leniencyCorrection, type LeniencyRatingInput, type LeniencyCorrectionInput, type RaterLeniency, type CorrectedRating, type LeniencyCorrection } from "./feedback/leniencyCorrection.js";
export { agreement, type AgreementRatingInput, type AgreementInput, type CompetencyAgreement, type RwgJ, type IccStatistics, type IccUnavailable, type AgreementReport } from "./feedback/agreement.js";
export { selfOtherGap, type GapItemInput, type SelfOtherGapOptions, type SelfOtherGapValuesInput, type SelfOtherGapFeedbackInput, type SelfOtherGapInput, type GapKind, type GapItem, type SelfOtherGapReport } from "./feedback/selfOtherGap.js";
export { largestRemainder, LargestRemainderInputSchema, type LargestRemainderInput, type LargestRemainderResult, type LargestRemainderTrace } from "./rating/largestRemainder.js";
export { distributionQuotas, DistributionQuotasInputSchema, type DistributionQuotasInput, type DistributionQuotas, type LimitQuota } from "./rating/distributionQuotas.js";
export { DistributionCurveSchema, CurveCategorySchema, CurveGroupSchema, QuotaRoundingSchema, type DistributionCurveInput, type DistributionCurve, type QuotaRoundingInput, type CountRange, type LimitSpec } from "./rating/distributionCurve.js";
export { SE_MENPANRB_3_2023_CURVES, type OrganisationPredikat } from "./rating/seMenpanrbCurves.js";
export { checkDistribution, CheckDistributionOptionsSchema, type CheckDistributionOptions, type DistributionCheck, type DistributionGroupCheck, type DistributionViolation, type CategoryShare } from "./rating/checkDistribution.js";
export { calibrate, CalibrateOptionsSchema, TieBreakKeySchema, type CalibrateOptions, type TieBreakKey, type Calibration, type CalibrationMove, type CalibrationTie, type CalibrationGroup, type CalibrationAssignment, type CategoryCount, type LimitRef, type CalibrationInput, type NodeScoreInput } from "./rating/calibrate.js";
export { summarize, SummarizeOptionsSchema, type SummarizeOptions, type Summary, type ScoreSummary, type EmployeeStanding, type BandCount, type Percentiles } from "./rating/summarize.js";
export { benchmark, BenchmarkInputSchema, type BenchmarkInput, type Benchmark } from "./rating/benchmark.js";
export { GroupBySchema, type GroupBy, type RatedInput } from "./rating/ratedResults.js";
export { evaluateMany, evaluateManyAsync, type BatchItem, type EvaluateManyOptions } from "./engine/evaluateMany.js";
export { FormulaPluginsSchema, type FormulaPlugin, type FormulaInput, type FormulaOutput } from "./indicator/formulaPlugin.js";
export { compileRules, type CompileRulesOptions } from "./rules/compileRules.js";
export { evaluateRules, type EvaluateRulesInput } from "./rules/evaluateRules.js";
export { applyRules, type ApplyRulesInput } from "./rules/applyRules.js";
export { allowanceAfterDeduction, AllowanceAfterDeductionInputSchema, type AllowanceAfterDeductionInput, type AllowanceAfterDeduction } from "./rules/allowanceAfterDeduction.js";
export { isCompiledRules, type CompiledRules } from "./rules/compiledRules.js";
export { explainRules } from "./explain/explainRules.js";
export {
  FactNameSchema,
  FactTypeSchema,
  FactDeclarationSchema,
  HistoryEntrySchema,
  OperatorSchema,
  ConditionSchema,
  OutcomeSchema,
  RuleSchema,
  RuleGroupSchema,
  RulePolicySchema,
  type FactType,
  type FactDeclarationInput,
  type FactDeclaration,
  type FactValue,
  type FactValueInput,
  type HistoryEntryInput,
  type HistoryEntry,
  type Operator,
  type ScalarInput,
  type FactCondition,
  type HistoryCondition,
  type Condition,
  type OutcomeInput,
  type Outcome,
  type RuleInput,
  type Rule,
  type RuleGroupInput,
  type RuleGroup,
  type RulePolicyInput,
  type RulePolicy,
  type TraceValue,
  type FactConditionTrace,
  type HistoryConditionTrace,
  type ConditionTrace,
  type RuleOutcomeBase,
  type RuleOutcome,
  type FiredRule,
  type NotFiredRule,
  type CappedTotal,
  type AllowanceDeductionTotal,
  type AllowanceTotal,
  type RuleTotals,
  type RulesResult,
} from "./schema/rules.js";
export { period, PeriodInputSchema, type PeriodInput } from "./period/period.js";
export { PeriodRangeSchema, PeriodKindSchema, type PeriodRangeInput, type PeriodKind, type Period } from "./period/periodRange.js";
export { periodsOf, PeriodsOfInputSchema, type PeriodsOfInput } from "./period/periodsOf.js";
export { daysInclusive } from "./period/daysInclusive.js";
export { periodContains, PeriodContainsInputSchema, type PeriodContainsInput } from "./period/periodContains.js";
export { checkPeriodWithin, CheckPeriodWithinInputSchema, type CheckPeriodWithinInput } from "./period/checkPeriodWithin.js";
export { proRate, ProRateInputSchema, ProRateSegmentSchema, type ProRateInput, type ProRateSegmentInput, type ProRated, type SegmentWeight, type SegmentStatus } from "./period/proRate.js";
export { interimRatings, InterimRatingsInputSchema, type InterimRatingsInput, type InterimRatings, type InterimRating } from "./period/interimRatings.js";
export { combineHalves, CombineHalvesInputSchema, type CombineHalvesInput, type CombinedHalves, type CombinedHalf } from "./period/combineHalves.js";
export { trend, TrendInputSchema, type TrendInput, type Trend, type TrendDirection } from "./period/trend.js";
export { normalisedGain, NormalisedGainInputSchema, type NormalisedGainInput, type Gains, type GainBand } from "./period/normalisedGain.js";
export { betterOf, BetterOfInputSchema, type BetterOfInput, type BetterOf, type BetterUsed } from "./period/betterOf.js";
export { achievementImprovementPoints, AchievementImprovementPointsInputSchema, type AchievementImprovementPointsInput, type AchievementImprovementPoints, type Points } from "./period/achievementImprovementPoints.js";
