// Development: the yearly 20 JP of competency development (PP 11/2017 Pasal 203(4)), 1 JP = 45 minutes
// (Peraturan LAN 5/2018 as quoted by agency pages), a PPPK ceiling of 24 JP (Permenhan 9/2025), and the
// ranked development plan. Values by hand in the test names.
import { describe, expect, it } from "vitest";
import { applyRules, developmentHours, developmentPlan, jobPersonMatch, selfOtherGap } from "../../src/index.js";
import { expectError } from "../helpers.js";

describe("developmentHours", () => {
  it("CD-3: a 135-minute e-learning module is 3.00 JP at 45 min/JP and 2.25 JP at 60 min/JP", () => {
    const rec = [{ id: "el", kind: "eLearning", completed: "2025-03-10", minutes: 135 }];
    expect(developmentHours({ year: 2025, records: rec }).jp).toBe("3.00");
    expect(developmentHours({ year: 2025, records: rec, minutesPerJpByKind: { eLearning: 60 } }).jp).toBe("2.25");
  });

  it("CD-2: 8, 7 and 6 JP in 2022–2024 add up to 21, but each year fails on its own; 2024 is short by 14", () => {
    const records = [
      { id: "a", completed: "2022-05-01", jp: 8 },
      { id: "b", completed: "2023-05-01", jp: 7 },
      { id: "c", completed: "2024-05-01", jp: 6 },
    ];
    for (const year of [2022, 2023, 2024]) expect(developmentHours({ year, records }).compliant).toBe(false);
    const y2024 = developmentHours({ year: 2024, records });
    expect(y2024).toMatchObject({ exact: "6", shortfall: "14", counted: ["c"], outsideYear: ["a", "b"] });
  });

  it("minutes are summed before dividing: three 50-minute sessions are 150/45 = 3.333… JP (per-session rounding to 1.11 would give 3.33)", () => {
    const records = [1, 2, 3].map((i) => ({ id: `s${i}`, completed: "2025-02-0" + i, minutes: 50 }));
    const r = developmentHours({ year: 2025, records });
    expect(r.exact.startsWith("3.33333333")).toBe(true);
    expect(r.jp).toBe("3.33");
  });

  it("hours count 60 minutes: 15 hours = 900 min = 20 JP → compliant; a PPPK ceiling of 24 JP reports the excess of 26 − 24 = 2", () => {
    expect(developmentHours({ year: 2025, records: [{ id: "h", completed: "2025-06-30", hours: 15 }] })).toMatchObject({ compliant: true, shortfall: "0", jp: "20.00" });
    const pppk = developmentHours({ year: 2025, maximumJp: 24, records: [{ id: "h", completed: "2025-06-30", hours: 15 }, { id: "j", completed: "2025-07-01", jp: 6 }] });
    expect(pppk).toMatchObject({ exact: "26", overCeiling: "2" });
  });

  it("yearOf started moves a course that straddles the new year", () => {
    const records = [{ id: "x", started: "2024-12-20", completed: "2025-01-10", jp: 20 }];
    expect(developmentHours({ year: 2024, records }).compliant).toBe(false);
    expect(developmentHours({ year: 2024, records, yearOf: "started" }).compliant).toBe(true);
  });

  it("bad input fails with paths", () => {
    expectError(() => developmentHours({ year: 2025, records: [{ id: "x", completed: "2025-01-01", minutes: 1, jp: 1 }] }), "INVALID_INPUT", "records[0].minutes");
    expectError(() => developmentHours({ year: 2025, records: [{ id: "x", completed: "2025-01-01", minutes: -5 }] }), "INVALID_INPUT", "records[0].minutes");
    expectError(() => developmentHours({ year: 2025, records: [], minutesPerJp: 0 }), "INVALID_INPUT", "minutesPerJp");
  });
});

describe("developmentPlan", () => {
  const jpm = jobPersonMatch({
    weights: { technical: 1, managerialSocioCultural: 1 },
    competencies: [
      { id: "analisisData", group: "technical", standard: 3, achieved: 1 },
      { id: "pengambilanKeputusan", group: "managerial", standard: 3, achieved: 2 },
      { id: "integritas", group: "managerial", standard: 3, achieved: 3 },
    ],
  });
  // likert5, θ = 1.0 point: kerjasama 4.5 − 3.2 = 1.3 is a blind spot, komunikasi −0.1 is aligned
  const sog = selfOtherGap({ competencies: [{ competency: "kerjasama", self: "4.5", others: "3.2" }, { competency: "komunikasi", self: "3", others: "3.1" }] });
  const rules = applyRules({
    policy: { rules: [{ id: "coachingBp", when: { fact: "predikat", op: "eq", value: "butuhPerbaikan" }, then: { kind: "development", type: "coaching", days: 90 } }] },
    declarations: [{ id: "predikat", type: "string" }],
    facts: { predikat: "butuhPerbaikan" },
  });

  it("rules first, then JPM gaps (largest first), blind spots, the JP shortfall", () => {
    const plan = developmentPlan({ employee: "199001", competencyGaps: jpm.gaps, feedbackGaps: sog.items, outcomes: rules.outcomes, jpShortfall: "14" });
    expect(plan.items.map((i) => [i.rank, i.source, i.subject, i.size, i.action])).toEqual([
      [1, "rule", "coachingBp", "90", "coaching"],
      [2, "competencyGap", "analisisData", "2", "training"],
      [3, "competencyGap", "pengambilanKeputusan", "1", "training"],
      [4, "blindSpot", "kerjasama", "1.3", "feedbackConversation"],
      [5, "jpShortfall", "jp", "14", "competencyDevelopment"],
    ]);
  });

  it("the order of the sources is declared; the plan does not depend on the input order", () => {
    const a = developmentPlan({ employee: "E", competencyGaps: jpm.gaps, feedbackGaps: sog.items, order: ["blindSpot", "competencyGap", "rule", "jpShortfall"] });
    expect(a.items.map((i) => i.subject)).toEqual(["kerjasama", "analisisData", "pengambilanKeputusan"]);
    const b = developmentPlan({ employee: "E", competencyGaps: [...jpm.gaps].reverse(), feedbackGaps: [...sog.items].reverse(), order: ["blindSpot", "competencyGap", "rule", "jpShortfall"] });
    expect(b).toEqual(a);
    expectError(() => developmentPlan({ employee: "E", order: ["rule", "rule", "blindSpot", "jpShortfall"] }), "INVALID_INPUT", "order");
  });
});
