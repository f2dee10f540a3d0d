// rollUpGoals explains every number: the trace entry of each actual and progress (formula, inputs, clamp),
// the status of each goal, the warnings, and the errors with their paths. Expected values by hand.
import { describe, expect, it } from "vitest";
import { KinerjaError } from "../../src/errors/kinerjaError.js";
import { rollUpGoals, type NumericGoalInput } from "../../src/scorecard/rollUpGoals.js";

const org = (extra: Partial<NumericGoalInput> = {}): NumericGoalInput => ({ id: "o", level: "organisation", statement: "Perizinan cepat dan pasti", ...extra });
const unit = (id: string, extra: Partial<NumericGoalInput>): NumericGoalInput => ({ id, level: "unit", parent: "o", statement: `Unit ${id}`, ...extra });

/** The error of a call, with its issues as [path, code, message]. */
function failure(run: () => unknown): { message: string; issues: [string, string, string][] } {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(KinerjaError);
    const k = e as KinerjaError;
    expect(k.code).toBe("INVALID_INPUT");
    return { message: k.message, issues: k.issues.map((i) => [i.at, i.code, i.message]) };
  }
  throw new Error("expected a KinerjaError");
}

describe("rollUpGoals: every number traced", () => {
  it("worst child over a ratio leaf (80 of 100 → 80 %) and a lower-is-better leaf floored at 0 ((2 − 25/10) × 100 = −50 → 0)", () => {
    const r = rollUpGoals({ goals: [org({ aggregation: "worstChild" }), unit("a", { owner: "ua", target: 100, actual: 80 }), unit("b", { direction: "lower", target: 10, actual: 25 })] });
    expect(r.trace).toEqual([
      { at: "goals.a.actual", formula: "input", value: "80", inputs: {}, source: "goals[1].actual" },
      { at: "goals.a.progress", formula: "goal.progress.ratio", value: "80", inputs: { actual: "80", target: "100" } },
      { at: "goals.b.actual", formula: "input", value: "25", inputs: {}, source: "goals[2].actual" },
      { at: "goals.b.progress", formula: "goal.progress.reflected", value: "0", inputs: { actual: "25", target: "10" }, clamp: { by: "floor", unclamped: "-50" } },
      { at: "goals.o.progress", formula: "goal.rollup.worstChild", value: "0", inputs: { "a.progress": "80", "b.progress": "0" } },
    ]);
    const o = r.roots[0];
    expect({ ...o, children: undefined }).toEqual({ id: "o", level: "organisation", owner: null, weight: "1", target: null, actual: null, progress: "0", status: "scored", aggregation: "worstChild", children: undefined });
    expect(o?.children.map((c) => [c.id, c.owner, c.weight, c.target, c.actual, c.progress, c.status, c.aggregation])).toEqual([
      ["a", "ua", "0.5", "100", "80", "80", "scored", null],
      ["b", null, "0.5", "10", "25", "0", "scored", null],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it("a higher-is-better leaf is neither capped nor floored unless told (120 of 100 → 120 %; −10 of 100 → −10 %: the floor at 0 is the lower-is-better rule's)", () => {
    const r = rollUpGoals({ goals: [org(), unit("a", { target: 100, actual: 120 }), unit("b", { target: 100, actual: -10 })] });
    expect(r.trace.find((t) => t.at === "goals.a.progress")).toEqual({ at: "goals.a.progress", formula: "goal.progress.ratio", value: "120", inputs: { actual: "120", target: "100" } });
    expect(r.trace.find((t) => t.at === "goals.b.progress")).toEqual({ at: "goals.b.progress", formula: "goal.progress.ratio", value: "-10", inputs: { actual: "-10", target: "100" } });
    // The weighted mean of 120 and −10 with equal weights is 55.
    expect([r.roots[0]?.progress, r.roots[0]?.status, r.roots[0]?.aggregation]).toEqual(["55", "scored", "weightedMean"]);
  });

  it("sum over the children with an actual (12 of 60 → 20 %), the missing child warned and counted (1 of 2)", () => {
    const r = rollUpGoals({ goals: [org({ aggregation: "sum", target: 60 }), unit("a", { target: 20, actual: 12 }), unit("b", { target: 40 })] });
    expect(r.trace.slice(2)).toEqual([
      { at: "goals.o.actual", formula: "goal.rollup.sum", value: "12", inputs: { "a.actual": "12" } },
      { at: "goals.o.progress", formula: "goal.progress.ratio", value: "20", inputs: { actual: "12", target: "60" } },
    ]);
    expect(r.warnings.map((w) => [w.code, w.at, w.params])).toEqual([
      ["missing_goal_actual", "goals.b.actual", { goal: "b" }],
      ["partial_rollup", "goals.o.progress", { goal: "o", missing: 1, of: 2 }],
    ]);
    expect([r.roots[0]?.actual, r.roots[0]?.progress, r.roots[0]?.status]).toEqual(["12", "20", "scored"]);
    expect(r.roots[0]?.children.map((c) => [c.actual, c.progress, c.status])).toEqual([["12", "60", "scored"], [null, null, "missing"]]);
  });

  it("count done against the parent's target (1 of 2 done → 50 %)", () => {
    const r = rollUpGoals({ goals: [org({ aggregation: "countDone", target: 2 }), unit("a", { target: 10, actual: 10 }), unit("b", { target: 10, actual: 5 })] });
    expect(r.trace.slice(4)).toEqual([
      { at: "goals.o.actual", formula: "goal.rollup.countDone", value: "1", inputs: { "a.progress": "100", "b.progress": "50" } },
      { at: "goals.o.progress", formula: "goal.progress.countDone", value: "50", inputs: { done: "1", of: "2" } },
    ]);
    expect([r.roots[0]?.actual, r.roots[0]?.progress, r.roots[0]?.status, r.roots[0]?.aggregation]).toEqual(["1", "50", "scored", "countDone"]);
  });

  it("a parent none of whose children has a progress is missing, with every aggregation (weights of 0 too)", () => {
    for (const aggregation of ["weightedMean", "worstChild", "sum", "countDone"] as const) {
      const r = rollUpGoals({ goals: [org({ aggregation, target: 10 }), unit("a", { target: 5 }), unit("b", { target: 5 })] });
      expect(r.roots[0], aggregation).toMatchObject({ actual: null, progress: null, status: "missing", aggregation });
      expect(r.warnings.map((w) => w.code)).toEqual(["missing_goal_actual", "missing_goal_actual", "partial_rollup"]);
      expect(r.trace.filter((t) => t.at.startsWith("goals.o."))).toEqual([]);
    }
    const zero = rollUpGoals({ goals: [org(), unit("a", { weight: 0, target: 10, actual: 5 })] });
    expect(zero.roots[0]).toMatchObject({ progress: null, status: "missing" });
    expect(zero.roots[0]?.children[0]?.weight).toBe("0");
  });
});

describe("rollUpGoals: errors name the goal and the field", () => {
  it("a leaf with an actual but no target, or a target of 0; a parent with its own actual; countDone out of 0", () => {
    expect(failure(() => rollUpGoals({ goals: [org(), unit("a", { actual: 1 })] }))).toEqual({
      message: expect.stringContaining("invalid goals") as unknown as string,
      issues: [["goals[1].target", "missing_target", "goal 'a' needs a non-zero target for its progress"]],
    });
    expect(failure(() => rollUpGoals({ goals: [org(), unit("a", { target: 0, actual: 1 })] })).issues).toEqual([["goals[1].target", "zero_target", "goal 'a' needs a non-zero target for its progress"]]);
    expect(failure(() => rollUpGoals({ goals: [org({ actual: 3 }), unit("a", { target: 1, actual: 1 })] })).issues).toEqual([
      ["goals[0].actual", "parent_actual", "goal 'o' has supporting goals; its actual comes from them (weightedMean)"],
    ]);
    expect(failure(() => rollUpGoals({ goals: [org({ aggregation: "countDone", target: 0 }), unit("a", { target: 1, actual: 1 })] })).issues).toEqual([
      ["goals[0].target", "zero_target", "goal 'o' needs a non-zero target for its progress"],
    ]);
    expect(failure(() => rollUpGoals({ goals: 5 } as never)).message).toContain("invalid goals");
  });
});
