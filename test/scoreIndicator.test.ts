// Indicator scoring (src/indicator/scoreIndicator.ts) through the public `evaluate`, against the
// recomputed test vectors of the KPI methods (docs/sources.md#methods). The method notes write scores as fractions
// (0.85); kinerja writes percent points (85), so every expected value below is the vector's value × 100.
import { describe, expect, it } from "vitest";
import { evaluate } from "../src/index.js";
import { X, expectDec, expectError, one, run1, traceAt } from "./helpers.js";

describe("ratio, higher is better (docs/sources.md#methods)", () => {
  it("recomputed vector: ratio a 170 t 200 → 85", () => {
    const ind = one({ target: 200 }, 170);
    expect(ind.status).toBe("scored");
    expect(ind.direction).toBe("higher");
    expect(ind.method).toBe("ratio");
    expectDec(ind.actual, 170);
    expectDec(ind.target, 200);
    expectDec(ind.achievement, 85);
    expectDec(ind.score, 85);
    expect(ind.clamped).toBeNull();
  });

  it("higher-is-better ratio (docs/sources.md#methods): a 250 t 200 → 125 without a cap (no cap unless the scheme says so, docs/concepts.md)", () => {
    expectDec(one({ target: 200 }, 250).score, 125);
  });

  it("recomputed vector: ratio + cap 1.2, a 250 t 200 → 120 (capped from 125, recorded in the trace)", () => {
    const r = run1({ target: 200, cap: 120 }, 250);
    const ind = r.indicators[0];
    expectDec(ind?.achievement, 125);
    expectDec(ind?.score, 120);
    expect(ind?.clamped).toBe("cap");
    const t = traceAt(r, "indicators[0].score");
    expect(t.clamp?.by).toBe("cap");
    expectDec(t.clamp?.unclamped, 125);
  });

  it("zero and negative inputs (docs/sources.md#methods): a = 0 with t > 0 scores 0 (higher is better)", () => {
    expectDec(one({ target: 8 }, 0).score, 0);
  });

  it("docs/concepts.md: 0.1 as a JSON number and \"0.1\" as a string are the same decimal (a 0.1 t 0.3 → 100/3)", () => {
    const asNumber = one({ target: 0.3 }, 0.1);
    const asString = one({ target: "0.3" }, "0.1");
    expect(asNumber).toEqual(asString);
    expectDec(asNumber.score, new X(100).div(3), 30);
  });

  it("docs/concepts.md: a value near a binary-float pitfall stays exact (a 1.005 t 1 → 100.5, not 100.49999…)", () => {
    expectDec(one({ target: 1 }, 1.005).score, "100.5");
  });
});

describe("lower is better (docs/sources.md#methods)", () => {
  it("recomputed vector: lower-better inverse t/a, a 10 t 8 → 80", () => {
    const r = run1({ target: 8, direction: "lower", method: { kind: "ratio", formula: "inverse" } }, 10);
    expectDec(r.indicators[0]?.score, 80);
    expect(traceAt(r, "indicators[0].achievement").formula).toBe("inverseRatio");
  });

  it("recomputed vector: lower-better reflected 2 − a/t, a 10 t 8 → 75", () => {
    const r = run1({ target: 8, direction: "lower", method: { kind: "ratio", formula: "reflected" } }, 10);
    expectDec(r.indicators[0]?.score, 75);
    expect(traceAt(r, "indicators[0].achievement").formula).toBe("reflectedRatio");
  });

  it("docs/concepts.md / docs/concepts.md #1: the default lower-is-better formula is reflected (a 10 t 8 → 75)", () => {
    expectDec(one({ target: 8, direction: "lower" }, 10).score, 75);
  });

  it("lower-is-better (docs/sources.md#methods) table: a 6.5 t 8 → inverse 123.0769…, reflected 118.75", () => {
    expectDec(one({ target: 8, direction: "lower", method: { kind: "ratio", formula: "inverse" } }, 6.5).score, new X(800).div("6.5"), 30);
    expectDec(one({ target: 8, direction: "lower", method: { kind: "ratio", formula: "inverse" } }, 6.5).score, "123.0769", 4);
    expectDec(one({ target: 8, direction: "lower" }, 6.5).score, "118.75");
  });

  it("lower-is-better (docs/sources.md#methods) table: a 16 t 8 → inverse 50, reflected 0", () => {
    expectDec(one({ target: 8, direction: "lower", method: { kind: "ratio", formula: "inverse" } }, 16).score, 50);
    expectDec(one({ target: 8, direction: "lower" }, 16).score, 0);
  });

  it("recomputed vector: lower-better reflected + floor 0, a 20 t 8 → 0 (floored from −50)", () => {
    const r = run1({ target: 8, direction: "lower", floor: 0 }, 20);
    expectDec(r.indicators[0]?.achievement, -50);
    expectDec(r.indicators[0]?.score, 0);
    expect(r.indicators[0]?.clamped).toBe("floor");
    expectDec(traceAt(r, "indicators[0].score").clamp?.unclamped, -50);
  });

  it("lower-is-better (docs/sources.md#methods): with a floor below it the reflected ratio goes negative (a 20 t 8 floor −100 → −50)", () => {
    expectDec(one({ target: 8, direction: "lower", floor: -100 }, 20).score, -50);
  });

  // Regression (was a spec deviation, fixed): docs/concepts.md makes "2 − actual/target (reflected), floor 0" the default for
  // lower-is-better indicators, but no floor applies unless the scheme gives one (src/engine/compile.ts:53,
  // `floor: opt(ind.floor)`; the doc comment at src/schema/scheme.ts:75 says "No floor unless given"), so a
  // lower-is-better actual of 2.5× the target scores −50. Fix: default the floor to 0 for direction "lower"
  // with the reflected formula (`opt(ind.floor) ?? (lower && reflected ? new Dec(0) : undefined)`), or
  // change docs/concepts.md if no default floor is intended.
  it("docs/concepts.md: a reflected lower-is-better indicator has floor 0 by default (a 20 t 8 → 0, not −50)", () => {
    const r = one({ target: 8, direction: "lower" }, 20);
    expectDec(r.score, 0);
    expect(r.clamped).toBe("floor");
  });

  it("recomputed vector: lower-better a = 0, inverse → the cap (t/0 is not computed)", () => {
    const r = run1({ target: 8, direction: "lower", method: { kind: "ratio", formula: "inverse" }, cap: 120 }, 0);
    expectDec(r.indicators[0]?.score, 120);
    expect(traceAt(r, "indicators[0].achievement").formula).toBe("inverseRatioAtCap");
  });

  it("recomputed vector: lower-better a = 0, reflected → 200, then capped to the cap", () => {
    const uncapped = one({ target: 8, direction: "lower" }, 0);
    expectDec(uncapped.score, 200);
    const capped = one({ target: 8, direction: "lower", cap: 120 }, 0);
    expectDec(capped.achievement, 200);
    expectDec(capped.score, 120);
    expect(capped.clamped).toBe("cap");
  });

  it("zero and negative inputs (docs/sources.md#methods): inverse with a = 0 and no cap → DIVISION_BY_ZERO at the actual", () => {
    expectError(
      () => run1({ target: 8, direction: "lower", method: { kind: "ratio", formula: "inverse" } }, 0),
      "DIVISION_BY_ZERO",
      "actuals[0].actual",
      "division_by_zero",
    );
  });
});

describe("target 0 (docs/sources.md#methods)", () => {
  it("recomputed vector: t = 0 higher-better with the binary rule, a 3 / a −1 → 100 / 0 (and a 0 → 100)", () => {
    expectDec(one({ target: 0, zeroTarget: "binary" }, 3).score, 100);
    expectDec(one({ target: 0, zeroTarget: "binary" }, -1).score, 0);
    expectDec(one({ target: 0, zeroTarget: "binary" }, 0).score, 100);
  });

  it("zero and negative inputs (docs/sources.md#methods): t = 0 lower-better with the binary rule, 100 if a ≤ 0 else 0", () => {
    expectDec(one({ target: 0, zeroTarget: "binary", direction: "lower" }, 0).score, 100);
    expectDec(one({ target: 0, zeroTarget: "binary", direction: "lower" }, -1).score, 100);
    expectDec(one({ target: 0, zeroTarget: "binary", direction: "lower" }, "0.01").score, 0);
  });

  it("docs/concepts.md: a scheme target of 0 without the binary rule is rejected when the scheme is parsed", () => {
    expectError(() => run1({ target: 0 }, 3), "INVALID_SCHEME", "indicators[0].target", "zero_target");
  });

  it("errors: an individual target of 0 without the binary rule → ZERO_TARGET at the appraisal's target", () => {
    expectError(() => run1({ target: 5 }, 3, { target: 0 }), "ZERO_TARGET", "actuals[0].target", "zero_target");
  });

  it("an individual target of 0 with zeroTarget: binary uses the binary rule", () => {
    expectDec(one({ target: 5, zeroTarget: "binary" }, 3, { target: 0 }).score, 100);
  });
});

describe("negative targets (docs/sources.md#methods)", () => {
  it("lower-is-better (docs/sources.md#methods) (Stratec): lower-better t −10 → a/t: a −20 → 200, a −5 → 50", () => {
    expectDec(one({ target: -10, direction: "lower" }, -20).score, 200);
    expectDec(one({ target: -10, direction: "lower" }, -5).score, 50);
  });

  it("higher-is-better ratio (docs/sources.md#methods) (design choice, reflected): higher-better t −10 → 2 − a/t: a −5 → 150, a −10 → 100, a −20 → 0", () => {
    expectDec(one({ target: -10 }, -5).score, 150);
    expectDec(one({ target: -10 }, -10).score, 100);
    expectDec(one({ target: -10 }, -20).score, 0);
  });

  it("higher-is-better ratio (docs/sources.md#methods): a smaller loss never scores below a larger one (the plain-ratio failure of SAP is avoided)", () => {
    const smallLoss = new X(one({ target: -10 }, -1).score as string);
    const bigLoss = new X(one({ target: -10 }, -30).score as string);
    expect(smallLoss.gt(bigLoss)).toBe(true);
  });
});

describe("target band / range (docs/sources.md#methods, CAMMS goal post)", () => {
  // 3,000,000 ± 5 %: L = 3,000,000 × 0.95, U = 3,000,000 × 1.05.
  const L = new X(3_000_000).times("0.95");
  const U = new X(3_000_000).times("1.05");
  // target range (docs/sources.md#methods) is the CAMMS form (both sides divide by L): `decay: "min"`. The default is docs/concepts.md's
  // `edge` form (above the range the max is the target), tested further below.
  const band = { direction: "range" as const, range: { min: L.toFixed(), max: U.toFixed(), decay: "min" as const } };

  it("target range (docs/sources.md#methods): 3,000,000 ± 5 % gives L 2,850,000 and U 3,150,000", () => {
    expect(L.toFixed()).toBe("2850000");
    expect(U.toFixed()).toBe("3150000");
  });

  it("recomputed vector: band a 2,700,000 → a/L = 94.736842… (18/19 × 100)", () => {
    const r = run1(band, 2_700_000);
    expectDec(r.indicators[0]?.score, new X(1800).div(19), 30);
    expectDec(r.indicators[0]?.score, "94.736842", 6);
    expect(traceAt(r, "indicators[0].achievement").formula).toBe("rangeBelow");
  });

  it("recomputed vector: band a 3,300,000 → 1 − (a − U)/L = 94.736842… (same as the shortfall of the same size)", () => {
    const r = run1(band, 3_300_000);
    expectDec(r.indicators[0]?.score, new X(1800).div(19), 30);
    expect(traceAt(r, "indicators[0].achievement").formula).toBe("rangeAboveByMin");
    expect(r.indicators[0]?.score).toBe(one(band, 2_700_000).score);
  });

  it("recomputed vector: band a 2,950,000 → 100", () => {
    expectDec(one(band, 2_950_000).score, 100);
  });

  it("target range (docs/sources.md#methods) (design choice, inclusive edges): a = L and a = U → 100", () => {
    expectDec(one(band, 2_850_000).score, 100);
    expectDec(one(band, 3_150_000).score, 100);
  });

  it("target range (docs/sources.md#methods): far above the band the decay goes below 0; the default floor 0 (docs/concepts.md) holds it, an explicit lower floor lets it through", () => {
    // 1 − (6,150,000 − 3,150,000)/2,850,000 = 1 − 3/2.85 = −0.0526…
    expectDec(one({ ...band, floor: -100 }, 6_150_000).score, new X(1).minus(new X(3_000_000).div(2_850_000)).times(100), 30);
    expectDec(one(band, 6_150_000).score, 0);
  });

  const edge = { direction: "range" as const, range: { min: L.toFixed(), max: U.toFixed() } };
  it("docs/concepts.md default (decay 'edge'): above the range the max is the target, a 3,300,000 → (2 − 3.3/3.15) × 100 = 95.238095…", () => {
    const r = run1(edge, 3_300_000);
    expectDec(r.indicators[0]?.score, new X(2).minus(new X(3_300_000).div(3_150_000)).times(100), 30);
    expectDec(r.indicators[0]?.score, "95.238095", 6);
    expect(traceAt(r, "indicators[0].achievement").formula).toBe("rangeAbove");
  });

  it("docs/concepts.md default: below the range the min is the target (a/min), the same as the CAMMS form", () => {
    expect(one(edge, 2_700_000).score).toBe(one(band, 2_700_000).score);
  });
});

describe("baseline → target interpolation (docs/sources.md#methods)", () => {
  it("recomputed vector: progress b 15 t 45 a 16 → 3.333…", () => {
    const r = run1({ target: 45, method: { kind: "interpolate", baseline: 15 } }, 16);
    expectDec(r.indicators[0]?.score, new X(100).div(30), 30);
    expectDec(r.indicators[0]?.score, "3.3333", 4);
    expectDec(r.indicators[0]?.baseline, 15);
    expect(traceAt(r, "indicators[0].achievement").formula).toBe("interpolate");
  });

  it("interpolation (docs/sources.md#methods): at the baseline 0, at the target 100", () => {
    expectDec(one({ target: 45, method: { kind: "interpolate", baseline: 15 } }, 15).score, 0);
    expectDec(one({ target: 45, method: { kind: "interpolate", baseline: 15 } }, 45).score, 100);
  });

  it("recomputed vector: progress lower-better b 12 t 8, a 10 / 7 → 50 / 125", () => {
    const ind = { target: 8, direction: "lower" as const, method: { kind: "interpolate" as const, baseline: 12 } };
    expectDec(one(ind, 10).score, 50);
    expectDec(one(ind, 7).score, 125);
  });

  it("interpolation (docs/sources.md#methods): lower-better b 12 t 8 a 13 → −25 → floor 0", () => {
    const ind = { target: 8, direction: "lower" as const, method: { kind: "interpolate" as const, baseline: 12 }, floor: 0 };
    const r = one(ind, 13);
    expectDec(r.achievement, -25);
    expectDec(r.score, 0);
    expect(r.clamped).toBe("floor");
  });

  it("interpolation (docs/sources.md#methods): the baseline and target may come from the appraisal (individual values, traced to it)", () => {
    const r = run1({ method: { kind: "interpolate" } }, 16, { target: 45, baseline: 15 });
    expectDec(r.indicators[0]?.score, new X(100).div(30), 30);
    expect(traceAt(r, "indicators[0].target").source).toBe("appraisal.actuals[0].target");
    expect(traceAt(r, "indicators[0].baseline").source).toBe("appraisal.actuals[0].baseline");
  });

  it("interpolation (docs/sources.md#methods): an individual baseline equal to the target is an error at the appraisal's baseline", () => {
    expectError(() => run1({ target: 45, method: { kind: "interpolate" } }, 16, { baseline: 45 }), "INVALID_APPRAISAL", "actuals[0].baseline");
  });

  it("an indicator without a baseline anywhere is an error at the appraisal", () => {
    expectError(() => run1({ target: 45, method: { kind: "interpolate" } }, 16), "INVALID_APPRAISAL", "actuals[0].baseline");
  });
});

describe("payout curve (docs/sources.md#methods)", () => {
  const curve = {
    target: 100,
    method: {
      kind: "curve" as const,
      points: [
        { x: 80, y: 50 },
        { x: 100, y: 100 },
        { x: 120, y: 150 },
      ],
    },
  };

  it.each([
    ["79.9", "0"],
    ["80", "50"],
    ["90", "75"],
    ["100", "100"],
    ["110", "125"],
    ["120", "150"],
    ["130", "150"],
  ])("recomputed vector: payout curve 80→50, 100→100, 120→150: achievement %s → %s", (achievement, expected) => {
    expectDec(one(curve, achievement).score, expected);
  });

  it("threshold–target–stretch curve (docs/sources.md#methods): the achievement is kept (the curve changes only the score)", () => {
    const r = one(curve, 90);
    expectDec(r.achievement, 90);
    expectDec(r.score, 75);
  });

  it("threshold–target–stretch curve (docs/sources.md#methods): below the threshold the curve scores `below` when given", () => {
    expectDec(one({ ...curve, method: { ...curve.method, below: 10 } }, "79.9").score, 10);
  });

  it("threshold–target–stretch curve (docs/sources.md#methods): rounding the achievement before the lookup moves the cliff (79.5 → 80 → 50)", () => {
    expectDec(one(curve, "79.5").score, 0);
    const rounded = one(curve, "79.5", {}, { rounding: { achievement: { places: 0, mode: "halfUp" } } });
    expectDec(rounded.achievement, 80);
    expectDec(rounded.score, 50);
  });

  it("threshold–target–stretch curve (docs/sources.md#methods) with a lower-is-better indicator: the curve reads the (reflected) achievement", () => {
    // t 8, a 7.2 → reflected 2 − 0.9 = 110 % → curve 125.
    expectDec(one({ ...curve, target: 8, direction: "lower" }, "7.2").score, 125);
  });
});

describe("step tables (docs/sources.md#methods, SAP bands as half-open intervals)", () => {
  // [90, ∞) A → 4, [80, 90) B → 3, [70, 80) C → 2, below → 0.
  const steps = {
    target: 50,
    method: {
      kind: "steps" as const,
      steps: [
        { from: 70, score: 2 },
        { from: 80, score: 3 },
        { from: 90, score: 4 },
      ],
    },
  };

  it("recomputed vector: 45/50 = 90 % → A", () => {
    expectDec(one(steps, 45).score, 4);
  });

  it("step table (docs/sources.md#methods): 40/50 = 80 % → B", () => {
    expectDec(one(steps, 40).score, 3);
  });

  it("step table (docs/sources.md#methods): 89.99 % → B (44.995/50)", () => {
    const r = one(steps, "44.995");
    expectDec(r.achievement, "89.99");
    expectDec(r.score, 3);
  });

  it("step table (docs/sources.md#methods): 70 % → C, 69.99 % → below the first step (0, or `below`)", () => {
    expectDec(one(steps, 35).score, 2);
    expectDec(one(steps, "34.995").score, 0);
    expectDec(one({ ...steps, method: { ...steps.method, below: 1 } }, "34.995").score, 1);
  });
});

describe("binary indicators (docs/sources.md#methods: binary maximise)", () => {
  it("pass atLeast (default): a ≥ t → 100, else 0", () => {
    expectDec(one({ target: 100, direction: "binary" }, 100).score, 100);
    expectDec(one({ target: 100, direction: "binary" }, "99.99").score, 0);
    expectDec(one({ target: 100, direction: "binary", pass: "atLeast" }, 250).score, 100);
  });

  it("pass atMost: a ≤ t → 100, else 0", () => {
    expectDec(one({ target: 100, direction: "binary", pass: "atMost" }, 100).score, 100);
    expectDec(one({ target: 100, direction: "binary", pass: "atMost" }, 0).score, 100);
    expectDec(one({ target: 100, direction: "binary", pass: "atMost" }, "100.01").score, 0);
  });

  it("a binary target of 0 needs no binary rule (0 or 100 by the pass)", () => {
    expectDec(one({ target: 0, direction: "binary" }, 0).score, 100);
    expectDec(one({ target: 0, direction: "binary", pass: "atMost" }, 1).score, 0);
  });
});

describe("cap and floor (docs/sources.md#methods)", () => {
  it("caps and floors (docs/sources.md#methods): KPI A = 150 capped at 120 and B = 70, equal weights → 95 (per-KPI cap before weighting)", () => {
    const r = evaluate(
      {
        id: "cap",
        perspectives: [{ id: "p", label: "P" }],
        indicators: [
          { id: "a", label: "A", perspective: "p", target: 100, cap: 120 },
          { id: "b", label: "B", perspective: "p", target: 100, cap: 120 },
        ],
      },
      { employee: { id: "E1" }, actuals: [{ indicator: "a", actual: 150 }, { indicator: "b", actual: 70 }] },
    );
    expectDec(r.indicators[0]?.score, 120);
    expect(r.final.score).toBe("95.00");
  });

  it("a floor applies to a score below it, a cap to one above, neither inside", () => {
    const ind = { target: 100, cap: 120, floor: 50 };
    expectDec(one(ind, 40).score, 50);
    expectDec(one(ind, 130).score, 120);
    const inside = one(ind, 90);
    expectDec(inside.score, 90);
    expect(inside.clamped).toBeNull();
  });

  it("cap and floor apply after a curve (in score points)", () => {
    const ind = { target: 100, cap: 140, method: { kind: "curve" as const, points: [{ x: 80, y: 50 }, { x: 120, y: 150 }] } };
    expectDec(one(ind, 130).score, 140);
  });
});

describe("rounding of the indicator steps (docs/sources.md#methods)", () => {
  it("recomputed vector JS pitfalls: 1.005 at the indicator step, 2 places half-up → 1.01 (JS toFixed gives 1.00)", () => {
    const r = run1({ target: 100 }, "1.005", {}, { rounding: { indicator: { places: 2, mode: "halfUp" } } });
    expect(r.indicators[0]?.score).toBe("1.01");
    const t = traceAt(r, "indicators[0].score");
    expect(t.rounding).toEqual({ places: 2, mode: "halfUp", exact: "1.005" });
  });

  it("the achievement step rounds the achievement before the method and records the exact value", () => {
    const r = run1({ target: 3 }, 1, {}, { rounding: { achievement: { places: 4, mode: "down" } } });
    expect(r.indicators[0]?.achievement).toBe("33.3333");
    expectDec(traceAt(r, "indicators[0].achievement").rounding?.exact, new X(100).div(3), 30);
  });

  it("without an indicator rounding rule the score keeps every digit (only `final` is rounded by default)", () => {
    const r = run1({ target: 3 }, 1);
    expect(traceAt(r, "indicators[0].score").rounding).toBeUndefined();
    expectDec(r.indicators[0]?.score, new X(100).div(3), 30);
  });
});
