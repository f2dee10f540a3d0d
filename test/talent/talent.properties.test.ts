// Properties of the talent matrix and succession: a better predikat history never lowers a box (in every
// numbering) nor removes eligibility, and results do not depend on the order of the employees.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPLOYEE_PREDIKATS, EMPLOYEE_PREDIKAT_RANK, succession, talentMatrix, type Condition, type NineBoxConvention, type EmployeePredikat, type SuccessionInput, type TalentMatrixInput } from "../../src/index.js";
import { POTENSI, WEIGHTED_YEARS, flatPotential } from "./fixtures.js";

const predikat = fc.constantFrom<EmployeePredikat>(...EMPLOYEE_PREDIKATS);
const numbering = fc.constantFrom<NineBoxConvention>("kemenpan", "potentialMajor", "performanceMajor");
const performance = fc.constantFrom<TalentMatrixInput["performance"]>({ method: "latestPredikat" }, WEIGHTED_YEARS);
const better = (p: EmployeePredikat) => fc.constantFrom(...EMPLOYEE_PREDIKATS.filter((q) => EMPLOYEE_PREDIKAT_RANK[q] >= EMPLOYEE_PREDIKAT_RANK[p]));

describe("talent properties", () => {
  it("a better predikat history never lowers the box", () => {
    fc.assert(
      fc.property(
        fc.tuple(predikat, predikat).chain(([a, b]) => fc.tuple(fc.constant([a, b] as const), fc.tuple(better(a), better(b)))),
        fc.integer({ min: 0, max: 100 }),
        numbering,
        performance,
        ([[a, b], [a2, b2]], pot, n, perf) => {
          const run = (y2025: EmployeePredikat, y2024: EmployeePredikat) =>
            talentMatrix({
              year: 2025,
              numbering: n,
              performance: perf,
              potential: { scheme: POTENSI },
              employees: [{ id: "E", potential: flatPotential(pot), predikat: [{ year: 2025, predikat: y2025 }, { year: 2024, predikat: y2024 }] }],
            }).employees[0];
          const before = run(a, b);
          const after = run(a2, b2);
          expect(after?.box).toBeGreaterThanOrEqual(before?.box ?? 0);
          expect(after?.potential.score).toBe(before?.potential.score);
        },
      ),
    );
  });

  it("the placements, counts and pool do not depend on the order of the employees", () => {
    const employee = fc.record({ pot: fc.integer({ min: 0, max: 100 }), p1: fc.option(predikat), p2: fc.option(predikat) });
    fc.assert(
      fc.property(fc.array(employee, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 1000 }), performance, (list, seed, perf) => {
        const employees = list.map((e, i) => ({ id: `E${i}`, potential: flatPotential(e.pot), predikat: [{ year: 2025, predikat: e.p1 }, { year: 2024, predikat: e.p2 }] }));
        const shuffled = [...employees].sort((x, y) => ((Number(x.id.slice(1)) * 7919 + seed) % 13) - ((Number(y.id.slice(1)) * 7919 + seed) % 13) || (x.id < y.id ? -1 : 1));
        const a = talentMatrix({ year: 2025, performance: perf, potential: { scheme: POTENSI }, employees });
        const b = talentMatrix({ year: 2025, performance: perf, potential: { scheme: POTENSI }, employees: shuffled });
        const byId = (m: typeof a) => Object.fromEntries(m.employees.map((e) => [e.id, e]));
        expect(byId(b)).toEqual(byId(a));
        expect(b.counts).toEqual(a.counts);
        expect(b.poolMembers).toEqual(a.poolMembers);
      }),
      { numRuns: 50 },
    );
  });

  const position: SuccessionInput["position"] = {
    id: "post",
    competencies: [
      { id: "t", group: "technical", standard: 3 },
      { id: "m", group: "managerial", standard: 3 },
    ],
    weights: { technical: 1, managerialSocioCultural: 1 },
  };
  const eligibility: { when: Condition } = { when: { all: [{ fact: "jpm.percent", op: "gte", value: 68 }, { history: "band", last: 2, op: "in", value: ["baik", "sangatBaik"] }] } };
  const candidate = fc.record({ t: fc.integer({ min: 0, max: 4 }), m: fc.integer({ min: 0, max: 4 }), months: fc.integer({ min: 0, max: 100 }), p1: predikat, p2: predikat });

  it("a better predikat history never removes succession eligibility", () => {
    fc.assert(
      fc.property(candidate.chain((c) => fc.tuple(fc.constant(c), better(c.p1), better(c.p2))), ([c, p1, p2]) => {
        const run = (a: EmployeePredikat, b: EmployeePredikat) =>
          succession({ year: 2025, position, eligibility, candidates: [{ id: "C", assessed: { t: c.t, m: c.m }, monthsInGrade: c.months, predikat: [{ year: 2024, predikat: a }, { year: 2025, predikat: b }] }] }).candidates[0]?.eligible;
        if (run(c.p1, c.p2) === true) expect(run(p1, p2)).toBe(true);
      }),
    );
  });

  it("the succession ranking does not depend on the order of the candidates", () => {
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 8 }), (list) => {
        const candidates = list.map((c, i) => ({ id: `C${i}`, assessed: { t: c.t, m: c.m }, monthsInGrade: c.months, predikat: [{ year: 2024, predikat: c.p1 }, { year: 2025, predikat: c.p2 }] }));
        const a = succession({ year: 2025, position, eligibility, candidates });
        const b = succession({ year: 2025, position, eligibility, candidates: [...candidates].reverse() });
        expect(b).toEqual(a);
      }),
      { numRuns: 50 },
    );
  });
});
