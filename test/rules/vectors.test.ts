import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allowanceAfterDeduction } from "../../src/rules/allowanceAfterDeduction.js";
import { applyRules } from "../../src/rules/applyRules.js";
import type { FactDeclarationInput, FactValueInput, RulePolicyInput } from "../../src/schema/rules.js";
import { expectDec, expectError } from "../helpers.js";

interface RuleData {
  readonly declarations: FactDeclarationInput[];
  readonly policy: RulePolicyInput;
}
/** Reads a rule file of examples/data: its declarations and policy (the `source` note is dropped). */
function load(name: string): RuleData {
  const data = JSON.parse(readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), "utf8")) as RuleData & { source: string };
  expect(data.source.length).toBeGreaterThan(0);
  return { declarations: data.declarations, policy: data.policy };
}

/** Every attendance count 0 except those given. */
function attendance(given: Record<string, FactValueInput>): Record<string, FactValueInput> {
  const zero = Object.fromEntries(["absent", "tl1", "tl2", "tl3", "tl4", "psw1", "psw2", "psw3", "psw4"].map((k) => [`attendance.${k}`, 0]));
  return { ...zero, ...given };
}

describe("recomputed vector allowance deduction (worked example of an older PTK table)", () => {
  const ptk = load("rules-ptk-tukin.json");

  it("recomputed vector allowance deduction: Rp 4,800,000; 5 % + 2×0.5 % + 1.25 % → 7.25 %, Rp 348,000 deducted, paid Rp 4,452,000", () => {
    const r = applyRules({ ...ptk, facts: attendance({ allowance: 4_800_000, "attendance.absent": 1, "attendance.tl1": 2, "attendance.tl3": 1 }) });
    expect(r.fired.map((f) => f.rule).sort()).toEqual(["absent", "tl1", "tl3"]);
    expect(r.totals.allowanceDeduction.capped).toBe("7.25");
    expect(r.totals.allowance).toEqual({ base: "4800000", percent: "7.25", deduction: "348000", paid: "4452000" });
  });

  it("recomputed vector allowance deduction via allowanceAfterDeduction: 4,800,000 × 7.25 % → 348,000 / 4,452,000", () => {
    const a = allowanceAfterDeduction({ allowance: 4_800_000, percent: "7.25" });
    expect([a.deduction, a.paid]).toEqual(["348000", "4452000"]);
  });

  it("allowance deductions (docs/sources.md#methods): 21 absent days at 5 % = 105 % is capped at 100 % a month → paid 0", () => {
    const r = applyRules({ ...ptk, facts: attendance({ allowance: 4_800_000, "attendance.absent": 21 }) });
    expect(r.totals.allowanceDeduction).toMatchObject({ uncapped: "105", capped: "100", cap: "100" });
    expect(r.totals.allowance?.paid).toBe("0");
  });
});

describe("allowanceAfterDeduction", () => {
  it("rounds the deducted amount only when asked; caps the percent at 100", () => {
    expect(allowanceAfterDeduction({ allowance: "3333333", percent: "7.25" })).toMatchObject({ deduction: "241666.6425", paid: "3091666.3575" });
    const r = allowanceAfterDeduction({ allowance: "3333333", percent: "7.25", rounding: { places: 0, mode: "halfUp" } });
    expect([r.deduction, r.paid]).toEqual(["241667", "3091666"]);
    expect(r.trace.find((t) => t.at === "deduction")?.rounding).toEqual({ places: 0, mode: "halfUp", exact: "241666.6425" });
    const c = allowanceAfterDeduction({ allowance: 100, percent: 150 });
    expect([c.percent, c.deduction, c.paid]).toEqual(["100", "100", "0"]);
    expect(c.trace[0]).toMatchObject({ at: "percent", clamp: { by: "cap", unclamped: "150" } });
  });

  it("bad input is INVALID_INPUT", () => {
    expectError(() => allowanceAfterDeduction({ allowance: -1, percent: 5 }), "INVALID_INPUT", "allowance");
    expectError(() => allowanceAfterDeduction({ allowance: 1, percent: "x" }), "INVALID_INPUT", "percent");
  });
});

describe("allowance deductions (docs/sources.md#methods) daily cap: TL4 + PSW2 on one day under a 2.5 %/day cap → 2.5 %, not 3.5 %", () => {
  const day = load("rules-daily-cap.json");
  const facts = (on: string[]) => Object.fromEntries(day.declarations.map((d) => [d.id, on.includes(d.id)]));

  it("allowance deductions (docs/sources.md#methods) daily cap: TL4 (2.5 %) + PSW2 (1 %) → 2.5 %", () => {
    const r = applyRules({ ...day, facts: facts(["day.tl4", "day.psw2"]) });
    expect(r.totals.allowanceDeduction).toMatchObject({ uncapped: "3.5", afterGroupCaps: "2.5", capped: "2.5", groups: [{ group: "day", uncapped: "3.5", capped: "2.5", cap: "2.5" }] });
  });

  it("below the cap nothing changes: TL1 + PSW2 → 1.5 %", () => {
    expect(applyRules({ ...day, facts: facts(["day.tl1", "day.psw2"]) }).totals.allowanceDeduction.capped).toBe("1.5");
  });
});

describe("PP 94/2021 PP 94/2021 absence ladder (examples/data/rules-pp94-absence.json)", () => {
  const pp94 = load("rules-pp94-absence.json");
  const run = (days: number, consecutive = 0) => applyRules({ ...pp94, facts: { "absence.unexcusedDays": days, "absence.consecutiveDays": consecutive } });

  // The table of PP 94/2021, written out independently of the rule data.
  const table: [number, string | null, string][] = [
    [0, null, "nothing"],
    [2, null, "nothing"],
    [3, "teguran-lisan", "warning:teguranLisan"],
    [4, "teguran-tertulis", "warning:teguranTertulis"],
    [6, "teguran-tertulis", "warning:teguranTertulis"],
    [7, "tidak-puas", "warning:pernyataanTidakPuas"],
    [10, "tidak-puas", "warning:pernyataanTidakPuas"],
    [11, "tukin-25-6", "allowanceDeduction:25:6"],
    [13, "tukin-25-6", "allowanceDeduction:25:6"],
    [14, "tukin-25-9", "allowanceDeduction:25:9"],
    [15, "tukin-25-9", "allowanceDeduction:25:9"],
    [16, "tukin-25-9", "allowanceDeduction:25:9"],
    [17, "tukin-25-12", "allowanceDeduction:25:12"],
    [20, "tukin-25-12", "allowanceDeduction:25:12"],
    [21, "penurunan-jabatan", "demotion:12"],
    [24, "penurunan-jabatan", "demotion:12"],
    [25, "pembebasan", "positionRelease:12"],
    [27, "pembebasan", "positionRelease:12"],
    [28, "pdh", "dismissal"],
    [60, "pdh", "dismissal"],
  ];

  for (const [days, rule, expected] of table) {
    it(`PP 94/2021 PP 94/2021: ${days} unexcused days → ${expected}`, () => {
      const r = run(days);
      expect(r.fired.map((f) => f.rule)).toEqual(rule === null ? [] : [rule]);
      const o = r.outcomes[0];
      const text =
        o === undefined
          ? "nothing"
          : o.type === "warning"
            ? `warning:${o.level}`
            : o.type === "allowanceDeduction"
              ? `allowanceDeduction:${o.percent}:${o.months}`
              : o.type === "demotion" || o.type === "positionRelease"
                ? `${o.type}:${o.months}`
                : o.type;
      expect(text).toBe(expected);
    });
  }

  it("PP 94/2021: the worked employee with 15 days gets −25 % for 9 months; the lighter matches are pre-empted by it", () => {
    const r = run(15);
    expect(r.totals.allowanceDeduction).toMatchObject({ capped: "25", months: 9 });
    expect(r.notFired.filter((n) => n.reason === "preempted").map((n) => [n.rule, n.by])).toEqual([
      ["tukin-25-6", "tukin-25-9"],
      ["tidak-puas", "tukin-25-9"],
      ["teguran-tertulis", "tukin-25-9"],
      ["teguran-lisan", "tukin-25-9"],
    ]);
  });

  it("PP 94/2021: 10 consecutive days → PDH even with few cumulative days", () => {
    const r = run(10, 10);
    expect(r.fired.map((f) => f.rule)).toEqual(["pdh-consecutive"]);
    expect(r.outcomes[0]?.type).toBe("dismissal");
  });
});

describe("agency tukin rules Permentan 68/2012 tukin table (examples/data/rules-permentan68-tukin.json)", () => {
  const kementan = load("rules-permentan68-tukin.json");

  it("agency tukin rules Permentan 68/2012: Rp 5,000,000; 1 absent day (4 %) + 3 × TL1 (0.5 %) + TL3 (1.5 %) + PSW2 (1 %) + PSW4 (2 %) → 10 % → paid Rp 4,500,000", () => {
    const r = applyRules({
      ...kementan,
      facts: { ...attendance({ allowance: 5_000_000, "attendance.absent": 1, "attendance.tl1": 3, "attendance.tl3": 1, "attendance.psw2": 1, "attendance.psw4": 1 }), "discipline.sanction": "none" },
    });
    expect(r.totals.allowanceDeduction.capped).toBe("10");
    expect(r.totals.allowance).toEqual({ base: "5000000", percent: "10", deduction: "500000", paid: "4500000" });
  });

  it("agency tukin rules Permentan 68/2012: a teguran tertulis (30 % for 2 months) stacks with attendance cuts", () => {
    const r = applyRules({ ...kementan, facts: { ...attendance({ allowance: 5_000_000, "attendance.tl2": 2 }), "discipline.sanction": "teguranTertulis" } });
    expect(r.totals.allowanceDeduction).toMatchObject({ capped: "32", months: 2 });
    expectDec(r.totals.allowance?.paid, 3_400_000);
  });

  it("agency tukin rules Permentan 68/2012: pemberhentian (100 %) plus attendance cuts is capped at 100 %", () => {
    const r = applyRules({ ...kementan, facts: { ...attendance({ allowance: 5_000_000, "attendance.absent": 2 }), "discipline.sanction": "pemberhentian" } });
    expect(r.totals.allowanceDeduction).toMatchObject({ uncapped: "108", capped: "100" });
    expect(r.totals.allowance?.paid).toBe("0");
  });
});
