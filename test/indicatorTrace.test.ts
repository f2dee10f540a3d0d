// The indicator stage's decisions and their trace, one case per branch: which formula is named, with which
// inputs, and the value (each computed by hand from reference formulas: higher-is-better ratio (docs/sources.md#methods), docs/concepts.md).
// Written to kill the mutants that survived in issue 17 (wrong-side baselines, the curve segment, the checks
// of a plugin's output, the −0 display, the trace's inputs and formula names).
import { describe, expect, it } from "vitest";
import { compile, evaluate, KinerjaError, type FormulaPlugin } from "../src/index.js";
import { show, Dec } from "../src/math/decimal.js";
import { appraisal1, expectError, run1, scheme1, traceAt } from "./helpers.js";

type Case = readonly [name: string, ind: Parameters<typeof run1>[0], actual: string, formula: string, inputs: Record<string, string>, value: string];

const CASES: readonly Case[] = [
  ["ratio a/t: 170/200", { target: 200 }, "170", "ratio", { actual: "170", target: "200" }, "85"],
  ["reflected 2 − a/t: a 10 t 8", { target: 8, direction: "lower" }, "10", "reflectedRatio", { actual: "10", target: "8" }, "75"],
  ["inverse t/a: a 10 t 8", { target: 8, direction: "lower", method: { kind: "ratio", formula: "inverse" } }, "10", "inverseRatio", { actual: "10", target: "8" }, "80"],
  ["inverse at a = 0 takes the cap", { target: 8, direction: "lower", method: { kind: "ratio", formula: "inverse" }, cap: 150 }, "0", "inverseRatioAtCap", { actual: "0", target: "8" }, "150"],
  ["range below: a/min", { direction: "range", range: { min: 30, max: 45 } }, "24", "rangeBelow", { actual: "24", min: "30", max: "45" }, "80"],
  ["range inside: 100", { direction: "range", range: { min: 30, max: 45 } }, "30", "rangeInside", { actual: "30", min: "30", max: "45" }, "100"],
  ["range above (edge): 2 − a/max", { direction: "range", range: { min: 30, max: 45 } }, "54", "rangeAbove", { actual: "54", min: "30", max: "45" }, "80"],
  ["range above (min decay): 1 − (a − max)/min", { direction: "range", range: { min: 30, max: 45, decay: "min" } }, "51", "rangeAboveByMin", { actual: "51", min: "30", max: "45" }, "80"],
  ["binary at least: a ≥ t", { target: 5, direction: "binary" }, "5", "binaryAtLeast", { actual: "5", target: "5" }, "100"],
  ["binary at most: a > t fails", { target: 5, direction: "binary", pass: "atMost" }, "6", "binaryAtMost", { actual: "6", target: "5" }, "0"],
  ["interpolate: b 15 t 45 a 30", { target: 45, method: { kind: "interpolate", baseline: 15 } }, "30", "interpolate", { actual: "30", baseline: "15", target: "45" }, "50"],
];

describe("achievement: formula names, inputs and values of every branch", () => {
  for (const [name, ind, actual, formula, inputs, value] of CASES) {
    it(name, () => {
      const t = traceAt(run1(ind, actual), "indicators[0].achievement");
      expect(t.formula).toBe(formula);
      expect(t.inputs).toEqual(inputs);
      expect(t.value).toBe(value);
    });
  }

  it("a zero target under the binary rule names its side: zeroTargetAtLeast / zeroTargetAtMost", () => {
    const up = traceAt(run1({ target: 0, zeroTarget: "binary" }, "3"), "indicators[0].achievement");
    expect([up.formula, up.value]).toEqual(["zeroTargetAtLeast", "100"]);
    const down = traceAt(run1({ target: 0, zeroTarget: "binary", direction: "lower" }, "3"), "indicators[0].achievement");
    expect([down.formula, down.value]).toEqual(["zeroTargetAtMost", "0"]);
  });
});

describe("interpolation refuses a baseline on the wrong side of the target (docs/sources.md#methods)", () => {
  it("higher is better: a baseline above the target is INVALID_APPRAISAL invalid_baseline", () => {
    expectError(() => run1({ target: 15, method: { kind: "interpolate" } }, "20", { baseline: 45 }), "INVALID_APPRAISAL", "actuals[0].baseline", "invalid_baseline");
  });
  it("lower is better: a baseline below the target is INVALID_APPRAISAL invalid_baseline", () => {
    expectError(() => run1({ target: 12, direction: "lower", method: { kind: "interpolate" } }, "10", { baseline: 8 }), "INVALID_APPRAISAL", "actuals[0].baseline", "invalid_baseline");
  });
  it("the right sides are accepted: lower b 12 t 8 a 10 → (10 − 12)/(8 − 12) = 50", () => {
    expect(traceAt(run1({ target: 8, direction: "lower", method: { kind: "interpolate" } }, "10", { baseline: 12 }), "indicators[0].achievement").value).toBe("50");
  });
});

describe("curve: the segment that holds the achievement (docs/sources.md#methods)", () => {
  const curve = { target: 100, method: { kind: "curve" as const, points: [{ x: 50, y: 20 }, { x: 100, y: 100 }, { x: 150, y: 110 }], below: 5 } };
  const at = (a: string) => traceAt(run1(curve, a), "indicators[0].score");
  it("first segment: 75 → 20 + (75 − 50)·(100 − 20)/(100 − 50) = 60", () => {
    const t = at("75");
    expect([t.formula, t.value]).toEqual(["curve", "60"]);
    expect(t.inputs).toEqual({ achievement: "75", x0: "50", y0: "20", x1: "100", y1: "100" });
  });
  it("second segment: 125 → 100 + 25·10/50 = 105; a point itself starts the segment above it (100 → 100)", () => {
    const t = at("125");
    expect([t.value, t.inputs["x0"], t.inputs["x1"]]).toEqual(["105", "100", "150"]);
    const p = at("100");
    expect([p.value, p.inputs["x0"]]).toEqual(["100", "100"]);
  });
  it("below the first point `below` (curveBelow), from the last point its y (curveTop)", () => {
    const lo = at("49.99");
    expect([lo.formula, lo.value, lo.inputs["threshold"]]).toEqual(["curveBelow", "5", "50"]);
    const hi = at("150");
    expect([hi.formula, hi.value, hi.inputs["top"]]).toEqual(["curveTop", "110", "150"]);
  });
  it("steps: the last step reached (steps, from), none reached (stepsBelow)", () => {
    const steps = { target: 100, method: { kind: "steps" as const, steps: [{ from: 70, score: 60 }, { from: 90, score: 80 }], below: 10 } };
    const s = traceAt(run1(steps, "95"), "indicators[0].score");
    expect([s.formula, s.value, s.inputs["from"]]).toEqual(["steps", "80", "90"]);
    const b = traceAt(run1(steps, "69"), "indicators[0].score");
    expect([b.formula, b.value]).toEqual(["stepsBelow", "10"]);
  });
});

describe("every check of a formula plugin's output (PLUGIN_ERROR at the actual)", () => {
  const withPlugin = (achievement: FormulaPlugin["achievement"]) => compile(scheme1({ target: 8, method: { kind: "formula", name: "t.p" } }), { formulas: [{ name: "t.p", achievement }] });
  const bad: readonly [string, FormulaPlugin["achievement"]][] = [
    ["null", () => null as never],
    ["no value", () => ({}) as never],
    ["inputs not an object", () => ({ value: "1", inputs: "x" }) as never],
    ["inputs null", () => ({ value: "1", inputs: null }) as never],
    ["an input that is a number", () => ({ value: "1", inputs: { x: 5 } }) as never],
    ["a thrown string", () => { throw "boom"; }],
  ];
  for (const [name, fn] of bad) {
    it(name, () => {
      expectError(() => evaluate(withPlugin(fn), appraisal1(4)), "PLUGIN_ERROR", "actuals[0].actual", "plugin_error");
    });
  }
  it("a KinerjaError thrown by the plugin passes through with its own code", () => {
    const own = () => {
      throw new KinerjaError("ZERO_TARGET", "mine", []);
    };
    expect(() => evaluate(withPlugin(own), appraisal1(4))).toThrow(/ZERO_TARGET: mine/);
  });
  it("the trace names the plugin and lists actual, target, baseline, params and the plugin's inputs", () => {
    const plan = compile(scheme1({ target: 8, method: { kind: "formula", name: "t.p", params: { k: 2 } } }), { formulas: [{ name: "t.p", achievement: (i) => ({ value: "50", inputs: { half: "0.5", seen: i.baseline ?? "0" } }) }] });
    const t = traceAt(evaluate(plan, appraisal1(4, { baseline: 3 })), "indicators[0].achievement");
    expect(t.formula).toBe("t.p");
    expect(t.inputs).toEqual({ actual: "4", target: "8", baseline: "3", "param.k": "2", half: "0.5", seen: "3" });
    expect(t.value).toBe("50");
  });
});

describe("−0 is never shown", () => {
  it("show(−0) is 0 and 0.00", () => {
    expect(show(new Dec("-0"))).toBe("0");
    expect(show(new Dec("-0"), 2)).toBe("0.00");
    expect(show(new Dec("-0.001").toDecimalPlaces(2))).toBe("0");
  });
  it("a ratio whose exact value is −0 (0 over a negative target, lower is better) reads 0 in the result and the trace", () => {
    const r = run1({ target: -10, direction: "lower" }, "0");
    expect(r.indicators[0]?.achievement).toBe("0");
    expect(traceAt(r, "indicators[0].achievement").value).toBe("0");
  });
});
