import * as z from "zod/mini";
import { warning } from "../schema/warnings.js";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { Dec, HUNDRED, show, type Dec as D } from "../math/decimal.js";
import { DecimalInputSchema, NonNegativeDecimalSchema } from "../schema/primitives.js";
import { GoalSchema, type GoalInput } from "../schema/goal.js";
import type { DecimalText, ResultWarning, TraceEntry } from "../schema/result.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { cascadeGoals, type GoalNode } from "./cascadeGoals.js";

/**
 * How a goal's progress follows from the goals that support it (declared on the parent, per link):
 * - `weightedMean` (default): Σ weight × progress ÷ Σ weight over the children with a progress;
 * - `worstChild`: the lowest child progress (a chain is as strong as its weakest link);
 * - `sum`: the parent's actual is the sum of the children's actuals (same unit), progress = actual ÷ the parent's target;
 * - `countDone`: the parent's actual is the number of children at or above 100 % progress, progress =
 *   that count ÷ the parent's target (default: the number of children).
 */
export type GoalAggregation = "weightedMean" | "worstChild" | "sum" | "countDone";

/** A goal of the numeric cascade: a goal (see `GoalSchema`) with weight, target, actual and the aggregation of its children. */
export const NumericGoalSchema = z.safeExtend(GoalSchema, {
  /** Weight among its siblings (relative; default 1). */
  weight: z.optional(NonNegativeDecimalSchema),
  /** Target (a leaf's, or the parent's for `sum` and `countDone`). */
  target: z.optional(DecimalInputSchema),
  /** Realisation of a leaf (a goal with children takes its actual from them). */
  actual: z.optional(DecimalInputSchema),
  /** `higher` (default): progress = actual ÷ target × 100; `lower`: (2 − actual ÷ target) × 100, floor 0. */
  direction: z._default(z.enum(["higher", "lower"]), "higher"),
  /** How this goal's progress follows from its children (default `weightedMean`). */
  aggregation: z._default(z.enum(["weightedMean", "worstChild", "sum", "countDone"]), "weightedMean"),
  /** Highest progress, in percent (e.g. 120); no cap unless given. */
  cap: z.optional(DecimalInputSchema),
});

/** A numeric goal as written in JSON. */
export type NumericGoalInput = z.input<typeof NumericGoalSchema>;

/** A goal with its numbers after the roll-up. */
export interface RolledGoal {
  readonly id: string;
  readonly level: GoalNode["level"];
  readonly owner: string | null;
  /** Share among its siblings (0–1). */
  readonly weight: DecimalText;
  readonly target: DecimalText | null;
  /** The realisation (a leaf's own; `sum` / `countDone`: computed from the children; otherwise null). */
  readonly actual: DecimalText | null;
  /** Progress in percent (100 = on target), null when missing. */
  readonly progress: DecimalText | null;
  /** `scored`, or `missing` when it has no actual and no child with a progress. */
  readonly status: "scored" | "missing";
  /** The aggregation applied (null for a leaf). */
  readonly aggregation: GoalAggregation | null;
  readonly children: readonly RolledGoal[];
}

/** Result of {@link rollUpGoals}. Plain JSON. */
export interface GoalRollUp {
  /** Organisation goals with their unit and individual goals beneath, each with its numbers. */
  readonly roots: readonly RolledGoal[];
  /** Goals that hang nowhere (as in `cascadeGoals`); not rolled up. */
  readonly unaligned: readonly string[];
  readonly warnings: readonly ResultWarning[];
  /** One entry per number, at `goals.<id>.<field>`. */
  readonly trace: readonly TraceEntry[];
}

const Input = z.strictObject({ goals: z.array(NumericGoalSchema).check(z.maxLength(100000)) });
type Goal = z.output<typeof NumericGoalSchema>;

/**
 * The numeric cascade organisation → unit → individual: each leaf's progress from its target and actual,
 * each parent's progress from its children by the aggregation the parent declares (weighted mean, worst
 * child, sum, count done), every number with a trace entry. The structure is `cascadeGoals`'s.
 * A unit's progress is the unit's achievement; `organisationScheme` turns an organisation's indicators into
 * its predikat, and `leaderScheme` makes the unit's predikat its leader's results rating.
 *
 * @param input - `{ goals }` (goal fields plus weight, target, actual, direction, aggregation, cap)
 * @returns the rolled-up trees, warnings and trace
 * @throws `KinerjaError` `INVALID_INPUT` for malformed goals, duplicate ids, a leaf with an actual but no
 *   target (or a target of 0), a parent with its own actual, or `sum` without a parent target
 * @example
 * ```ts
 * rollUpGoals({ goals: [
 *   { id: "o", level: "organisation", statement: "Layanan perizinan cepat", aggregation: "worstChild" },
 *   { id: "u", level: "unit", parent: "o", statement: "Izin selesai ≤ 5 hari", target: 90, actual: 81 },
 * ] }).roots[0]?.progress; // "90"
 * ```
 */
export function rollUpGoals(input: { readonly goals: readonly NumericGoalInput[] }): GoalRollUp {
  const { goals } = parseWith(Input, input, "INVALID_INPUT", "goals");
  const cascade = cascadeGoals({ goals: goals.map(({ weight: _w, target: _t, actual: _a, direction: _d, aggregation: _g, cap: _c, ...g }) => g as GoalInput) });
  const byId = new Map<string, { goal: Goal; index: number }>(goals.map((g, index) => [g.id, { goal: g, index }]));
  const problems: KinerjaIssue[] = [];
  const trace: TraceEntry[] = [];
  const warnings: ResultWarning[] = [];
  const at = (id: string, field: string): string => `goals.${id}.${field}`;

  const roll = (node: GoalNode, share: D): RolledGoal => {
    const { goal: g, index } = byId.get(node.id) as { goal: Goal; index: number };
    const children = node.children;
    const weights = children.map((c) => new Dec((byId.get(c.id) as { goal: Goal }).goal.weight ?? 1));
    const total = weights.reduce((a, b) => a.plus(b), new Dec(0));
    const rolled = children.map((c, i) => roll(c, total.isZero() ? new Dec(0) : (weights[i] as D).div(total)));
    const target = g.target === undefined ? null : new Dec(g.target);
    const base = { id: g.id, level: g.level, owner: g.owner ?? null, weight: show(share), target: target === null ? null : show(target), children: rolled };
    const capped = (p: D): D => {
      const floored = g.direction === "lower" && p.isNegative() ? new Dec(0) : p;
      return g.cap !== undefined && floored.gt(g.cap) ? new Dec(g.cap) : floored;
    };
    const ratio = (actual: D, formula: string): D | null => {
      if (target === null || target.isZero()) {
        problems.push(issue(["goals", index, "target"], target === null ? "missing_target" : "zero_target", `goal '${g.id}' needs a non-zero target for its progress`));
        return null;
      }
      const raw = g.direction === "lower" ? new Dec(2).minus(actual.div(target)).times(HUNDRED) : actual.div(target).times(HUNDRED);
      const p = capped(raw);
      trace.push({ at: at(g.id, "progress"), formula, value: show(p), inputs: { actual: show(actual), target: show(target) }, ...(p.eq(raw) ? {} : { clamp: { by: p.lt(raw) ? "cap" : "floor", unclamped: show(raw) } }) });
      return p;
    };

    if (children.length === 0) {
      if (g.actual === undefined) {
        warnings.push(warning("missing_goal_actual", at(g.id, "actual"), { goal: g.id }));
        return { ...base, actual: null, progress: null, status: "missing", aggregation: null };
      }
      const actual = new Dec(g.actual);
      trace.push({ at: at(g.id, "actual"), formula: "input", value: show(actual), inputs: {}, source: `goals[${index}].actual` });
      const p = ratio(actual, g.direction === "lower" ? "goal.progress.reflected" : "goal.progress.ratio");
      return { ...base, actual: show(actual), progress: p === null ? null : show(p), status: p === null ? "missing" : "scored", aggregation: null };
    }
    if (g.actual !== undefined) problems.push(issue(["goals", index, "actual"], "parent_actual", `goal '${g.id}' has supporting goals; its actual comes from them (${g.aggregation})`));
    const present = rolled.map((r, i) => ({ r, w: weights[i] as D })).filter((x) => x.r.progress !== null);
    if (present.length < rolled.length) warnings.push(warning("partial_rollup", at(g.id, "progress"), { goal: g.id, missing: rolled.length - present.length, of: rolled.length }));
    const missing = { ...base, actual: null, progress: null, status: "missing" as const, aggregation: g.aggregation };
    const agg = g.aggregation;
    switch (agg) {
      case "weightedMean": {
        const w = present.reduce((s, x) => s.plus(x.w), new Dec(0));
        if (present.length === 0 || w.isZero()) return missing;
        const raw = present.reduce((s, x) => s.plus(x.w.times(x.r.progress as string)), new Dec(0)).div(w);
        const p = capped(raw);
        trace.push({ at: at(g.id, "progress"), formula: "goal.rollup.weightedMean", value: show(p), inputs: Object.fromEntries(present.flatMap((x) => [[`${x.r.id}.progress`, x.r.progress as string], [`${x.r.id}.weight`, show(x.w)]])) });
        return { ...base, actual: null, progress: show(p), status: "scored", aggregation: agg };
      }
      case "worstChild": {
        if (present.length === 0) return missing;
        const worst = present.reduce((a, x) => (new Dec(x.r.progress as string).lt(a.r.progress as string) ? x : a));
        const p = capped(new Dec(worst.r.progress as string));
        trace.push({ at: at(g.id, "progress"), formula: "goal.rollup.worstChild", value: show(p), inputs: Object.fromEntries(present.map((x) => [`${x.r.id}.progress`, x.r.progress as string])) });
        return { ...base, actual: null, progress: show(p), status: "scored", aggregation: agg };
      }
      case "sum": {
        const withActual = rolled.filter((r) => r.actual !== null);
        if (withActual.length === 0) return missing;
        const actual = withActual.reduce((s, r) => s.plus(r.actual as string), new Dec(0));
        trace.push({ at: at(g.id, "actual"), formula: "goal.rollup.sum", value: show(actual), inputs: Object.fromEntries(withActual.map((r) => [`${r.id}.actual`, r.actual as string])) });
        const p = ratio(actual, "goal.progress.ratio");
        return { ...base, actual: show(actual), progress: p === null ? null : show(p), status: p === null ? "missing" : "scored", aggregation: agg };
      }
      case "countDone": {
        if (present.length === 0) return missing;
        const done = present.filter((x) => new Dec(x.r.progress as string).gte(HUNDRED)).length;
        const of = target ?? new Dec(rolled.length);
        trace.push({ at: at(g.id, "actual"), formula: "goal.rollup.countDone", value: String(done), inputs: Object.fromEntries(present.map((x) => [`${x.r.id}.progress`, x.r.progress as string])) });
        if (of.isZero()) {
          problems.push(issue(["goals", index, "target"], "zero_target", `goal '${g.id}' needs a non-zero target for its progress`));
          return missing;
        }
        const raw = new Dec(done).div(of).times(HUNDRED);
        const p = capped(raw);
        trace.push({ at: at(g.id, "progress"), formula: "goal.progress.countDone", value: show(p), inputs: { done: String(done), of: show(of) } });
        return { ...base, actual: String(done), progress: show(p), status: "scored", aggregation: agg };
      }
      default: {
        const never: never = agg;
        return never;
      }
    }
  };

  const rootTotal = cascade.roots.reduce((s, r) => s.plus((byId.get(r.id) as { goal: Goal }).goal.weight ?? 1), new Dec(0));
  const roots = cascade.roots.map((r) => roll(r, rootTotal.isZero() ? new Dec(0) : new Dec((byId.get(r.id) as { goal: Goal }).goal.weight ?? 1).div(rootTotal)));
  if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid goals", problems);
  return { roots, unaligned: cascade.unaligned, warnings, trace };
}
