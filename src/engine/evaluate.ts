import { R0, showRational as show, type Rational as D } from "../math/rational.js";
import type { Step } from "../math/step.js";
import type { AppraisalInput } from "../schema/appraisal.js";
import type {
  IndicatorResult,
  NodeResult,
  ObjectiveResult,
  Result,
  TraceEntry,
} from "../schema/result.js";
import type { SchemeInput } from "../schema/scheme.js";
import { planOf, textsOf, type CompileOptions } from "./compile.js";
import { parseAppraisalFor } from "./parseAppraisal.js";
import { applySchemeRules, type Figure } from "./schemeRules.js";
import { outcomeOf, runStages, type Evaluation } from "./stages.js";
import { COMPILED, type CompiledNode, type Plan } from "./plan.js";

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** Formula plugins, needed only when `evaluate` is given a scheme (a plan already has them). */
  readonly formulas?: CompileOptions["formulas"];
}

/**
 * Scores one appraisal against a scheme or a compiled plan and returns the full {@link Result}:
 * per-indicator achievement and score, objective and perspective roll-ups, the final score and band,
 * warnings, and a trace entry for every number.
 *
 * Give it a {@link Plan} from `compile` when scoring many employees: the scheme is then not validated again.
 *
 * @param schemeOrPlan - a scheme JSON or a compiled plan
 * @param appraisal - the appraisal JSON (validated here)
 * @returns a plain-JSON result
 * @throws `KinerjaError` — `INVALID_SCHEME`, `INVALID_APPRAISAL`, `ZERO_TARGET`, `DIVISION_BY_ZERO`,
 *   `MISSING_ACTUAL` (policy `fail`), `INSUFFICIENT_COVERAGE`
 * @example
 * ```ts
 * const result = evaluate(scheme, { employee: { id: "E1" }, actuals: [{ indicator: "iku1", actual: 170 }] });
 * result.final.score; // "85.00"
 * ```
 */
export function evaluate(schemeOrPlan: Plan | SchemeInput, appraisal: AppraisalInput, options?: EvaluateOptions | undefined): Result {
  return evaluateOn(schemeOrPlan, appraisal, options, true);
}

/**
 * @internal The reference path: the same evaluation without the plan's prebuilt texts and weights and
 * without shared decimal texts. The equivalence property in the tests asserts that `evaluate` gives
 * byte-identical results. Not exported from the package.
 */
export function evaluateReference(schemeOrPlan: Plan | SchemeInput, appraisal: AppraisalInput, options?: EvaluateOptions | undefined): Result {
  return evaluateOn(schemeOrPlan, appraisal, options, false);
}

/** The evaluation: the stages, then the Result and its trace assembled from their values. */
function evaluateOn(schemeOrPlan: Plan | SchemeInput, appraisal: AppraisalInput, options: EvaluateOptions | undefined, fast: boolean): Result {
  const plan = planOf(schemeOrPlan, options);
  const a = parseAppraisalFor(plan, appraisal);
  return assembleResult(plan, runStages(plan, a, { report: true }), fast);
}

/**
 * The one assembler of a {@link Result}: every number of the stages becomes a field and a trace entry
 * (in result order); `fast` reuses the plan's prebuilt weight texts and shares texts of repeated values.
 */
function assembleResult(plan: Plan, e: Evaluation, fast: boolean): Result {
  const c = plan[COMPILED];
  const a = e.appraisal;
  const trace: TraceEntry[] = [];
  // Texts of values already shown in this result (the same score appears as a value and as inputs).
  const shown = new Map<D, string>();
  const text = (v: D): string => {
    if (!fast) return show(v);
    let t = shown.get(v);
    if (t === undefined) {
      t = show(v);
      shown.set(v, t);
    }
    return t;
  };
  const put = (at: string, step: Step, source?: string): string => {
    const places = step.rounding?.rule.places;
    const value = places === undefined ? text(step.value) : show(step.value, places);
    const inputs: Record<string, string> = {};
    for (const k in step.inputs) {
      const v = step.inputs[k] as D | string;
      inputs[k] = typeof v === "string" ? v : text(v);
    }
    const entry: { -readonly [K in keyof TraceEntry]: TraceEntry[K] } = { at, formula: step.formula, value, inputs };
    if (step.rounding) entry.rounding = { places: step.rounding.rule.places, mode: step.rounding.rule.mode, exact: show(step.rounding.exact) };
    if (step.clamp) entry.clamp = { by: step.clamp.by, unclamped: show(step.clamp.unclamped) };
    if (source !== undefined) entry.source = source;
    trace.push(entry);
    return value;
  };
  const input = (at: string, value: D, source: string): string => put(at, { value, formula: "input", inputs: {} }, source);
  const stateOf = (node: CompiledNode) => e.state.get(node) as { readonly score: D | undefined; readonly effective: D };

  // Weights: on the fast path the constant texts come from the plan; only the effective weight can change per employee.
  const weightsComputed = (at: string, node: CompiledNode) => ({
    weight: put(`${at}.weight`, { value: node.weight, formula: "weightShare", inputs: { weight: node.rawWeight, siblingsTotal: node.siblingsTotal } }),
    absoluteWeight: put(`${at}.absoluteWeight`, {
      value: node.absoluteWeight,
      formula: "absoluteWeight",
      inputs: node.parentAbsoluteWeight === undefined ? { weight: node.weight } : { parentAbsoluteWeight: node.parentAbsoluteWeight, weight: node.weight },
    }),
    effectiveWeight: put(`${at}.effectiveWeight`, {
      value: stateOf(node).effective,
      formula: "effectiveWeight",
      inputs: { absoluteWeight: node.absoluteWeight, present: stateOf(node).score === undefined ? "0" : "1" },
    }),
  });
  const weightsOf = (at: string, node: CompiledNode) => {
    if (!fast) return weightsComputed(at, node);
    const t = textsOf(node);
    const st = stateOf(node);
    trace.push({ at: `${at}.weight`, formula: "weightShare", value: t.weight, inputs: { weight: t.rawWeight, siblingsTotal: t.siblingsTotal } });
    trace.push({
      at: `${at}.absoluteWeight`,
      formula: "absoluteWeight",
      value: t.absoluteWeight,
      inputs: t.parentAbsoluteWeight === undefined ? { weight: t.weight } : { parentAbsoluteWeight: t.parentAbsoluteWeight, weight: t.weight },
    });
    const effective = st.effective === t.effectiveAllPresent ? t.effectiveAllPresentText : text(st.effective);
    trace.push({ at: `${at}.effectiveWeight`, formula: "effectiveWeight", value: effective, inputs: { absoluteWeight: t.absoluteWeight, present: st.score === undefined ? "0" : "1" } });
    return { weight: t.weight, absoluteWeight: t.absoluteWeight, effectiveWeight: effective };
  };

  const perspectives: NodeResult[] = c.perspectives.map((p) => {
    const at = `perspectives[${p.index}]`;
    const step = e.nodeSteps.get(p);
    return { id: p.id, label: p.label, status: step ? "scored" : "missing", score: step ? put(`${at}.score`, step) : null, ...weightsOf(at, p) };
  });
  const objectives: ObjectiveResult[] = c.objectives.map((o) => {
    const at = `objectives[${o.index}]`;
    const step = e.nodeSteps.get(o);
    return {
      id: o.id,
      label: o.label,
      perspective: o.perspective,
      status: step ? "scored" : "missing",
      score: step ? put(`${at}.score`, step) : null,
      ...weightsOf(at, o),
    };
  });
  const indicators: IndicatorResult[] = c.indicators.map((ind) => {
    const at = `indicators[${ind.index}]`;
    const row = e.byIndicator.get(ind.index);
    const s = e.indicators[ind.index];
    const st = stateOf(ind);
    const src = row ? `appraisal.actuals[${row.i}]` : "";
    const base = {
      id: ind.id,
      label: ind.label,
      perspective: ind.perspective,
      objective: ind.objective,
      unit: ind.unit,
      direction: ind.rule.direction,
      method: ind.rule.method,
    };
    if (!s) {
      const zeroed = st.score !== undefined;
      return {
        ...base,
        status: zeroed ? "zeroed" : "missing",
        actual: null,
        target: null,
        baseline: null,
        achievement: null,
        score: zeroed ? put(`${at}.score`, { value: R0, formula: "missingAsZero", inputs: {} }) : null,
        contribution: zeroed ? put(`${at}.contribution`, { value: R0, formula: "contribution", inputs: { effectiveWeight: st.effective, score: R0 } }) : null,
        clamped: null,
        ...weightsOf(at, ind),
      };
    }
    const r = row as { readonly actual: D; readonly target: D | undefined; readonly baseline: D | undefined };
    return {
      ...base,
      status: "scored",
      actual: input(`${at}.actual`, r.actual, `${src}.actual`),
      target: s.target === undefined ? null : input(`${at}.target`, s.target, r.target ? `${src}.target` : `scheme.indicators[${ind.index}].target`),
      baseline:
        s.baseline === undefined ? null : input(`${at}.baseline`, s.baseline, r.baseline ? `${src}.baseline` : `scheme.indicators[${ind.index}].method.baseline`),
      achievement: put(`${at}.achievement`, s.achievement),
      score: put(`${at}.score`, s.score),
      contribution: put(`${at}.contribution`, {
        value: st.effective.times(s.score.value),
        formula: "contribution",
        inputs: { effectiveWeight: st.effective, score: s.score.value },
      }),
      clamped: s.score.clamp?.by ?? null,
      ...weightsOf(at, ind),
    };
  });

  const additions = e.additions.map((add, i) => ({ id: add.id, label: add.label, points: put(`additions[${i}].points`, add.step, add.source) }));
  const components = e.composition.map((comp, i) => {
    const at = `components[${i}]`;
    const step = (comp.id === "results" ? e.results : e.behaviourStep) as Step;
    return {
      id: comp.id,
      weight: put(`${at}.weight`, { value: comp.weight, formula: "weightShare", inputs: { weight: comp.rawWeight, siblingsTotal: comp.total } }),
      score: put(`${at}.score`, step),
    };
  });
  const coverageText = put("coverage", e.coverage);
  const finalScore = put("final.score", e.final);

  const scheme = plan.scheme;
  const outcome = outcomeOf(plan, e);
  const band = outcome.band;
  const report = e.behaviour?.report;
  const ruled = c.rules && e.factsForRules
    ? applySchemeRules(c.rules, scheme, a, {
        final: { value: e.final.value, shown: finalScore },
        band: band ? band.id : null,
        results: { value: e.results.value, shown: show(e.results.value, e.results.rounding?.rule.places) },
        resultsRating: e.resultsLevel ?? null,
        coverage: { value: e.coverage.value, shown: coverageText },
        perspectives: c.perspectives.map((p, i) => figureOf(e.nodeSteps.get(p), perspectives[i]?.score)),
        objectives: c.objectives.map((o, i) => figureOf(e.nodeSteps.get(o), objectives[i]?.score)),
        indicators: c.indicators.map((ind, i) => {
          const s = e.indicators[ind.index];
          const shown = indicators[i];
          if (s === undefined) return { score: shown?.status === "zeroed" && shown.score !== null ? { value: R0, shown: shown.score } : null, achievement: null };
          return { score: figureOf(s.score, shown?.score), achievement: figureOf(s.achievement, shown?.achievement) };
        }),
        behaviour:
          report && e.behaviour
            ? {
                score: { value: e.behaviour.score, shown: report.behaviour.score },
                rating: report.behaviour.rating?.id ?? null,
                competencies: report.values.competencies.map((v, i) => (v === null ? null : { value: v, shown: report.behaviour.competencies[i]?.others.score ?? show(v) })),
                groups: new Map([...report.values.groups].map(([g, v]) => [g, { value: v, shown: show(v) }])),
              }
            : null,
      }, e.factsForRules)
    : undefined;

  return {
    kind: "kinerja.result",
    scheme: outcome.scheme,
    appraisal: outcome.appraisal,
    employee: outcome.employee,
    period: outcome.period,
    final: { score: finalScore, band },
    components,
    additions,
    perspectives,
    objectives,
    indicators,
    resultsRating: outcome.resultsRating,
    behaviour: report ? report.behaviour : null,
    coverage: coverageText,
    warnings: [...e.warnings],
    rules: ruled ? ruled.rules : null,
    trace: report || ruled ? [...trace, ...(report ? report.trace : []), ...(ruled ? ruled.trace : [])] : trace,
  };
}

/** A figure for the rules: a stage's value and the text the result shows for it (null where the result has none). */
function figureOf(step: Step | undefined, shown: string | null | undefined): Figure | null {
  return step === undefined || shown === null || shown === undefined ? null : { value: step.value, shown };
}
