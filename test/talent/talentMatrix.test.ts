// The talent matrix of PermenPANRB 3/2020: axes, blocks, pool and the PP 30/2019 priority of "Sangat Baik
// two years in a row". Axis scores are recomputed by hand in the comments.
import { describe, expect, it } from "vitest";
import { talentAxisScheme, talentMatrix, type SchemeInput, type TalentMatrixInput } from "../../src/index.js";
import { expectError, expectFullyTraced } from "../helpers.js";
import { POTENSI, WEIGHTED_YEARS, flatPotential } from "./fixtures.js";

type Employee = TalentMatrixInput["employees"][number];
const emp = (id: string, potential: Employee["potential"], predikat: Employee["predikat"]): Employee => ({ id, potential, predikat });

describe("talentMatrix", () => {
  it("potential axis by the engine: 0.40 × 90 + 0.25 × 85 + 0.20 × 80 + 0.15 × 90 = 86.75 → high", () => {
    const m = talentMatrix({ year: 2025, potential: { scheme: POTENSI }, employees: [emp("A", { kompetensi: 90, potensi: 85, kualifikasi: 80, integritas: 90 }, [{ year: 2025, predikat: "baik" }])] });
    const a = m.employees[0];
    expect(a?.potential).toMatchObject({ score: "86.75", level: "high" });
    // default performance axis: Baik → medium; medium × high = Kemenpan box 7, in the pool
    expect(a).toMatchObject({ status: "placed", box: 7, inPool: true });
    expect(m.numbering).toBe("kemenpan");
    expect(m.poolMembers).toEqual(["A"]);
    expect(m.counts["7"]).toBe(1);
    expect(a?.trace.map((t) => t.at)).toEqual(["potential.score", "box"]);
    if (a?.potential.result) expectFullyTraced(a.potential.result);
  });

  it("TM-1: the same levels in another numbering give another box and another pool answer by box number, the pool stays the pairs", () => {
    const base = { year: 2025, potential: { scheme: POTENSI }, employees: [emp("P", flatPotential(90), [{ year: 2025, predikat: "baik" }])] };
    expect(talentMatrix(base).employees[0]).toMatchObject({ box: 7, inPool: true });
    expect(talentMatrix({ ...base, numbering: "potentialMajor" }).employees[0]).toMatchObject({ box: 8, inPool: true });
    expect(talentMatrix({ ...base, numbering: "performanceMajor" }).employees[0]).toMatchObject({ box: 6, inPool: true });
  });

  it("weightedYears (60 % year N + 40 % year N−1, SB 100, B 85): SB then B = 60 + 34 = 94 → high; B then SB = 51 + 40 = 91 → high; B, B = 85 → medium", () => {
    const run = (y2025: "sangatBaik" | "baik", y2024: "sangatBaik" | "baik") =>
      talentMatrix({ year: 2025, potential: { scheme: POTENSI }, performance: WEIGHTED_YEARS, employees: [emp("A", flatPotential(80), [{ year: 2025, predikat: y2025 }, { year: 2024, predikat: y2024 }])] }).employees[0];
    expect(run("sangatBaik", "baik")?.performance).toMatchObject({ score: "94.00", level: "high" });
    expect(run("baik", "sangatBaik")?.performance).toMatchObject({ score: "91.00", level: "high" });
    const bb = run("baik", "baik");
    expect(bb?.performance).toMatchObject({ score: "85.00", level: "medium" });
    // potential 80 → medium; Kemenpan (medium, medium) = 5, not in the pool
    expect(bb).toMatchObject({ box: 5, inPool: false });
    expect(bb?.trace[0]).toMatchObject({ at: "performance.score", inputs: { y2025: "85", y2024: "85" } });
  });

  it("TM-2: a new employee without a predikat is blocked by default, not silently scored", () => {
    const input = { year: 2025, potential: { scheme: POTENSI }, employees: [emp("N", flatPotential(90), [])] };
    const n = talentMatrix(input).employees[0];
    expect(n).toMatchObject({ status: "blocked", box: null, inPool: false });
    expect(n?.blocks).toEqual([{ reason: "missingYear", axis: "performance", message: "no predikat for 2025" }]);
    expect(talentMatrix(input).counts["blocked"]).toBe(1);
    // imputation is an explicit, flagged opt-in: imputing Baik puts the same person in box 7
    const imputed = talentMatrix({ ...input, missingYear: { impute: "baik" } }).employees[0];
    expect(imputed).toMatchObject({ box: 7, performance: { years: [{ year: 2025, predikat: "baik", imputed: true }] } });
  });

  it("renormalize re-spreads a missing year's weight (weightedYears only)", () => {
    const r = talentMatrix({
      year: 2025,
      potential: { scheme: POTENSI },
      performance: WEIGHTED_YEARS,
      missingYear: "renormalize",
      employees: [emp("A", flatPotential(90), [{ year: 2025, predikat: "sangatBaik" }, { year: 2024, predikat: null }])],
    }).employees[0];
    expect(r?.performance).toMatchObject({ score: "100.00", level: "high" });
    expect(r?.performance.result?.warnings.map((w) => w.code)).toContain("missing_actual");
    expectError(() => talentMatrix({ year: 2025, potential: { scheme: POTENSI }, missingYear: "renormalize", employees: [] }), "INVALID_INPUT", "missingYear");
  });

  it("a missing potential criterion blocks under the axis scheme's default missing policy (fail)", () => {
    const r = talentMatrix({ year: 2025, potential: { scheme: POTENSI }, employees: [emp("A", { ...flatPotential(90), integritas: null }, [{ year: 2025, predikat: "baik" }])] }).employees[0];
    expect(r).toMatchObject({ status: "blocked", potential: { score: null, level: null } });
    expect(r?.blocks[0]).toMatchObject({ reason: "missingPotential", axis: "potential" });
  });

  it("PP 30/2019 priority: Sangat Baik in the review year and the year before, read as a rule-engine history condition", () => {
    const m = talentMatrix({
      year: 2025,
      potential: { scheme: POTENSI },
      employees: [
        emp("two", flatPotential(90), [{ year: 2024, predikat: "sangatBaik" }, { year: 2025, predikat: "sangatBaik" }]),
        emp("gap", flatPotential(90), [{ year: 2023, predikat: "sangatBaik" }, { year: 2025, predikat: "sangatBaik" }]),
        emp("one", flatPotential(90), [{ year: 2024, predikat: "baik" }, { year: 2025, predikat: "sangatBaik" }]),
      ],
    });
    expect(m.employees.map((e) => e.priority.value)).toEqual([true, false, false]);
    expect(m.employees[1]?.priority.condition).toMatchObject({ history: "band", actual: [null, "sangatBaik"], matched: 1, result: false });
  });

  it("pool members: highest box first, then id", () => {
    const m = talentMatrix({
      year: 2025,
      potential: { scheme: POTENSI },
      employees: [
        emp("b7", flatPotential(90), [{ year: 2025, predikat: "baik" }]),
        emp("a9", flatPotential(90), [{ year: 2025, predikat: "sangatBaik" }]),
        emp("a7", flatPotential(86), [{ year: 2025, predikat: "baik" }]),
        emp("c8", flatPotential(75), [{ year: 2025, predikat: "sangatBaik" }]),
        emp("z1", flatPotential(10), [{ year: 2025, predikat: "kurang" }]),
      ],
    });
    expect(m.poolMembers).toEqual(["a9", "c8", "a7", "b7"]);
    expect(m.counts).toMatchObject({ "1": 1, "7": 2, "8": 1, "9": 1, blocked: 0 });
  });

  it("bad input fails with paths", () => {
    const ok = emp("A", flatPotential(90), [{ year: 2025, predikat: "baik" }]);
    expectError(() => talentMatrix({ year: 2025, potential: { scheme: POTENSI }, employees: [ok, ok] }), "INVALID_INPUT", "employees[1].id", "duplicate_id");
    expectError(() => talentMatrix({ year: 2025, potential: { scheme: POTENSI }, employees: [{ ...ok, potential: { x: 1 } }] }), "INVALID_INPUT", "employees[0].potential.x", "unknown_criterion");
    expectError(
      () => talentMatrix({ year: 2025, potential: { scheme: POTENSI }, employees: [{ ...ok, predikat: [{ year: 2025, predikat: "baik" }, { year: 2025, predikat: "kurang" }] }] }),
      "INVALID_INPUT",
      "employees[0].predikat[1].year",
      "duplicate_year",
    );
    expectError(
      () => talentMatrix({ year: 2025, potential: { scheme: POTENSI }, performance: { ...WEIGHTED_YEARS, points: { ...WEIGHTED_YEARS.points, baik: 101 } }, employees: [] }),
      "INVALID_INPUT",
      "performance.points.sangatBaik",
      "not_monotone",
    );
    const proto = JSON.parse('{"kompetensi":90,"potensi":90,"kualifikasi":90,"integritas":90,"__proto__":{"x":1}}') as Record<string, number>;
    expectError(() => talentMatrix({ year: 2025, potential: { scheme: POTENSI }, employees: [{ ...ok, potential: proto }] }), "INVALID_INPUT", "employees[0].potential.__proto__", "invalid_key");
    expectError(() => talentMatrix({ year: 2025, potential: { scheme: POTENSI }, performance: { ...WEIGHTED_YEARS, cutoffs: { medium: 90, high: 90 } }, employees: [] }), "INVALID_INPUT", "performance.cutoffs.high");
    expectError(() => talentMatrix({ year: 2025, potential: { scheme: POTENSI }, performance: { ...WEIGHTED_YEARS, yearWeights: [0, 0] }, employees: [] }), "INVALID_INPUT", "performance.yearWeights");
    expectError(() => talentMatrix({ year: 2025, potential: { scheme: POTENSI }, performance: { ...WEIGHTED_YEARS, yearWeights: [-1, 2] }, employees: [] }), "INVALID_INPUT", "performance.yearWeights[0]");
    const noBands = { id: "p", perspectives: [{ id: "p", label: "P" }], indicators: [{ id: "k", label: "K", perspective: "p", target: 100 }] };
    expectError(() => talentMatrix({ year: 2025, potential: { scheme: noBands }, employees: [] }), "INVALID_INPUT", "potential.scheme.bands", "invalid_bands");
    expectError(() => talentMatrix({ year: 2025, potential: { scheme: { id: "x" } as unknown as SchemeInput }, employees: [] }), "INVALID_INPUT", "potential.scheme.indicators");
    expectError(() => talentAxisScheme({ id: "a", criteria: [{ id: "k", label: "K", weight: 1 }], cutoffs: { medium: 80, high: 80 } }), "INVALID_INPUT", "cutoffs.high");
  });

  it("does not mutate its input and survives a JSON round trip", () => {
    const input: TalentMatrixInput = { year: 2025, potential: { scheme: POTENSI }, employees: [emp("A", flatPotential(90), [{ year: 2025, predikat: "baik" }])] };
    const copy = structuredClone(input);
    const m = talentMatrix(input);
    expect(input).toEqual(copy);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});
