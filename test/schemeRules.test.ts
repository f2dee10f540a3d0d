// Rules wired into schemes and results (issue 5): engine facts from the result, custom facts declared in
// the scheme and given in the appraisal, history rules over earlier periods plus the current one, the
// rules result in every result with its trace entries, explain, and the bad-input cases.
import { describe, expect, test } from "vitest";
import { compile, evaluate, explain, type AppraisalInput, type SchemeInput } from "../src/index.js";
import { expectError, expectFullyTraced } from "./helpers.js";

const scheme: SchemeInput = {
  id: "ruled",
  period: { start: "2026-01-01", end: "2026-12-31" },
  perspectives: [{ id: "p", label: "P" }],
  indicators: [{ id: "iku1", perspective: "p", label: "IKU 1", target: 100 }],
  bands: {
    table: [
      { id: "sangatKurang", label: "Sangat Kurang", max: 50 },
      { id: "kurang", label: "Kurang", min: 50, max: 70 },
      { id: "baik", label: "Baik", min: 70, max: 90 },
      { id: "sangatBaik", label: "Sangat Baik", min: 90 },
    ],
  },
  facts: [
    { id: "allowance", type: "number", label: { id: "Tunjangan kinerja (Rp)", en: "Performance allowance (Rp)" } },
    { id: "attendance.absent", type: "number" },
    { id: "attendance.tl1", type: "number" },
    { id: "attendance.tl3", type: "number" },
  ],
  rules: {
    allowance: { fact: "allowance" },
    rules: [
      { id: "pip", label: "PIP", priority: 10, when: { history: "band", last: 2, op: "in", value: ["kurang", "sangatKurang"] }, then: { kind: "development", type: "improvementPlan", days: 90 } },
      { id: "bonus", label: "Bonus", when: { all: [{ fact: "final.band", op: "eq", value: "sangatBaik" }, { fact: "indicator.iku1.score", op: "gte", value: 95 }] }, then: { kind: "reward", type: "bonusPercent", percent: 5 } },
      { id: "absent", label: "Absen", when: { fact: "attendance.absent", op: "gt", value: 0 }, then: { kind: "sanction", type: "allowanceDeduction", percent: 5, per: "attendance.absent" } },
      { id: "tl1", label: "TL1", when: { fact: "attendance.tl1", op: "gt", value: 0 }, then: { kind: "sanction", type: "allowanceDeduction", percent: "0.5", per: "attendance.tl1" } },
      { id: "tl3", label: "TL3", when: { fact: "attendance.tl3", op: "gt", value: 0 }, then: { kind: "sanction", type: "allowanceDeduction", percent: "1.25", per: "attendance.tl3" } },
    ],
  },
};
const plan = compile(scheme);
const attendance = (absent: number, tl1: number, tl3: number) => [
  { id: "allowance", value: 4_800_000 },
  { id: "attendance.absent", value: absent },
  { id: "attendance.tl1", value: tl1 },
  { id: "attendance.tl3", value: tl3 },
];
const appraisal = (actual: number, extra: Partial<AppraisalInput> = {}): AppraisalInput => ({
  employee: { id: "E1" },
  period: { start: "2026-01-01", end: "2026-12-31" },
  actuals: [{ indicator: "iku1", actual }],
  facts: attendance(0, 0, 0),
  ...extra,
});

describe("rules in results", () => {
  test("recomputed vector allowance deduction through a scheme: Rp 4,800,000 with 5 % + 2×0.5 % + 1.25 % → paid Rp 4,452,000", () => {
    const r = evaluate(plan, appraisal(80, { facts: attendance(1, 2, 1) }));
    expect(r.rules?.fired.map((f) => f.rule).sort()).toEqual(["absent", "tl1", "tl3"]);
    expect(r.rules?.totals.allowance?.deduction).toBe("348000");
    expect(r.rules?.totals.allowance?.paid).toBe("4452000");
    expectFullyTraced(r);
  });

  test("recomputed vector PIP rule: two consecutive Kurang-or-worse periods (the current one from the result) → improvement plan", () => {
    const twice = evaluate(plan, appraisal(60, { history: [{ band: "baik" }, { band: "kurang" }] }));
    expect(twice.final.band?.id).toBe("kurang");
    expect(twice.rules?.fired.map((f) => f.rule)).toEqual(["pip"]);
    const notConsecutive = evaluate(plan, appraisal(60, { history: [{ band: "kurang" }, { band: "baik" }] }));
    expect(notConsecutive.rules?.fired).toEqual([]);
    expect(notConsecutive.rules?.notFired.find((n) => n.rule === "pip")?.reason).toBe("conditionsFalse");
  });

  test("engine facts: band and indicator score decide the bonus; the condition trace shows the values", () => {
    const r = evaluate(plan, appraisal(96, { history: [] }));
    expect(r.rules?.fired.map((f) => f.rule)).toEqual(["bonus"]);
    expect(JSON.stringify(r.rules?.fired[0]?.conditions)).toContain('"96"');
    const explained = explain(r, { locale: "en" });
    expect(explained).toContain("Reward and sanction rules:");
    expect(explained).toMatch(/✔ bonus/);
  });

  test("the result with rules is plain JSON and every number is traced", () => {
    const r = evaluate(plan, appraisal(55, { facts: attendance(3, 1, 0), history: [{ band: "sangatKurang", score: "40" }] }));
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expectFullyTraced(r);
  });

  test("a scheme without rules has rules: null", () => {
    const { rules: _r, facts: _f, ...plain } = scheme;
    expect(evaluate(plain, appraisal(80)).rules).toBeNull();
  });
});

describe("rules: bad input", () => {
  test("a rule on an undeclared fact is INVALID_SCHEME at its path", () => {
    const bad = { ...scheme, rules: { rules: [{ id: "x", when: { fact: "attendance.tl9", op: "gt", value: 0 }, then: { kind: "reward", type: "recognition" } }] } } as SchemeInput;
    expectError(() => compile(bad), "INVALID_SCHEME", "rules.rules[0].when.fact");
  });
  test("a malformed condition is INVALID_SCHEME", () => {
    const bad = { ...scheme, rules: { rules: [{ id: "x", when: { fact: "final.score", op: "approx", value: 0 }, then: { kind: "reward", type: "recognition" } }] } } as unknown as SchemeInput;
    expect(() => compile(bad)).toThrow(expect.objectContaining({ code: "INVALID_SCHEME" }));
  });
  test("declaring a fact the engine provides is INVALID_SCHEME (reserved_fact)", () => {
    expectError(() => compile({ ...scheme, facts: [{ id: "final.score", type: "number" }] }), "INVALID_SCHEME", "facts[0].id", "reserved_fact");
  });
  test("a custom fact of the wrong type is INVALID_APPRAISAL at its value", () => {
    expectError(() => evaluate(plan, appraisal(80, { facts: [...attendance(0, 0, 0).slice(0, 3), { id: "attendance.tl3", value: true }] })), "INVALID_APPRAISAL", "facts[3].value");
  });
  test("a custom fact a rule needs but the appraisal lacks is INVALID_APPRAISAL (unknown facts are errors)", () => {
    expect(() => evaluate(plan, appraisal(80, { facts: attendance(0, 0, 0).slice(0, 3) }))).toThrow(expect.objectContaining({ code: "INVALID_APPRAISAL" }));
  });
});
