// The engine (src/engine/compile.ts, src/engine/evaluate.ts): weighting, hierarchy roll-up, missing
// data, coverage, bands, rounding policy, trace, plans and JSON results. Expected values are the
// vectors of missing values (docs/sources.md#methods), recomputed by hand in the comments.
import { describe, expect, it } from "vitest";
import { compile, evaluate, isPlan, type AppraisalInput, type RoundingMode, type SchemeInput } from "../src/index.js";
import { X, byId, expectDec, expectError, expectFullyTraced, nth, run1, traceAt } from "./helpers.js";

/**
 * hierarchical weights (docs/sources.md#methods): Financial 30 %, Customer 40 %, Internal 20 %, Learning 10 %; Customer has two
 * objectives A and B, 50/50; objective A has KPI1 60 % and KPI2 40 %. Every KPI has target 100, so
 * its score equals its actual.
 */
function hierarchy(policy: "renormalize" | "zero" | "fail" = "renormalize", minCoverage?: string): SchemeInput {
  return {
    id: "bsc-2-2",
    version: "v1",
    perspectives: [
      { id: "financial", label: { id: "Keuangan", en: "Financial" }, weight: 30 },
      { id: "customer", label: { id: "Pelanggan", en: "Customer" }, weight: 40 },
      { id: "internal", label: { id: "Proses Internal", en: "Internal" }, weight: 20 },
      { id: "learning", label: { id: "Pembelajaran", en: "Learning" }, weight: 10 },
    ],
    objectives: [
      { id: "objA", perspective: "customer", label: "Sasaran A", weight: 50 },
      { id: "objB", perspective: "customer", label: "Sasaran B", weight: 50 },
    ],
    indicators: [
      { id: "kpi1", label: "KPI 1", objective: "objA", weight: 60, target: 100 },
      { id: "kpi2", label: "KPI 2", objective: "objA", weight: 40, target: 100 },
      { id: "kpiB", label: "KPI B", objective: "objB", target: 100 },
      { id: "fin", label: "Keuangan", perspective: "financial", target: 100 },
      { id: "int", label: "Internal", perspective: "internal", target: 100 },
      { id: "learn", label: "Belajar", perspective: "learning", target: 100 },
    ],
    missing: minCoverage === undefined ? { policy } : { policy, minCoverage },
  };
}

/** hierarchical weights (docs/sources.md#methods) scores: KPI1 0.9, KPI2 missing, objective B 0.7, Financial 0.8, Internal 0.6, Learning 1.0. */
const hierarchyActuals = (kpi2: number | null | "omit" = "omit"): AppraisalInput => ({
  id: "A-2026",
  employee: { id: "E1", name: "Siti" },
  actuals: [
    { indicator: "kpi1", actual: 90 },
    ...(kpi2 === "omit" ? [] : [{ indicator: "kpi2", actual: kpi2 }]),
    { indicator: "kpiB", actual: 70 },
    { indicator: "fin", actual: 80 },
    { indicator: "int", actual: 60 },
    { indicator: "learn", actual: 100 },
  ],
});

/** One perspective with indicators directly under it, with the given weights; every target 100. */
function flat(weights: readonly (number | string | undefined)[], extra: Partial<SchemeInput> = {}): SchemeInput {
  return {
    id: "flat",
    perspectives: [{ id: "p", label: "P" }],
    indicators: weights.map((w, i) => ({ id: `k${i}`, label: `K${i}`, perspective: "p", target: 100, ...(w === undefined ? {} : { weight: w }) })),
    ...extra,
  };
}

const actualsOf = (values: readonly (number | string | null)[]): AppraisalInput => ({
  employee: { id: "E1" },
  actuals: values.map((v, i) => ({ indicator: `k${i}`, actual: v })),
});

describe("hierarchical weights (docs/sources.md#methods)", () => {
  it("recomputed vector: absolute weight of KPI1 = 0.4 × 0.5 × 0.6 = 0.12; KPI2 0.08; objective B 0.20", () => {
    const r = evaluate(hierarchy(), hierarchyActuals(50));
    expectDec(byId(r.indicators, "kpi1").absoluteWeight, "0.12");
    expectDec(byId(r.indicators, "kpi2").absoluteWeight, "0.08");
    expectDec(byId(r.objectives, "objB").absoluteWeight, "0.2");
    expectDec(byId(r.objectives, "objA").weight, "0.5");
    expectDec(byId(r.indicators, "kpi1").weight, "0.6");
    expectDec(byId(r.perspectives, "customer").weight, "0.4");
    expectDec(byId(r.indicators, "fin").absoluteWeight, "0.3");
  });

  it("hierarchical weights (docs/sources.md#methods): with no missing data Σ A(leaf)·s equals the nested weighted mean (KPI2 = 50 → 74.8)", () => {
    // Nested: A = 0.6·90 + 0.4·50 = 74; Customer = 0.5·74 + 0.5·70 = 72; total = 0.3·80 + 0.4·72 + 0.2·60 + 0.1·100 = 74.8.
    // Flattened: 0.12·90 + 0.08·50 + 0.2·70 + 0.3·80 + 0.2·60 + 0.1·100 = 74.8.
    const r = evaluate(hierarchy(), hierarchyActuals(50));
    expectDec(byId(r.objectives, "objA").score, 74);
    expectDec(byId(r.perspectives, "customer").score, 72);
    expect(r.final.score).toBe("74.80");
    const flattened = r.indicators.reduce((acc, i) => acc.plus(new X(i.absoluteWeight).times(i.score ?? 0)), new X(0));
    expectDec(traceAt(r, "final.score").rounding?.exact, flattened);
    expectDec(r.coverage, 1);
  });

  it("recomputed vector: missing KPI2, local renormalisation → 0.7800 (78.00 points)", () => {
    // A = 0.9 (KPI1 alone); Customer = 0.5·0.9 + 0.5·0.7 = 0.8; total = 0.3·0.8 + 0.4·0.8 + 0.2·0.6 + 0.1·1.0 = 0.78.
    const r = evaluate(hierarchy(), hierarchyActuals());
    expectDec(byId(r.objectives, "objA").score, 90);
    expectDec(byId(r.perspectives, "customer").score, 80);
    expect(r.final.score).toBe("78.00");
    const kpi2 = byId(r.indicators, "kpi2");
    expect(kpi2.status).toBe("missing");
    expect(kpi2.score).toBeNull();
    expectDec(kpi2.effectiveWeight, 0);
    expectDec(kpi2.absoluteWeight, "0.08");
    // KPI1 takes objective A's whole share: 0.4 × 0.5 × 1 = 0.2.
    expectDec(byId(r.indicators, "kpi1").effectiveWeight, "0.2");
    expectDec(byId(r.indicators, "kpi1").contribution, 18);
    // Coverage: 1 − 0.08.
    expectDec(r.coverage, "0.92");
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: "missing_actual", at: "actuals" }));
  });

  it("hierarchical weights (docs/sources.md#methods): kinerja renormalises locally, so the global renormalisation 0.7696 is NOT its answer", () => {
    // Global: (0.24 + 0.108 + 0.14 + 0.12 + 0.10) / 0.92 = 0.7696. kinerja implements local renormalisation only.
    const r = evaluate(hierarchy(), hierarchyActuals());
    expect(r.final.score).not.toBe("76.96");
    expect(r.final.score).toBe("78.00");
  });

  it("recomputed vector: missing KPI2 counted as zero → 0.7080 (70.80 points)", () => {
    // A = 0.6·0.9 + 0.4·0 = 0.54; Customer = 0.5·0.54 + 0.5·0.7 = 0.62; total = 0.24 + 0.248 + 0.12 + 0.1 = 0.708.
    const r = evaluate(hierarchy("zero"), hierarchyActuals());
    expectDec(byId(r.objectives, "objA").score, 54);
    expectDec(byId(r.perspectives, "customer").score, 62);
    expect(r.final.score).toBe("70.80");
    const kpi2 = byId(r.indicators, "kpi2");
    expect(kpi2.status).toBe("zeroed");
    expectDec(kpi2.score, 0);
    expectDec(kpi2.effectiveWeight, "0.08");
    // The coverage counts only indicators with an actual.
    expectDec(r.coverage, "0.92");
  });

  it("an actual given as null is missing too (same result as leaving the indicator out, warning at the null)", () => {
    const omitted = evaluate(hierarchy(), hierarchyActuals());
    const nulled = evaluate(hierarchy(), hierarchyActuals(null));
    expect(nulled.final.score).toBe(omitted.final.score);
    expect(nulled.warnings).toContainEqual(expect.objectContaining({ code: "missing_actual", at: "actuals[1].actual" }));
  });

  it("effective weights of the present indicators sum to 1 and the contributions sum to the results score", () => {
    const r = evaluate(hierarchy(), hierarchyActuals());
    const eff = r.indicators.reduce((acc, i) => acc.plus(i.effectiveWeight), new X(0));
    expectDec(eff.toFixed(), 1, 30);
    const contributions = r.indicators.reduce((acc, i) => acc.plus(i.contribution ?? 0), new X(0));
    expectDec(contributions.toFixed(), nth(r.components, 0).score, 30);
  });

  it("a perspective whose indicators are all missing is `missing` and its weight is re-spread", () => {
    const r = evaluate(hierarchy(), { employee: { id: "E1" }, actuals: [{ indicator: "fin", actual: 80 }, { indicator: "int", actual: 60 }, { indicator: "learn", actual: 100 }] });
    const customer = byId(r.perspectives, "customer");
    expect(customer.status).toBe("missing");
    expect(customer.score).toBeNull();
    // (0.3·80 + 0.2·60 + 0.1·100) / 0.6 = 46 / 0.6 = 76.666…
    expect(r.final.score).toBe("76.67");
    expectDec(byId(r.perspectives, "financial").effectiveWeight, "0.5");
  });
});

describe("relative weights (docs/sources.md#methods)", () => {
  it("recomputed vector: weights (2, 5, 7) → 0.142857… / 0.357142… / 0.5", () => {
    const r = evaluate(flat([2, 5, 7]), actualsOf([100, 100, 100]));
    expectDec(nth(r.indicators, 0).weight, new X(2).div(14), 30);
    expectDec(nth(r.indicators, 0).weight, "0.142857", 6);
    expectDec(nth(r.indicators, 1).weight, new X(5).div(14), 30);
    expectDec(nth(r.indicators, 1).weight, "0.357143", 6);
    expectDec(nth(r.indicators, 2).weight, "0.5");
  });

  it("relative weights (docs/sources.md#methods): three KPIs at 100 % total 100, not the 140 % of dividing by a nominal 10", () => {
    expect(evaluate(flat([2, 5, 7]), actualsOf([100, 100, 100])).final.score).toBe("100.00");
  });

  it("equal weights (docs/sources.md#methods): weights default to equal shares (1/3 each)", () => {
    const r = evaluate(flat([undefined, undefined, undefined]), actualsOf([90, 60, 30]));
    for (const i of r.indicators) expectDec(i.weight, new X(1).div(3), 30);
    expect(r.final.score).toBe("60.00");
  });

  it("relative weights (docs/sources.md#methods): a sibling of weight 0 is present but has no influence", () => {
    const r = evaluate(flat([0, 1]), actualsOf([10, 90]));
    expect(r.final.score).toBe("90.00");
    expect(nth(r.indicators, 0).status).toBe("scored");
  });

  it("OKR scoring (docs/sources.md#methods): OKR key results (0.5, 1.0, 0.7) → 0.733 with equal weights, 0.675 with (2, 1, 1)", () => {
    expect(evaluate(flat([1, 1, 1]), actualsOf([50, 100, 70])).final.score).toBe("73.33");
    expect(evaluate(flat([2, 1, 1]), actualsOf([50, 100, 70])).final.score).toBe("67.50");
  });
});

describe("missing data (docs/sources.md#methods)", () => {
  it("recomputed vector: CMS re-weighting 10/25/40/25 with Efficiency missing → 13.33 / 33.33 / 53.33 %", () => {
    const scheme: SchemeInput = {
      id: "cms",
      perspectives: [
        { id: "clinical", label: "Clinical", weight: 10 },
        { id: "person", label: "Person", weight: 25 },
        { id: "safety", label: "Safety", weight: 40 },
        { id: "efficiency", label: "Efficiency", weight: 25 },
      ],
      indicators: ["clinical", "person", "safety", "efficiency"].map((p) => ({ id: `k-${p}`, label: p, perspective: p, target: 100 })),
    };
    const r = evaluate(scheme, { employee: { id: "H1" }, actuals: [{ indicator: "k-clinical", actual: 50 }, { indicator: "k-person", actual: 60 }, { indicator: "k-safety", actual: 70 }] });
    const pct = (id: string): string => new X(byId(r.perspectives, id).effectiveWeight).times(100).toDecimalPlaces(2).toFixed(2);
    expect([pct("clinical"), pct("person"), pct("safety"), pct("efficiency")]).toEqual(["13.33", "33.33", "53.33", "0.00"]);
    expectDec(byId(r.perspectives, "clinical").effectiveWeight, new X(10).div(75), 30);
    expectDec(byId(r.indicators, "k-safety").effectiveWeight, new X(40).div(75), 30);
    expect(byId(r.perspectives, "efficiency").status).toBe("missing");
  });

  it("missing values (docs/sources.md#methods): D&B 40/30/30, third missing, scores 80 and 60 → renormalised 71.43 (57.14 % / 42.86 %)", () => {
    const r = evaluate(flat([40, 30, 30]), actualsOf([80, 60, null]));
    // (0.4·80 + 0.3·60) / 0.7 = 50 / 0.7 = 71.428…
    expect(r.final.score).toBe("71.43");
    expectDec(nth(r.indicators, 0).effectiveWeight, new X(4).div(7), 30);
    expectDec(nth(r.indicators, 1).effectiveWeight, "0.4286", 4);
  });

  it("missing values (docs/sources.md#methods): D&B keep-as-defined = count-as-zero (policy `zero`) → 50.0", () => {
    const r = evaluate(flat([40, 30, 30], { missing: { policy: "zero" } }), actualsOf([80, 60, null]));
    expect(r.final.score).toBe("50.00");
    expectDec(nth(r.indicators, 0).effectiveWeight, "0.4");
    expect(nth(r.indicators, 2).status).toBe("zeroed");
  });

  it("policy `fail` → MISSING_ACTUAL with the path of the missing actual (left out or null)", () => {
    expectError(() => evaluate(hierarchy("fail"), hierarchyActuals()), "MISSING_ACTUAL", "actuals", "missing_actual");
    expectError(() => evaluate(hierarchy("fail"), hierarchyActuals(null)), "MISSING_ACTUAL", "actuals[1].actual", "missing_actual");
    expect(evaluate(hierarchy("fail"), hierarchyActuals(50)).final.score).toBe("74.80");
  });

  it("missing values (docs/sources.md#methods) minimum coverage: coverage 0.92 passes minCoverage 0.92 and fails 0.93 (INSUFFICIENT_COVERAGE)", () => {
    expect(evaluate(hierarchy("renormalize", "0.92"), hierarchyActuals()).final.score).toBe("78.00");
    const e = expectError(() => evaluate(hierarchy("renormalize", "0.93"), hierarchyActuals()), "INSUFFICIENT_COVERAGE", "actuals");
    expect(e.message).toContain("0.92");
  });

  // Regression (was a bug, fixed): coverage is the sum of the indicators' absolute weights, each a normalised share cut to 40 digits
  // (src/engine/evaluate.ts:170-176). With three equal perspectives every actual present gives
  // 3 × 0.3333…3 = 0.9999…9 < 1, so minCoverage 1 ("every actual is required") throws
  // INSUFFICIENT_COVERAGE although nothing is missing. Fix: compute coverage from the raw weights
  // (e.g. 1 − the missing share, or exact fractions Π rawWeight / Π siblingsTotal summed over a common
  // denominator), or at least report 1 when no actual is missing.
  it("missing values (docs/sources.md#methods): minCoverage 1 passes when every actual is present (three equal perspectives; coverage exactly 1)", () => {
    const scheme: SchemeInput = {
      id: "thirds",
      missing: { minCoverage: "1" },
      perspectives: ["a", "b", "c"].map((p) => ({ id: p, label: p })),
      indicators: ["a", "b", "c"].map((p) => ({ id: `k${p}`, label: p, perspective: p, target: 100 })),
    };
    const r = evaluate(scheme, { employee: { id: "E1" }, actuals: ["a", "b", "c"].map((p) => ({ indicator: `k${p}`, actual: 90 })) });
    expectDec(r.coverage, 1);
    expect(r.final.score).toBe("90.00");
  });

  it("no actual at all → INSUFFICIENT_COVERAGE (there is nothing to renormalise to)", () => {
    const e = expectError(() => evaluate(flat([1, 1]), actualsOf([null, null])), "INSUFFICIENT_COVERAGE", "actuals[0].actual");
    expect(e.issues).toHaveLength(2);
  });

  it("policy `zero` with no actual at all scores 0 with coverage 0", () => {
    const r = evaluate(flat([1, 1], { missing: { policy: "zero" } }), actualsOf([null, null]));
    expect(r.final.score).toBe("0.00");
    expectDec(r.coverage, 0);
  });
});

describe("percent weighting mode (docs/sources.md#methods)", () => {
  const percent = (weights: (number | string)[], tolerance?: string): SchemeInput =>
    flat(weights, {
      perspectives: [{ id: "p", label: "P", weight: 100 }],
      weighting: tolerance === undefined ? { mode: "percent" } : { mode: "percent", tolerance },
    });

  it("weights summing to exactly 100 are accepted and normalised", () => {
    const r = evaluate(percent([30, 40, 30]), actualsOf([100, 50, 0]));
    expect(r.final.score).toBe("50.00");
  });

  it("weight tolerance (docs/sources.md#methods): a sum ≠ 100 is INVALID_SCHEME (weights_sum) with tolerance 0", () => {
    expectError(() => compile(percent([30, 40, 29])), "INVALID_SCHEME", "indicators", "weights_sum");
    expectError(() => compile(flat([50, 50], { weighting: { mode: "percent" }, perspectives: [{ id: "p", label: "P", weight: 99 }] })), "INVALID_SCHEME", "perspectives", "weights_sum");
  });

  it("weight tolerance (docs/sources.md#methods): 33.33 × 3 = 99.99 passes with tolerance 0.01 and fails with 0.005", () => {
    const ok = evaluate(percent(["33.33", "33.33", "33.33"], "0.01"), actualsOf([90, 60, 30]));
    // The weights are normalised: each 33.33/99.99 = 1/3.
    expect(ok.final.score).toBe("60.00");
    expectDec(nth(ok.indicators, 0).weight, new X(1).div(3), 30);
    expectError(() => compile(percent(["33.33", "33.33", "33.33"], "0.005")), "INVALID_SCHEME", "indicators", "weights_sum");
  });

  it("percent mode requires every weight (missing_weight at the sibling's weight)", () => {
    expectError(() => compile(flat([50, undefined], { weighting: { mode: "percent" }, perspectives: [{ id: "p", label: "P", weight: 100 }] })), "INVALID_SCHEME", "indicators[1].weight", "missing_weight");
  });
});

describe("bands (docs/sources.md#methods; half-open [min, max))", () => {
  const sap: NonNullable<SchemeInput["bands"]>["table"] = [
    { id: "D", label: "D", max: 70 },
    { id: "C", label: "C", min: 70, max: 80 },
    { id: "B", label: { id: "Baik", en: "Good" }, min: 80, max: 90 },
    { id: "A", label: { id: "Sangat Baik", en: "Very good" }, min: 90 },
  ];

  it.each([
    ["90", "A"],
    ["89.99", "B"],
    ["80", "B"],
    ["79.99", "C"],
    ["0", "D"],
    ["150", "A"],
  ])("step table (docs/sources.md#methods) SAP bands: final %s → band %s", (actual, band) => {
    expect(run1({ target: 100 }, actual, {}, { bands: { table: sap } }).final.band?.id).toBe(band);
  });

  it("docs/concepts.md: bands classify the rounded final by default: exact 89.995 → rounded 90.00 → A", () => {
    const r = run1({ target: 100 }, "89.995", {}, { bands: { table: sap } });
    expect(r.final.score).toBe("90.00");
    expect(r.final.band).toEqual({ id: "A", label: { id: "Sangat Baik", en: "Very good" } });
  });

  it("classify: exact → the exact 89.995 is in B although the reported score is 90.00", () => {
    const r = run1({ target: 100 }, "89.995", {}, { bands: { classify: "exact", table: sap } });
    expect(r.final.score).toBe("90.00");
    expect(r.final.band?.id).toBe("B");
  });

  it("recomputed vector: SPMS 4.205 → Outstanding with half-up (4.21), Very Satisfactory with half-even (4.20)", () => {
    const spms: NonNullable<SchemeInput["bands"]>["table"] = [
      { id: "poor", label: "Poor", min: 1, max: "1.81" },
      { id: "unsatisfactory", label: "Unsatisfactory", min: "1.81", max: "2.61" },
      { id: "satisfactory", label: "Satisfactory", min: "2.61", max: "3.41" },
      { id: "verySatisfactory", label: "Very Satisfactory", min: "3.41", max: "4.21" },
      { id: "outstanding", label: "Outstanding", min: "4.21" },
    ];
    const halfUp = run1({ target: 100 }, "4.205", {}, { bands: { table: spms } });
    expect(halfUp.final.score).toBe("4.21");
    expect(halfUp.final.band?.id).toBe("outstanding");
    const halfEven = run1({ target: 100 }, "4.205", {}, { bands: { table: spms }, rounding: { final: { places: 2, mode: "halfEven" } } });
    expect(halfEven.final.score).toBe("4.20");
    expect(halfEven.final.band?.id).toBe("verySatisfactory");
  });

  it("a final score outside every band → band null and a no_band warning at final.score", () => {
    const r = run1({ target: 100 }, 40, {}, { bands: { table: [{ id: "ok", label: "OK", min: 50, max: 100 }] } });
    expect(r.final.band).toBeNull();
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: "no_band", at: "final.score" }));
  });

  it("without bands the band is null and there is no warning", () => {
    const r = run1({ target: 100 }, 40);
    expect(r.final.band).toBeNull();
    expect(r.warnings).toEqual([]);
  });
});

describe("rounding policy (docs/sources.md#methods)", () => {
  // One indicator with target 100 scores its actual; a reflected lower-is-better indicator with
  // target 100, an explicit floor of −100 and actual 202.5 scores (2 − 2.025) × 100 = −2.5.
  const finalOf = (value: "2.5" | "3.5" | "-2.5", mode: RoundingMode): string => {
    const rounding = { final: { places: 0, mode } };
    return value === "-2.5" ? run1({ target: 100, direction: "lower", floor: -100 }, "202.5", {}, { rounding }).final.score : run1({ target: 100 }, value, {}, { rounding }).final.score;
  };

  it.each([
    ["2.5", "halfUp", "3"],
    ["3.5", "halfUp", "4"],
    ["-2.5", "halfUp", "-3"],
    ["2.5", "halfEven", "2"],
    ["3.5", "halfEven", "4"],
    ["-2.5", "halfEven", "-2"],
  ] as const)("recomputed vector rounding: %s %s → %s", (value, mode, expected) => {
    expect(finalOf(value, mode)).toBe(expected);
  });

  it.each([
    ["2.5", "down", "2"],
    ["-2.5", "down", "-2"],
    ["2.5", "up", "3"],
    ["-2.5", "up", "-3"],
    ["2.5", "halfDown", "2"],
    ["-2.5", "halfDown", "-2"],
    ["2.5", "floor", "2"],
    ["-2.5", "floor", "-3"],
    ["2.5", "ceil", "3"],
    ["-2.5", "ceil", "-2"],
  ] as const)("rounding modes (docs/sources.md#methods) modes: %s %s → %s", (value, mode, expected) => {
    expect(finalOf(value, mode)).toBe(expected);
  });

  it("the final score keeps its trailing zeros (2 places: 78 → \"78.00\") and the trace keeps the exact value", () => {
    const r = evaluate(hierarchy(), hierarchyActuals());
    const t = traceAt(r, "final.score");
    expect(t.value).toBe("78.00");
    expect(t.rounding?.places).toBe(2);
    expect(t.rounding?.mode).toBe("halfUp");
    expectDec(t.rounding?.exact, 78);
  });

  it("docs/concepts.md: only `final` is rounded by default (no other trace entry has a rounding)", () => {
    const r = evaluate(hierarchy(), hierarchyActuals());
    expect(r.trace.filter((e) => e.rounding !== undefined).map((e) => e.at)).toEqual(["final.score"]);
  });

  it("rounding at the objective step changes what rolls up (100, 100, 0 → 66.666… → down 66 → final 66.00)", () => {
    const scheme: SchemeInput = {
      id: "obj-round",
      perspectives: [{ id: "p", label: "P" }],
      objectives: [{ id: "o", perspective: "p", label: "O" }],
      indicators: [0, 1, 2].map((i) => ({ id: `k${i}`, label: `K${i}`, objective: "o", target: 100 })),
    };
    const appraisal = actualsOf([100, 100, 0]);
    expect(evaluate(scheme, appraisal).final.score).toBe("66.67");
    const r = evaluate({ ...scheme, rounding: { objective: { places: 0, mode: "down" } } }, appraisal);
    expect(nth(r.objectives, 0).score).toBe("66");
    expectDec(traceAt(r, "objectives[0].score").rounding?.exact, new X(200).div(3), 30);
    expect(r.final.score).toBe("66.00");
  });

  it("rounding at the perspective and component steps is applied and traced (x.xx5 ties)", () => {
    const r = run1({ target: 100 }, "85.125", {}, {
      rounding: { perspective: { places: 2, mode: "halfEven" }, component: { places: 1, mode: "up" }, final: { places: 0, mode: "halfUp" } },
    });
    // 85.125 → perspective half-even 85.12 → component up 85.2 → final half-up 85.
    expect(nth(r.perspectives, 0).score).toBe("85.12");
    expect(nth(r.components, 0).score).toBe("85.2");
    expect(r.final.score).toBe("85");
    expectDec(traceAt(r, "perspectives[0].score").rounding?.exact, "85.125");
    expectDec(traceAt(r, "components[0].score").rounding?.exact, "85.12");
  });

  // Regression (was a bug, fixed): the roll-up multiplies each score by its *normalised* weight (1/7 = 0.142857…, cut at 40
  // digits) and divides by the sum of those cut weights (src/engine/evaluate.ts:128-137, and :150/:281
  // for perspectives). The weighted mean of seven equal scores of 85 then comes out as
  // 85.00000000000000000000000000000000000005, and directed rounding modes turn that into 85.01.
  // Fix: roll up with the raw weights (Σ rawWeightᵢ·sᵢ / Σ rawWeightᵢ, one division per node).
  it("exactness: the mean of seven equal scores of 85 is exactly 85 (rounding up gives 85.00, not 85.01)", () => {
    const seven = [1, 1, 1, 1, 1, 1, 1];
    const up = evaluate(flat(seven, { rounding: { final: { places: 2, mode: "up" } } }), actualsOf(seven.map(() => 85)));
    expectDec(traceAt(up, "final.score").rounding?.exact, 85);
    expect(up.final.score).toBe("85.00");
    const ceil = evaluate(flat(seven, { rounding: { final: { places: 2, mode: "ceil" } } }), actualsOf(seven.map(() => 85)));
    expect(ceil.final.score).toBe("85.00");
  });

  // Regression (was a bug, fixed): same cause as above (src/engine/evaluate.ts:128-137): seven equal scores of 85.125 average to
  // 85.125 exactly, a half-even tie that must round to 85.12; the cut weights give 85.125…03 → 85.13.
  it("exactness: seven equal scores of 85.125 round half-even to 85.12 (an exact tie)", () => {
    const seven = [1, 1, 1, 1, 1, 1, 1];
    const r = evaluate(flat(seven, { rounding: { final: { places: 2, mode: "halfEven" } } }), actualsOf(seven.map(() => "85.125")));
    expect(r.final.score).toBe("85.12");
  });
});

describe("order of the indicators", () => {
  // Regression (was a bug, fixed): same cause as the exactness tests above (src/engine/evaluate.ts:128-137): the objective score is
  // Σ (8/17)·200 + (2/17)·200 + (7/17)·120 with each share cut to 40 digits, so its last digit depends on
  // the order of the indicators in the scheme (…705883 in one order, …705882 in the other; 2840/17 is
  // 167.05882352941176470588235294117647058823529…). Fix: roll up with the raw weights (2840 / 17, one division).
  it("the objective score does not depend on the order of its indicators (weights 8, 2, 7; scores 200, 200, 120)", () => {
    const ind = (id: string, weight: number): SchemeInput["indicators"][number] => ({ id, label: id, objective: "o", weight, target: 1, cap: 200 });
    const scheme = (order: string[]): SchemeInput => ({
      id: "order",
      perspectives: [{ id: "p", label: "P" }],
      objectives: [{ id: "o", perspective: "p", label: "O" }],
      indicators: order.map((id) => ind(id, { a: 8, b: 2, c: 7 }[id] ?? 1)),
    });
    const appraisal: AppraisalInput = { employee: { id: "E1" }, actuals: [{ indicator: "a", actual: 2 }, { indicator: "b", actual: 2 }, { indicator: "c", actual: "1.2" }] };
    const r1 = evaluate(scheme(["a", "b", "c"]), appraisal);
    const r2 = evaluate(scheme(["a", "c", "b"]), appraisal);
    expectDec(nth(r1.objectives, 0).score, new X(2840).div(17), 35);
    expect(nth(r2.objectives, 0).score).toBe(nth(r1.objectives, 0).score);
  });
});

describe("trace (every number has a trace entry at its path)", () => {
  it("every number of a rich result has exactly one trace entry with `at` = its path and the same value", () => {
    const scheme: SchemeInput = {
      ...hierarchy("zero"),
      bands: { table: [{ id: "low", label: "Low", max: 75 }, { id: "high", label: "High", min: 75 }] },
      rounding: { indicator: { places: 3, mode: "halfEven" }, objective: { places: 4, mode: "down" } },
    };
    scheme.indicators = scheme.indicators.map((i) =>
      i.id === "fin" ? { ...i, cap: 110, floor: 0 } : i.id === "int" ? { ...i, target: undefined, method: { kind: "interpolate", baseline: 20 } } : i,
    ) as SchemeInput["indicators"];
    const r = evaluate(scheme, {
      employee: { id: "E1" },
      period: { start: "2026-01-01", end: "2026-12-31" },
      actuals: [
        { indicator: "kpi1", actual: "90.5" },
        { indicator: "kpiB", actual: 70 },
        { indicator: "fin", actual: 130 },
        { indicator: "int", actual: 60, target: 80 },
        { indicator: "learn", actual: 100 },
      ],
    });
    expectFullyTraced(r);
  });

  it("the trace paths follow the documented form (indicators[2].score, final.score, coverage, perspectives[0].weight)", () => {
    const r = evaluate(hierarchy(), hierarchyActuals(50));
    const ats = new Set(r.trace.map((e) => e.at));
    for (const at of ["indicators[2].score", "final.score", "coverage", "perspectives[0].weight", "objectives[1].absoluteWeight", "components[0].weight"]) {
      expect(ats.has(at), at).toBe(true);
    }
    expect(traceAt(r, "indicators[0].actual").source).toBe("appraisal.actuals[0].actual");
    expect(traceAt(r, "indicators[0].target").source).toBe("scheme.indicators[0].target");
    expect(traceAt(r, "perspectives[0].weight").inputs).toEqual({ weight: "30", siblingsTotal: "100" });
  });

  it("a fully traced result also for a missing-data result with a warning", () => {
    expectFullyTraced(evaluate(hierarchy(), hierarchyActuals()));
  });
});

describe("plans, results and metadata", () => {
  it("compile once, evaluate many = evaluate the scheme directly", () => {
    const plan = compile(hierarchy());
    expect(isPlan(plan)).toBe(true);
    expect(isPlan(hierarchy())).toBe(false);
    const appraisals = [hierarchyActuals(), hierarchyActuals(50), hierarchyActuals(null), hierarchyActuals(0)];
    for (const a of appraisals) expect(evaluate(plan, a)).toEqual(evaluate(hierarchy(), a));
  });

  it("a plan is frozen and reusable (evaluating does not change it)", () => {
    const plan = compile(hierarchy());
    expect(Object.isFrozen(plan)).toBe(true);
    const before = evaluate(plan, hierarchyActuals());
    evaluate(plan, hierarchyActuals(10));
    expect(evaluate(plan, hierarchyActuals())).toEqual(before);
  });

  it("docs/concepts.md: a result survives JSON.parse(JSON.stringify(r)) unchanged", () => {
    const r = evaluate({ ...hierarchy(), bands: { table: [{ id: "x", label: "X" }] } }, hierarchyActuals());
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("the result holds decimals only as strings (the only JSON numbers are the trace's rounding places)", () => {
    const r = evaluate(hierarchy(), hierarchyActuals());
    const numbers: string[] = [];
    JSON.stringify(r, (k, v: unknown) => {
      if (typeof v === "number") numbers.push(k);
      return v;
    });
    expect(new Set(numbers)).toEqual(new Set(["places"]));
  });

  it("the result carries the scheme, appraisal, employee and period (appraisal period over the scheme's)", () => {
    const r = evaluate({ ...hierarchy(), period: { start: "2026-01-01", end: "2026-12-31" } }, hierarchyActuals());
    expect(r.kind).toBe("kinerja.result");
    expect(r.scheme).toEqual({ id: "bsc-2-2", version: "v1" });
    expect(r.appraisal).toEqual({ id: "A-2026" });
    expect(r.employee).toEqual({ id: "E1", name: "Siti", unit: null, position: null });
    expect(r.period).toEqual({ start: "2026-01-01", end: "2026-12-31" });
    const own = evaluate({ ...hierarchy(), period: { start: "2026-01-01", end: "2026-12-31" } }, { ...hierarchyActuals(), period: { start: "2026-01-01", end: "2026-06-30" } });
    expect(own.period).toEqual({ start: "2026-01-01", end: "2026-06-30" });
  });

  it("results are in scheme order whatever the order of the actuals", () => {
    const a = hierarchyActuals(50);
    const reversed = { ...a, actuals: [...a.actuals].reverse() };
    const r1 = evaluate(hierarchy(), a);
    const r2 = evaluate(hierarchy(), reversed);
    expect(r2.indicators.map((i) => i.id)).toEqual(["kpi1", "kpi2", "kpiB", "fin", "int", "learn"]);
    expect(r2.final).toEqual(r1.final);
    expect(r2.indicators.map((i) => i.score)).toEqual(r1.indicators.map((i) => i.score));
  });

  it("an individual target in the appraisal overrides the scheme's (a 170 against an own target 200 → 85)", () => {
    const r = run1({ target: 100 }, 170, { target: 200 });
    expectDec(nth(r.indicators, 0).score, 85);
    expect(traceAt(r, "indicators[0].target").source).toBe("appraisal.actuals[0].target");
  });

  it("the default perspectives are the four Balanced Scorecard ones with equal weights", () => {
    const r = evaluate(
      {
        id: "bsc",
        indicators: ["financial", "customer", "internalProcess", "learningGrowth"].map((p, i) => ({ id: `k${i}`, label: p, perspective: p, target: 100 })),
      },
      actualsOf([100, 80, 60, 40]),
    );
    expect(r.perspectives.map((p) => p.id)).toEqual(["financial", "customer", "internalProcess", "learningGrowth"]);
    for (const p of r.perspectives) expectDec(p.weight, "0.25");
    expect(r.final.score).toBe("70.00");
  });
});
