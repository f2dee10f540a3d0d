import { R0 as ZERO, R1, R100 as HUNDRED, R2 as TWO, divide as div, rational, type Rational as D } from "../math/rational.js";
import type { RoundingRule } from "../math/round.js";
import { roundStep, type Step } from "../math/step.js";
import { KinerjaError, isKinerjaError, issue } from "../errors/kinerjaError.js";
import type { FormulaPlugin } from "./formulaPlugin.js";
import { isDecimalText } from "../schema/primitives.js";
import { unreachable } from "../errors/unreachable.js";
import type { BinaryPass, Direction, LowerFormula, MethodKind, RangeDecay, ZeroTargetRule } from "../concepts/vocabulary.js";


/** An indicator prepared for scoring (decimals built, defaults resolved). Produced by `compile`. */
export interface IndicatorRule {
  readonly direction: Direction;
  /** Lower-is-better formula: reflected `2 − a/t` (default) or inverse `t/a`. */
  readonly formula: LowerFormula;
  readonly method: MethodKind;
  /** For method `formula`: the plugin and its params (decimal text, no prototype). */
  readonly plugin?: { readonly fn: FormulaPlugin; readonly params: Readonly<Record<string, string>> } | undefined;
  readonly target: D | undefined;
  readonly baseline: D | undefined;
  readonly range: { readonly min: D; readonly max: D } | undefined;
  readonly pass: BinaryPass;
  /** Curve points (x = achievement %, y = score) or steps (x = from, y = score), ascending. */
  readonly points: readonly { readonly x: D; readonly y: D }[];
  /** Score below the first curve point / step. */
  readonly below: D;
  readonly cap: D | undefined;
  /** Range decay outside `[min, max]`: `edge` (below `a/min`, above `2 − a/max`) or `min` (CAMMS: both sides divide by `min`). */
  readonly rangeDecay: RangeDecay;
  readonly floor: D | undefined;
  readonly zeroTarget: ZeroTargetRule;
  /** Rounding of the achievement (before the method) and of the score (after cap/floor). */
  readonly rounding: { readonly achievement?: RoundingRule | undefined; readonly indicator?: RoundingRule | undefined };
}

/** The values of one indicator for one appraisal. */
export interface IndicatorValues {
  readonly actual: D;
  /** Individual target (overrides the rule's). */
  readonly target?: D | undefined;
  /** Individual baseline (overrides the rule's). */
  readonly baseline?: D | undefined;
}

/** Achievement (percent of target, 100 = met) and score of one indicator, each with its derivation. */
export interface IndicatorScore {
  readonly achievement: Step;
  readonly score: Step;
  /** The target used (scheme or individual), when the direction has one. */
  readonly target: D | undefined;
  /** The baseline used, for interpolation. */
  readonly baseline: D | undefined;
}

/**
 * Scores one indicator: achievement by direction (ratio, reflected/inverse for lower-is-better, range,
 * binary, baseline→target interpolation), then the method (identity, curve, steps), then cap and floor,
 * with the rounding steps the rule names. Division by zero is an error, never Infinity.
 *
 * @param rule - the compiled indicator
 * @param values - actual and optional individual target/baseline
 * @param path - where the values came from, used in error paths
 */
export function scoreIndicator(rule: IndicatorRule, values: IndicatorValues, path: readonly (string | number)[] = []): IndicatorScore {
  const target = values.target ?? rule.target;
  const baseline = values.baseline ?? rule.baseline;
  const achievement = roundStep(achievementOf(rule, values.actual, target, baseline, path), rule.rounding.achievement);
  const raw = methodOf(rule, achievement.value);
  return { achievement, score: roundStep(clamp(raw, rule), rule.rounding.indicator), target, baseline };
}

function need(value: D | undefined, name: string, path: readonly (string | number)[]): D {
  if (value === undefined) {
    throw new KinerjaError("INVALID_APPRAISAL", `no ${name} for this indicator`, [
      issue([...path, name], "missing_target", `the indicator has no ${name} in the scheme or the appraisal`),
    ]);
  }
  return value;
}

function achievementOf(rule: IndicatorRule, a: D, t0: D | undefined, b0: D | undefined, path: readonly (string | number)[]): Step {
  if (rule.direction === "range") {
    const range = rule.range as { min: D; max: D };
    const inputs = { actual: a, min: range.min, max: range.max };
    if (a.lt(range.min)) return { value: div(a, range.min, path).times(HUNDRED), formula: "rangeBelow", inputs };
    if (a.gt(range.max)) {
      return rule.rangeDecay === "min"
        ? { value: R1.minus(div(a.minus(range.max), range.min, path)).times(HUNDRED), formula: "rangeAboveByMin", inputs }
        : { value: TWO.minus(div(a, range.max, path)).times(HUNDRED), formula: "rangeAbove", inputs };
    }
    return { value: HUNDRED, formula: "rangeInside", inputs };
  }
  if (rule.method === "formula") return pluginAchievement(rule, a, t0, b0, path);
  const t = need(t0, "target", path);
  if (rule.method === "interpolate") {
    const b = need(b0, "baseline", path);
    if (b.eq(t) || (rule.direction === "higher" && t.lt(b)) || (rule.direction === "lower" && t.gt(b))) {
      throw new KinerjaError("INVALID_APPRAISAL", "baseline and target do not fit the direction", [
        issue([...path, "baseline"], "invalid_baseline", `baseline ${b.toFixed()} and target ${t.toFixed()} do not define a ${rule.direction}-is-better scale`),
      ]);
    }
    return { value: div(a.minus(b), t.minus(b), path).times(HUNDRED), formula: "interpolate", inputs: { actual: a, baseline: b, target: t } };
  }
  const inputs = { actual: a, target: t };
  if (rule.direction === "binary") {
    const met = rule.pass === "atLeast" ? a.gte(t) : a.lte(t);
    return { value: met ? HUNDRED : ZERO, formula: rule.pass === "atLeast" ? "binaryAtLeast" : "binaryAtMost", inputs };
  }
  const lower = rule.direction === "lower";
  if (t.isZero()) {
    if (rule.zeroTarget !== "binary") {
      throw new KinerjaError("ZERO_TARGET", "a ratio over a target of 0 is undefined", [
        issue([...path, "target"], "zero_target", "target is 0; set zeroTarget: 'binary' on the indicator or use interpolation"),
      ]);
    }
    const met = lower ? a.lte(ZERO) : a.gte(ZERO);
    return { value: met ? HUNDRED : ZERO, formula: lower ? "zeroTargetAtMost" : "zeroTargetAtLeast", inputs };
  }
  if (t.isNegative()) {
    // A negative target inverts the meaning of a plain ratio (the ratio methods of KPI scoring, docs/sources.md#methods).
    return lower
      ? { value: a.div(t).times(HUNDRED), formula: "ratio", inputs }
      : { value: TWO.minus(a.div(t)).times(HUNDRED), formula: "reflectedRatio", inputs };
  }
  if (!lower) return { value: a.div(t).times(HUNDRED), formula: "ratio", inputs };
  if (rule.formula === "reflected") return { value: TWO.minus(a.div(t)).times(HUNDRED), formula: "reflectedRatio", inputs };
  if (a.isZero() || a.isNegative()) {
    if (rule.cap === undefined) {
      throw new KinerjaError("DIVISION_BY_ZERO", "inverse ratio with an actual of 0 needs a cap", [
        issue([...path, "actual"], "division_by_zero", "actual is 0 (or below) under target/actual; give the indicator a cap"),
      ]);
    }
    return { value: rule.cap, formula: "inverseRatioAtCap", inputs };
  }
  return { value: t.div(a).times(HUNDRED), formula: "inverseRatio", inputs };
}

function methodOf(rule: IndicatorRule, x: D): Step {
  switch (rule.method) {
    case "ratio":
    case "interpolate":
    case "formula":
      return { value: x, formula: "achievement", inputs: { achievement: x } };
    case "curve":
      return curveOf(rule, x);
    case "steps": {
      let chosen: { x: D; y: D } | undefined;
      for (const s of rule.points) if (x.gte(s.x)) chosen = s;
      return chosen
        ? { value: chosen.y, formula: "steps", inputs: { achievement: x, from: chosen.x } }
        : { value: rule.below, formula: "stepsBelow", inputs: { achievement: x } };
    }
    default:
      return unreachable(rule.method);
  }
}

/** The piecewise-linear curve through the rule's points at achievement `x`. */
function curveOf(rule: IndicatorRule, x: D): Step {
  const pts = rule.points;
  const first = pts[0] as { x: D; y: D };
  const last = pts[pts.length - 1] as { x: D; y: D };
  if (x.lt(first.x)) return { value: rule.below, formula: "curveBelow", inputs: { achievement: x, threshold: first.x } };
  if (x.gte(last.x)) return { value: last.y, formula: "curveTop", inputs: { achievement: x, top: last.x } };
  // first.x ≤ x < last.x: the segment [lo, hi) that holds x.
  let i = 1;
  while (i < pts.length - 1 && x.gte((pts[i] as { x: D }).x)) i++;
  const lo = pts[i - 1] as { x: D; y: D };
  const hi = pts[i] as { x: D; y: D };
  const y = lo.y.plus(x.minus(lo.x).times(hi.y.minus(lo.y)).div(hi.x.minus(lo.x)));
  return { value: y, formula: "curve", inputs: { achievement: x, x0: lo.x, y0: lo.y, x1: hi.x, y1: hi.y } };
}

function clamp(step: Step, rule: IndicatorRule): Step {
  if (rule.cap !== undefined && step.value.gt(rule.cap)) return { ...step, value: rule.cap, clamp: { by: "cap", unclamped: step.value } };
  if (rule.floor !== undefined && step.value.lt(rule.floor)) return { ...step, value: rule.floor, clamp: { by: "floor", unclamped: step.value } };
  return step;
}


function pluginAchievement(rule: IndicatorRule, a: D, t: D | undefined, b: D | undefined, path: readonly (string | number)[]): Step {
  const plugin = rule.plugin as NonNullable<IndicatorRule["plugin"]>;
  const name = plugin.fn.name;
  const fail = (message: string): never => {
    throw new KinerjaError("PLUGIN_ERROR", `formula '${name}': ${message}`, [issue([...path, "actual"], "plugin_error", message)]);
  };
  let out: unknown;
  try {
    out = plugin.fn.achievement({ actual: a.toFixed(), target: t === undefined ? null : t.toFixed(), baseline: b === undefined ? null : b.toFixed(), params: plugin.params });
  } catch (e) {
    if (isKinerjaError(e)) throw e;
    fail(e instanceof Error ? e.message : "the plugin threw");
  }
  const o = out as { value?: unknown; inputs?: unknown } | null;
  if (typeof o !== "object" || o === null || typeof o.value !== "string" || !isDecimalText(o.value)) fail("expected { value: <decimal text> }");
  const inputs: Record<string, D | string> = { actual: a };
  if (t !== undefined) inputs["target"] = t;
  if (b !== undefined) inputs["baseline"] = b;
  for (const [k, v] of Object.entries(plugin.params)) inputs[`param.${k}`] = rational(v);
  const extra = (o as { inputs?: unknown }).inputs;
  if (extra !== undefined) {
    if (typeof extra !== "object" || extra === null) fail("'inputs' must be an object of decimal texts");
    for (const [k, v] of Object.entries(extra as Record<string, unknown>)) {
      if (typeof v !== "string" || !isDecimalText(v)) fail(`input '${k}' is not decimal text`);
      inputs[k] = rational(v as string);
    }
  }
  return { value: rational((o as { value: string }).value), formula: name, inputs };
}
