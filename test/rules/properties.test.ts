import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileRules } from "../../src/rules/compileRules.js";
import { evaluateRules } from "../../src/rules/evaluateRules.js";
import type { FactDeclarationInput, FactValue, RulePolicyInput, RulesResult } from "../../src/schema/rules.js";
import { X, scaled } from "../helpers.js";

const FACTS = ["f0", "f1", "f2"] as const;
const declarations: FactDeclarationInput[] = FACTS.map((id) => ({ id, type: "number" }));
type Policy = RulePolicyInput;
type RuleIn = Policy["rules"][number];

const value = fc.integer({ min: 0, max: 1000 }).map((n) => scaled(n, 1)); // 0.0 … 100.0
const leaf = fc.record({ fact: fc.constantFrom(...FACTS), op: fc.constantFrom("gt", "gte", "lt", "lte", "eq", "ne"), value });
const between = fc.record({ fact: fc.constantFrom(...FACTS), lo: fc.integer({ min: 0, max: 1000 }), span: fc.integer({ min: 0, max: 500 }) }).map((b) => ({ fact: b.fact, op: "between", value: [scaled(b.lo, 1), scaled(b.lo + b.span, 1)] }));
const condition = fc.oneof(
  leaf,
  between,
  fc.array(leaf, { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
  fc.array(fc.oneof(leaf, between), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
  leaf.map((not) => ({ not })),
);
const outcome = fc.oneof(
  fc.record({ kind: fc.constant("sanction"), type: fc.constant("allowanceDeduction"), percent: fc.integer({ min: 0, max: 1000 }).map((n) => scaled(n, 1)) }),
  fc.record({ kind: fc.constant("sanction"), type: fc.constant("allowanceDeduction"), percent: fc.integer({ min: 0, max: 100 }).map((n) => scaled(n, 2)), per: fc.constantFrom(...FACTS) }),
  fc.record({ kind: fc.constant("reward"), type: fc.constant("bonusPercent"), percent: fc.integer({ min: 0, max: 200 }).map((n) => scaled(n, 1)) }),
  fc.constant({ kind: "development", type: "improvementPlan" }),
);
const ruleShape = fc.record({
  priority: fc.integer({ min: -3, max: 3 }),
  when: condition,
  then: fc.array(outcome, { minLength: 1, maxLength: 2 }),
  exclusive: fc.boolean(),
  stack: fc.boolean(),
});

/** A random policy: rules, one exclusive group (distinct priorities), one stack group with an optional cap, an optional policy cap. */
const policyArb = fc
  .record({
    shapes: fc.array(ruleShape, { minLength: 1, maxLength: 8 }),
    groupCap: fc.option(fc.integer({ min: 0, max: 1000 }).map((n) => scaled(n, 1)), { nil: undefined }),
    cap: fc.option(fc.integer({ min: 0, max: 1000 }).map((n) => scaled(n, 1)), { nil: undefined }),
  })
  .map(({ shapes, groupCap, cap }): Policy => {
    const rules = shapes.map((s, i) => ({ id: `r${i}`, priority: s.exclusive ? 10 + i : s.priority, when: s.when, then: s.then }) as RuleIn);
    const ex = shapes.flatMap((s, i) => (s.exclusive ? [`r${i}`] : []));
    const st = shapes.flatMap((s, i) => (s.stack ? [`r${i}`] : []));
    return {
      rules,
      groups: [...(ex.length > 0 ? [{ id: "ex", mode: "exclusive" as const, rules: ex }] : []), ...(st.length > 0 ? [{ id: "st", mode: "stack" as const, rules: st, ...(groupCap === undefined ? {} : { cap: groupCap }) }] : [])],
      ...(cap === undefined ? {} : { caps: { allowanceDeduction: cap } }),
    };
  });
const factsArb = fc.tuple(value, value, value).map((vs) => new Map<string, FactValue>(FACTS.map((f, i) => [f, vs[i] as string])));

const run = (policy: Policy, facts: ReadonlyMap<string, FactValue>): RulesResult => evaluateRules({ rules: compileRules({ policy, facts: declarations }), facts });

/** A permutation of a list by a list of random keys. */
function permute<T>(xs: readonly T[], keys: readonly number[]): T[] {
  return xs.map((x, i) => ({ x, k: keys[i % Math.max(1, keys.length)] ?? 0, i })).sort((a, b) => a.k - b.k || a.i - b.i).map((e) => e.x);
}

describe("rules: properties", () => {
  it("outcomes are independent of the order of the rules (and of the group lists); only priorities order them", () => {
    fc.assert(
      fc.property(policyArb, factsArb, fc.array(fc.integer(), { minLength: 1, maxLength: 8 }), (policy, facts, keys) => {
        const shuffled: Policy = { ...policy, rules: permute(policy.rules, keys), groups: (policy.groups ?? []).map((g) => ({ ...g, rules: permute(g.rules, [...keys].reverse()) })) };
        expect(run(shuffled, facts)).toEqual(run(policy, facts));
      }),
    );
  });

  it("the total deduction never exceeds its cap (100 % or the policy's), nor any group its group cap; capped = min(cap, Σ group-capped sums)", () => {
    fc.assert(
      fc.property(policyArb, factsArb, (policy, facts) => {
        const r = run(policy, facts);
        const d = r.totals.allowanceDeduction;
        const cap = new X(policy.caps?.allowanceDeduction ?? 100);
        expect(new X(d.cap).eq(cap)).toBe(true);
        expect(new X(d.capped).lte(cap)).toBe(true);
        expect(new X(d.capped).lte(new X(d.uncapped))).toBe(true);
        // independent recomputation from the fired outcomes
        let grouped = new X(0);
        let rest = new X(0);
        let all = new X(0);
        for (const f of r.fired) {
          for (const o of f.outcomes) {
            if (o.type !== "allowanceDeduction") continue;
            const rate = new X(o.rate);
            const p = o.per === null ? rate : rate.times(new X(facts.get(o.per) as string));
            expect(new X(o.percent).eq(p)).toBe(true);
            all = all.plus(p);
            if (f.stackGroup === "st") grouped = grouped.plus(p);
            else rest = rest.plus(p);
          }
        }
        const gcap = policy.groups?.find((g) => g.id === "st")?.cap;
        const groupCapped = gcap === undefined ? grouped : X.min(grouped, new X(gcap));
        for (const g of d.groups) if (g.cap !== null) expect(new X(g.capped).lte(new X(g.cap))).toBe(true);
        expect(new X(d.uncapped).eq(all)).toBe(true);
        expect(new X(d.capped).eq(X.min(cap, groupCapped.plus(rest)))).toBe(true);
      }),
    );
  });

  it("adding a rule that never fires changes nothing but the not-fired list", () => {
    fc.assert(
      fc.property(policyArb, factsArb, fc.boolean(), fc.boolean(), (policy, facts, inExclusive, inStack) => {
        const never: RuleIn = { id: "never", priority: 1000, when: { fact: "f0", op: "lt", value: 0 }, then: { kind: "sanction", type: "allowanceDeduction", percent: 100 } };
        const groups = (policy.groups ?? []).map((g) => ((g.mode === "exclusive" && inExclusive) || (g.mode === "stack" && inStack) ? { ...g, rules: [...g.rules, "never"] } : g));
        const before = run(policy, facts);
        const after = run({ ...policy, rules: [...policy.rules, never], groups }, facts);
        expect({ ...after, notFired: [] }).toEqual({ ...before, notFired: [] });
        expect(after.notFired.filter((n) => n.rule !== "never")).toEqual(before.notFired);
        expect(after.notFired.find((n) => n.rule === "never")?.reason).toBe("conditionsFalse");
      }),
    );
  });

  it("in an exclusive group at most one rule fires, and it is the matching rule of highest priority", () => {
    fc.assert(
      fc.property(policyArb, factsArb, (policy, facts) => {
        const r = run(policy, facts);
        const firedEx = r.fired.filter((f) => f.group === "ex");
        expect(firedEx.length).toBeLessThanOrEqual(1);
        const matching = [...r.fired, ...r.notFired].filter((x) => x.group === "ex" && x.conditions.result);
        if (matching.length > 0) expect(firedEx[0]?.priority).toBe(Math.max(...matching.map((m) => m.priority)));
        for (const n of r.notFired) if (n.reason === "preempted") expect(n.by).toBe(firedEx[0]?.rule);
      }),
    );
  });

  it("results are plain JSON and evaluating twice gives the same result", () => {
    fc.assert(
      fc.property(policyArb, factsArb, (policy, facts) => {
        const compiled = compileRules({ policy, facts: declarations });
        const a = evaluateRules({ rules: compiled, facts });
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
        expect(evaluateRules({ rules: compiled, facts })).toEqual(a);
      }),
    );
  });
});
