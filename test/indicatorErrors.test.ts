// What `scoreIndicator` says when it cannot score (code, path, message; docs/errors.md), the formula
// names of the trace for negative targets and the plain methods, and a formula plugin's contract
// (src/indicator/formulaPlugin.ts): what it receives, that its KinerjaError propagates unchanged, and
// what a malformed answer gives.
import { describe, expect, test } from "vitest";
import { KinerjaError, compile, evaluate, type FormulaPlugin } from "../src/index.js";
import { scoreIndicator, type IndicatorRule } from "../src/indicator/scoreIndicator.js";
import { rational } from "../src/math/rational.js";
import { appraisal1, expectError, first, scheme1, traceAt } from "./helpers.js";

describe("indicators that cannot be scored", () => {
  test("no target: INVALID_APPRAISAL at the row's target, naming what is missing", () => {
    const e = expectError(() => evaluate(scheme1({}), appraisal1(5)), "INVALID_APPRAISAL", "actuals[0].target", "missing_target");
    expect(e.message).toContain("no target for this indicator");
    expect(e.issues[0]?.message).toBe("the indicator has no target in the scheme or the appraisal");
  });
  test("interpolation with a baseline that does not fit the direction", () => {
    const f = expectError(() => evaluate(scheme1({ target: 10, method: { kind: "interpolate", baseline: 2 } }), appraisal1(5, { baseline: 20 })), "INVALID_APPRAISAL", "actuals[0].baseline", "invalid_baseline");
    expect(f.message).toContain("baseline and target do not fit the direction");
    expect(f.issues[0]?.message).toBe("baseline 20 and target 10 do not define a higher-is-better scale");
  });
  test("a target of 0 under a ratio, and an inverse ratio at an actual of 0 without a cap", () => {
    const e = expectError(() => evaluate(scheme1({ target: 10 }), appraisal1(5, { target: 0 })), "ZERO_TARGET", "actuals[0].target", "zero_target");
    expect(e.message).toContain("a ratio over a target of 0 is undefined");
    expect(e.issues[0]?.message).toContain("set zeroTarget: 'binary'");
    const inverse = { target: 10, direction: "lower" as const, method: { kind: "ratio" as const, formula: "inverse" as const } };
    const f = expectError(() => evaluate(scheme1(inverse), appraisal1(0)), "DIVISION_BY_ZERO", "actuals[0].actual", "division_by_zero");
    expect(f.message).toContain("inverse ratio with an actual of 0 needs a cap");
    expect(f.issues[0]?.message).toContain("give the indicator a cap");
  });
  test("called without a path, the issue's path starts at the field", () => {
    const rule: IndicatorRule = {
      direction: "higher",
      formula: "reflected",
      method: "ratio",
      target: rational(0),
      baseline: undefined,
      range: undefined,
      pass: "atLeast",
      points: [],
      below: rational(0),
      cap: undefined,
      rangeDecay: "edge",
      floor: undefined,
      zeroTarget: "error",
      rounding: {},
    };
    expectError(() => scoreIndicator(rule, { actual: rational(1) }), "ZERO_TARGET", "target", "zero_target");
  });
});

describe("trace formulas", () => {
  test("a negative target: lower-is-better is the plain ratio, higher-is-better the reflected one (docs/sources.md#methods)", () => {
    // Lower: −5 / −10 = 0.5 → 50; higher: 2 − (−5 / −10) = 1.5 → 150.
    const lower = evaluate(scheme1({ target: -10, direction: "lower" }), appraisal1(-5));
    expect([traceAt(lower, "indicators[0].achievement").formula, first(lower.indicators).achievement]).toEqual(["ratio", "50"]);
    const higher = evaluate(scheme1({ target: -10 }), appraisal1(-5));
    expect([traceAt(higher, "indicators[0].achievement").formula, first(higher.indicators).achievement]).toEqual(["reflectedRatio", "150"]);
  });
  test("the plain methods pass the achievement on as the score; steps below the first name the achievement", () => {
    const r = evaluate(scheme1({ target: 8 }), appraisal1(6));
    const s = traceAt(r, "indicators[0].score");
    expect([s.formula, s.inputs]).toEqual(["achievement", { achievement: "75" }]);
    const steps = evaluate(scheme1({ target: 10, method: { kind: "steps", steps: [{ from: 80, score: 100 }], below: 20 } }), appraisal1(5));
    const b = traceAt(steps, "indicators[0].score");
    expect([b.formula, b.value, b.inputs]).toEqual(["stepsBelow", "20", { achievement: "50" }]);
  });
});

describe("formula plugins: the contract", () => {
  const seen: unknown[] = [];
  const echo: FormulaPlugin = {
    name: "test.echo",
    achievement: (input) => {
      seen.push(input);
      return { value: input.actual };
    },
  };
  const plugin = (name: string, achievement: FormulaPlugin["achievement"]): FormulaPlugin => ({ name, achievement });
  const run = (p: FormulaPlugin, ind: Record<string, unknown> = {}) => evaluate(scheme1({ ...ind, method: { kind: "formula", name: p.name } }), appraisal1(7), { formulas: [p] });

  test("without a target or baseline the plugin gets null for them, and the trace has no such inputs", () => {
    seen.length = 0;
    const r = run(echo);
    expect(seen).toEqual([{ actual: "7", target: null, baseline: null, params: {} }]);
    expect(traceAt(r, "indicators[0].achievement").inputs).toEqual({ actual: "7" });
    const withTarget = run(echo, { target: 10 });
    expect(traceAt(withTarget, "indicators[0].achievement").inputs).toEqual({ actual: "7", target: "10" });
  });
  test("a KinerjaError from the plugin propagates unchanged; anything else thrown is PLUGIN_ERROR with its message", () => {
    const own = new KinerjaError("INVALID_INPUT", "the plugin's own check", []);
    expect(() => run(plugin("test.own", () => { throw own; }))).toThrow(own);
    const e = expectError(() => run(plugin("test.boom", () => { throw new Error("boom"); })), "PLUGIN_ERROR", "actuals[0].actual", "plugin_error");
    expect([e.message.includes("formula 'test.boom': boom"), e.issues[0]?.message]).toEqual([true, "boom"]);
    const s = expectError(() => run(plugin("test.string", () => { throw "no"; })), "PLUGIN_ERROR", "actuals[0].actual", "plugin_error");
    expect(s.issues[0]?.message).toBe("the plugin threw");
  });
  test("a malformed answer is PLUGIN_ERROR saying what was expected", () => {
    for (const bad of [null, 42, {}, { value: 85 }, { value: "85%" }]) {
      const e = expectError(() => run(plugin("test.bad", () => bad as never)), "PLUGIN_ERROR", "actuals[0].actual", "plugin_error");
      expect(e.issues[0]?.message).toBe("expected { value: <decimal text> }");
    }
    for (const inputs of [null, "x", 3]) {
      const e = expectError(() => run(plugin("test.inputs", () => ({ value: "1", inputs }) as never)), "PLUGIN_ERROR", "actuals[0].actual", "plugin_error");
      expect(e.issues[0]?.message).toBe("'inputs' must be an object of decimal texts");
    }
    const e = expectError(() => run(plugin("test.input", () => ({ value: "1", inputs: { ok: "2", rate: "two" } }))), "PLUGIN_ERROR", "actuals[0].actual", "plugin_error");
    expect(e.issues[0]?.message).toBe("input 'rate' is not decimal text");
  });
  test("a formula given twice is INVALID_INPUT naming it", () => {
    const e = expectError(() => compile(scheme1({ method: { kind: "formula", name: "test.echo" } }), { formulas: [echo, echo] }), "INVALID_INPUT", "formulas[1].name");
    expect(e.issues.map((i) => i.message).join(" ")).toContain("formula 'test.echo' is given twice");
  });
});
