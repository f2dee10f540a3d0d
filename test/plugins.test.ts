// The public extension points presets build on: formula plugins (method { kind: "formula" }) and
// additions (points from appraisal facts added to the results component).
import { Decimal } from "decimal.js";
import { describe, expect, test } from "vitest";
import { compile, evaluate, type FormulaPlugin, type SchemeInput } from "../src/index.js";
import { appraisal1, expectError, expectFullyTraced, first, scheme1, traceAt } from "./helpers.js";

const D = Decimal.clone({ precision: 40 });
/** Achievement = actual / target × params.scale (an arbitrary exact formula). */
const scaledRatio: FormulaPlugin = {
  name: "test.scaledRatio",
  achievement: ({ actual, target, params }) => {
    const ratio = new D(actual).div(target ?? "1");
    return { value: ratio.times(params["scale"] ?? "100").toFixed(), inputs: { ratio: ratio.toFixed() } };
  },
};
const formula = (params?: Record<string, string | number>) => ({ target: 8, method: { kind: "formula" as const, name: "test.scaledRatio", ...(params ? { params } : {}) } });

describe("formula plugins", () => {
  test("the plugin's achievement becomes the score, with cap and rounding applied after it", () => {
    const plan = compile(scheme1({ ...formula({ scale: 50 }), cap: 60 }), { formulas: [scaledRatio] });
    const r = evaluate(plan, appraisal1(10));
    const ind = first(r.indicators);
    expect(ind.method).toBe("formula");
    expect(ind.achievement).toBe("62.5"); // 10/8 × 50
    expect(ind.score).toBe("60");
    expect(ind.clamped).toBe("cap");
    const t = traceAt(r, "indicators[0].achievement");
    expect(t.formula).toBe("test.scaledRatio");
    expect(t.inputs).toEqual({ actual: "10", target: "8", "param.scale": "50", ratio: "1.25" });
    expectFullyTraced(r);
  });

  test("evaluate(scheme, appraisal, { formulas }) compiles with the plugins; a plan needs none", () => {
    const r = evaluate(scheme1(formula()), appraisal1(6), { formulas: [scaledRatio] });
    expect(first(r.indicators).score).toBe("75");
  });

  test("an unknown formula name is INVALID_SCHEME at the method's name", () => {
    expectError(() => compile(scheme1(formula())), "INVALID_SCHEME", "indicators[0].method.name", "unknown_reference");
  });

  test("bad plugin lists are INVALID_INPUT with paths", () => {
    expectError(() => compile(scheme1(formula()), { formulas: [scaledRatio, scaledRatio] }), "INVALID_INPUT", "formulas[1].name", "duplicate_id");
    expectError(() => compile(scheme1(formula()), { formulas: [{ name: "1bad", achievement: scaledRatio.achievement }] }), "INVALID_INPUT", "formulas[0].name");
    expectError(() => compile(scheme1(formula()), { formulas: [{ name: "x", achievement: 3 } as never] }), "INVALID_INPUT", "formulas[0].achievement");
  });

  test("a plugin returning a float, NaN text or throwing a TypeError gives PLUGIN_ERROR, not NaN", () => {
    const bad = (achievement: FormulaPlugin["achievement"]) => compile(scheme1(formula()), { formulas: [{ name: "test.scaledRatio", achievement }] });
    expectError(() => evaluate(bad(() => ({ value: 0.1 }) as never), appraisal1(1)), "PLUGIN_ERROR", "actuals[0].actual", "plugin_error");
    expectError(() => evaluate(bad(() => ({ value: "NaN" })), appraisal1(1)), "PLUGIN_ERROR", "actuals[0].actual");
    expectError(() => evaluate(bad(() => ({ value: "1", inputs: { x: "Infinity" } })), appraisal1(1)), "PLUGIN_ERROR", "actuals[0].actual");
    expectError(
      () =>
        evaluate(
          bad(() => {
            throw new TypeError("boom");
          }),
          appraisal1(1),
        ),
      "PLUGIN_ERROR",
      "actuals[0].actual",
    );
  });

  test("params keys such as 'constructor' are data, and the plugin sees no prototype", () => {
    let seen: Readonly<Record<string, string>> = {};
    const spy: FormulaPlugin = { name: "test.scaledRatio", achievement: (i) => ((seen = i.params), { value: "1" }) };
    evaluate(scheme1(formula({ constructor: 2 })), appraisal1(1), { formulas: [spy] });
    expect(Object.getPrototypeOf(seen)).toBeNull();
    expect(seen["constructor"]).toBe("2");
  });

  test("a formula method with direction range or binary is INVALID_SCHEME", () => {
    expectError(() => compile(scheme1({ ...formula(), direction: "binary" }), { formulas: [scaledRatio] }), "INVALID_SCHEME", "indicators[0].method.kind");
  });
});

describe("additions", () => {
  const scheme: SchemeInput = {
    ...scheme1({ target: 100 }),
    additions: [
      { id: "tugasTambahan", label: { id: "Tugas tambahan", en: "Additional tasks" }, fact: "tugasTambahan", max: 3 },
      { id: "kreativitas", label: "Kreativitas", fact: "kreativitas" },
    ],
    rounding: { component: { places: 2, mode: "halfUp" }, final: { places: 2, mode: "halfUp" } },
  };
  test("points from facts are added to the results component, capped, each traced", () => {
    const r = evaluate(scheme, { ...appraisal1(80.5), facts: [{ id: "tugasTambahan", value: 5 }, { id: "kreativitas", value: "6" }] });
    expect(r.additions.map((x) => x.points)).toEqual(["3", "6"]);
    expect(first(r.components).score).toBe("89.50"); // 80.5 + 3 + 6
    expect(traceAt(r, "additions[0].points").clamp).toEqual({ by: "cap", unclamped: "5" });
    expect(traceAt(r, "components[0].score").formula).toBe("weightedMeanPlusAdditions");
    expectFullyTraced(r);
  });
  test("a missing fact adds 0; a non-numeric fact is INVALID_APPRAISAL at its value", () => {
    const r = evaluate(scheme, appraisal1(80));
    expect(r.additions.map((x) => x.points)).toEqual(["0", "0"]);
    expect(r.final.score).toBe("80.00");
    expectError(() => evaluate(scheme, { ...appraisal1(80), facts: [{ id: "kreativitas", value: true }] }), "INVALID_APPRAISAL", "facts[0].value");
  });
  test("duplicate addition ids are INVALID_SCHEME", () => {
    expectError(() => compile({ ...scheme, additions: [{ id: "a", label: "A", fact: "x" }, { id: "a", label: "A", fact: "y" }] }), "INVALID_SCHEME", "additions[1].id", "duplicate_id");
  });
});

test("explain renders additions and plugin formulas by name", async () => {
  const { explain } = await import("../src/index.js");
  const scheme: SchemeInput = { ...scheme1(formula()), additions: [{ id: "kt", label: { id: "Kinerja tambahan", en: "Extra work" }, fact: "kt", max: 10 }] };
  const text = explain(evaluate(scheme, { ...appraisal1(8), facts: [{ id: "kt", value: 12 }] }, { formulas: [scaledRatio] }), { locale: "en" });
  expect(text).toContain("Points added to the results: Extra work");
  expect(text).toContain("test.scaledRatio");
  expect(text).toMatch(/Final score: .*= 110 → rounded/);
});

describe("periods of scheme and appraisal (issue 5 §6)", () => {
  const scheme: SchemeInput = { ...scheme1({ target: 100 }), period: { start: "2026-01-01", end: "2026-12-31" } };
  test("an appraisal inside the scheme's period is scored and names its period", () => {
    const r = evaluate(scheme, { ...appraisal1(90), period: { start: "2026-04-01", end: "2026-06-30" } });
    expect(r.period).toEqual({ start: "2026-04-01", end: "2026-06-30" });
  });
  test("an appraisal outside the scheme's period is INVALID_APPRAISAL at period", () => {
    expectError(() => evaluate(scheme, { ...appraisal1(90), period: { start: "2025-12-01", end: "2026-03-31" } }), "INVALID_APPRAISAL", "period", "outside_period");
    expectError(() => evaluate(scheme, { ...appraisal1(90), period: { start: "2026-10-01", end: "2027-01-31" } }), "INVALID_APPRAISAL", "period", "outside_period");
  });
  test("a period ending before it starts is INVALID_APPRAISAL at period.end", () => {
    expectError(() => evaluate(scheme, { ...appraisal1(90), period: { start: "2026-06-30", end: "2026-04-01" } }), "INVALID_APPRAISAL", "period.end", "invalid_period");
  });
});
