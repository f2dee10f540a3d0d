// Warnings name their subject with typed parameters, and say the same facts in Indonesian and English
// (src/schema/warnings.ts); score gives the very warnings evaluate gives.
import { describe, expect, test } from "vitest";
import { compile, evaluate, explain, score, WARNING_CODES, type AppraisalInput, type SchemeInput } from "../src/index.js";
import { warning, type WarningParams } from "../src/schema/warnings.js";

const SAMPLES: { readonly [K in keyof WarningParams]: WarningParams[K] } = {
  missing_actual: { indicator: "leadTime", policy: "renormalize" },
  unrated_competency: { competency: "loyal" },
  no_band: { score: "123.45" },
  band_condition: { band: "sangatBaik", fact: "innovation", expected: true, got: false },
  calibrated: { curve: "se3-2023-baik", from: "baik", to: "sangatBaik", band: "b", proposed: "sb" },
  missing_goal_actual: { goal: "g1" },
  partial_rollup: { goal: "g2", missing: 1, of: 3 },
  no_realisation: { indicator: "iki1" },
  no_evidence: { indicator: "iki2" },
  feedback_outside_period: { indicator: "iki3", date: "2026-13-01", period: "TW I", start: "2026-01-01", end: "2026-03-31" },
  feedback_without_evidence: { indicator: "iki4", date: "2026-02-02" },
  period_without_feedback: { period: "TW II", start: "2026-04-01", end: "2026-06-30" },
  rating_without_feedback: {},
  rating_without_realisation: {},
  unknown_predikat: { band: "istimewa" },
  after_as_of: { complaint: "L-1", asOf: "2026-06-30" },
  no_checkin: { indicator: "iki5", asOf: "2026-03-31" },
  behind: { indicator: "iki6", realisation: "10", expected: "25", asOf: "2026-03-31", pace: "40" },
  at_risk: { indicator: "iki7", realisation: "20", expected: "25", asOf: "2026-03-31", pace: "80" },
};

describe("warnings", () => {
  test("every code's Indonesian and English message carries every parameter's value", () => {
    for (const code of WARNING_CODES) {
      const params = SAMPLES[code];
      const w = warning(code, "x", params as never);
      expect(w.params).toEqual(params);
      // Every subject (the policy is said in words, not by its name).
      for (const [k, v] of Object.entries(params)) {
        if (typeof v !== "string" || k === "policy") continue;
        expect(w.message.id, `${code} id: ${v}`).toContain(v);
        expect(w.message.en, `${code} en: ${v}`).toContain(v);
      }
    }
    // the policy decides the text, in both languages
    expect(warning("missing_actual", "x", { indicator: "k", policy: "zero" }).message.id).toContain("0");
    expect(warning("band_condition", "x", { band: "b", fact: "f", expected: true, got: null }).message.en).toContain("true");
  });

  const scheme: SchemeInput = {
    id: "s",
    perspectives: [{ id: "p", label: "P" }],
    indicators: [
      { id: "ikm", perspective: "p", label: "IKM", target: 80 },
      { id: "leadTime", perspective: "p", label: "Waktu", direction: "lower", target: 3 },
    ],
    behaviour: {
      competencies: [
        { id: "akuntabel", label: "Akuntabel" },
        { id: "loyal", label: "Loyal" },
      ],
    },
    composition: [
      { component: "results", weight: 70 },
      { component: "behaviour", weight: 30 },
    ],
    bands: { table: [{ id: "low", label: "Rendah", max: 90 }, { id: "high", label: "Tinggi", min: 90 }] },
  };
  const appraisal: AppraisalInput = {
    employee: { id: "E" },
    actuals: [{ indicator: "ikm", actual: 84 }],
    ratings: [
      { rater: "atasan", group: "supervisor", competency: "akuntabel", value: 4 },
      { rater: "atasan", group: "supervisor", competency: "loyal", value: "na" },
    ],
  };

  test("a competency no one but self could rate is a warning naming it, in evaluate and score alike", () => {
    const plan = compile(scheme);
    const r = evaluate(plan, appraisal);
    expect(r.warnings.map((w) => [w.code, w.at, w.params])).toEqual([
      ["missing_actual", "actuals", { indicator: "leadTime", policy: "renormalize" }],
      ["unrated_competency", "behaviour.competencies[1]", { competency: "loyal" }],
    ]);
    // …and lowers the behaviour coverage: one of two equally weighted competencies was scored.
    expect(r.behaviour?.coverage).toBe("0.5");
    expect(r.trace).toContainEqual(expect.objectContaining({ at: "behaviour.coverage", value: "0.5", inputs: { scoredWeight: "1", totalWeight: "2" } }));
    const complete = evaluate(plan, { ...appraisal, ratings: [...(appraisal.ratings ?? []).slice(0, 1), { rater: "atasan", group: "supervisor", competency: "loyal", value: 3 }] });
    expect(complete.behaviour?.coverage).toBe("1");
    expect(complete.warnings.map((w) => w.code)).toEqual(["missing_actual"]);
    expect(score(plan, appraisal).warnings).toEqual(r.warnings);
  });

  test("explain in Indonesian and in English names the same indicator and competency", () => {
    const r = evaluate(compile(scheme), appraisal);
    for (const locale of ["id", "en"] as const) {
      const text = explain(r, { locale });
      expect(text).toContain("leadTime");
      expect(text).toContain("loyal");
    }
  });
});
