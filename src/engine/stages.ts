// The evaluation as pure stages over exact rationals: actuals → indicators → roll-up → additions →
// behaviour → composition → classification. Each stage takes the plan and the previous stages' values
// and returns values (with the formula and inputs of each number, for the trace); nothing here builds
// text or reads text back. `evaluate` assembles a Result and its trace from them (`assemble.ts`), `score`
// a Score, so both give the same numbers by construction.
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { R0, R1, rational, showRational, type Rational } from "../math/rational.js";
import { roundStep, type Step } from "../math/step.js";
import { scoreIndicator, type IndicatorScore } from "../indicator/scoreIndicator.js";
import { classifyBand } from "../rating/classifyBand.js";
import type { Appraisal } from "../schema/appraisal.js";
import type { FactValue } from "../schema/rules.js";
import { isDecimalText } from "../schema/primitives.js";
import type { Label } from "../schema/scheme.js";
import { RATING_LEVEL_LABELS, type RatingLevel } from "../concepts/vocabulary.js";
import type { Score } from "../schema/score.js";
import { warning, type ResultWarning } from "../schema/warnings.js";
import { textsOf } from "./compile.js";
import { behaviourStage, levelOf, type BehaviourStage } from "./evaluateBehaviour.js";
import { ruleFacts } from "./schemeRules.js";
import {
  COMPILED,
  type CompiledComponent,
  type CompiledIndicator,
  type CompiledNode,
  type CompiledObjective,
  type CompiledPerspective,
  type Plan,
} from "./plan.js";

/** One actual of the appraisal, matched to its indicator. */
export interface ActualRow {
  /** Index of the row in `appraisal.actuals`. */
  readonly i: number;
  readonly actual: Rational | null;
  readonly target: Rational | undefined;
  readonly baseline: Rational | undefined;
}

/** An indicator without an actual: the issue for `MISSING_ACTUAL` and the warning. */
export type MissingActual = KinerjaIssue & { readonly indicator: string };

/** A node's score in the roll-up and its effective weight. */
interface NodeState {
  readonly score: Rational | undefined;
  effective: Rational;
}

/** An addition (PP 46/2011 tugas tambahan, 8/2021 kinerja tambahan): points from a fact, capped. */
export interface AdditionValue {
  readonly id: string;
  readonly label: Label;
  readonly step: Step;
  /** Where the points came from (the fact), when the appraisal gave it. */
  readonly source: string | undefined;
}

/** Everything the stages computed for one appraisal. */
export interface Evaluation {
  readonly appraisal: Appraisal;
  readonly byIndicator: ReadonlyMap<number, ActualRow>;
  readonly missing: readonly MissingActual[];
  readonly indicators: readonly (IndicatorScore | undefined)[];
  /** Score and effective weight of every node (indicators, objectives, perspectives). */
  readonly state: ReadonlyMap<CompiledNode, NodeState>;
  /** The weighted-mean steps of the objectives and perspectives that have a score. */
  readonly nodeSteps: ReadonlyMap<CompiledNode, Step>;
  readonly allPresent: boolean;
  readonly coverage: Step;
  readonly additions: readonly AdditionValue[];
  /** The results component (weighted mean of the perspectives plus additions, rounded by the component rule). */
  readonly results: Step;
  readonly behaviour: BehaviourStage | undefined;
  /** The behaviour component (rounded by the component rule). */
  readonly behaviourStep: Step | undefined;
  readonly composition: readonly CompiledComponent[];
  readonly final: Step;
  readonly resultsLevel: RatingLevel | undefined;
  readonly bandIndex: number;
  /** The appraisal's facts the scheme's rules read, checked against their declarations (when the scheme has rules). */
  readonly factsForRules: ReadonlyMap<string, FactValue> | undefined;
  readonly warnings: readonly ResultWarning[];
}

/** Options of {@link runStages}. */
export interface StageOptions {
  /** Build the 360° report (groups, competencies, gaps) — `evaluate` does, `score` does not. */
  readonly report: boolean;
}

/** Runs every stage on a validated appraisal. Throws the engine's `KinerjaError`s. */
export function runStages(plan: Plan, a: Appraisal, options: StageOptions): Evaluation {
  const c = plan[COMPILED];
  const warnings: ResultWarning[] = [];
  const { byIndicator, missing } = actualsStage(plan, a);

  // Indicators.
  const indicators = c.indicators.map((ind) => {
    const row = byIndicator.get(ind.index);
    if (row === undefined || row.actual === null) return undefined;
    return scoreIndicator(ind.rule, { actual: row.actual, target: row.target, baseline: row.baseline }, ["actuals", row.i]);
  });

  // Roll-up: weighted mean of present children, re-normalised locally (raw weights, one division per node).
  const zeroMissing = c.missing.policy === "zero";
  const state = new Map<CompiledNode, NodeState>();
  for (const ind of c.indicators) {
    const s = indicators[ind.index];
    state.set(ind, { score: s ? s.score.value : zeroMissing ? R0 : undefined, effective: R0 });
  }
  const nodeSteps = new Map<CompiledNode, Step>();
  const rollUp = (node: CompiledObjective | CompiledPerspective, rule: typeof c.rounding.objective): void => {
    let sum = R0;
    let present = R0;
    const inputs: Record<string, Rational> = {};
    for (const child of node.children) {
      const s = (state.get(child) as NodeState).score;
      if (s === undefined) continue;
      sum = sum.plus(child.rawWeight.times(s));
      present = present.plus(child.rawWeight);
      inputs[`score.${child.id}`] = s;
      inputs[`weight.${child.id}`] = child.rawWeight;
    }
    if (present.isZero()) {
      state.set(node, { score: undefined, effective: R0 });
      return;
    }
    const step = roundStep({ value: sum.div(present), formula: "weightedMean", inputs }, rule);
    nodeSteps.set(node, step);
    state.set(node, { score: step.value, effective: R0 });
  };
  for (const o of c.objectives) rollUp(o, c.rounding.objective);
  for (const p of c.perspectives) rollUp(p, c.rounding.perspective);

  let sum = R0;
  let present = R0;
  const resultsInputs: Record<string, Rational> = {};
  for (const p of c.perspectives) {
    const s = (state.get(p) as NodeState).score;
    if (s === undefined) continue;
    sum = sum.plus(p.rawWeight.times(s));
    present = present.plus(p.rawWeight);
    resultsInputs[`score.${p.id}`] = s;
    resultsInputs[`weight.${p.id}`] = p.rawWeight;
  }

  // Effective weights, top-down: each present child's share of its present siblings × the parent's.
  // With every indicator present they are the plan's (computed by compile with the same arithmetic).
  const allPresent = c.indicators.every((ind) => (state.get(ind) as NodeState).score !== undefined);
  const spread = (children: readonly (CompiledObjective | CompiledIndicator | CompiledPerspective)[], parentEffective: Rational): void => {
    if (allPresent) {
      for (const ch of children) {
        (state.get(ch) as NodeState).effective = textsOf(ch).effectiveAllPresent;
        if (ch.kind !== "indicator") spread(ch.children, R0);
      }
      return;
    }
    let total = R0;
    for (const ch of children) if ((state.get(ch) as NodeState).score !== undefined) total = total.plus(ch.rawWeight);
    for (const ch of children) {
      const st = state.get(ch) as NodeState;
      st.effective = st.score === undefined || total.isZero() ? R0 : parentEffective.times(ch.rawWeight).div(total);
      if (ch.kind !== "indicator") spread(ch.children, st.effective);
    }
  };
  spread(c.perspectives, R1);

  // Coverage: the share of the scorecard's weight with an actual, rolled up like the scores (raw weights,
  // one division per node), so a complete appraisal has coverage exactly 1.
  const coverageInputs: Record<string, Rational> = {};
  const present01 = (node: CompiledPerspective | CompiledObjective | CompiledIndicator): Rational => {
    if (node.kind === "indicator") return indicators[node.index] ? R1 : R0;
    let num = R0;
    let den = R0;
    for (const ch of node.children) {
      num = num.plus(ch.rawWeight.times(present01(ch)));
      den = den.plus(ch.rawWeight);
    }
    return num.div(den);
  };
  let coverageNum = R0;
  let coverageDen = R0;
  const complete = missing.length === 0;
  for (const p of c.perspectives) {
    const share = complete ? R1 : present01(p);
    coverageNum = coverageNum.plus(p.rawWeight.times(share));
    coverageDen = coverageDen.plus(p.rawWeight);
    coverageInputs[`present.${p.id}`] = share;
    coverageInputs[`weight.${p.id}`] = p.rawWeight;
  }
  const coverage: Step = { value: coverageNum.div(coverageDen), formula: "coverage", inputs: coverageInputs };
  if (c.missing.minCoverage !== undefined && coverage.value.lt(c.missing.minCoverage)) {
    throw new KinerjaError(
      "INSUFFICIENT_COVERAGE",
      `only ${showRational(coverage.value)} of the scorecard's weight has actuals; the scheme requires ${showRational(c.missing.minCoverage)}`,
      missing,
    );
  }
  if (present.isZero()) throw new KinerjaError("INSUFFICIENT_COVERAGE", "no indicator has an actual", missing);
  for (const m of missing) warnings.push(warning("missing_actual", m.at, { indicator: m.indicator, policy: zeroMissing ? "zero" : "renormalize" }));

  // Additions, then the results component.
  const additions = additionsStage(plan, a);
  let resultsExact = sum.div(present);
  for (const add of additions) {
    resultsInputs[`addition.${add.id}`] = add.step.value;
    resultsExact = resultsExact.plus(add.step.value);
  }
  const results = roundStep(
    { value: resultsExact, formula: additions.length > 0 ? "weightedMeanPlusAdditions" : "weightedMean", inputs: resultsInputs },
    c.rounding.component,
  );

  // Behaviour: scored when the appraisal has ratings or the composition needs it (then ratings are required).
  const scheme = plan.scheme;
  const behaviour = c.behaviour && (a.ratings !== undefined || c.needsBehaviour) ? behaviourStage(c.behaviour, a, options.report) : undefined;
  if (behaviour) warnings.push(...behaviour.warnings);
  const behaviourStep = behaviour
    ? roundStep({ value: behaviour.score, formula: "behaviourScore", inputs: { behaviourScore: behaviour.score } }, c.rounding.component)
    : undefined;

  // Composition.
  const composition = behaviour?.peersAndSubordinates && c.componentsWithPeers ? c.componentsWithPeers : c.components;
  let finalExact = R0;
  let componentsTotal = R0;
  const finalInputs: Record<string, Rational> = {};
  for (const comp of composition) {
    const step = comp.id === "results" ? results : behaviourStep;
    if (!step) throw new KinerjaError("INVALID_APPRAISAL", "the composition needs a behaviour score", [issue(["ratings"], "missing_ratings", "no ratings")]);
    finalExact = finalExact.plus(comp.rawWeight.times(step.value));
    componentsTotal = componentsTotal.plus(comp.rawWeight);
    finalInputs[`score.${comp.id}`] = step.value;
    finalInputs[`weight.${comp.id}`] = comp.rawWeight;
  }
  const final = roundStep({ value: finalExact.div(componentsTotal), formula: "composition", inputs: finalInputs }, c.rounding.final);

  // Classification.
  const resultsLevel = c.resultsRating ? levelOf(results.value, c.resultsRating) : undefined;
  const classified = c.classify === "rounded" ? final.value : (final.rounding?.exact ?? final.value);
  let bandIndex: number;
  if (scheme.matrix && resultsLevel && behaviour?.rating) {
    // PermenPANRB 6/2022: the predikat comes from the matrix of the two ratings, not from the score.
    const behaviourLevel = behaviour.rating;
    const cell = scheme.matrix.cells.find((x) => x.results === resultsLevel && x.behaviour === behaviourLevel);
    bandIndex = c.bands.findIndex((x) => x.id === cell?.band);
  } else {
    bandIndex = classifyBand(classified, c.bands);
    if (c.bands.length > 0 && bandIndex < 0) warnings.push(warning("no_band", "final.score", { score: showRational(classified) }));
  }
  // Bands with extra conditions: an unmet condition moves the employee to the band below.
  if (c.bands.some((b) => b.requires)) {
    const facts = new Map((a.facts ?? []).map((f) => [f.id, f.value]));
    for (let band = c.bands[bandIndex]; band?.requires && bandIndex >= 0; band = c.bands[bandIndex]) {
      const unmet = band.requires.find((r) => !facts.has(r.fact) || facts.get(r.fact) !== r.equals);
      if (!unmet) break;
      warnings.push(warning("band_condition", "final.band", { band: band.id, fact: unmet.fact, expected: unmet.equals, got: facts.get(unmet.fact) ?? null }));
      bandIndex -= 1;
    }
  }

  // The facts the scheme's rules read: checked here, for `score` as for `evaluate` (which then runs the rules).
  const factsForRules = c.rules ? ruleFacts(c.rules, a) : undefined;

  return {
    appraisal: a,
    byIndicator,
    missing,
    indicators,
    state,
    nodeSteps,
    allPresent,
    coverage,
    additions,
    results,
    behaviour,
    behaviourStep,
    composition,
    final,
    resultsLevel,
    bandIndex,
    factsForRules,
    warnings,
  };
}

/** The fields a Result and a Score share: who and what was scored, and the decisions (band, ratings). */
export function outcomeOf(plan: Plan, e: Evaluation): Pick<Score, "scheme" | "appraisal" | "employee" | "period" | "resultsRating" | "behaviourRating"> & { readonly band: Score["final"]["band"] } {
  const scheme = plan.scheme;
  const a = e.appraisal;
  const band = e.bandIndex >= 0 ? plan[COMPILED].bands[e.bandIndex] : undefined;
  const behaviourLevel = e.behaviour?.rating ?? null;
  return {
    scheme: { id: scheme.id, version: scheme.version ?? null },
    appraisal: { id: a.id ?? null },
    employee: { id: a.employee.id, name: a.employee.name ?? null, unit: a.employee.unit ?? null, position: a.employee.position ?? null },
    period: a.period ?? scheme.period ?? null,
    band: band ? { id: band.id, label: band.label } : null,
    resultsRating: e.resultsLevel ? { id: e.resultsLevel, label: RATING_LEVEL_LABELS[e.resultsLevel] } : null,
    behaviourRating: behaviourLevel === null ? null : { id: behaviourLevel, label: RATING_LEVEL_LABELS[behaviourLevel] },
  };
}

/**
 * @internal How an appraisal fits the plan, read defensively (it may be only partly valid): unknown and
 * repeated indicators, repeated facts, a period that ends before it starts or lies outside the scheme's.
 * `evaluate` and `score` throw these as `INVALID_APPRAISAL`; `validateAppraisal` reports them beside the
 * shape issues of an appraisal that is not valid as a whole.
 */
export function fitIssues(plan: Plan, a: { readonly actuals?: unknown; readonly facts?: unknown; readonly period?: unknown }): KinerjaIssue[] {
  const c = plan[COMPILED];
  const problems: KinerjaIssue[] = [];
  const idOf = (row: unknown, key: string): string | undefined => {
    const v = typeof row === "object" && row !== null && Object.hasOwn(row, key) ? (row as Record<string, unknown>)[key] : undefined;
    return typeof v === "string" ? v : undefined;
  };
  if (Array.isArray(a.actuals)) {
    const seen = new Set<number>();
    a.actuals.forEach((row: unknown, i) => {
      const id = idOf(row, "indicator");
      if (id === undefined) return;
      const idx = c.indicatorIndex.get(id);
      if (idx === undefined) problems.push(issue(["actuals", i, "indicator"], "unknown_reference", `unknown indicator '${id}'`));
      else if (seen.has(idx)) problems.push(issue(["actuals", i, "indicator"], "duplicate_id", `indicator '${id}' is listed twice`));
      else seen.add(idx);
    });
  }
  if (Array.isArray(a.facts)) {
    const factIds = new Set<string>();
    a.facts.forEach((f: unknown, i) => {
      const id = idOf(f, "id");
      if (id === undefined) return;
      if (factIds.has(id)) problems.push(issue(["facts", i, "id"], "duplicate_id", `fact '${id}' is listed twice`));
      factIds.add(id);
    });
  }
  const start = idOf(a.period, "start");
  const end = idOf(a.period, "end");
  if (start !== undefined && end !== undefined) {
    const sp = plan.scheme.period;
    if (start > end) problems.push(issue(["period", "end"], "invalid_period", "the period ends before it starts"));
    else if (sp && (start < sp.start || end > sp.end)) {
      problems.push(issue(["period"], "outside_period", `the appraisal's period ${start}–${end} lies outside the scheme's period ${sp.start}–${sp.end}`));
    }
  }
  return problems;
}

/** Actuals by indicator, once the appraisal is known to fit the plan ({@link fitIssues}). */
function actualsStage(plan: Plan, a: Appraisal): { byIndicator: Map<number, ActualRow>; missing: MissingActual[] } {
  const c = plan[COMPILED];
  const problems = fitIssues(plan, a);
  if (problems.length > 0) throw new KinerjaError("INVALID_APPRAISAL", "the appraisal does not fit the scheme", problems);
  const byIndicator = new Map<number, ActualRow>();
  a.actuals.forEach((row, i) => {
    byIndicator.set(c.indicatorIndex.get(row.indicator) as number, {
      i,
      actual: row.actual === null ? null : rational(row.actual),
      target: row.target === undefined ? undefined : rational(row.target),
      baseline: row.baseline === undefined ? undefined : rational(row.baseline),
    });
  });

  const missing: MissingActual[] = [];
  for (const ind of c.indicators) {
    const row = byIndicator.get(ind.index);
    if (row === undefined || row.actual === null) {
      const at = row === undefined ? ["actuals"] : ["actuals", row.i, "actual"];
      missing.push({ ...issue(at, "missing_actual", `no actual for indicator '${ind.id}'`), indicator: ind.id });
    }
  }
  if (c.missing.policy === "fail" && missing.length > 0) {
    throw new KinerjaError("MISSING_ACTUAL", "actuals are missing and the scheme's missing-data policy is 'fail'", missing);
  }
  return { byIndicator, missing };
}

/** The scheme's additions: each fact's points (0 when the fact is absent), capped at the addition's max. */
function additionsStage(plan: Plan, a: Appraisal): AdditionValue[] {
  const list = plan.scheme.additions;
  if (!list || list.length === 0) return [];
  const factIndex = new Map((a.facts ?? []).map((f, i) => [f.id, i]));
  const caps = plan[COMPILED].additionCaps;
  return list.map((add, i) => {
    const fi = factIndex.get(add.fact);
    const raw = fi === undefined ? undefined : (a.facts as NonNullable<typeof a.facts>)[fi]?.value;
    let value = R0;
    if (raw !== undefined) {
      const text = typeof raw === "number" ? String(raw) : raw;
      if (typeof text !== "string" || !isDecimalText(text)) {
        throw new KinerjaError("INVALID_APPRAISAL", `fact '${add.fact}' must be a number`, [issue(["facts", fi as number, "value"], "invalid_type", `addition '${add.id}' needs a number`)]);
      }
      value = rational(text);
    }
    const max = caps[i];
    const capped = max !== undefined && value.gt(max);
    const step: Step = {
      value: capped ? (max as Rational) : value,
      formula: "addition",
      inputs: max === undefined ? { value } : { value, max },
      ...(capped ? { clamp: { by: "cap" as const, unclamped: value } } : {}),
    };
    return { id: add.id, label: add.label, step, source: fi === undefined ? undefined : `appraisal.facts[${fi}].value` };
  });
}
