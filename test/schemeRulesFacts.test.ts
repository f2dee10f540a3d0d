// The engine facts a scheme's rules read (docs/rules.md): each one reaches the rules with the value of the
// result, and a declared fact of the wrong type is an INVALID_APPRAISAL naming the fact.
import { describe, expect, test } from "vitest";
import { compile, evaluate, type AppraisalInput, type SchemeInput } from "../src/index.js";
import { expectError } from "./helpers.js";

const when = (fact: string, op: string, value: unknown) => ({ fact, op, value });
const FACTS = ["daysServed", "perspective.p.score", "indicator.k.score", "indicator.k.achievement", "results.score", "coverage", "final.score"] as const;
const scheme: SchemeInput = {
  id: "facts",
  perspectives: [{ id: "p", label: "P" }],
  indicators: [{ id: "k", perspective: "p", label: "K", target: 200 }],
  facts: [{ id: "onLeave", type: "boolean" }, { id: "grade", type: "string" }, { id: "hours", type: "number" }],
  rules: {
    rules: [
      // Each engine fact at a threshold the appraisal below meets exactly (170 of 200: achievement 85 %).
      ...FACTS.map((fact, i) => ({ id: `r${i}`, label: fact, when: when(fact, "gte", fact === "daysServed" ? 180 : fact === "coverage" ? 1 : 85), then: { kind: "reward", type: "bonusPercent", percent: 1 } })),
      { id: "leave", label: "leave", when: when("onLeave", "eq", true), then: { kind: "reward", type: "bonusPercent", percent: 1 } },
      { id: "hours", label: "hours", when: when("hours", "gt", 10), then: { kind: "reward", type: "bonusPercent", percent: 1 } },
    ],
  },
};

const appraisal = (extra: Partial<AppraisalInput>): AppraisalInput => ({ employee: { id: "E" }, actuals: [{ indicator: "k", actual: 170 }], ...extra });

describe("engine facts in a scheme's rules", () => {
  const plan = compile(scheme);
  test("every engine fact carries the result's value (170 of 200 → 85 on every score, coverage 1, 180 days served)", () => {
    const r = evaluate(plan, appraisal({ daysServed: 180, facts: [{ id: "onLeave", value: true }, { id: "hours", value: "10.5" }, { id: "grade", value: "III/a" }] }));
    expect(r.final.score).toBe("85.00");
    expect(r.rules?.fired.map((f) => f.rule).sort()).toEqual(["hours", "leave", "r0", "r1", "r2", "r3", "r4", "r5", "r6"]);
  });

  test("below each threshold nothing fires; without daysServed that fact is null and its rule does not fire", () => {
    const r = evaluate(plan, appraisal({ actuals: [{ indicator: "k", actual: 169 }], daysServed: 179, facts: [{ id: "onLeave", value: false }, { id: "hours", value: 10 }] }));
    // 169 / 200 = 84.5 %: below 85 everywhere; coverage is still 1.
    expect(r.rules?.fired.map((f) => f.rule)).toEqual(["r5"]);
    const none = evaluate(plan, appraisal({ facts: [{ id: "onLeave", value: false }, { id: "hours", value: 0 }] }));
    expect(none.rules?.fired.map((f) => f.rule)).not.toContain("r0");
  });

  test("a declared fact a rule uses that the appraisal does not give is INVALID_APPRAISAL at facts.<name>, saying how to give it", () => {
    const e = expectError(() => evaluate(plan, appraisal({ facts: [{ id: "onLeave", value: false }] })), "INVALID_APPRAISAL", "facts.hours", "unknown_fact");
    expect(e.issues[0]?.message).toContain(`add { "id": "hours", "value": … } to the appraisal's facts`);
  });

  test("a declared fact of the wrong type is INVALID_APPRAISAL at its value, naming the fact and its type", () => {
    for (const [id, value, type] of [["onLeave", "yes", "boolean"], ["hours", "ten", "number"], ["grade", 3, "string"]] as const) {
      const e = expectError(() => evaluate(plan, appraisal({ facts: [{ id, value }] as never })), "INVALID_APPRAISAL", "facts[0].value", "invalid_type");
      expect(e.message).toContain(`fact '${id}' must be a ${type}`);
    }
  });
});

describe("the rules compare the engine's exact values, not the result's texts", () => {
  // 100 of 300 is an achievement of 100/3 %, which the result shows as 33.33333333333333333333333333333333333333
  // (40 significant digits, rounded down). The exact value lies above that text and below the next 40-digit text.
  const text40 = "33.33333333333333333333333333333333333333";
  const above40 = "33.33333333333333333333333333333333333334";
  const exact: SchemeInput = {
    id: "exact",
    perspectives: [{ id: "p", label: "P" }],
    indicators: [{ id: "k", perspective: "p", label: "K", target: 300 }],
    rules: {
      rules: [
        { id: "aboveText", label: "above the text", when: when("indicator.k.achievement", "gt", text40), then: { kind: "reward", type: "bonusPercent", percent: 1 } },
        { id: "belowNext", label: "below the next text", when: when("indicator.k.achievement", "lt", above40), then: { kind: "reward", type: "bonusPercent", percent: 1 } },
        { id: "equalText", label: "equal to the text", when: when("indicator.k.achievement", "eq", text40), then: { kind: "reward", type: "bonusPercent", percent: 1 } },
      ],
    },
  };

  test("100/3 is greater than its 40-digit text and less than the next one; the trace shows the result's text", () => {
    const r = evaluate(exact, appraisal({ actuals: [{ indicator: "k", actual: 100 }] }));
    expect(r.indicators[0]?.achievement).toBe(text40);
    expect(r.rules?.fired.map((f) => f.rule).sort()).toEqual(["aboveText", "belowNext"]);
    const leaf = r.rules?.notFired.find((f) => f.rule === "equalText")?.conditions;
    expect(leaf).toMatchObject({ fact: "indicator.k.achievement", op: "eq", actual: text40, result: false });
  });
});
