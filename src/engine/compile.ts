import * as z from "zod/mini";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { FormulaPluginsSchema, type FormulaPlugin } from "../indicator/formulaPlugin.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { R0, R1, rational, showRational, type Rational } from "../math/rational.js";
import type { IndicatorRule } from "../indicator/scoreIndicator.js";
import { normaliseWeights } from "../scorecard/normaliseWeights.js";
import type { Step } from "../math/step.js";
import type { Indicator, Scheme, SchemeInput } from "../schema/scheme.js";
import { parseScheme } from "./parseScheme.js";
import { behaviourConfig, levelThresholds } from "./evaluateBehaviour.js";
import { compileSchemeRules } from "./schemeRules.js";
import { isCompiledValidation, type CompiledValidation, type CompiledValidationOf } from "./compiledValidation.js";
import { AppraisalSchema, type Appraisal } from "../schema/appraisal.js";
import {
  COMPILED,
  isPlan,
  type CompiledNode,
  type NodeTexts,
  type CompiledIndicator,
  type CompiledObjective,
  type CompiledPerspective,
  type CompiledScheme,
  type Plan,
} from "./plan.js";

/** Options of {@link compile}. */
export interface CompileOptions {
  /** Formula plugins the scheme's `method: { kind: "formula", name }` indicators refer to. */
  readonly formulas?: readonly FormulaPlugin[] | undefined;
  /**
   * Appraisal validation compiled to JavaScript (`compiledValidation()`), for a plan that scores many
   * appraisals where `new Function` is allowed; the same checks and errors, in about a third of the time.
   */
  readonly validation?: CompiledValidation | undefined;
}

const CompileOptionsSchema = z.optional(
  z.strictObject({
    formulas: z.optional(FormulaPluginsSchema),
    validation: z.optional(z.custom<CompiledValidation>(isCompiledValidation, "expected compiledValidation()")),
  }),
);

/**
 * @internal The plan `evaluate` and `score` work on: the plan given (its options are checked all the
 * same, so `evaluate(plan, appraisal, 42)` is an error, not ignored) or the scheme compiled.
 */
export function planOf(schemeOrPlan: Plan | SchemeInput, options: CompileOptions | undefined): Plan {
  if (!isPlan(schemeOrPlan)) return compile(schemeOrPlan, options);
  if (options !== undefined) parseWith(CompileOptionsSchema, options, "INVALID_INPUT", "options");
  return schemeOrPlan;
}

/**
 * Validates a scheme once and compiles it into a {@link Plan}: ids resolved to indices, sibling weights
 * normalised and multiplied into absolute weights, decimals and band tables built. Evaluating a plan
 * does only per-employee work.
 *
 * @param scheme - the scheme JSON (validated here; throws `KinerjaError` `INVALID_SCHEME` with paths)
 * @returns an immutable plan
 * @example
 * ```ts
 * const plan = compile(schemeJson);
 * const results = appraisals.map((a) => evaluate(plan, a));
 * ```
 */
export function compile(scheme: SchemeInput, options?: CompileOptions | undefined): Plan {
  const opts = parseWith(CompileOptionsSchema, options, "INVALID_INPUT", "compile options");
  const parsed = parseScheme(scheme);
  const formulas = new Map((opts?.formulas ?? []).map((p) => [p.name, p as FormulaPlugin]));
  const unknown: KinerjaIssue[] = [];
  parsed.indicators.forEach((ind, i) => {
    if (ind.method.kind === "formula" && !formulas.has(ind.method.name)) {
      unknown.push(issue(["indicators", i, "method", "name"], "unknown_reference", `no formula plugin named '${ind.method.name}' was given to compile (options.formulas)`));
    }
  });
  if (unknown.length > 0) throw new KinerjaError("INVALID_SCHEME", "the scheme refers to formula plugins that were not given", unknown);
  const compiled = build(parsed, formulas, opts?.validation === undefined ? AppraisalSchema : (opts.validation as CompiledValidationOf).appraisal);
  return Object.freeze({
    kind: "kinerja.plan" as const,
    scheme: parsed,
    [COMPILED]: compiled,
  });
}

const opt = (v: string | undefined): Rational | undefined => (v === undefined ? undefined : rational(v));

function ruleOf(ind: Indicator, scheme: Scheme, formulas: ReadonlyMap<string, FormulaPlugin>): IndicatorRule {
  const m = ind.method;
  const plugin =
    m.kind === "formula"
      ? { fn: formulas.get(m.name) as FormulaPlugin, params: Object.freeze(Object.assign(Object.create(null) as Record<string, string>, m.params ?? {})) }
      : undefined;
  const points =
    m.kind === "curve" ? m.points.map((p) => ({ x: rational(p.x), y: rational(p.y) })) : m.kind === "steps" ? m.steps.map((s) => ({ x: rational(s.from), y: rational(s.score) })) : [];
  return Object.freeze({
    direction: ind.direction,
    formula: (m.kind === "ratio" || m.kind === "curve" || m.kind === "steps" ? m.formula : undefined) ?? "reflected",
    method: m.kind,
    plugin,
    target: opt(ind.target),
    baseline: m.kind === "interpolate" ? opt(m.baseline) : undefined,
    range: ind.range ? { min: rational(ind.range.min), max: rational(ind.range.max) } : undefined,
    pass: ind.pass ?? "atLeast",
    points,
    below: m.kind === "curve" || m.kind === "steps" ? (opt(m.below) ?? R0) : R0,
    cap: opt(ind.cap),
    // The library's default: lower-is-better (and a range above its max, scored like it) has floor 0 unless the scheme says otherwise.
    floor: opt(ind.floor) ?? (ind.direction === "lower" || ind.direction === "range" ? R0 : undefined),
    rangeDecay: ind.range?.decay ?? "edge",
    zeroTarget: ind.zeroTarget,
    rounding: { achievement: scheme.rounding.achievement, indicator: scheme.rounding.indicator },
  });
}

function build(scheme: Scheme, formulas: ReadonlyMap<string, FormulaPlugin>, appraisal: z.ZodMiniType<Appraisal>): CompiledScheme {
  const shares = (ws: readonly (string | undefined)[]) => normaliseWeights(ws.map(opt));
  const pShares = shares(scheme.perspectives.map((p) => p.weight));
  const indicators: CompiledIndicator[] = [];
  /** A compiled indicator with its share among its siblings and its parent's absolute weight. */
  const indicatorNode = (ind: Indicator, index: number, share: Step, parentAbs: Rational, perspective: string, objective: string | null): CompiledIndicator => {
    const c: CompiledIndicator = {
      kind: "indicator",
      id: ind.id,
      label: ind.label,
      index,
      rawWeight: share.inputs["weight"] as Rational,
      siblingsTotal: share.inputs["siblingsTotal"] as Rational,
      weight: share.value,
      absoluteWeight: parentAbs.times(share.value),
      parentAbsoluteWeight: parentAbs,
      rule: ruleOf(ind, scheme, formulas),
      perspective,
      objective,
      unit: ind.unit ?? null,
    };
    indicators.push(c);
    return c;
  };
  const objectives: CompiledObjective[] = [];
  const perspectives: CompiledPerspective[] = scheme.perspectives.map((p, pi) => {
    const pShare = pShares[pi] as (typeof pShares)[number];
    const pAbs = pShare.value;
    const objs = scheme.objectives.map((o, oi) => ({ o, oi })).filter(({ o }) => o.perspective === p.id);
    const direct = scheme.indicators.map((ind, ii) => ({ ind, ii })).filter(({ ind }) => ind.perspective === p.id);
    const kids = [...objs.map((x) => ({ kind: "o" as const, order: x.oi, x })), ...direct.map((x) => ({ kind: "i" as const, order: x.ii, x }))];
    const kShares = shares(kids.map((k) => (k.kind === "o" ? k.x.o.weight : k.x.ind.weight)));
    const children = kids.map((k, ki) => {
      const share = kShares[ki] as (typeof kShares)[number];
      const abs = pAbs.times(share.value);
      const base = {
        rawWeight: share.inputs["weight"] as Rational,
        siblingsTotal: share.inputs["siblingsTotal"] as Rational,
        weight: share.value,
        absoluteWeight: abs,
        parentAbsoluteWeight: pAbs,
      };
      if (k.kind === "i") return indicatorNode(k.x.ind, k.x.ii, share, pAbs, p.id, null);
      const o = k.x.o;
      const inds = scheme.indicators.map((ind, ii) => ({ ind, ii })).filter(({ ind }) => ind.objective === o.id);
      const iShares = shares(inds.map(({ ind }) => ind.weight));
      const obj: CompiledObjective = {
        ...base,
        kind: "objective",
        id: o.id,
        label: o.label,
        index: k.x.oi,
        perspective: p.id,
        children: inds.map(({ ind, ii }, j) => indicatorNode(ind, ii, iShares[j] as Step, abs, p.id, o.id)),
      };
      objectives.push(obj);
      return obj;
    });
    return {
      kind: "perspective",
      id: p.id,
      label: p.label,
      index: pi,
      rawWeight: pShare.inputs["weight"] as Rational,
      siblingsTotal: pShare.inputs["siblingsTotal"] as Rational,
      weight: pShare.value,
      absoluteWeight: pAbs,
      parentAbsoluteWeight: undefined,
      children,
    };
  });
  indicators.sort((a, b) => a.index - b.index);
  objectives.sort((a, b) => a.index - b.index);
  addTexts(perspectives, R1);
  const componentsOf = (list: Scheme["composition"]) => {
    const cs = shares(list.map((c) => c.weight));
    return list.map((c, i) => {
      const s = cs[i] as (typeof cs)[number];
      return { id: c.component, rawWeight: s.inputs["weight"] as Rational, total: s.inputs["siblingsTotal"] as Rational, weight: s.value };
    });
  };
  return {
    perspectives,
    objectives,
    indicators,
    indicatorIndex: new Map(indicators.map((c) => [c.id, c.index])),
    components: componentsOf(scheme.composition),
    componentsWithPeers: scheme.compositionWithPeers ? componentsOf(scheme.compositionWithPeers) : undefined,
    behaviour: scheme.behaviour ? behaviourConfig(scheme.behaviour) : undefined,
    rounding: {
      objective: scheme.rounding.objective,
      perspective: scheme.rounding.perspective,
      component: scheme.rounding.component,
      final: scheme.rounding.final,
    },
    bands: (scheme.bands?.table ?? []).map((b) => ({ id: b.id, label: b.label, min: opt(b.min), max: opt(b.max), requires: b.requires })),
    classify: scheme.bands?.classify ?? "rounded",
    missing: { policy: scheme.missing.policy, minCoverage: opt(scheme.missing.minCoverage) },
    rules: compileSchemeRules(scheme),
    resultsRating: scheme.resultsRating ? levelThresholds(scheme.resultsRating) : undefined,
    additionCaps: (scheme.additions ?? []).map((add) => opt(add.max)),
    needsBehaviour: scheme.matrix !== undefined || [...scheme.composition, ...(scheme.compositionWithPeers ?? [])].some((x) => x.component === "behaviour"),
    appraisal,
  };
}

/**
 * Builds the constant trace texts of every node, and the effective weights of a complete appraisal
 * with exactly the arithmetic of the roll-up in `evaluate` (parent effective × raw weight ÷ present total),
 * so the fast path can reuse them when nothing is missing.
 */
function addTexts(children: readonly (CompiledPerspective | CompiledObjective | CompiledIndicator)[], parentEffective: Rational): void {
  const total = children.reduce((acc, ch) => acc.plus(ch.rawWeight), R0);
  for (const ch of children) {
    const effective = total.isZero() ? R0 : parentEffective.times(ch.rawWeight).div(total);
    const texts: NodeTexts = {
      rawWeight: showRational(ch.rawWeight),
      siblingsTotal: showRational(ch.siblingsTotal),
      weight: showRational(ch.weight),
      absoluteWeight: showRational(ch.absoluteWeight),
      parentAbsoluteWeight: ch.parentAbsoluteWeight === undefined ? undefined : showRational(ch.parentAbsoluteWeight),
      effectiveAllPresent: effective,
      effectiveAllPresentText: showRational(effective),
    };
    (ch as { texts?: NodeTexts }).texts = Object.freeze(texts);
    if (ch.kind !== "indicator") addTexts(ch.children, effective);
  }
}

/** The constant texts of a compiled node (built by `compile`). */
export function textsOf(node: CompiledNode): NodeTexts {
  return node.texts as NodeTexts;
}
