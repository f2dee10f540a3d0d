import { describe, expect, it } from "vitest";
import { explainRules } from "../../src/explain/explainRules.js";
import { applyRules } from "../../src/rules/applyRules.js";
import type { RulePolicyInput } from "../../src/schema/rules.js";
import { catchKinerja } from "../helpers.js";

const policy: RulePolicyInput = {
  rules: [
    {
      id: "pip-two-kurang",
      label: { id: "Rencana perbaikan kinerja", en: "Performance improvement plan" },
      priority: 10,
      when: { history: "band", last: 2, op: "in", value: ["kurang", "sangatKurang"] },
      then: { kind: "development", type: "improvementPlan", days: 90 },
    },
    { id: "bonus-sb", when: { fact: "final.score", op: "gte", value: 90 }, then: { kind: "reward", type: "bonusPercent", percent: 5 } },
    { id: "late", when: { fact: "attendance.tl1", op: "gt", value: 0 }, then: { kind: "sanction", type: "allowanceDeduction", percent: "0.5", per: "attendance.tl1", months: 1 } },
    { id: "a", priority: 2, when: { fact: "final.score", op: "lt", value: 90 }, then: { kind: "sanction", type: "warning", level: "teguranLisan" } },
    { id: "b", priority: 1, when: { fact: "final.score", op: "lt", value: 95 }, then: { kind: "development", type: "coaching" } },
  ],
  groups: [{ id: "g", mode: "exclusive", rules: ["a", "b"] }],
  allowance: { fact: "allowance" },
};
const declarations = [{ id: "final.score" }, { id: "attendance.tl1" }, { id: "allowance" }];
const result = applyRules({ policy, declarations, facts: { "final.score": "87.25", "attendance.tl1": 3, allowance: 4_000_000 }, history: [{ band: "baik" }, { band: "kurang" }, { band: "kurang" }] });

describe("explainRules", () => {
  it("Indonesian: fired rules with their deciding values and outcomes, rules not fired with the failing value, totals", () => {
    const lines = explainRules(result, { locale: "id" });
    expect(lines).toContain("✔ pip-two-kurang (Rencana perbaikan kinerja): predikat 2 periode terakhir ∈ {kurang, sangatKurang} → [kurang, kurang] benar");
    expect(lines).toContain("  → rencana perbaikan kinerja (90 hari)");
    expect(lines).toContain("✔ late: attendance.tl1 > 0 benar (3)");
    expect(lines).toContain("  → potongan tunjangan 1,5 % = 0,5 % × 3 (attendance.tl1) selama 1 bulan");
    expect(lines).toContain("✘ bonus-sb: final.score ≥ 90 salah (87,25)");
    expect(lines).toContain("✘ b: didahului oleh a (grup eksklusif g)");
    expect(lines).toContain("Potongan tunjangan: 1,5 % (jumlah 1,5 %, batas 100 %), terlama 1 bulan");
    expect(lines).toContain("Tunjangan 4000000 − potongan 60000 = dibayar 3940000");
  });

  it("English", () => {
    const lines = explainRules(result, { locale: "en" });
    expect(lines).toContain("✔ pip-two-kurang (Performance improvement plan): band of the last 2 periods ∈ {kurang, sangatKurang} → [kurang, kurang] true");
    expect(lines).toContain("✘ bonus-sb: final.score ≥ 90 false (87.25)");
    expect(lines).toContain("✔ a: final.score < 90 true (87.25)");
    expect(lines).toContain("  → disciplinary warning: teguranLisan");
    expect(lines).toContain("✘ b: pre-empted by a (exclusive group g)");
  });

  it("renders a JSON round trip the same; nested conditions get parentheses; nothing fired says so", () => {
    expect(explainRules(JSON.parse(JSON.stringify(result)) as typeof result, { locale: "en" })).toEqual(explainRules(result, { locale: "en" }));
    const r = applyRules({
      policy: { rules: [{ id: "x", when: { any: [{ all: [{ fact: "s", op: "between", value: [1, 2] }, { fact: "s", op: "ne", value: 3 }] }, { not: { fact: "s", op: "in", value: [5, 6] } }] }, then: { kind: "reward", type: "recognition" } }] },
      declarations: [{ id: "s" }],
      facts: { s: 5 },
    });
    const lines = explainRules(r, { locale: "en" });
    expect(lines[0]).toBe("No rule fired.");
    expect(lines[1]).toBe("✘ x: (s ∈ [1, 2] false (5) and s ≠ 3 true (5)) or not (s ∈ {5, 6} true (5))");
  });

  it("bad input is INVALID_INPUT", () => {
    expect(catchKinerja(() => explainRules({} as never, { locale: "id" })).code).toBe("INVALID_INPUT");
    expect(catchKinerja(() => explainRules(result, { locale: "fr" as never })).code).toBe("INVALID_INPUT");
  });
});
