import * as z from "zod/mini";
import { unreachable } from "../errors/unreachable.js";
import { rational } from "../math/rational.js";
import { safeParseGuarded } from "./toKinerjaError.js";
import { addIssue } from "./transformIssue.js";
import { DateSchema, DecimalInputSchema, IdSchema, LabelSchema, NonNegativeDecimalSchema, RoundingRuleSchema } from "./primitives.js";
import type { DecimalText, TraceEntry } from "./result.js";

// ---------------------------------------------------------------------------------------------
// Facts
// ---------------------------------------------------------------------------------------------

/**
 * The name of a fact a rule can test: dotted segments such as `final.score`, `indicator.iku1.score`
 * or `attendance.tl1`. The first segment starts with a letter; later segments start with a letter
 * or a digit (so an id such as `iku.1` still makes a valid `indicator.iku.1.score`); segments hold
 * letters, digits, `_` and `-`; at most 200 characters. (`__proto__` can never be a fact name.)
 */
export const FactNameSchema: z.ZodMiniString<string> = z.string().check(z.maxLength(200, "a fact name has at most 200 characters"), z.regex(/^[A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9][A-Za-z0-9_-]*)*$/, "a fact name is made of dotted segments of letters, digits, '_' and '-', starting with a letter (e.g. final.score)"));

/** The types a fact can have. `date` values are `YYYY-MM-DD` and compare by calendar order. */
export const FactTypeSchema = z.enum(["number", "boolean", "string", "date"]);

/** The type of a fact. */
export type FactType = z.output<typeof FactTypeSchema>;

/**
 * A declared fact: its name, its type (default `number`), for strings optionally the allowed values,
 * and a label. Rules may only test declared facts: a rule on an undeclared fact is an
 * `INVALID_SCHEME` error when the rules are compiled.
 */
export const FactDeclarationSchema = z.strictObject({
    /** Fact name, e.g. `attendance.tl1`. */
    id: FactNameSchema,
    /** `number` (default; exact decimals), `boolean`, `string` or `date`. */
    type: z._default(FactTypeSchema, "number"),
    /** For `string` facts: the allowed values (an enumeration). */
    values: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.minLength(1), z.maxLength(500))),
    /** Label in Indonesian and optionally English. */
    label: z.optional(LabelSchema),
  }).check(z.superRefine((d, ctx) => {
    if (d.values === undefined) return;
    if (d.type !== "string") ctx.addIssue({ code: "custom", path: ["values"], message: "only a string fact can list its values", input: d.values });
    const seen = new Set<string>();
    d.values.forEach((v, i) => {
      if (seen.has(v)) ctx.addIssue({ code: "custom", path: ["values", i], message: `'${v}' is listed twice`, input: v, params: { kinerja: "duplicate_value" } });
      seen.add(v);
    });
  }));

/** A fact declaration as written in JSON. */
export type FactDeclarationInput = z.input<typeof FactDeclarationSchema>;
/** A validated fact declaration. */
export type FactDeclaration = z.output<typeof FactDeclarationSchema>;

/**
 * The value of a fact at evaluation time: decimal text for numbers (e.g. `"57.25"`), text for strings
 * and dates, a boolean, or `null` (present but without a value, e.g. no band). A `null` fact compares
 * false with every operator except `eq null`.
 */
export type FactValue = string | boolean | null;

/** A fact value as a caller of `applyRules` may write it (numbers are read as exact decimals). */
export type FactValueInput = string | number | boolean | null;

// ---------------------------------------------------------------------------------------------
// History
// ---------------------------------------------------------------------------------------------

/**
 * One period of an employee's history, oldest first, the current period last: its band (predikat id)
 * and final score. `null` or absent means unknown for that period.
 */
export const HistoryEntrySchema = z.strictObject({
  /** The period, `YYYY-MM-DD` dates. */
  period: z.optional(z.strictObject({ start: DateSchema, end: DateSchema })),
  /** Band (predikat) id of the period, e.g. `kurang`; `null` when none. */
  band: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(100)))),
  /** Final score of the period (decimal). */
  score: z.optional(z.nullable(DecimalInputSchema)),
});

/** A history entry as written in JSON. */
export type HistoryEntryInput = z.input<typeof HistoryEntrySchema>;
/** A validated history entry. */
export type HistoryEntry = z.output<typeof HistoryEntrySchema>;

// ---------------------------------------------------------------------------------------------
// Conditions
// ---------------------------------------------------------------------------------------------

/**
 * Comparison operators: `eq ne lt lte gt gte` compare the fact with one value; `in`/`notIn` with a
 * list; `between` with `[lo, hi]`, both ends inclusive. Numbers compare as exact decimals, dates by
 * calendar order; strings and booleans only with `eq ne` (strings also `in notIn`).
 */
export const OperatorSchema = z.enum(["eq", "ne", "lt", "lte", "gt", "gte", "in", "notIn", "between"]);

/** A comparison operator. */
export type Operator = z.output<typeof OperatorSchema>;

/** A value in a condition: a number, a decimal or other string, a boolean or `null`. */
export type ScalarInput = number | string | boolean | null;

const Scalar = z.union([z.number(), z.string().check(z.maxLength(200)), z.boolean(), z.null()]);
const ConditionValue = z.union([Scalar, z.array(Scalar).check(z.maxLength(500))]);

/** A leaf comparing one declared fact with a value: `{ fact: "final.score", op: "lt", value: 60 }`. */
export interface FactCondition {
  /** Declared fact name. */
  readonly fact: string;
  /** Operator. */
  readonly op: Operator;
  /** A scalar, or a list for `in`/`notIn`, or `[lo, hi]` for `between`. */
  readonly value: ScalarInput | readonly ScalarInput[];
}

/**
 * A leaf over the history (oldest first, the current period last): true when at least `atLeast`
 * (default: all) of the newest `last` periods satisfy `op value`. `{ history: "band", last: 2, op: "in",
 * value: ["kurang", "sangatKurang"] }` reads "this period and the one before are both Kurang or worse"
 * (two consecutive periods). With fewer than `last` periods of history the leaf is false.
 */
export interface HistoryCondition {
  /** What to read from each period: its `band` id or its final `score`. */
  readonly history: "band" | "score";
  /** How many of the newest periods to look at (the current one included). */
  readonly last: number;
  /** How many of them must match (default `last`: all, i.e. consecutively up to now). */
  readonly atLeast?: number | undefined;
  /** Operator. */
  readonly op: Operator;
  /** Value, list or `[lo, hi]`. */
  readonly value: ScalarInput | readonly ScalarInput[];
}

/** A condition: `{ all }`, `{ any }`, `{ not }`, a fact leaf or a history leaf. */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | FactCondition
  | HistoryCondition;

const FactConditionSchema = z.strictObject({ fact: FactNameSchema, op: OperatorSchema, value: ConditionValue });
const HistoryConditionSchema = z.strictObject({
    history: z.enum(["band", "score"]),
    last: z.int().check(z.gte(1), z.lte(50)),
    atLeast: z.optional(z.int().check(z.gte(1), z.lte(50))),
    op: OperatorSchema,
    value: ConditionValue,
  }).check(z.refine((c) => c.atLeast === undefined || c.atLeast <= c.last, { path: ["atLeast"], message: "atLeast must not exceed last" }));

const MAX_DEPTH = 32;
const KINDS = ["all", "any", "not", "fact", "history"] as const;

/** Forwards the issues of parsing `value` with `schema` to `ctx` (paths relative to the value). */
function forward<T>(schema: z.ZodMiniType<T>, value: unknown, ctx: z.core.ParsePayload): T | typeof z.NEVER {
  const r = safeParseGuarded(schema, value);
  if (r.success) return r.data;
  for (const i of r.error.issues) ctx.issues.push({ ...i, input: value, path: i.path } as z.core.$ZodRawIssue);
  return z.NEVER;
}

/** How deeply a value nests objects and arrays (iterative, stops past `limit`). */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (d > deepest) deepest = d;
    if (deepest > limit) return deepest;
    if (typeof v === "object" && v !== null) for (const x of Object.values(v)) stack.push([x, d + 1]);
  }
  return deepest;
}

const ConditionNodeSchema: z.ZodMiniType<Condition, unknown> = z.lazy(() =>
  z.pipe(z.unknown(), z.transform((value, ctx): Condition => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      addIssue(ctx, { message: "a condition is an object: {all}, {any}, {not}, {fact, op, value} or {history, last, op, value}", input: value, params: { kinerja: "invalid_condition" } });
      return z.NEVER;
    }
    const present = KINDS.filter((k) => Object.hasOwn(value, k));
    if (present.length !== 1) {
      addIssue(ctx, {
        message:
          present.length === 0
            ? "a condition needs one of all, any, not, fact or history"
            : `a condition has exactly one of all, any, not, fact or history (found ${present.join(", ")})`,
        input: value,
        params: { kinerja: "invalid_condition" },
      });
      return z.NEVER;
    }
    const kind = present[0] as (typeof KINDS)[number]; // exactly one, checked above
    switch (kind) {
      case "all":
        return forward(AllSchema, value, ctx);
      case "any":
        return forward(AnySchema, value, ctx);
      case "not":
        return forward(NotSchema, value, ctx);
      case "fact":
        return forward(FactConditionSchema, value, ctx) as Condition;
      case "history":
        return forward(HistoryConditionSchema, value, ctx) as Condition;
      default:
        return unreachable(kind);
    }
  })),
);
const AllSchema = z.strictObject({ all: z.array(ConditionNodeSchema).check(z.minLength(1), z.maxLength(200)) });
const AnySchema = z.strictObject({ any: z.array(ConditionNodeSchema).check(z.minLength(1), z.maxLength(200)) });
const NotSchema = z.strictObject({ not: ConditionNodeSchema });

/**
 * A condition (validated recursively, at most 32 levels deep). Each node has exactly one of `all`
 * (every child true), `any` (some child true), `not` (the child false), `fact` (a fact leaf) or
 * `history` (a history leaf). Which facts exist and whether the values fit their types is checked
 * when the rules are compiled.
 */
export const ConditionSchema: z.ZodMiniType<Condition, unknown> = z.pipe(z.unknown(), z.transform((value, ctx): Condition => {
  if (depthOf(value, MAX_DEPTH * 2 + 4) > MAX_DEPTH * 2 + 3) {
    addIssue(ctx, { message: `a condition nests at most ${MAX_DEPTH} levels`, input: value, params: { kinerja: "too_deep" } });
    return z.NEVER;
  }
  return forward(ConditionNodeSchema, value, ctx);
}));

// ---------------------------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------------------------

const Percent = NonNegativeDecimalSchema.check(z.refine((v) => rational(v).lte(100), "must be a percent from 0 to 100"));
const Months = z.int().check(z.gte(1), z.lte(600));
const Days = z.int().check(z.gte(1), z.lte(3650));
const Label = z.optional(LabelSchema);

/**
 * What a fired rule yields, discriminated by `type` (with its `kind`):
 * - `reward`: `bonusPercent {percent}`, `bonusAmount {amount}`, `recognition`, `promotionEligible`;
 * - `sanction`: `allowanceDeduction {percent, months?, per?}` (with `per`, the percent is multiplied by
 *   the value of that count fact, e.g. 0.5 % per TL1 event), `warning {level}`, `demotion {months?}`,
 *   `positionRelease {months?}`, `dismissal`;
 * - `development`: `training {days?}`, `coaching {days?}`, `improvementPlan {days?}`.
 * Every outcome may carry a `label`.
 */
export const OutcomeSchema = z.discriminatedUnion("type", [
  z.strictObject({ kind: z.literal("reward"), type: z.literal("bonusPercent"), percent: NonNegativeDecimalSchema, label: Label }),
  z.strictObject({ kind: z.literal("reward"), type: z.literal("bonusAmount"), amount: NonNegativeDecimalSchema, label: Label }),
  z.strictObject({ kind: z.literal("reward"), type: z.literal("recognition"), label: Label }),
  z.strictObject({ kind: z.literal("reward"), type: z.literal("promotionEligible"), label: Label }),
  z.strictObject({
    kind: z.literal("sanction"),
    type: z.literal("allowanceDeduction"),
    percent: Percent,
    months: z.optional(Months),
    per: z.optional(FactNameSchema),
    label: Label,
  }),
  z.strictObject({ kind: z.literal("sanction"), type: z.literal("warning"), level: IdSchema, label: Label }),
  z.strictObject({ kind: z.literal("sanction"), type: z.literal("demotion"), months: z.optional(Months), label: Label }),
  z.strictObject({ kind: z.literal("sanction"), type: z.literal("positionRelease"), months: z.optional(Months), label: Label }),
  z.strictObject({ kind: z.literal("sanction"), type: z.literal("dismissal"), label: Label }),
  z.strictObject({ kind: z.literal("development"), type: z.literal("training"), days: z.optional(Days), label: Label }),
  z.strictObject({ kind: z.literal("development"), type: z.literal("coaching"), days: z.optional(Days), label: Label }),
  z.strictObject({ kind: z.literal("development"), type: z.literal("improvementPlan"), days: z.optional(Days), label: Label }),
]);

/** An outcome as written in JSON. */
export type OutcomeInput = z.input<typeof OutcomeSchema>;
/** A validated outcome. */
export type Outcome = z.output<typeof OutcomeSchema>;

// ---------------------------------------------------------------------------------------------
// Rules, groups, policy
// ---------------------------------------------------------------------------------------------

const ThenSchema: z.ZodMiniType<Outcome | Outcome[], unknown> = z.pipe(z.unknown(), z.transform((value, ctx) =>
  Array.isArray(value) ? forward(z.array(OutcomeSchema).check(z.minLength(1), z.maxLength(50)), value, ctx) : forward(OutcomeSchema, value, ctx)));

/**
 * A rule: when its condition holds, it fires and yields its outcomes. `priority` (an integer, default
 * 0) orders rules, higher first; in an exclusive group the highest-priority matching rule wins.
 */
export const RuleSchema = z.strictObject({
  /** Rule id (unique in the policy). */
  id: IdSchema,
  /** Label in Indonesian and optionally English. */
  label: z.optional(LabelSchema),
  /** Integer priority, higher first (default 0). */
  priority: z._default(z.int().check(z.gte(-1_000_000), z.lte(1_000_000)), 0),
  /** The condition. */
  when: ConditionSchema,
  /** One outcome or a list of outcomes. */
  then: ThenSchema,
});

/** A rule as written in JSON. */
export type RuleInput = z.input<typeof RuleSchema>;
/** A validated rule. */
export type Rule = z.output<typeof RuleSchema>;

/**
 * A group of rules. `exclusive`: first match wins — of the matching rules the one with the highest
 * priority fires and the others are reported as pre-empted (priorities in an exclusive group must
 * differ; a rule may be in at most one exclusive group). `stack`: every matching rule fires, and the
 * allowance deductions of the group together are capped at `cap` percent (e.g. a per-day cap of 2.5).
 */
export const RuleGroupSchema = z.strictObject({
    /** Group id. */
    id: IdSchema,
    /** `exclusive` (first match by priority) or `stack` (all match, optional cap). */
    mode: z.enum(["exclusive", "stack"]),
    /** Ids of the member rules. */
    rules: z.array(IdSchema).check(z.minLength(1), z.maxLength(1000)),
    /** For `stack` groups: the most the group's allowance deductions may add up to, in percent. */
    cap: z.optional(Percent),
    /** Label in Indonesian and optionally English. */
    label: z.optional(LabelSchema),
  }).check(z.refine((g) => g.mode === "stack" || g.cap === undefined, { path: ["cap"], message: "only a stack group can have a cap" }));

/** A rule group as written in JSON. */
export type RuleGroupInput = z.input<typeof RuleGroupSchema>;
/** A validated rule group. */
export type RuleGroup = z.output<typeof RuleGroupSchema>;

/**
 * The reward/sanction rules of a scheme (its `rules` field): the rules, optional groups, caps on the
 * totals, and optionally the fact holding the monthly allowance (tunjangan) to compute the paid amount.
 */
export const RulePolicySchema = z.strictObject({
  /** The rules. */
  rules: z.array(RuleSchema).check(z.maxLength(1000)),
  /** Exclusive and stacking groups. */
  groups: z.optional(z.array(RuleGroupSchema).check(z.maxLength(200))),
  /** Caps on the totals: allowance deduction (percent, default and at most 100) and bonus percent (no cap unless given). */
  caps: z.optional(z.strictObject({ allowanceDeduction: z.optional(Percent), bonusPercent: z.optional(NonNegativeDecimalSchema) })),
  /** A number fact holding the allowance: the totals then give the deduction and the amount paid (optionally rounded). */
  allowance: z.optional(z.strictObject({ fact: FactNameSchema, rounding: z.optional(RoundingRuleSchema) })),
});

/** A rule policy as written in JSON. */
export type RulePolicyInput = z.input<typeof RulePolicySchema>;
/** A validated rule policy. */
export type RulePolicy = z.output<typeof RulePolicySchema>;

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

/** A value as shown in a trace: decimal text for numbers, text, boolean or null. */
export type TraceValue = string | boolean | null;

/** Trace of a fact leaf: what was compared, the fact's value and the outcome. */
export interface FactConditionTrace {
  /** Fact name. */
  readonly fact: string;
  /** Operator. */
  readonly op: Operator;
  /** The value compared with (numbers as canonical decimal text). */
  readonly value: TraceValue | readonly TraceValue[];
  /** The fact's value. */
  readonly actual: TraceValue;
  /** Whether the leaf held. */
  readonly result: boolean;
}

/** Trace of a history leaf: the values of the newest `last` periods and how many matched. */
export interface HistoryConditionTrace {
  /** `band` or `score`. */
  readonly history: "band" | "score";
  /** Periods looked at. */
  readonly last: number;
  /** Matches needed. */
  readonly atLeast: number;
  /** Operator. */
  readonly op: Operator;
  /** The value compared with. */
  readonly value: TraceValue | readonly TraceValue[];
  /** Values of the newest `last` periods, oldest first (fewer when the history is shorter). */
  readonly actual: readonly TraceValue[];
  /** How many of them matched. */
  readonly matched: number;
  /** Whether the leaf held. */
  readonly result: boolean;
}

/** The evaluated condition tree: the same shape as the condition, each node with its result. */
export type ConditionTrace =
  | { readonly all: readonly ConditionTrace[]; readonly result: boolean }
  | { readonly any: readonly ConditionTrace[]; readonly result: boolean }
  | { readonly not: ConditionTrace; readonly result: boolean }
  | FactConditionTrace
  | HistoryConditionTrace;

/** Fields every outcome of a result has. */
export interface RuleOutcomeBase {
  /** The rule that yielded it. */
  readonly rule: string;
  /** Label of the outcome, or null. */
  readonly label: { readonly id: string; readonly en?: string } | null;
}

/** An outcome of a fired rule, as reported in a result. */
export type RuleOutcome =
  | (RuleOutcomeBase & { readonly kind: "reward"; readonly type: "bonusPercent"; readonly percent: DecimalText })
  | (RuleOutcomeBase & { readonly kind: "reward"; readonly type: "bonusAmount"; readonly amount: DecimalText })
  | (RuleOutcomeBase & { readonly kind: "reward"; readonly type: "recognition" | "promotionEligible" })
  | (RuleOutcomeBase & {
      readonly kind: "sanction";
      readonly type: "allowanceDeduction";
      /** The deduction in percent (`rate × count` with `per`). */
      readonly percent: DecimalText;
      /** The percent per unit when `per` is given, else equal to `percent`. */
      readonly rate: DecimalText;
      /** The count fact, or null. */
      readonly per: string | null;
      /** Its value, or null. */
      readonly count: DecimalText | null;
      /** Duration in months, or null. */
      readonly months: number | null;
    })
  | (RuleOutcomeBase & { readonly kind: "sanction"; readonly type: "warning"; readonly level: string })
  | (RuleOutcomeBase & { readonly kind: "sanction"; readonly type: "demotion" | "positionRelease"; readonly months: number | null })
  | (RuleOutcomeBase & { readonly kind: "sanction"; readonly type: "dismissal" })
  | (RuleOutcomeBase & { readonly kind: "development"; readonly type: "training" | "coaching" | "improvementPlan"; readonly days: number | null });

/** A rule that fired. */
export interface FiredRule {
  /** Rule id. */
  readonly rule: string;
  /** Rule label, or null. */
  readonly label: { readonly id: string; readonly en?: string } | null;
  /** Priority. */
  readonly priority: number;
  /** The exclusive group it belongs to, or null. */
  readonly group: string | null;
  /** The stack group it belongs to, or null. */
  readonly stackGroup: string | null;
  /** Its outcomes. */
  readonly outcomes: readonly RuleOutcome[];
  /** The evaluated condition. */
  readonly conditions: ConditionTrace;
}

/** A rule that did not fire: its condition was false, or a higher-priority rule of its exclusive group fired. */
export interface NotFiredRule {
  /** Rule id. */
  readonly rule: string;
  /** Rule label, or null. */
  readonly label: { readonly id: string; readonly en?: string } | null;
  /** Priority. */
  readonly priority: number;
  /** The exclusive group it belongs to, or null. */
  readonly group: string | null;
  /** The stack group it belongs to, or null. */
  readonly stackGroup: string | null;
  /** Why it did not fire. */
  readonly reason: "conditionsFalse" | "preempted";
  /** For `preempted`: the rule that fired instead. */
  readonly by?: string;
  /** The evaluated condition. */
  readonly conditions: ConditionTrace;
}

/** A capped sum of percents. */
export interface CappedTotal {
  /** The sum before the cap. */
  readonly uncapped: DecimalText;
  /** The sum after the cap. */
  readonly capped: DecimalText;
  /** The cap, or null for none. */
  readonly cap: DecimalText | null;
}

/** Totals of the allowance deductions: per stack group and overall, before and after caps. */
export interface AllowanceDeductionTotal extends CappedTotal {
  /** The cap (100 unless the policy sets a lower one). */
  readonly cap: DecimalText;
  /** The sum after the group caps, before the overall cap. */
  readonly afterGroupCaps: DecimalText;
  /** The longest duration in months among the fired deductions that give one, or null. */
  readonly months: number | null;
  /** Each stack group with fired deductions: its sum, capped sum and cap. */
  readonly groups: readonly (CappedTotal & { readonly group: string })[];
}

/** The paid allowance after the deduction (when the policy names an allowance fact). */
export interface AllowanceTotal {
  /** The allowance. */
  readonly base: DecimalText;
  /** The capped deduction percent applied. */
  readonly percent: DecimalText;
  /** The amount deducted (rounded when the policy says so). */
  readonly deduction: DecimalText;
  /** The amount paid: `base − deduction`. */
  readonly paid: DecimalText;
}

/** Totals of the fired outcomes. */
export interface RuleTotals {
  /** Allowance deductions (percent). */
  readonly allowanceDeduction: AllowanceDeductionTotal;
  /** The paid allowance, or null when the policy names no allowance fact. */
  readonly allowance: AllowanceTotal | null;
  /** Bonus percents added up (capped when the policy sets a cap). */
  readonly bonusPercent: CappedTotal;
  /** Bonus amounts added up. */
  readonly bonusAmount: DecimalText;
  /** Whether a fired rule made the employee eligible for promotion. */
  readonly promotionEligible: boolean;
  /** Whether a fired rule calls for an improvement plan. */
  readonly improvementPlan: boolean;
  /** Warning levels of the fired rules, in priority order. */
  readonly warnings: readonly string[];
}

/**
 * The result of evaluating rules (plain JSON): the rules that fired and that did not (each with its
 * evaluated condition), all outcomes in priority order, the totals and a trace of every computed total.
 * Fired and not-fired rules are ordered by priority (higher first), then by id.
 */
export interface RulesResult {
  /** Rules that fired. */
  readonly fired: readonly FiredRule[];
  /** Rules that did not fire. */
  readonly notFired: readonly NotFiredRule[];
  /** All outcomes of the fired rules, in priority order. */
  readonly outcomes: readonly RuleOutcome[];
  /** Totals. */
  readonly totals: RuleTotals;
  /** How each total (and each `per` deduction) was computed; `at` is its path in this result. */
  readonly trace: readonly TraceEntry[];
}
