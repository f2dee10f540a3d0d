import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { Dec, ZERO, show, toDec, type Dec as D } from "../math/decimal.js";
import { roundStep, type Step } from "../math/step.js";
import { scoreIndicator, type IndicatorScore } from "../indicator/scoreIndicator.js";
import { classifyBand } from "../rating/classifyBand.js";
import type { AppraisalInput } from "../schema/appraisal.js";
import type {
  IndicatorResult,
  NodeResult,
  ObjectiveResult,
  Result,
  ResultWarning,
  TraceEntry,
} from "../schema/result.js";
import type { SchemeInput } from "../schema/scheme.js";
import { planOf, textsOf, type CompileOptions } from "./compile.js";
import { parseAppraisal } from "./parseAppraisal.js";
import { RATING_LABELS, evaluateBehaviour, levelOf } from "./evaluateBehaviour.js";
import { applySchemeRules } from "./schemeRules.js";
import { isDecimalText } from "../schema/primitives.js";
import { warning } from "../schema/warnings.js";
import {
  COMPILED,
  type CompiledIndicator,
  type CompiledNode,
  type CompiledObjective,
  type CompiledPerspective,
  type Plan,
} from "./plan.js";

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** Formula plugins, needed only when `evaluate` is given a scheme (a plan already has them). */
  readonly formulas?: CompileOptions["formulas"];
}

interface Scored {
  /** Score used in the roll-up (undefined when missing and left out). */
  readonly score: D | undefined;
  /** Effective absolute weight (filled in top-down after the roll-up). */
  effective: D;
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

/** The evaluation; `fast` switches on the plan's prebuilt weight texts, effective weights and shared decimal texts. */
function evaluateOn(schemeOrPlan: Plan | SchemeInput, appraisal: AppraisalInput, options: EvaluateOptions | undefined, fast: boolean): Result {
  const plan = planOf(schemeOrPlan, options);
  const c = plan[COMPILED];
  const a = parseAppraisal(appraisal);
  const trace: TraceEntry[] = [];
  const warnings: ResultWarning[] = [];
  // Texts of decimals already shown in this result (the same score appears as a value and as inputs).
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

  // 1. Actuals by indicator, checked against the plan.
  const problems: KinerjaIssue[] = [];
  const byIndicator = new Map<number, { readonly i: number; readonly actual: D | null; readonly target?: D; readonly baseline?: D }>();
  a.actuals.forEach((row, i) => {
    const idx = c.indicatorIndex.get(row.indicator);
    if (idx === undefined) problems.push(issue(["actuals", i, "indicator"], "unknown_reference", `unknown indicator '${row.indicator}'`));
    else if (byIndicator.has(idx)) problems.push(issue(["actuals", i, "indicator"], "duplicate_id", `indicator '${row.indicator}' is listed twice`));
    else {
      byIndicator.set(idx, {
        i,
        actual: row.actual === null ? null : toDec(row.actual),
        ...(row.target === undefined ? {} : { target: toDec(row.target) }),
        ...(row.baseline === undefined ? {} : { baseline: toDec(row.baseline) }),
      });
    }
  });
  const factIds = new Set<string>();
  (a.facts ?? []).forEach((f, i) => {
    if (factIds.has(f.id)) problems.push(issue(["facts", i, "id"], "duplicate_id", `fact '${f.id}' is listed twice`));
    factIds.add(f.id);
  });
  if (a.period && a.period.start > a.period.end) problems.push(issue(["period", "end"], "invalid_period", "the period ends before it starts"));
  else if (a.period && plan.scheme.period && (a.period.start < plan.scheme.period.start || a.period.end > plan.scheme.period.end)) {
    const sp = plan.scheme.period;
    problems.push(issue(["period"], "outside_period", `the appraisal's period ${a.period.start}–${a.period.end} lies outside the scheme's period ${sp.start}–${sp.end}`));
  }
  if (problems.length > 0) throw new KinerjaError("INVALID_APPRAISAL", "the appraisal does not fit the scheme", problems);

  const missingPaths: (KinerjaIssue & { readonly indicator: string })[] = [];
  for (const ind of c.indicators) {
    const row = byIndicator.get(ind.index);
    if (row === undefined || row.actual === null) {
      const at = row === undefined ? ["actuals"] : ["actuals", row.i, "actual"];
      missingPaths.push({ ...issue(at, "missing_actual", `no actual for indicator '${ind.id}'`), indicator: ind.id });
    }
  }
  if (c.missing.policy === "fail" && missingPaths.length > 0) {
    throw new KinerjaError("MISSING_ACTUAL", "actuals are missing and the scheme's missing-data policy is 'fail'", missingPaths);
  }

  // 2. Indicators.
  const scores: (IndicatorScore | undefined)[] = c.indicators.map((ind) => {
    const row = byIndicator.get(ind.index);
    if (row === undefined || row.actual === null) return undefined;
    return scoreIndicator(ind.rule, { actual: row.actual, target: row.target, baseline: row.baseline }, ["actuals", row.i]);
  });
  const zeroMissing = c.missing.policy === "zero";
  const state = new Map<CompiledNode, Scored>();
  for (const ind of c.indicators) {
    const s = scores[ind.index];
    state.set(ind, { score: s ? s.score.value : zeroMissing ? ZERO : undefined, effective: ZERO });
  }

  // 3. Roll-up: weighted mean of present children, re-normalised locally. It uses the raw weights and
  // divides once per node, so equal scores average to exactly themselves (no 1/7 cut to 40 digits).
  const nodeSteps = new Map<CompiledNode, Step>();
  const rollUp = (node: CompiledObjective | CompiledPerspective, rule: typeof c.rounding.objective): void => {
    let sum = ZERO;
    let present = ZERO;
    const inputs: Record<string, D> = {};
    for (const child of node.children) {
      const s = (state.get(child) as Scored).score;
      if (s === undefined) continue;
      sum = sum.plus(child.rawWeight.times(s));
      present = present.plus(child.rawWeight);
      inputs[`score.${child.id}`] = s;
      inputs[`weight.${child.id}`] = child.rawWeight;
    }
    if (present.isZero()) {
      state.set(node, { score: undefined, effective: ZERO });
      return;
    }
    const step = roundStep({ value: sum.div(present), formula: "weightedMean", inputs }, rule);
    nodeSteps.set(node, step);
    state.set(node, { score: step.value, effective: ZERO });
  };
  for (const o of c.objectives) rollUp(o, c.rounding.objective);
  for (const p of c.perspectives) rollUp(p, c.rounding.perspective);

  let sum = ZERO;
  let present = ZERO;
  const resultsInputs: Record<string, D> = {};
  for (const p of c.perspectives) {
    const s = (state.get(p) as Scored).score;
    if (s === undefined) continue;
    sum = sum.plus(p.rawWeight.times(s));
    present = present.plus(p.rawWeight);
    resultsInputs[`score.${p.id}`] = s;
    resultsInputs[`weight.${p.id}`] = p.rawWeight;
  }

  // Effective weights, top-down: each present child's share of its present siblings × the parent's effective weight.
  // With every indicator present the effective weights are the plan's precomputed ones (same arithmetic).
  const allPresent = fast && c.indicators.every((ind) => (state.get(ind) as Scored).score !== undefined);
  const spread = (children: readonly (CompiledObjective | CompiledIndicator | CompiledPerspective)[], parentEffective: D): void => {
    if (allPresent) {
      for (const ch of children) {
        (state.get(ch) as Scored).effective = textsOf(ch).effectiveAllPresent;
        if (ch.kind !== "indicator") spread(ch.children, ZERO);
      }
      return;
    }
    let total = ZERO;
    for (const ch of children) if ((state.get(ch) as Scored).score !== undefined) total = total.plus(ch.rawWeight);
    for (const ch of children) {
      const st = state.get(ch) as Scored;
      st.effective = st.score === undefined || total.isZero() ? ZERO : parentEffective.times(ch.rawWeight).div(total);
      if (ch.kind !== "indicator") spread(ch.children, st.effective);
    }
  };
  spread(c.perspectives, new Dec(1));

  // Coverage: share of absolute weight with an actual.
  // Coverage: the share of the scorecard's weight with an actual, rolled up like the scores (raw
  // weights, one division per node), so a complete appraisal has coverage exactly 1.
  const coverageInputs: Record<string, D> = {};
  const present01 = (node: CompiledPerspective | CompiledObjective | CompiledIndicator): D => {
    if (node.kind === "indicator") return scores[node.index] ? new Dec(1) : ZERO;
    let num = ZERO;
    for (const ch of node.children) num = num.plus(ch.rawWeight.times(present01(ch)));
    return num.div(node.children.reduce((acc, ch) => acc.plus(ch.rawWeight), ZERO));
  };
  let coverageNum = ZERO;
  for (const p of c.perspectives) {
    const share = present01(p);
    coverageNum = coverageNum.plus(p.rawWeight.times(share));
    coverageInputs[`present.${p.id}`] = share;
    coverageInputs[`weight.${p.id}`] = p.rawWeight;
  }
  const coverage = coverageNum.div(c.perspectives.reduce((acc, p) => acc.plus(p.rawWeight), ZERO));
  if (c.missing.minCoverage !== undefined && coverage.lt(c.missing.minCoverage)) {
    throw new KinerjaError("INSUFFICIENT_COVERAGE", `only ${show(coverage)} of the scorecard's weight has actuals; the scheme requires ${show(c.missing.minCoverage)}`, missingPaths);
  }
  if (present.isZero()) {
    throw new KinerjaError("INSUFFICIENT_COVERAGE", "no indicator has an actual", missingPaths);
  }
  for (const m of missingPaths) warnings.push(warning("missing_actual", m.at, { indicator: m.indicator, policy: zeroMissing ? "zero" : "renormalize" }));

  // 4. Assemble results with trace entries (in result order).
  // Weights: on the fast path the constant texts come from the plan; only the effective weight can change per employee.
  const weightsComputed = (at: string, node: CompiledNode) => ({
    weight: put(`${at}.weight`, { value: node.weight, formula: "weightShare", inputs: { weight: node.rawWeight, siblingsTotal: node.siblingsTotal } }),
    absoluteWeight: put(`${at}.absoluteWeight`, {
      value: node.absoluteWeight,
      formula: "absoluteWeight",
      inputs: node.parentAbsoluteWeight === undefined ? { weight: node.weight } : { parentAbsoluteWeight: node.parentAbsoluteWeight, weight: node.weight },
    }),
    effectiveWeight: put(`${at}.effectiveWeight`, {
      value: (state.get(node) as Scored).effective,
      formula: "effectiveWeight",
      inputs: { absoluteWeight: node.absoluteWeight, present: (state.get(node) as Scored).score === undefined ? "0" : "1" },
    }),
  });
  const weightsOf = (at: string, node: CompiledNode) => {
    if (!fast) return weightsComputed(at, node);
    const t = textsOf(node);
    const st = state.get(node) as Scored;
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
    const step = nodeSteps.get(p);
    return {
      id: p.id,
      label: p.label,
      status: step ? "scored" : "missing",
      score: step ? put(`${at}.score`, step) : null,
      ...weightsOf(at, p),
    };
  });
  const objectives: ObjectiveResult[] = c.objectives.map((o) => {
    const at = `objectives[${o.index}]`;
    const step = nodeSteps.get(o);
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
    const row = byIndicator.get(ind.index);
    const s = scores[ind.index];
    const st = state.get(ind) as Scored;
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
        score: zeroed ? put(`${at}.score`, { value: ZERO, formula: "missingAsZero", inputs: {} }) : null,
        contribution: zeroed ? put(`${at}.contribution`, { value: ZERO, formula: "contribution", inputs: { effectiveWeight: st.effective, score: ZERO } }) : null,
        clamped: null,
        ...weightsOf(at, ind),
      };
    }
    const r = row as { actual: D; target?: D; baseline?: D };
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

  // Additions (PP 46/2011 tugas tambahan and kreativitas, 8/2021 kinerja tambahan): points from facts, capped.
  const factIndex = plan.scheme.additions ? new Map((a.facts ?? []).map((f, i) => [f.id, i])) : undefined;
  let resultsExact = sum.div(present);
  const additions = (plan.scheme.additions ?? []).map((add, i) => {
    const at = `additions[${i}]`;
    const fi = factIndex?.get(add.fact);
    const raw = fi === undefined ? undefined : (a.facts as NonNullable<typeof a.facts>)[fi]?.value;
    let value = ZERO;
    if (raw !== undefined) {
      const text = typeof raw === "number" ? String(raw) : raw;
      if (typeof text !== "string" || !isDecimalText(text)) {
        throw new KinerjaError("INVALID_APPRAISAL", `fact '${add.fact}' must be a number`, [issue(["facts", fi as number, "value"], "invalid_type", `addition '${add.id}' needs a number`)]);
      }
      value = toDec(text);
    }
    const max = add.max === undefined ? undefined : toDec(add.max);
    const capped = max !== undefined && value.gt(max);
    const points = put(
      `${at}.points`,
      {
        value: capped ? (max as D) : value,
        formula: "addition",
        inputs: { value, ...(max === undefined ? {} : { max }) },
        ...(capped ? { clamp: { by: "cap" as const, unclamped: value } } : {}),
      },
      fi === undefined ? undefined : `appraisal.facts[${fi}].value`,
    );
    resultsInputs[`addition.${add.id}`] = toDec(points);
    resultsExact = resultsExact.plus(toDec(points));
    return { id: add.id, label: add.label, points };
  });
  const resultsStep = roundStep(
    { value: resultsExact, formula: additions.length > 0 ? "weightedMeanPlusAdditions" : "weightedMean", inputs: resultsInputs },
    c.rounding.component,
  );
  // Behaviour is scored when the appraisal has ratings or a composition needs it (then ratings are required).
  const needsBehaviour = plan.scheme.matrix !== undefined || [...c.components, ...(c.componentsWithPeers ?? [])].some((x) => x.id === "behaviour");
  const b = c.behaviour && (a.ratings !== undefined || needsBehaviour) ? evaluateBehaviour(c.behaviour, a) : undefined;
  if (b) warnings.push(...b.warnings);
  const behaviourStep = b ? roundStep({ value: toDec(b.behaviour.score), formula: "behaviourScore", inputs: { behaviourScore: b.behaviour.score } }, c.rounding.component) : undefined;
  const composition = b?.behaviour.peersAndSubordinates && c.componentsWithPeers ? c.componentsWithPeers : c.components;
  let finalExact = ZERO;
  const finalInputs: Record<string, D> = {};
  const components = composition.map((comp, i) => {
    const at = `components[${i}]`;
    const step = comp.id === "results" ? resultsStep : behaviourStep;
    if (!step) throw new KinerjaError("INVALID_APPRAISAL", "the composition needs a behaviour score", [issue(["ratings"], "missing_ratings", "no ratings")]);
    const score = step.value;
    finalExact = finalExact.plus(comp.rawWeight.times(score));
    finalInputs[`score.${comp.id}`] = score;
    finalInputs[`weight.${comp.id}`] = comp.rawWeight;
    return {
      id: comp.id,
      weight: put(`${at}.weight`, { value: comp.weight, formula: "weightShare", inputs: { weight: comp.rawWeight, siblingsTotal: comp.total } }),
      score: put(`${at}.score`, step),
    };
  });
  const componentsTotal = composition.reduce((acc, comp) => acc.plus(comp.rawWeight), ZERO);
  const finalStep = roundStep({ value: finalExact.div(componentsTotal), formula: "composition", inputs: finalInputs }, c.rounding.final);
  const coverageText = put("coverage", { value: coverage, formula: "coverage", inputs: coverageInputs });
  const finalScore = put("final.score", finalStep);

  const scheme = plan.scheme;
  const resultsLevel = scheme.resultsRating ? levelOf(resultsStep.value, scheme.resultsRating) : undefined;
  const classified = c.classify === "rounded" ? finalStep.value : (finalStep.rounding?.exact ?? finalStep.value);
  let bandIndex: number;
  if (scheme.matrix && resultsLevel && b?.behaviour.rating) {
    // PermenPANRB 6/2022: the predikat comes from the matrix of the two ratings, not from the score.
    const behaviourLevel = b.behaviour.rating.id;
    const cell = scheme.matrix.cells.find((x) => x.results === resultsLevel && x.behaviour === behaviourLevel);
    bandIndex = c.bands.findIndex((x) => x.id === cell?.band);
  } else {
    bandIndex = classifyBand(classified, c.bands);
    if (c.bands.length > 0 && bandIndex < 0) warnings.push(warning("no_band", "final.score", { score: show(classified) }));
  }
  // Bands with extra conditions: an unmet condition moves the employee to the band below.
  const facts = new Map((a.facts ?? []).map((f) => [f.id, f.value]));
  for (let band = c.bands[bandIndex]; band?.requires && bandIndex >= 0; band = c.bands[bandIndex]) {
    const unmet = band.requires.find((r) => !facts.has(r.fact) || facts.get(r.fact) !== r.equals);
    if (!unmet) break;
    warnings.push(warning("band_condition", "final.band", { band: band.id, fact: unmet.fact, expected: unmet.equals, got: facts.get(unmet.fact) ?? null }));
    bandIndex -= 1;
  }
  const band = bandIndex >= 0 ? c.bands[bandIndex] : undefined;
  const ruled = c.rules
    ? applySchemeRules(c.rules, scheme, a, {
        finalScore,
        band: band ? band.id : null,
        resultsScore: show(resultsStep.value, resultsStep.rounding?.rule.places),
        resultsRating: resultsLevel ?? null,
        coverage: coverageText,
        perspectives,
        objectives,
        indicators,
        behaviour: b ? b.behaviour : null,
      })
    : undefined;

  return {
    kind: "kinerja.result",
    scheme: { id: plan.scheme.id, version: plan.scheme.version ?? null },
    appraisal: { id: a.id ?? null },
    employee: { id: a.employee.id, name: a.employee.name ?? null, unit: a.employee.unit ?? null, position: a.employee.position ?? null },
    period: a.period ?? plan.scheme.period ?? null,
    final: { score: finalScore, band: band ? { id: band.id, label: band.label } : null },
    components,
    additions,
    perspectives,
    objectives,
    indicators,
    resultsRating: resultsLevel ? { id: resultsLevel, label: RATING_LABELS[resultsLevel] } : null,
    behaviour: b ? b.behaviour : null,
    coverage: coverageText,
    warnings,
    rules: ruled ? ruled.rules : null,
    trace: b || ruled ? [...trace, ...(b ? b.trace : []), ...(ruled ? ruled.trace : [])] : trace,
  };
}
