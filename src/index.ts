export { KinerjaError, isKinerjaError, type KinerjaErrorCode, type KinerjaIssue } from "./errors/kinerjaError.js";
export { ROUNDING, roundText, type RoundingRule, type RoundingModeRule, type Fraction } from "./math/round.js";
export {
  RATER_GROUPS,
  RATER_GROUP_LABELS,
  DEFAULT_EXEMPT_GROUPS,
  DEFAULT_MIN_RATERS,
  ROUNDING_MODES,
  ROUNDING_MODE_LABELS,
  MAX_ROUNDING_PLACES,
  DIRECTIONS,
  DIRECTION_LABELS,
  METHOD_KINDS,
  METHOD_LABELS,
  LOWER_FORMULAS,
  RANGE_DECAYS,
  BINARY_PASSES,
  ZERO_TARGET_RULES,
  MISSING_POLICIES,
  MISSING_POLICY_LABELS,
  CENTRAL_STATISTICS,
  COMBINATIONS,
  CONVERSIONS,
  NAMED_SCALES,
  CLASSIFICATIONS,
  WEIGHTING_MODES,
  COMPONENTS,
  RATING_LEVELS,
  RATING_LEVEL_LABELS,
  NOT_APPLICABLE,
  isNotApplicable,
  EMPLOYEE_PREDIKAT_RANK,
  DECIMAL_TEXT,
  ID_PATTERN,
  LIMITS,
  type Bilingual,
  type RaterGroup,
  type RoundingMode,
  type Direction,
  type MethodKind,
  type LowerFormula,
  type RangeDecay,
  type BinaryPass,
  type ZeroTargetRule,
  type MissingPolicy,
  type CentralStatistic,
  type Combination,
  type Conversion,
  type NamedScale,
  type Classification,
  type WeightingMode,
  type Component,
  type RatingLevel,
} from "./concepts/vocabulary.js";
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
export { defineScheme, type SchemeReferences } from "./engine/defineScheme.js";
export { parseAppraisal } from "./engine/parseAppraisal.js";
export { validateScheme } from "./engine/validateScheme.js";
export { validateAppraisal, type ValidateAppraisalOptions } from "./engine/validateAppraisal.js";
export type { Validation, ValidationIssue, ValidationMessage, ValidationParams } from "./schema/validationIssue.js";
export { compile, type CompileOptions } from "./engine/compile.js";
export { compiledValidation, type CompiledValidation } from "./engine/compiledValidation.js";
export { evaluate, type EvaluateOptions } from "./engine/evaluate.js";
export { score, type ScoreOptions } from "./engine/score.js";
export type { Score, ScoreWarning } from "./schema/score.js";
export { WARNING_CODES, type WarningCode, type WarningParams, type FactScalar } from "./schema/warnings.js";
export { isPlan, type Plan } from "./engine/plan.js";
export { explain, type ExplainOptions } from "./explain/explain.js";
export { LOCALES, type Locale } from "./explain/labels.js";
export { formatScore, type FormatScoreOptions } from "./explain/formatScore.js";
export { formatLabel, type FormatLabelOptions, type LabelText } from "./explain/formatLabel.js";
export { checkGoals, type GoalCheck, type GoalFinding, type GoalReport } from "./scorecard/checkGoals.js";
export { cascadeGoals, type Cascade, type GoalNode } from "./scorecard/cascadeGoals.js";
export { rollUpGoals, NumericGoalSchema, type NumericGoalInput, type GoalAggregation, type RolledGoal, type GoalRollUp } from "./scorecard/rollUpGoals.js";
export { balancedScorecardPerspectives, publicSectorPerspectives, type PerspectiveInput } from "./scorecard/perspectives.js";
export { ratingScale, toPercent, RatingScaleSchema, RatingAnswerSchema, type RatingScaleName, type CustomRatingScale, type RatingScaleInput, type RatingScale, type PercentConversion, type RatingAnswer } from "./feedback/scales.js";
export { summariseAnswers, type SummariseAnswersInput, type AnswerSummary } from "./feedback/summariseAnswers.js";
export { aggregateFeedback, type CentralTendency, type OthersCombination, type FeedbackRatingInput, type FeedbackCompetencyInput, type FeedbackGroupInput, type AggregateFeedbackOptions, type AggregateFeedbackInput, type FeedbackGroupSetting, type FeedbackSettings, type FeedbackAggregate } from "./feedback/aggregateFeedback.js";
export type { FeedbackStep, ShownGroupFeedback, SuppressedGroupFeedback, EmptyGroupFeedback, GroupFeedback, ScoreWithPercent, OthersFeedback, NotApplicableCount, CompetencyFeedback, OverallShownGroupFeedback, OverallGroupFeedback, OverallOthersFeedback, OverallFeedback } from "./schema/feedback.js";
export { leniencyCorrection, type LeniencyRatingInput, type LeniencyCorrectionInput, type RaterLeniency, type CorrectedRating, type LeniencyCorrection } from "./feedback/leniencyCorrection.js";
export { agreement, type AgreementRatingInput, type AgreementInput, type CompetencyAgreement, type RwgJ, type IccStatistics, type IccUnavailable, type AgreementReport } from "./feedback/agreement.js";
export { selfOtherGap, type GapItemInput, type SelfOtherGapOptions, type SelfOtherGapValuesInput, type SelfOtherGapFeedbackInput, type SelfOtherGapInput, type GapKind, type GapItem, type SelfOtherGapReport } from "./feedback/selfOtherGap.js";
export { largestRemainder, LargestRemainderInputSchema, type LargestRemainderInput, type LargestRemainderResult, type LargestRemainderTrace } from "./rating/largestRemainder.js";
export { distributionQuotas, DistributionQuotasInputSchema, type DistributionQuotasInput, type DistributionQuotas, type LimitQuota } from "./rating/distributionQuotas.js";
export { DistributionCurveSchema, CurveCategorySchema, CurveGroupSchema, QuotaRoundingSchema, type DistributionCurveInput, type DistributionCurve, type QuotaRoundingInput, type CountRange, type LimitSpec } from "./rating/distributionCurve.js";
export {
  SE_MENPANRB_3_2023_CURVES,
  ORGANISATION_PREDIKATS,
  OrganisationPredikatSchema,
  EMPLOYEE_PREDIKATS,
  curveOfOrganisation,
  EMPLOYEE_PREDIKAT_LABELS,
  type OrganisationPredikat,
  type EmployeePredikat,
} from "./rating/seMenpanrbCurves.js";
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
export { PredikatSchema, PredikatYearSchema, PredikatHistorySchema, type PredikatYear } from "./talent/predikat.js";
export { TALENT_LEVELS, TALENT_LEVEL_RANK, TalentLevelSchema, PERFORMANCE_LEVEL_LABELS, POTENTIAL_LEVEL_LABELS, type TalentLevel } from "./talent/talentLevel.js";
export { nineBox, NineBoxInputSchema, NINE_BOX_NUMBERINGS, DEFAULT_TALENT_POOL, NineBoxNumberingSchema, LevelPairSchema, type NineBoxInput, type NineBoxNumbering, type NineBoxNumberingInput, type NineBoxConvention, type LevelPair } from "./talent/nineBox.js";
export { talentAxisScheme, TalentAxisSchemeInputSchema, type TalentAxisSchemeInput } from "./talent/talentAxisScheme.js";
export { talentMatrix, TalentMatrixInputSchema, TalentEmployeeSchema, DEFAULT_PREDIKAT_LEVELS, PerformanceAxisSchema, MissingYearSchema, type TalentMatrixInput, type PerformanceAxisInput, type TalentBlock, type PerformanceAxis, type PotentialAxis, type TalentPlacement, type TalentMatrix } from "./talent/talentMatrix.js";
export { jobPersonMatch, JobPersonMatchInputSchema, JpmCompetencySchema, JPM_WEIGHTS_BY_JENJANG, JPM_CATEGORY_EDGES, JPM_CATEGORY_LABELS, JPM_WEIGHT_GROUP, type JobPersonMatchInput, type JobPersonMatch, type CompetencyGap, type CompetencyGroup, type JpmWeightGroup, type JpmCategory } from "./talent/jobPersonMatch.js";
export { succession, SuccessionInputSchema, SUCCESSION_FACTS, type SuccessionInput, type SuccessionCandidate, type Succession, type SuccessionKey } from "./talent/succession.js";
export { addMonths, wholeMonths, AddMonthsInputSchema, WholeMonthsInputSchema, type AddMonthsInput, type WholeMonthsInput } from "./career/calendarMonths.js";
export { developmentHours, DevelopmentHoursInputSchema, DevelopmentRecordSchema, DEVELOPMENT_HOURS_DEFAULTS, type DevelopmentHoursInput, type DevelopmentHours } from "./talent/developmentHours.js";
export { developmentPlan, DevelopmentPlanInputSchema, DEFAULT_DEVELOPMENT_ORDER, type DevelopmentPlanInput, type DevelopmentPlan, type DevelopmentItem, type DevelopmentSource } from "./talent/developmentPlan.js";
export { improvementWindow, ImprovementWindowInputSchema, IMPROVEMENT_STATE_LABELS, type ImprovementWindowInput, type ImprovementWindow, type ImprovementState, type ImprovementTransition } from "./career/improvementWindow.js";
export { indeksProfesionalitas, IndeksProfesionalitasInputSchema, IP_ASN_WEIGHTS, IP_ASN_BANDS, type IndeksProfesionalitasInput, type IndeksProfesionalitas, type IpDimension } from "./talent/indeksProfesionalitas.js";
export { ORGANISATION_PREDIKAT_LABELS, OrganisationPredikatPolicySchema, type OrganisationPredikatPolicyInput, type OrganisationPredikatPolicy } from "./organisation/organisationPredikatPolicy.js";
export { organisationScheme, OrganisationSchemeInputSchema, OrganisationIndicatorSchema, type OrganisationSchemeInput } from "./organisation/organisationScheme.js";
export { organisationPredikat, type OrganisationPredikatInput, type OrganisationPredikatResult } from "./organisation/organisationPredikat.js";
export { leaderScheme, leaderAppraisal, LEADER_RATING_FROM_UNIT, type LeaderSchemeInput } from "./organisation/leaderRating.js";
export { annualPredikat, AnnualPredikatInputSchema, type AnnualPredikatInput, type AnnualPredikat, type AnnualFromPeriodic } from "./organisation/annualPredikat.js";
export { pace, PaceInputSchema, type PaceInput, type Pace, type PaceStatus, type CheckinAccumulation } from "./organisation/pace.js";
export { addWorkingDays, workingDaysBetween, WorkingCalendarSchema, type WorkingCalendarInput } from "./period/workingDays.js";
export { complaintIndicators, ComplaintIndicatorsInputSchema, SP4N_LAPOR_DEADLINES, type ComplaintIndicatorsInput, type ComplaintIndicators, type ComplaintStatus } from "./organisation/complaints.js";
export { evaluationDocument, EvaluationDocumentInputSchema, FeedbackAuthorRoleSchema, type EvaluationDocumentInput, type EvaluationDocument } from "./organisation/evaluationDocument.js";
export { explainEvaluationDocument } from "./organisation/explainEvaluationDocument.js";
// Authoring kit: what presets and plugin authors build with (docs/presets/authoring.md) — the engine's
// exact number, its rounding and text, its issues, trace entries and input parsing, and the preset contract.
export { Rational, rational, type RationalInput } from "./kit/rational.js";
export { showRational } from "./kit/showRational.js";
export { roundRational } from "./kit/roundRational.js";
export { issue } from "./kit/issue.js";
export { formatPath } from "./kit/formatPath.js";
export { traceEntry, type TraceEntryOptions } from "./kit/traceEntry.js";
export { parseInput, type ParseInputOptions } from "./kit/parseInput.js";
export { parseFormulaInput } from "./kit/parseFormulaInput.js";
export type { Preset, PresetSource, SourceConfidence, PresetBand, PresetBands, PresetCalculator } from "./kit/preset.js";
