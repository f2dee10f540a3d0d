// Succession for one target position: eligibility by a rule-engine condition, the JPM as match score,
// ranking with declared tie-breaks (higher match, then higher latest predikat, then longer time in
// grade, then NIP), main candidate, reserves and the gap to the first. Match values by hand.
import { describe, expect, it } from "vitest";
import { succession, type SuccessionInput } from "../../src/index.js";
import { expectError } from "../helpers.js";

const position: SuccessionInput["position"] = {
  id: "kasubbag-umum",
  competencies: [
    { id: "t1", group: "technical", standard: 3 },
    { id: "m1", group: "managerial", standard: 3 },
    { id: "s1", group: "socioCultural", standard: 3 },
  ],
  weights: { technical: 50, managerialSocioCultural: 50 },
};
const eligibility: SuccessionInput["eligibility"] = {
  facts: [{ id: "discipline.active", type: "boolean" }],
  when: {
    all: [
      { fact: "jpm.percent", op: "gte", value: 68 },
      { fact: "discipline.active", op: "eq", value: false },
      { history: "band", last: 2, op: "in", value: ["baik", "sangatBaik"] },
    ],
  },
};
type Cand = SuccessionInput["candidates"][number];
const cand = (id: string, t1: number, months: number, p2024: "baik" | "sangatBaik" | "kurang", p2025: "baik" | "sangatBaik", discipline = false): Cand => ({
  id,
  assessed: { t1, m1: 3, s1: 3 },
  monthsInGrade: months,
  predikat: [
    { year: 2024, predikat: p2024 },
    { year: 2025, predikat: p2025 },
  ],
  facts: { "discipline.active": discipline },
});

describe("succession", () => {
  const candidates = [
    cand("199003", 3, 30, "baik", "baik"), // match 100, Baik, 30 months
    cand("199001", 3, 50, "baik", "baik"), // match 100, Baik, 50 months
    cand("199002", 3, 20, "baik", "sangatBaik"), // match 100, Sangat Baik
    cand("199004", 2, 60, "sangatBaik", "sangatBaik"), // teknis 2/3: 0.5 × 66.67 + 0.5 × 100 = 83.33
    cand("199005", 3, 60, "kurang", "sangatBaik"), // 2024 Kurang: ineligible
    cand("199006", 3, 60, "baik", "baik", true), // active discipline sanction: ineligible
    cand("199007", 1, 60, "baik", "baik"), // 0.5 × 33.33 + 50 = 66.67 < 68: ineligible
  ];
  const r = succession({ year: 2025, position, eligibility, candidates, reserves: 2 });

  it("ranks by match, then latest predikat, then months in grade; names main and reserves", () => {
    expect(r.main).toBe("199002");
    expect(r.reserves).toEqual(["199001", "199003"]);
    expect(r.candidates.map((c) => [c.id, c.rank, c.role, c.decidedBy])).toEqual([
      ["199002", 1, "main", null],
      ["199001", 2, "reserve", "latestPredikat"],
      ["199003", 3, "reserve", "monthsInGrade"],
      ["199004", 4, "ranked", "match"],
      ["199005", null, "ineligible", null],
      ["199006", null, "ineligible", null],
      ["199007", null, "ineligible", null],
    ]);
  });

  it("gap to the first: 100 − 83.333… for the fourth", () => {
    const fourth = r.candidates[3];
    expect(fourth?.match).toBe("83.33");
    expect(fourth?.gapToFirst).toBe("16.67");
    expect(fourth?.gapToFirstExact?.startsWith("16.6666666")).toBe(true);
    expect(r.candidates[1]?.gapToFirst).toBe("0.00");
  });

  it("explains why a candidate is ineligible with the evaluated condition", () => {
    const k = r.candidates.find((c) => c.id === "199005");
    expect(k?.condition).toMatchObject({ result: false, all: [{ result: true }, { result: true }, { history: "band", actual: ["kurang", "sangatBaik"], result: false }] });
    const low = r.candidates.find((c) => c.id === "199007");
    expect(low?.jpm.percent).toBe("66.67");
    expect(low?.condition).toMatchObject({ all: [{ fact: "jpm.percent", result: false }, { result: true }, { result: true }] });
  });

  it("the NIP decides when every key ties", () => {
    const t = succession({ year: 2025, position, eligibility, candidates: [cand("B", 3, 30, "baik", "baik"), cand("A", 3, 30, "baik", "baik")] });
    expect(t.candidates.map((c) => [c.id, c.decidedBy])).toEqual([
      ["A", null],
      ["B", "id"],
    ]);
  });

  it("nobody eligible: no main candidate", () => {
    const t = succession({ year: 2025, position, eligibility, candidates: [cand("A", 1, 30, "baik", "baik")] });
    expect(t).toMatchObject({ main: null, reserves: [] });
  });

  it("bad input fails with paths", () => {
    expectError(() => succession({ year: 2025, position, eligibility: { when: { fact: "rank", op: "gte", value: 1 } }, candidates: [] }), "INVALID_INPUT", "eligibility.when.fact", "unknown_fact");
    expectError(() => succession({ year: 2025, position, eligibility, candidates: [{ ...cand("A", 3, 1, "baik", "baik"), assessed: { t1: 3, m1: 3 } }] }), "INVALID_INPUT", "candidates[0].assessed.s1", "missing_level");
    expectError(() => succession({ year: 2025, position: { ...position, competencies: [...position.competencies, { id: "t1", group: "technical", standard: 2 }] }, eligibility, candidates: [] }), "INVALID_INPUT", "position.competencies[3].id", "duplicate_id");
    expectError(() => succession({ year: 2025, position: { ...position, competencies: [{ id: "t1", group: "technical", standard: 0 }] }, eligibility, candidates: [] }), "INVALID_INPUT", "position.competencies[0].standard");
    expectError(() => succession({ year: 2025, position: { ...position, competencies: [{ id: "t1", group: "technical", standard: 3 }] }, eligibility, candidates: [] }), "INVALID_INPUT", "position.weights.managerialSocioCultural", "empty_group");
    const proto = JSON.parse('{"t1":3,"m1":3,"s1":3,"__proto__":{"t1":1}}') as Record<string, number>;
    expectError(() => succession({ year: 2025, position, eligibility, candidates: [{ ...cand("A", 3, 1, "baik", "baik"), assessed: proto }] }), "INVALID_INPUT", "candidates[0].assessed.__proto__", "invalid_key");
    expectError(() => succession({ year: 2025, position, eligibility, candidates: [{ ...cand("A", 3, 1, "baik", "baik"), facts: {} }] }), "INVALID_INPUT", "candidates[0].facts.discipline.active", "unknown_fact");
    expectError(() => succession({ year: 2025, position, eligibility, candidates: [{ ...cand("A", 3, 1, "baik", "baik"), facts: { "discipline.active": false, "jpm.percent": 100 } }] }), "INVALID_INPUT", "candidates[0].facts.jpm.percent", "reserved_fact");
  });
});
