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
} from "./schema/result.js";
export { parseScheme } from "./engine/parseScheme.js";
export { parseAppraisal } from "./engine/parseAppraisal.js";
export { compile, type CompileOptions } from "./engine/compile.js";
export { evaluate, type EvaluateOptions } from "./engine/evaluate.js";
export { isPlan, type Plan } from "./engine/plan.js";
export { explain, type ExplainOptions } from "./explain/explain.js";
export type { Locale } from "./explain/labels.js";
export { checkGoals, type GoalCheck, type GoalFinding, type GoalReport } from "./scorecard/checkGoals.js";
export { cascadeGoals, type Cascade, type GoalNode } from "./scorecard/cascadeGoals.js";
export { balancedScorecardPerspectives, publicSectorPerspectives, type PerspectiveInput } from "./scorecard/perspectives.js";
