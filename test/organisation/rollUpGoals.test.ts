import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KinerjaError } from "../../src/errors/kinerjaError.js";
import { rollUpGoals, type NumericGoalInput } from "../../src/scorecard/rollUpGoals.js";
import { deepFreeze } from "../helpers.js";

const org = (aggregation?: NumericGoalInput["aggregation"], extra: Partial<NumericGoalInput> = {}): NumericGoalInput => ({ id: "o", level: "organisation", statement: "Perizinan cepat dan pasti", ...(aggregation ? { aggregation } : {}), ...extra });
const unit = (id: string, extra: Partial<NumericGoalInput>): NumericGoalInput => ({ id, level: "unit", parent: "o", statement: `Unit ${id}`, ...extra });

describe("rollUpGoals: the numeric cascade with per-link aggregation", () => {
  it("weighted mean (hand computed): units at 90 % (weight 3) and 110 % (weight 1) → (3×90 + 110)/4 = 95", () => {
    const r = rollUpGoals({ goals: [org(), unit("a", { weight: 3, target: 100, actual: 90 }), unit("b", { weight: 1, target: 50, actual: 55 })] });
    const o = r.roots[0];
    expect([o?.progress, o?.aggregation, o?.children.map((c) => [c.weight, c.progress])]).toEqual(["95", "weightedMean", [["0.75", "90"], ["0.25", "110"]]]);
    expect(r.trace.find((t) => t.at === "goals.o.progress")).toMatchObject({ formula: "goal.rollup.weightedMean", value: "95", inputs: { "a.progress": "90", "a.weight": "3", "b.progress": "110", "b.weight": "1" } });
  });

  it("worst child: the weakest link decides", () => {
    const r = rollUpGoals({ goals: [org("worstChild"), unit("a", { target: 100, actual: 130 }), unit("b", { target: 100, actual: 70 })] });
    expect(r.roots[0]?.progress).toBe("70");
  });

  it("sum: the parent's actual is the children's total against its own target (12 + 30 = 42 of 60 → 70 %)", () => {
    const r = rollUpGoals({ goals: [org("sum", { target: 60 }), unit("a", { target: 20, actual: 12 }), unit("b", { target: 40, actual: 30 })] });
    expect([r.roots[0]?.actual, r.roots[0]?.progress]).toEqual(["42", "70"]);
    expect(() => rollUpGoals({ goals: [org("sum"), unit("a", { target: 20, actual: 12 })] })).toThrow(KinerjaError);
  });

  it("count done: children at ≥ 100 % counted; default out of the number of children (2 of 3 → 66.67 %)", () => {
    const r = rollUpGoals({ goals: [org("countDone"), unit("a", { target: 10, actual: 10 }), unit("b", { target: 10, actual: 12 }), unit("c", { target: 10, actual: 9 })] });
    expect(r.roots[0]?.actual).toBe("2");
    expect(r.roots[0]?.progress?.slice(0, 7)).toBe("66.6666");
  });

  it("three levels, lower-is-better leaves, a cap, and a missing actual re-spread with a warning", () => {
    const r = rollUpGoals({
      goals: [
        org(),
        unit("a", {}),
        { id: "a1", level: "individual", parent: "a", statement: "Waktu proses izin", direction: "lower", target: 5, actual: 4 },
        { id: "a2", level: "individual", parent: "a", statement: "Izin terbit", target: 100, actual: 150, cap: 120 },
        { id: "a3", level: "individual", parent: "a", statement: "Survei" },
      ],
    });
    const a = r.roots[0]?.children[0];
    expect(a?.children.map((c) => [c.progress, c.status])).toEqual([["120", "scored"], ["120", "scored"], [null, "missing"]]);
    expect(a?.progress).toBe("120");
    expect(r.warnings.map((w) => w.code)).toEqual(["missing_goal_actual", "partial_rollup"]);
    expect(r.trace.find((t) => t.at === "goals.a2.progress")?.clamp).toEqual({ by: "cap", unclamped: "150" });
  });

  it("rejects an actual on a goal with children, and a leaf without target", () => {
    expect(() => rollUpGoals({ goals: [org(undefined, { actual: 1 }), unit("a", { target: 1, actual: 1 })] })).toThrow(KinerjaError);
    expect(() => rollUpGoals({ goals: [org(), unit("a", { actual: 1 })] })).toThrow(KinerjaError);
  });

  fcTest.prop([fc.array(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 300 })), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 5 })])(
    "scaling every weight leaves the weighted mean unchanged; it lies between the worst and the best child; input not changed",
    (units, k) => {
      const goals = deepFreeze([org(), ...units.map(([w, a], i) => unit(`u${i}`, { weight: w, target: 100, actual: a }))]);
      const scaled = [org(), ...units.map(([w, a], i) => unit(`u${i}`, { weight: w * k, target: 100, actual: a }))];
      const p = rollUpGoals({ goals }).roots[0]?.progress as string;
      expect(rollUpGoals({ goals: scaled }).roots[0]?.progress).toBe(p);
      const worst = rollUpGoals({ goals: [org("worstChild"), ...goals.slice(1)] }).roots[0]?.progress;
      expect(Number(p)).toBeGreaterThanOrEqual(Number(worst));
      expect(Number(p)).toBeLessThanOrEqual(Math.max(...units.map(([, a]) => a)));
    },
  );
});
