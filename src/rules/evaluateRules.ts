import * as z from "zod/mini";
import { unreachable } from "../errors/unreachable.js";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { R0, Rational, minOf, rational, showRational } from "../math/rational.js";
import type { DecimalText, TraceEntry } from "../schema/result.js";
import { DateSchema, DecimalInputSchema } from "../schema/primitives.js";
import {
  HistoryEntrySchema,
  type ConditionTrace,
  type FactValue,
  type FiredRule,
  type HistoryEntry,
  type HistoryEntryInput,
  type NotFiredRule,
  type RuleOutcome,
  type RulesResult,
  type TraceValue,
} from "../schema/rules.js";
import { fromZodIssues, safeParseGuarded } from "../schema/toKinerjaError.js";
import { deductAllowance } from "./allowanceAfterDeduction.js";
import { compareOperands } from "./compileRules.js";
import { isCompiledRules, type CompiledRule, type CompiledRules, type FactCheck, type Node, type Operand, type RulesPlan, type Test } from "./compiledRules.js";

/** Input of {@link evaluateRules}. */
export interface EvaluateRulesInput {
  /** Rules compiled by `compileRules`. */
  readonly rules: CompiledRules;
  /** The value of every fact the rules use (others are ignored): decimal text for numbers, text, boolean or null. */
  readonly facts: ReadonlyMap<string, FactValue>;
  /** Earlier periods, oldest first, the current period last (needed when a rule has a history leaf). */
  readonly history?: readonly HistoryEntryInput[] | undefined;
}

const CANONICAL = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;

/** A fact value read for comparison: a decimal for numbers, text, boolean or null. */
type Actual = Operand;

/**
 * @internal A fact value read already by the caller (the engine's own figures): the exact value it is
 * compared by (a `Rational` for numbers) and the text the condition trace shows.
 */
export interface ReadFact {
  readonly value: Operand;
  readonly shown: TraceValue;
}

/** Reads and checks the used facts (those in `read` are taken as they are); throws INVALID_APPRAISAL listing every problem. */
function readFacts(plan: RulesPlan, facts: ReadonlyMap<string, FactValue>, read: ReadonlyMap<string, ReadFact>, fromAppraisal = false): Map<string, ReadFact> {
  const out = new Map<string, ReadFact>();
  const issues: KinerjaIssue[] = [];
  for (const [name, check] of plan.facts) {
    const path = ["facts", name];
    const given = read.get(name);
    if (given !== undefined) {
      out.set(name, given);
      continue;
    }
    if (!facts.has(name)) {
      const hint = fromAppraisal ? `add { "id": "${name}", "value": … } to the appraisal's facts` : "give it, or null when it has none";
      issues.push(issue(path, "unknown_fact", `fact '${name}' is used by a rule but has no value (${hint})`));
      continue;
    }
    const value = readValue(facts.get(name) as unknown, check);
    if (typeof value === "string") issues.push(issue(path, "invalid_fact", `fact '${name}': ${value}`));
    else out.set(name, value);
  }
  if (issues.length > 0) throw new KinerjaError("INVALID_APPRAISAL", "facts of the rules are missing or invalid", issues);
  return out;
}

/** Reads one fact value for its declared type; returns a message when it does not fit. */
function readValue(v: unknown, check: FactCheck): ReadFact | string {
  if (v === null) return { value: null, shown: null };
  switch (check.type) {
    case "number": {
      if (typeof v === "string" && CANONICAL.test(v)) return { value: rational(v), shown: v };
      if (typeof v === "string" || typeof v === "number") {
        const r = DecimalInputSchema.safeParse(v);
        if (r.success) return { value: rational(r.data), shown: r.data };
      }
      return `must be a decimal number (text) or null, not ${typeof v === "string" ? `"${v}"` : typeof v}`;
    }
    case "boolean":
      return typeof v === "boolean" ? { value: v, shown: v } : `must be true, false or null, not ${typeof v}`;
    case "date":
      return typeof v === "string" && DateSchema.safeParse(v).success ? { value: v, shown: v } : "must be a date YYYY-MM-DD or null";
    case "string":
      if (typeof v !== "string") return `must be text or null, not ${typeof v}`;
      if (check.values !== null && !check.values.has(v)) return `"${v}" is not one of its values (${[...check.values].join(", ")})`;
      return { value: v, shown: v };
  }
}

const equal = (a: Operand, b: Operand): boolean => (a === null || b === null ? a === b : typeof a === "boolean" || typeof b === "boolean" ? a === b : compareOperands(a, b) === 0);

/** Applies a compiled comparison to a value. A null value is only `eq null`. */
function holds(test: Test, actual: Actual): boolean {
  const ops = test.operands;
  if (actual === null) return test.op === "eq" && ops[0] === null;
  const first = ops[0] as Operand;
  switch (test.op) {
    case "eq":
      return equal(actual, first);
    case "ne":
      return !equal(actual, first);
    case "lt":
      return compareOperands(actual, first) < 0;
    case "lte":
      return compareOperands(actual, first) <= 0;
    case "gt":
      return compareOperands(actual, first) > 0;
    case "gte":
      return compareOperands(actual, first) >= 0;
    case "in":
      return ops.some((o) => equal(actual, o));
    case "notIn":
      return !ops.some((o) => equal(actual, o));
    case "between":
      return compareOperands(actual, first) >= 0 && compareOperands(actual, ops[1] as Operand) <= 0;
  }
}

interface HistoryValues {
  readonly band: readonly ReadFact[];
  readonly score: readonly ReadFact[];
}

/** Evaluates a condition tree, every leaf (no short circuit), returning its trace. */
function run(node: Node, facts: ReadonlyMap<string, ReadFact>, history: HistoryValues): ConditionTrace {
  switch (node.k) {
    case "all": {
      const children = node.children.map((c) => run(c, facts, history));
      return { all: children, result: children.every((c) => c.result) };
    }
    case "any": {
      const children = node.children.map((c) => run(c, facts, history));
      return { any: children, result: children.some((c) => c.result) };
    }
    case "not": {
      const child = run(node.child, facts, history);
      return { not: child, result: !child.result };
    }
    case "fact": {
      const f = facts.get(node.fact) as ReadFact;
      return { fact: node.fact, op: node.test.op, value: node.test.shown, actual: f.shown, result: holds(node.test, f.value) };
    }
    case "history": {
      const all = history[node.field];
      const window = all.slice(Math.max(0, all.length - node.last));
      const matched = window.filter((h) => holds(node.test, h.value)).length;
      return {
        history: node.field,
        last: node.last,
        atLeast: node.atLeast,
        op: node.test.op,
        value: node.test.shown,
        actual: window.map((h) => h.shown),
        matched,
        result: window.length >= node.last && matched >= node.atLeast,
      };
    }
  }
}

/** Reads and validates the history (INVALID_APPRAISAL at `history[i]…`), then appends the current period when given read already. */
function readHistory(plan: RulesPlan, history: unknown, current?: { readonly band: ReadFact; readonly score: ReadFact }): HistoryValues {
  if (current !== undefined) {
    const earlier = readHistory(plan, history ?? []);
    return { band: [...earlier.band, current.band], score: [...earlier.score, current.score] };
  }
  if (history === undefined) {
    if (plan.usesHistory) throw new KinerjaError("INVALID_APPRAISAL", "the rules use the history", [issue(["history"], "missing_history", "a rule has a history leaf, but no history was given (the current period last)")]);
    return { band: [], score: [] };
  }
  const r = safeParseGuarded(z.array(HistoryEntrySchema).check(z.maxLength(1000)), history);
  if (!r.success) throw new KinerjaError("INVALID_APPRAISAL", "invalid history", fromZodIssues(r.error.issues, ["history"]));
  const entries: HistoryEntry[] = r.data;
  return {
    band: entries.map((e) => ({ value: e.band ?? null, shown: e.band ?? null })),
    score: entries.map((e) => (e.score === undefined || e.score === null ? { value: null, shown: null } : { value: rational(e.score), shown: e.score })),
  };
}

/** Sums decimals into a trace entry. */
function sum(at: string, parts: readonly [string, Rational][], trace: TraceEntry[]): Rational {
  const total = parts.reduce((a, [, v]) => a.plus(v), R0);
  trace.push({ at, formula: "sum", value: showRational(total), inputs: Object.fromEntries(parts.map(([k, v]) => [k, showRational(v)])) });
  return total;
}

/** Caps a sum into a trace entry (with a clamp record when the cap applied). */
function capAt(at: string, value: Rational, cap: Rational, trace: TraceEntry[]): Rational {
  const capped = minOf(value, cap);
  const entry: TraceEntry = { at, formula: "cap", value: showRational(capped), inputs: { sum: showRational(value), cap: showRational(cap) } };
  trace.push(value.gt(cap) ? { ...entry, clamp: { by: "cap", unclamped: showRational(value) } } : entry);
  return capped;
}

/** Unique input keys for a sum: the rule id, then `rule.2`, `rule.3` for further outcomes of one rule. */
function keyed(parts: readonly { rule: string; value: Rational }[]): [string, Rational][] {
  const seen = new Map<string, number>();
  return parts.map((p) => {
    const n = (seen.get(p.rule) ?? 0) + 1;
    seen.set(p.rule, n);
    return [n === 1 ? p.rule : `${p.rule}.${n}`, p.value];
  });
}

/**
 * Evaluates compiled rules on one employee's facts (and history). Pure and synchronous: every rule is
 * evaluated (all leaves, no short circuit, so the trace shows every deciding value); a matching rule
 * fires unless a higher-priority rule of its exclusive group fired (then it is reported `preempted`).
 * Allowance deductions (with `per`, `percent × count`) are added up per stack group and capped at the
 * group's cap, then overall at the policy cap (100 % unless lower); uncapped and capped totals are
 * reported, each with a trace entry.
 *
 * A fact used by a rule must be present in `facts` (a present `null` compares false except with
 * `eq null`); a missing one is an error.
 *
 * @param input - `{ rules, facts, history? }`
 * @returns the fired and not-fired rules with their condition traces, the outcomes in priority order, totals and trace
 * @throws `KinerjaError` `INVALID_APPRAISAL` at `facts.<name>` for a missing or mistyped fact, at `history…` for bad history
 * @throws `KinerjaError` `INVALID_INPUT` when `rules` is not a compiled rule set or `facts` is not a Map
 * @example
 * ```ts
 * const r = evaluateRules({ rules: compiled, facts: new Map([["final.score", "57.25"]]) });
 * r.fired.map((f) => f.rule);
 * ```
 */
export function evaluateRules(input: EvaluateRulesInput): RulesResult {
  try {
    return evaluateRulesOn(input);
  } catch (e) {
    if (e instanceof KinerjaError) throw e;
    // A getter or proxy trap of the caller's input that throws.
    throw new KinerjaError("INVALID_INPUT", "invalid evaluateRules input", [issue([], "unreadable", `the input cannot be read: ${e instanceof Error ? e.message : "a property access failed"}`)]);
  }
}

function evaluateRulesOn(input: EvaluateRulesInput): RulesResult {
  const own = (k: string): unknown => (typeof input === "object" && input !== null && Object.hasOwn(input, k) ? (input as unknown as Record<string, unknown>)[k] : undefined);
  if (!isCompiledRules(own("rules")) || !(own("facts") instanceof Map)) {
    throw new KinerjaError("INVALID_INPUT", "invalid evaluateRules input", [issue([], "invalid_input", "expected { rules: <compiled by compileRules>, facts: Map, history? }")]);
  }
  const extra = Object.keys(input).filter((k) => k !== "rules" && k !== "facts" && k !== "history");
  if (extra.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid evaluateRules input", extra.map((k) => issue([k], "unrecognized_keys", `unknown option '${k}'`)));
  const plan = input.rules as RulesPlan;
  return decide(plan, readFacts(plan, input.facts, NONE), readHistory(plan, own("history")));
}

const NONE: ReadonlyMap<string, ReadFact> = new Map();

/**
 * @internal Checks the facts a caller gives, as {@link evaluateRulesRead} reads them, without evaluating
 * the rules: every used fact not in `given` (the engine's own, read later) is present and of its declared
 * type and values. Throws the same `INVALID_APPRAISAL` issues.
 */
export function checkGivenFacts(rules: CompiledRules, facts: ReadonlyMap<string, FactValue>, given: ReadonlySet<string>): void {
  const plan = rules as RulesPlan;
  const placeholders = new Map<string, ReadFact>();
  for (const name of given) placeholders.set(name, { value: null, shown: null });
  readFacts(plan, facts, placeholders, true);
}

/**
 * @internal {@link evaluateRules} on figures the engine has already: `read` holds the engine's facts as
 * exact values with their texts, `facts` the appraisal's own facts (read and checked here), `history`
 * the earlier periods and `current` the period being evaluated (appended last).
 */
export function evaluateRulesRead(
  rules: CompiledRules,
  read: ReadonlyMap<string, ReadFact>,
  facts: ReadonlyMap<string, FactValue>,
  history: unknown,
  current: { readonly band: ReadFact; readonly score: ReadFact },
): RulesResult {
  const plan = rules as RulesPlan;
  return decide(plan, readFacts(plan, facts, read, true), readHistory(plan, history, current));
}

/** Evaluates every rule on the read facts and history, then the outcomes and totals. */
function decide(plan: RulesPlan, facts: ReadonlyMap<string, ReadFact>, history: HistoryValues): RulesResult {
  const traces = new Map<CompiledRule, ConditionTrace>();
  for (const r of plan.rules) traces.set(r, run(r.when, facts, history));

  // exclusive groups: the first matching rule in priority order wins (rules are sorted by priority)
  const winner = new Map<string, string>();
  for (const r of plan.rules) if (r.group !== null && traces.get(r)?.result === true && !winner.has(r.group)) winner.set(r.group, r.id);

  const fired: FiredRule[] = [];
  const notFired: NotFiredRule[] = [];
  const outcomes: RuleOutcome[] = [];
  const trace: TraceEntry[] = [];
  const deductions: { rule: string; value: Rational; group: string | null; months: number | null }[] = [];
  const bonus: { rule: string; value: Rational }[] = [];
  const amounts: { rule: string; value: Rational }[] = [];

  for (const r of plan.rules) {
    const conditions = traces.get(r) as ConditionTrace;
    const head = { rule: r.id, label: r.label, priority: r.priority, group: r.group, stackGroup: r.stackGroup };
    if (!conditions.result) {
      notFired.push({ ...head, reason: "conditionsFalse", conditions });
      continue;
    }
    const by = r.group === null ? undefined : winner.get(r.group);
    if (by !== undefined && by !== r.id) {
      notFired.push({ ...head, reason: "preempted", by, conditions });
      continue;
    }
    const mine: RuleOutcome[] = [];
    for (const { outcome: o, value } of r.outcomes) {
      const base = { rule: r.id, label: o.label ?? null };
      switch (o.type) {
        case "allowanceDeduction": {
          const rate = value as Rational;
          let percent = rate;
          let count: DecimalText | null = null;
          if (o.per !== undefined) {
            const c = facts.get(o.per) as ReadFact;
            if (!(c.value instanceof Rational) || c.value.isNegative()) {
              throw new KinerjaError("INVALID_APPRAISAL", "a count fact has no usable value", [
                issue(["facts", o.per], "invalid_fact", `rule '${r.id}' deducts per '${o.per}', which must be a number ≥ 0, not ${c.value === null ? "null" : String(c.shown)}`),
              ]);
            }
            percent = rate.times(c.value);
            count = showRational(c.value);
            trace.push({ at: `outcomes[${outcomes.length + mine.length}].percent`, formula: "product", value: showRational(percent), inputs: { rate: showRational(rate), count } });
          }
          deductions.push({ rule: r.id, value: percent, group: r.stackGroup, months: o.months ?? null });
          mine.push({ ...base, kind: "sanction", type: "allowanceDeduction", percent: showRational(percent), rate: showRational(rate), per: o.per ?? null, count, months: o.months ?? null });
          break;
        }
        case "bonusPercent":
          bonus.push({ rule: r.id, value: value as Rational });
          mine.push({ ...base, kind: "reward", type: "bonusPercent", percent: showRational(value as Rational) });
          break;
        case "bonusAmount":
          amounts.push({ rule: r.id, value: value as Rational });
          mine.push({ ...base, kind: "reward", type: "bonusAmount", amount: showRational(value as Rational) });
          break;
        case "recognition":
        case "promotionEligible":
          mine.push({ ...base, kind: "reward", type: o.type });
          break;
        case "warning":
          mine.push({ ...base, kind: "sanction", type: "warning", level: o.level });
          break;
        case "demotion":
        case "positionRelease":
          mine.push({ ...base, kind: "sanction", type: o.type, months: o.months ?? null });
          break;
        case "dismissal":
          mine.push({ ...base, kind: "sanction", type: "dismissal" });
          break;
        case "training":
        case "coaching":
        case "improvementPlan":
          mine.push({ ...base, kind: "development", type: o.type, days: o.days ?? null });
          break;
        default:
          unreachable(o);
      }
    }
    outcomes.push(...mine);
    fired.push({ ...head, outcomes: mine, conditions });
  }

  // allowance deduction: per stack group (capped), then overall (capped)
  const uncapped = sum("totals.allowanceDeduction.uncapped", keyed(deductions), trace);
  const groups: { group: string; uncapped: DecimalText; capped: DecimalText; cap: DecimalText | null }[] = [];
  const afterParts: [string, Rational][] = keyed(deductions.filter((d) => d.group === null));
  for (const [group, cap] of plan.stackCaps) {
    const mineD = deductions.filter((d) => d.group === group);
    if (mineD.length === 0) continue;
    const at = `totals.allowanceDeduction.groups[${groups.length}]`;
    const gsum = sum(`${at}.uncapped`, keyed(mineD), trace);
    const gcapped = cap === null ? gsum : capAt(`${at}.capped`, gsum, cap, trace);
    if (cap === null) trace.push({ at: `${at}.capped`, formula: "sum", value: showRational(gsum), inputs: { sum: showRational(gsum) } });
    groups.push({ group, uncapped: showRational(gsum), capped: showRational(gcapped), cap: cap === null ? null : showRational(cap) });
    afterParts.push([`group:${group}`, gcapped]);
  }
  const after = sum("totals.allowanceDeduction.afterGroupCaps", afterParts, trace);
  const capped = capAt("totals.allowanceDeduction.capped", after, plan.cap, trace);
  const months = deductions.reduce<number | null>((m, d) => (d.months === null ? m : m === null ? d.months : Math.max(m, d.months)), null);

  let allowance: RulesResult["totals"]["allowance"] = null;
  if (plan.allowance !== null) {
    const a = facts.get(plan.allowance.fact) as ReadFact;
    if (!(a.value instanceof Rational) || a.value.isNegative()) {
      throw new KinerjaError("INVALID_APPRAISAL", "the allowance fact has no usable value", [issue(["facts", plan.allowance.fact], "invalid_fact", `the allowance must be a number ≥ 0, not ${a.value === null ? "null" : String(a.shown)}`)]);
    }
    const d = deductAllowance(a.value, capped, plan.allowance.rounding, "totals.allowance");
    trace.push(...d.trace);
    allowance = { base: showRational(a.value), percent: showRational(capped), deduction: d.deduction, paid: d.paid };
  }

  const bonusSum = sum("totals.bonusPercent.uncapped", keyed(bonus), trace);
  const bonusCapped = plan.bonusCap === null ? bonusSum : capAt("totals.bonusPercent.capped", bonusSum, plan.bonusCap, trace);
  if (plan.bonusCap === null) trace.push({ at: "totals.bonusPercent.capped", formula: "sum", value: showRational(bonusSum), inputs: { sum: showRational(bonusSum) } });
  const amount = sum("totals.bonusAmount", keyed(amounts), trace);

  return {
    fired,
    notFired,
    outcomes,
    totals: {
      allowanceDeduction: { uncapped: showRational(uncapped), afterGroupCaps: showRational(after), capped: showRational(capped), cap: showRational(plan.cap), months, groups },
      allowance,
      bonusPercent: { uncapped: showRational(bonusSum), capped: showRational(bonusCapped), cap: plan.bonusCap === null ? null : showRational(plan.bonusCap) },
      bonusAmount: showRational(amount),
      promotionEligible: outcomes.some((o) => o.type === "promotionEligible"),
      improvementPlan: outcomes.some((o) => o.type === "improvementPlan"),
      warnings: outcomes.flatMap((o) => (o.type === "warning" ? [o.level] : [])),
    },
    trace,
  };
}
