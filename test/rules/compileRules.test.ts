import { describe, expect, it } from "vitest";
import { compileRules } from "../../src/rules/compileRules.js";
import { evaluateRules } from "../../src/rules/evaluateRules.js";
import type { FactDeclarationInput, RulePolicyInput } from "../../src/schema/rules.js";
import { catchKinerja, expectError, snapshot } from "../helpers.js";

const facts: FactDeclarationInput[] = [
  { id: "final.score", type: "number" },
  { id: "final.band", type: "string", values: ["sangatBaik", "baik", "butuhPerbaikan", "kurang", "sangatKurang"] },
  { id: "innovation", type: "boolean" },
  { id: "joined", type: "date" },
  { id: "attendance.tl1" },
  { id: "unit", type: "string" },
];
const coaching = { kind: "development", type: "coaching" } as const;
const rule = (when: unknown, extra: Record<string, unknown> = {}) => ({ id: "r", when, then: coaching, ...extra }) as RulePolicyInput["rules"][number];
const one = (when: unknown) => () => compileRules({ policy: { rules: [rule(when)] }, facts });

describe("compileRules: unknown facts and malformed conditions (INVALID_SCHEME with paths)", () => {
  it("a rule on an undeclared fact, with the scheme path prefix: rules.rules[2].when.all[1].fact", () => {
    const policy: RulePolicyInput = {
      rules: [
        rule({ fact: "final.score", op: "gte", value: 90 }, { id: "a" }),
        rule({ fact: "innovation", op: "eq", value: true }, { id: "b" }),
        rule({ all: [{ fact: "final.score", op: "lt", value: 60 }, { fact: "attendance.tl9", op: "gt", value: 0 }] }, { id: "c" }),
      ],
    };
    const e = expectError(() => compileRules({ policy, facts, path: ["rules"] }), "INVALID_SCHEME", "rules.rules[2].when.all[1].fact", "unknown_fact");
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]?.message).toContain("attendance.tl9");
  });

  it("without a prefix the path starts at the policy", () => {
    expectError(one({ not: { fact: "nope", op: "eq", value: 1 } }), "INVALID_SCHEME", "rules[0].when.not.fact", "unknown_fact");
  });

  it("a condition with two kinds, with none, or not an object", () => {
    expectError(one({ all: [{ fact: "final.score", op: "gt", value: 1 }], any: [] }), "INVALID_SCHEME", "rules[0].when", "invalid_condition");
    expectError(one({ op: "eq", value: 1 }), "INVALID_SCHEME", "rules[0].when", "invalid_condition");
    expectError(one({ all: [{ fact: "final.score", op: "gt", value: 1 }, "x"] }), "INVALID_SCHEME", "rules[0].when.all[1]", "invalid_condition");
    expectError(one([{ fact: "final.score", op: "gt", value: 1 }]), "INVALID_SCHEME", "rules[0].when", "invalid_condition");
  });

  it("an unknown operator, a missing value, an extra key, an empty all", () => {
    expectError(one({ fact: "final.score", op: "greaterThan", value: 1 }), "INVALID_SCHEME", "rules[0].when.op");
    expectError(one({ fact: "final.score", op: "gt" }), "INVALID_SCHEME", "rules[0].when.value");
    expectError(one({ fact: "final.score", op: "gt", value: 1, path: "$.x" }), "INVALID_SCHEME", "rules[0].when", "unrecognized_keys");
    expectError(one({ all: [] }), "INVALID_SCHEME", "rules[0].when.all");
    expectError(one({ fact: "Final score", op: "gt", value: 1 }), "INVALID_SCHEME", "rules[0].when.fact");
    expectError(one({ fact: "__proto__", op: "gt", value: 1 }), "INVALID_SCHEME", "rules[0].when.fact");
  });

  it("a condition nested deeper than 32 levels is refused without a stack overflow", () => {
    let c: unknown = { fact: "final.score", op: "gt", value: 1 };
    for (let i = 0; i < 5000; i++) c = { not: c };
    expectError(one(c), "INVALID_SCHEME", "rules[0].when", "too_deep");
  });

  it("history leaves: atLeast above last, last 0", () => {
    expectError(one({ history: "band", last: 2, atLeast: 3, op: "eq", value: "kurang" }), "INVALID_SCHEME", "rules[0].when.atLeast");
    expectError(one({ history: "band", last: 0, op: "eq", value: "kurang" }), "INVALID_SCHEME", "rules[0].when.last");
  });
});

describe("compileRules: type checks", () => {
  it("a boolean fact with lt, a string fact with gte", () => {
    expectError(one({ fact: "innovation", op: "lt", value: true }), "INVALID_SCHEME", "rules[0].when.op", "invalid_operator");
    expectError(one({ fact: "final.band", op: "gte", value: "baik" }), "INVALID_SCHEME", "rules[0].when.op", "invalid_operator");
  });

  it("a number fact with a non-decimal string, a boolean, or a list for lt", () => {
    expectError(one({ fact: "final.score", op: "gt", value: "baik" }), "INVALID_SCHEME", "rules[0].when.value", "type_mismatch");
    expectError(one({ fact: "final.score", op: "eq", value: true }), "INVALID_SCHEME", "rules[0].when.value", "type_mismatch");
    expectError(one({ fact: "final.score", op: "lt", value: [1, 2] }), "INVALID_SCHEME", "rules[0].when.value", "invalid_value");
    expectError(one({ fact: "final.score", op: "in", value: [1, "x"] }), "INVALID_SCHEME", "rules[0].when.value[1]", "type_mismatch");
  });

  it("decimal strings are accepted for number facts", () => {
    expect(() => one({ fact: "final.score", op: "between", value: ["59.5", 60] })()).not.toThrow();
  });

  it("a string enum value that is not declared; a boolean compared with a string", () => {
    expectError(one({ fact: "final.band", op: "in", value: ["baik", "bagus"] }), "INVALID_SCHEME", "rules[0].when.value[1]", "unknown_value");
    expectError(one({ fact: "innovation", op: "eq", value: "true" }), "INVALID_SCHEME", "rules[0].when.value", "type_mismatch");
  });

  it("history band values are checked against the values of final.band when declared", () => {
    expectError(one({ history: "band", last: 2, op: "in", value: ["kurang", "poor"] }), "INVALID_SCHEME", "rules[0].when.value[1]", "unknown_value");
    expectError(one({ history: "score", last: 2, op: "lt", value: "low" }), "INVALID_SCHEME", "rules[0].when.value", "type_mismatch");
  });

  it("between needs [lo, hi] with lo ≤ hi; lt cannot compare with null; in needs a list", () => {
    expectError(one({ fact: "final.score", op: "between", value: [90, 60] }), "INVALID_SCHEME", "rules[0].when.value", "invalid_value");
    expectError(one({ fact: "final.score", op: "between", value: [1, 2, 3] }), "INVALID_SCHEME", "rules[0].when.value", "invalid_value");
    expectError(one({ fact: "final.score", op: "lt", value: null }), "INVALID_SCHEME", "rules[0].when.value", "invalid_value");
    expectError(one({ fact: "final.band", op: "in", value: "baik" }), "INVALID_SCHEME", "rules[0].when.value", "invalid_value");
  });

  it("dates compare with dates", () => {
    expectError(one({ fact: "joined", op: "lt", value: "2025-02-30" }), "INVALID_SCHEME", "rules[0].when.value", "type_mismatch");
    expect(() => one({ fact: "joined", op: "lt", value: "2025-02-28" })()).not.toThrow();
  });

  it("per must name a declared number fact", () => {
    const deduct = (per: string) => () =>
      compileRules({ policy: { rules: [{ id: "r", when: { fact: "final.score", op: "gt", value: 0 }, then: [coaching, { kind: "sanction", type: "allowanceDeduction", percent: 1, per }] }] }, facts });
    expectError(deduct("attendance.tl5"), "INVALID_SCHEME", "rules[0].then[1].per", "unknown_fact");
    expectError(deduct("innovation"), "INVALID_SCHEME", "rules[0].then[1].per", "type_mismatch");
  });

  it("malformed outcomes: unknown type, percent above 100, kind not matching the type", () => {
    const bad = (then: unknown) => () => compileRules({ policy: { rules: [{ id: "r", when: { fact: "final.score", op: "gt", value: 0 }, then } as never] }, facts });
    expectError(bad({ kind: "reward", type: "medal" }), "INVALID_SCHEME", "rules[0].then.type");
    expectError(bad({ kind: "sanction", type: "allowanceDeduction", percent: 120 }), "INVALID_SCHEME", "rules[0].then.percent");
    expectError(bad([coaching, { kind: "reward", type: "allowanceDeduction", percent: 5 }]), "INVALID_SCHEME", "rules[0].then[1].kind");
  });
});

describe("compileRules: groups", () => {
  const r = (id: string, priority = 0) => ({ id, priority, when: { fact: "final.score", op: "gt", value: 0 }, then: coaching }) as const;

  it("a rule in two exclusive groups is an error (overlapping exclusive groups)", () => {
    const policy: RulePolicyInput = {
      rules: [r("a", 2), r("b", 1), r("c", 0)],
      groups: [
        { id: "g1", mode: "exclusive", rules: ["a", "b"] },
        { id: "g2", mode: "exclusive", rules: ["c", "b"] },
      ],
    };
    const e = expectError(() => compileRules({ policy, facts, path: ["rules"] }), "INVALID_SCHEME", "rules.groups[1].rules[1]", "overlapping_groups");
    expect(e.issues[0]?.message).toContain("g1");
  });

  it("two rules with the same priority in one exclusive group are ambiguous", () => {
    const policy: RulePolicyInput = { rules: [r("a", 1), r("b", 1)], groups: [{ id: "g", mode: "exclusive", rules: ["a", "b"] }] };
    expectError(() => compileRules({ policy, facts }), "INVALID_SCHEME", "rules[1].priority", "ambiguous_priority");
  });

  it("unknown and duplicate references, duplicate ids, a cap on an exclusive group", () => {
    expectError(() => compileRules({ policy: { rules: [r("a")], groups: [{ id: "g", mode: "stack", rules: ["a", "z"] }] }, facts }), "INVALID_SCHEME", "groups[0].rules[1]", "unknown_reference");
    expectError(() => compileRules({ policy: { rules: [r("a")], groups: [{ id: "g", mode: "stack", rules: ["a", "a"] }] }, facts }), "INVALID_SCHEME", "groups[0].rules[1]", "duplicate_id");
    expectError(() => compileRules({ policy: { rules: [r("a"), r("a")] }, facts }), "INVALID_SCHEME", "rules[1].id", "duplicate_id");
    expectError(() => compileRules({ policy: { rules: [r("a")], groups: [{ id: "g", mode: "exclusive", rules: ["a"], cap: 5 }] }, facts }), "INVALID_SCHEME", "groups[0].cap");
    expectError(
      () => compileRules({ policy: { rules: [r("a")], groups: [{ id: "g", mode: "stack", rules: ["a"] }, { id: "h", mode: "stack", rules: ["a"] }] }, facts }),
      "INVALID_SCHEME",
      "groups[1].rules[0]",
      "overlapping_groups",
    );
  });

  it("duplicate fact declarations are reported at the declarations path", () => {
    expectError(() => compileRules({ policy: { rules: [] }, facts: [{ id: "x" }, { id: "x" }], factsPath: ["scheme", "facts"] }), "INVALID_SCHEME", "scheme.facts[1].id", "duplicate_id");
    expectError(() => compileRules({ policy: { rules: [] }, facts: [{ id: "x", type: "number", values: ["a"] }] }), "INVALID_SCHEME", "facts[0].values");
  });

  it("the allowance fact must be a declared number", () => {
    expectError(() => compileRules({ policy: { rules: [], allowance: { fact: "tunjangan" } }, facts }), "INVALID_SCHEME", "allowance.fact", "unknown_fact");
    expectError(() => compileRules({ policy: { rules: [], allowance: { fact: "unit" } }, facts }), "INVALID_SCHEME", "allowance.fact", "type_mismatch");
  });

  it("bad options are INVALID_INPUT", () => {
    expect(catchKinerja(() => compileRules({ policy: { rules: [] }, facts, extra: 1 } as never)).code).toBe("INVALID_INPUT");
  });
});

describe("compileRules: the compiled object", () => {
  it("is frozen, does not mutate the policy, and accepts an already-validated policy again", () => {
    const policy: RulePolicyInput = { rules: [{ id: "a", label: "A", when: { fact: "final.score", op: "gte", value: "90.0" }, then: { kind: "reward", type: "bonusPercent", percent: 5 } }] };
    const before = snapshot(policy);
    const compiled = compileRules({ policy, facts });
    expect(Object.isFrozen(compiled)).toBe(true);
    expect(policy).toEqual(before);
    const r = evaluateRules({ rules: compiled, facts: new Map([["final.score", "90"]]) });
    expect(r.fired.map((f) => f.rule)).toEqual(["a"]);
    expect(r.fired[0]?.conditions).toEqual({ fact: "final.score", op: "gte", value: "90", actual: "90", result: true });
  });
});
