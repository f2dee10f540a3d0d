// PP 30/2019 Pasal 57: a six-month improvement window after a low predikat; JA/JF who do not improve are
// placed in another post for at most one year. Dates by hand (the 29th–31st clamp to month end).
import { describe, expect, it } from "vitest";
import { improvementWindow, type Condition } from "../../src/index.js";
import { expectError } from "../helpers.js";

describe("improvementWindow", () => {
  it("FU-1: opened 31 Aug 2023 → the window ends 29 Feb 2024 (leap year, clamped); opened 15 Jan 2024 → 15 Jul 2024", () => {
    expect(improvementWindow({ asOf: "2024-02-28", opened: { date: "2023-08-31", predikat: "kurang" } })).toMatchObject({ state: "open", windowEnds: "2024-02-29" });
    expect(improvementWindow({ asOf: "2024-02-29", opened: { date: "2023-08-31", predikat: "kurang" } }).state).toBe("reEvaluationDue");
    expect(improvementWindow({ asOf: "2024-03-01", opened: { date: "2024-01-15", predikat: "sangatKurang" } }).windowEnds).toBe("2024-07-15");
  });

  it("a Baik or Butuh Perbaikan predikat does not open a window under the default trigger", () => {
    const r = improvementWindow({ asOf: "2024-03-01", opened: { date: "2024-01-15", predikat: "butuhPerbaikan" } });
    expect(r).toMatchObject({ state: "notTriggered", windowEnds: null, transitions: [] });
    expect(r.trigger).toMatchObject({ history: "band", actual: ["butuhPerbaikan"], result: false });
  });

  it("a trigger over consecutive periods: Butuh Perbaikan twice running", () => {
    const trigger: Condition = { history: "band", last: 2, op: "in", value: ["butuhPerbaikan", "kurang", "sangatKurang"] };
    expect(improvementWindow({ asOf: "2024-03-01", trigger, opened: { date: "2024-01-15", predikat: "butuhPerbaikan", earlier: ["baik"] } }).state).toBe("notTriggered");
    expect(improvementWindow({ asOf: "2024-03-01", trigger, opened: { date: "2024-01-15", predikat: "butuhPerbaikan", earlier: ["butuhPerbaikan"] } }).state).toBe("open");
  });

  it("re-evaluated Baik → improved, closed", () => {
    const r = improvementWindow({ asOf: "2024-08-01", opened: { date: "2024-01-15", predikat: "kurang" }, reEvaluation: { date: "2024-07-15", predikat: "baik" } });
    expect(r.state).toBe("improved");
    expect(r.transitions.map((t) => [t.state, t.date])).toEqual([
      ["open", "2024-01-15"],
      ["improved", "2024-07-15"],
    ]);
  });

  it("not improved → placement for at most 12 months → expired, or closed with an outcome", () => {
    const base = { opened: { date: "2024-01-15", predikat: "kurang" as const }, reEvaluation: { date: "2024-07-15", predikat: "butuhPerbaikan" as const }, placement: { date: "2024-08-01" } };
    expect(improvementWindow({ ...base, asOf: "2024-07-20" }).state).toBe("notImproved");
    expect(improvementWindow({ ...base, asOf: "2025-07-31" })).toMatchObject({ state: "placement", placementEnds: "2025-08-01" });
    expect(improvementWindow({ ...base, asOf: "2025-08-01" }).state).toBe("placementExpired");
    const closed = improvementWindow({ ...base, asOf: "2025-09-01", closed: { date: "2025-08-01", outcome: "dismissed" } });
    expect(closed.state).toBe("closed");
    expect(closed.transitions.map((t) => t.state)).toEqual(["open", "notImproved", "placement", "closed"]);
  });

  it("bad input: dates out of order, a placement without a re-evaluation, an unknown condition field", () => {
    expectError(() => improvementWindow({ asOf: "2025-01-01", opened: { date: "2024-01-15", predikat: "kurang" }, reEvaluation: { date: "2023-07-15", predikat: "baik" } }), "INVALID_INPUT", "reEvaluation.date", "date_order");
    expectError(() => improvementWindow({ asOf: "2025-01-01", opened: { date: "2024-01-15", predikat: "kurang" }, placement: { date: "2024-08-01" } }), "INVALID_INPUT", "placement");
    expectError(() => improvementWindow({ asOf: "2025-01-01", opened: { date: "2024-01-15", predikat: "kurang" }, trigger: { fact: "x", op: "eq", value: 1 } }), "INVALID_INPUT", "trigger.fact", "unknown_fact");
  });
});
