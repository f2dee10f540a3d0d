import { describe, expect, it } from "vitest";
import { applyRules } from "../../src/rules/applyRules.js";
import { compileRules } from "../../src/rules/compileRules.js";
import { evaluateRules } from "../../src/rules/evaluateRules.js";
import type { FactDeclarationInput, FactValue, RulePolicyInput, RulesResult } from "../../src/schema/rules.js";
import { catchKinerja, deepFreeze, expectError, snapshot } from "../helpers.js";

const facts: FactDeclarationInput[] = [
  { id: "final.score", type: "number" },
  { id: "final.band", type: "string", values: ["sangatBaik", "baik", "butuhPerbaikan", "kurang", "sangatKurang"] },
  { id: "innovation", type: "boolean" },
  { id: "joined", type: "date" },
  { id: "attendance.tl1" },
  { id: "attendance.absent" },
  { id: "allowance" },
];
const coaching = { kind: "development", type: "coaching" } as const;

/** Evaluates one condition on a map of facts and returns whether the rule fired. */
function holds(when: unknown, values: Record<string, FactValue>): boolean {
  const compiled = compileRules({ policy: { rules: [{ id: "r", when, then: coaching } as never] }, facts });
  return evaluateRules({ rules: compiled, facts: new Map(Object.entries(values)) }).fired.length === 1;
}

describe("evaluateRules: operators", () => {
  it("numbers compare as exact decimals (no binary float)", () => {
    expect(holds({ fact: "final.score", op: "gte", value: "3.41" }, { "final.score": "3.41" })).toBe(true);
    expect(holds({ fact: "final.score", op: "gte", value: 3.41 }, { "final.score": "3.4099999999999997" })).toBe(false);
    expect(holds({ fact: "final.score", op: "eq", value: "0.3" }, { "final.score": "0.30" })).toBe(true);
    expect(holds({ fact: "final.score", op: "lt", value: 60 }, { "final.score": "59.99" })).toBe(true);
    expect(holds({ fact: "final.score", op: "lt", value: 60 }, { "final.score": "60" })).toBe(false);
    expect(holds({ fact: "final.score", op: "lte", value: 60 }, { "final.score": "60" })).toBe(true);
    expect(holds({ fact: "final.score", op: "gt", value: 60 }, { "final.score": "60" })).toBe(false);
    expect(holds({ fact: "final.score", op: "ne", value: 60 }, { "final.score": "60.000" })).toBe(false);
  });

  it("between is inclusive at both ends", () => {
    const c = { fact: "final.score", op: "between", value: [70, 90] };
    expect(["69.99", "70", "80", "90", "90.01"].map((s) => holds(c, { "final.score": s }))).toEqual([false, true, true, true, false]);
  });

  it("in / notIn over an enumeration; eq / ne on booleans; dates by calendar order", () => {
    const bad = { fact: "final.band", op: "in", value: ["kurang", "sangatKurang"] };
    expect(holds(bad, { "final.band": "kurang" })).toBe(true);
    expect(holds(bad, { "final.band": "baik" })).toBe(false);
    expect(holds({ fact: "final.band", op: "notIn", value: ["kurang"] }, { "final.band": "baik" })).toBe(true);
    expect(holds({ fact: "innovation", op: "eq", value: true }, { innovation: true })).toBe(true);
    expect(holds({ fact: "innovation", op: "ne", value: true }, { innovation: false })).toBe(true);
    expect(holds({ fact: "joined", op: "lt", value: "2025-07-01" }, { joined: "2025-06-30" })).toBe(true);
    expect(holds({ fact: "joined", op: "between", value: ["2025-01-01", "2025-12-31"] }, { joined: "2026-01-01" })).toBe(false);
  });

  it("all / any / not", () => {
    const c = { all: [{ fact: "final.score", op: "gte", value: 90 }, { any: [{ fact: "innovation", op: "eq", value: true }, { not: { fact: "attendance.tl1", op: "gt", value: 0 } }] }] };
    expect(holds(c, { "final.score": "95", innovation: false, "attendance.tl1": "0" })).toBe(true);
    expect(holds(c, { "final.score": "95", innovation: false, "attendance.tl1": "2" })).toBe(false);
    expect(holds(c, { "final.score": "95", innovation: true, "attendance.tl1": "2" })).toBe(true);
    expect(holds(c, { "final.score": "89", innovation: true, "attendance.tl1": "0" })).toBe(false);
  });

  it("a present null compares false with everything except eq null (documented)", () => {
    const n = { "final.band": null, "final.score": null };
    expect(holds({ fact: "final.band", op: "eq", value: null }, n)).toBe(true);
    expect(holds({ fact: "final.band", op: "ne", value: null }, n)).toBe(false);
    expect(holds({ fact: "final.band", op: "eq", value: "baik" }, n)).toBe(false);
    expect(holds({ fact: "final.band", op: "ne", value: "baik" }, n)).toBe(false);
    expect(holds({ fact: "final.band", op: "notIn", value: ["baik"] }, n)).toBe(false);
    expect(holds({ fact: "final.score", op: "lt", value: 60 }, n)).toBe(false);
    expect(holds({ fact: "final.score", op: "gte", value: 60 }, n)).toBe(false);
    expect(holds({ not: { fact: "final.score", op: "gte", value: 60 } }, n)).toBe(true);
    expect(holds({ fact: "final.band", op: "ne", value: null }, { "final.band": "baik" })).toBe(true);
  });
});

describe("evaluateRules: unknown and bad facts", () => {
  const compiled = compileRules({ policy: { rules: [{ id: "r", when: { all: [{ fact: "final.score", op: "lt", value: 60 }, { fact: "attendance.tl1", op: "gt", value: 0 }] }, then: coaching }] }, facts });

  it("a used fact missing from the map is INVALID_APPRAISAL at facts.<name>", () => {
    expectError(() => evaluateRules({ rules: compiled, facts: new Map([["final.score", "50"]]) }), "INVALID_APPRAISAL", "facts.attendance.tl1", "unknown_fact");
  });

  it("a value of the wrong type is INVALID_APPRAISAL", () => {
    expectError(() => evaluateRules({ rules: compiled, facts: new Map<string, FactValue>([["final.score", true], ["attendance.tl1", "1"]]) }), "INVALID_APPRAISAL", "facts.final.score", "invalid_fact");
    expectError(() => evaluateRules({ rules: compiled, facts: new Map<string, FactValue>([["final.score", "sixty"], ["attendance.tl1", "1"]]) }), "INVALID_APPRAISAL", "facts.final.score", "invalid_fact");
  });

  it("facts the rules do not use are ignored", () => {
    const r = evaluateRules({ rules: compiled, facts: new Map<string, FactValue>([["final.score", "50"], ["attendance.tl1", "1"], ["whatever", true]]) });
    expect(r.fired.map((f) => f.rule)).toEqual(["r"]);
  });

  it("a history leaf without a history is INVALID_APPRAISAL at history", () => {
    const h = compileRules({ policy: { rules: [{ id: "h", when: { history: "band", last: 2, op: "eq", value: "kurang" }, then: coaching }] }, facts });
    expectError(() => evaluateRules({ rules: h, facts: new Map() }), "INVALID_APPRAISAL", "history", "missing_history");
    expectError(() => evaluateRules({ rules: h, facts: new Map(), history: [{ band: "kurang", score: "abc" }] }), "INVALID_APPRAISAL", "history[0].score");
  });

  it("not a compiled rule set, or an unknown option, is INVALID_INPUT", () => {
    expect(catchKinerja(() => evaluateRules({ rules: {} as never, facts: new Map() })).code).toBe("INVALID_INPUT");
    expect(catchKinerja(() => evaluateRules({ rules: compiled, facts: {} as never })).code).toBe("INVALID_INPUT");
    expect(catchKinerja(() => evaluateRules({ rules: compiled, facts: new Map(), extra: 1 } as never)).code).toBe("INVALID_INPUT");
  });
});

describe("evaluateRules: history leaves", () => {
  const declarations: FactDeclarationInput[] = [];
  const run = (when: unknown, bands: (string | null)[], scores?: string[]) =>
    applyRules({ policy: { rules: [{ id: "h", when, then: coaching } as never] }, declarations, facts: {}, history: bands.map((band, i) => ({ band, ...(scores ? { score: scores[i] } : {}) })) });

  it("recomputed vector PIP rule: history [VS, S, US, US] → trigger; [US, S, US] → no trigger", () => {
    const two = { history: "band", last: 2, op: "eq", value: "US" };
    const yes = run(two, ["VS", "S", "US", "US"]);
    expect(yes.fired.map((f) => f.rule)).toEqual(["h"]);
    expect(yes.fired[0]?.conditions).toEqual({ history: "band", last: 2, atLeast: 2, op: "eq", value: "US", actual: ["US", "US"], matched: 2, result: true });
    const no = run(two, ["US", "S", "US"]);
    expect(no.fired).toEqual([]);
    expect(no.notFired[0]?.conditions).toMatchObject({ actual: ["S", "US"], matched: 1, result: false });
  });

  it("at least k of the last n", () => {
    const c = { history: "band", last: 3, atLeast: 2, op: "in", value: ["kurang", "sangatKurang"] };
    expect(run(c, ["kurang", "baik", "sangatKurang"]).fired).toHaveLength(1);
    expect(run(c, ["kurang", "baik", "baik", "sangatKurang"]).fired).toHaveLength(0);
  });

  it("fewer periods than last → false; a null band matches nothing", () => {
    const c = { history: "band", last: 2, op: "eq", value: "kurang" };
    expect(run(c, ["kurang"]).fired).toHaveLength(0);
    expect(run(c, [null, "kurang"]).fired).toHaveLength(0);
  });

  it("score history compares exact decimals", () => {
    const c = { history: "score", last: 2, op: "gte", value: 110 };
    expect(run(c, ["a", "b", "c"], ["90", "110", "110.5"]).fired).toHaveLength(1);
    expect(run(c, ["a", "b", "c"], ["120", "109.99", "115"]).fired).toHaveLength(0);
  });

  it("'Sangat Baik two years running makes one eligible for promotion'", () => {
    const policy: RulePolicyInput = {
      rules: [{ id: "promo", label: { id: "Layak promosi", en: "Eligible for promotion" }, when: { history: "band", last: 2, op: "eq", value: "sangatBaik" }, then: { kind: "reward", type: "promotionEligible" } }],
    };
    const r = applyRules({ policy, declarations: [], facts: {}, history: [{ band: "baik" }, { band: "sangatBaik" }, { band: "sangatBaik" }] });
    expect(r.totals.promotionEligible).toBe(true);
    const r2 = applyRules({ policy, declarations: [], facts: {}, history: [{ band: "sangatBaik" }, { band: "baik" }, { band: "sangatBaik" }] });
    expect(r2.totals.promotionEligible).toBe(false);
  });
});

describe("evaluateRules: priorities, exclusive groups, stacking and caps", () => {
  const score = (s: string) => new Map<string, FactValue>([["final.score", s], ["attendance.tl1", "3"], ["attendance.absent", "30"], ["allowance", "1000000"]]);
  const policy: RulePolicyInput = {
    rules: [
      { id: "bronze", priority: 1, when: { fact: "final.score", op: "gte", value: 70 }, then: { kind: "reward", type: "bonusPercent", percent: 1 } },
      { id: "gold", priority: 3, when: { fact: "final.score", op: "gte", value: 90 }, then: { kind: "reward", type: "bonusPercent", percent: 5 } },
      { id: "silver", priority: 2, when: { fact: "final.score", op: "gte", value: 80 }, then: { kind: "reward", type: "bonusPercent", percent: 3 } },
      { id: "late", when: { fact: "attendance.tl1", op: "gt", value: 0 }, then: { kind: "sanction", type: "allowanceDeduction", percent: "0.5", per: "attendance.tl1" } },
      { id: "absent", when: { fact: "attendance.absent", op: "gt", value: 0 }, then: { kind: "sanction", type: "allowanceDeduction", percent: 5, per: "attendance.absent", months: 1 } },
      { id: "cert", priority: 5, when: { fact: "final.score", op: "gte", value: 95 }, then: [{ kind: "reward", type: "recognition", label: "Piagam" }, { kind: "reward", type: "bonusAmount", amount: 250000 }] },
    ],
    groups: [
      { id: "bonus", mode: "exclusive", rules: ["bronze", "silver", "gold"] },
      { id: "attendance", mode: "stack", rules: ["late", "absent"], cap: 90 },
    ],
    caps: { allowanceDeduction: 80, bonusPercent: 4 },
    allowance: { fact: "allowance", rounding: { places: 0, mode: "halfUp" } },
  };
  const compiled = compileRules({ policy, facts });

  it("exclusive: the highest-priority match fires, the others are pre-empted by it", () => {
    const r = evaluateRules({ rules: compiled, facts: score("85") });
    expect(r.fired.map((f) => f.rule)).toEqual(["silver", "absent", "late"]);
    expect(r.notFired.map((n) => [n.rule, n.reason, n.by])).toEqual([
      ["cert", "conditionsFalse", undefined],
      ["gold", "conditionsFalse", undefined],
      ["bronze", "preempted", "silver"],
    ]);
    expect(r.fired[0]?.group).toBe("bonus");
    expect(r.totals.bonusPercent).toEqual({ uncapped: "3", capped: "3", cap: "4" });
  });

  it("outcomes are listed in priority order; bonus cap applies", () => {
    const r = evaluateRules({ rules: compiled, facts: score("96") });
    expect(r.outcomes.map((o) => `${o.rule}:${o.type}`)).toEqual(["cert:recognition", "cert:bonusAmount", "gold:bonusPercent", "absent:allowanceDeduction", "late:allowanceDeduction"]);
    expect(r.totals.bonusPercent).toEqual({ uncapped: "5", capped: "4", cap: "4" });
    expect(r.totals.bonusAmount).toBe("250000");
  });

  it("stack group cap, then the policy cap: 30 × 5 + 3 × 0.5 = 151.5 → group 90 → policy 80", () => {
    const r = evaluateRules({ rules: compiled, facts: score("50") });
    const d = r.totals.allowanceDeduction;
    expect(d).toEqual({ uncapped: "151.5", afterGroupCaps: "90", capped: "80", cap: "80", months: 1, groups: [{ group: "attendance", uncapped: "151.5", capped: "90", cap: "90" }] });
    expect(r.outcomes.find((o) => o.rule === "late")).toMatchObject({ percent: "1.5", rate: "0.5", per: "attendance.tl1", count: "3" });
    expect(r.totals.allowance).toEqual({ base: "1000000", percent: "80", deduction: "800000", paid: "200000" });
    const capEntry = r.trace.find((t) => t.at === "totals.allowanceDeduction.capped");
    expect(capEntry).toMatchObject({ formula: "cap", value: "80", clamp: { by: "cap", unclamped: "90" } });
    expect(r.trace.find((t) => t.at === "outcomes[1].percent")).toMatchObject({ formula: "product", value: "1.5", inputs: { rate: "0.5", count: "3" } });
  });

  it("a negative or null count is an error, not a silent zero", () => {
    const perLate = compileRules({
      policy: { rules: [{ id: "low", when: { fact: "final.score", op: "lt", value: 60 }, then: { kind: "sanction", type: "allowanceDeduction", percent: 1, per: "attendance.tl1" } }] },
      facts,
    });
    const with_ = (tl1: FactValue) => () => evaluateRules({ rules: perLate, facts: new Map<string, FactValue>([["final.score", "50"], ["attendance.tl1", tl1]]) });
    expectError(with_("-1"), "INVALID_APPRAISAL", "facts.attendance.tl1", "invalid_fact");
    expectError(with_(null), "INVALID_APPRAISAL", "facts.attendance.tl1", "invalid_fact");
    expect(with_("2")().totals.allowanceDeduction.capped).toBe("2");
    expectError(() => evaluateRules({ rules: compiled, facts: new Map<string, FactValue>([["final.score", "50"], ["attendance.tl1", "0"], ["attendance.absent", "0"], ["allowance", null]]) }), "INVALID_APPRAISAL", "facts.allowance", "invalid_fact");
  });

  it("the result is plain JSON, deterministic, and the inputs are not mutated", () => {
    const map = score("96");
    const before = [...map.entries()];
    const r: RulesResult = evaluateRules({ rules: compiled, facts: map });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(evaluateRules({ rules: compiled, facts: score("96") })).toEqual(r);
    expect([...map.entries()]).toEqual(before);
  });
});

describe("applyRules", () => {
  const policy: RulePolicyInput = { rules: [{ id: "late", when: { fact: "attendance.tl1", op: "gt", value: 0 }, then: { kind: "sanction", type: "allowanceDeduction", percent: "0.5", per: "attendance.tl1" } }] };

  it("accepts facts as a record or as a list, numbers as JSON numbers or decimal text", () => {
    const a = applyRules({ policy, declarations: facts, facts: { "attendance.tl1": 3 } });
    const b = applyRules({ policy, declarations: facts, facts: [{ id: "attendance.tl1", value: "3" }] });
    expect(a).toEqual(b);
    expect(a.totals.allowanceDeduction.capped).toBe("1.5");
  });

  it("undeclared, duplicated or prototype-named facts are INVALID_APPRAISAL; policy errors are INVALID_SCHEME at policy…", () => {
    expectError(() => applyRules({ policy, declarations: facts, facts: { "attendance.tl1": 1, "attendance.tl2": 1 } }), "INVALID_APPRAISAL", "facts.attendance.tl2", "unknown_fact");
    expectError(() => applyRules({ policy, declarations: facts, facts: [{ id: "attendance.tl1", value: 1 }, { id: "attendance.tl1", value: 2 }] }), "INVALID_APPRAISAL", "facts[1]", "duplicate_id");
    expectError(() => applyRules({ policy, declarations: facts, facts: JSON.parse('{"__proto__": 1, "attendance.tl1": 1}') as Record<string, number> }), "INVALID_APPRAISAL", "facts.__proto__", "invalid_key");
    expectError(() => applyRules({ policy: { rules: [{ id: "x", when: { fact: "nope", op: "eq", value: 1 }, then: coaching }] }, declarations: facts, facts: {} }), "INVALID_SCHEME", "policy.rules[0].when.fact", "unknown_fact");
    expectError(() => applyRules({ policy, declarations: [{ id: "attendance.tl1", type: "bool" as never }], facts: {} }), "INVALID_SCHEME", "declarations[0].type");
    expectError(() => applyRules({ policy, declarations: facts, facts: {} }), "INVALID_APPRAISAL", "facts.attendance.tl1", "unknown_fact");
  });

  it("works on deep-frozen input and leaves it unchanged", () => {
    const input = deepFreeze({ policy: snapshot(policy), declarations: snapshot(facts), facts: { "attendance.tl1": 2 } });
    expect(applyRules(input).totals.allowanceDeduction.capped).toBe("1");
  });
});
