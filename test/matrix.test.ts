import fc from "fast-check";
import { test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { evaluate, explain, type AppraisalInput, type SchemeInput } from "../src/index.js";
import { expectError, expectFullyTraced } from "./helpers.js";

type Level = "below" | "meets" | "above";
const LEVELS: readonly Level[] = ["below", "meets", "above"];
// PermenPANRB 6/2022 (PermenPANRB 6/2022 predikat matrix, agreed by the code peers cited there):
// rows = hasil kerja, columns = perilaku kerja.
const MATRIX_6_2022: Record<Level, Record<Level, string>> = {
  above: { below: "kurang", meets: "baik", above: "sangatBaik" },
  meets: { below: "kurang", meets: "baik", above: "baik" },
  below: { below: "sangatKurang", meets: "butuhPerbaikan", above: "butuhPerbaikan" },
};
const cells = LEVELS.flatMap((results) => LEVELS.map((behaviour) => ({ results, behaviour, band: MATRIX_6_2022[results][behaviour] })));
const RANK = ["sangatKurang", "kurang", "butuhPerbaikan", "baik", "sangatBaik"];

const scheme: SchemeInput = {
  id: "pk-6-2022",
  perspectives: [{ id: "financial", label: "Hasil kerja" }],
  indicators: [{ id: "k", perspective: "financial", label: "Capaian", target: 100 }],
  behaviour: { competencies: [{ id: "akuntabel", label: "Akuntabel" }], rating: { meets: 50, above: 75 } },
  resultsRating: { meets: 80, above: 110 },
  matrix: { cells },
  bands: {
    table: [
      { id: "sangatKurang", label: "Sangat Kurang", max: 50 },
      { id: "kurang", label: { id: "Kurang/Misconduct", en: "Poor/Misconduct" }, min: 50, max: 70 },
      { id: "butuhPerbaikan", label: "Butuh Perbaikan", min: 70, max: 90 },
      { id: "baik", label: "Baik", min: 90, max: 110 },
      { id: "sangatBaik", label: "Sangat Baik", min: 110, requires: [{ fact: "innovation", equals: true }] },
    ],
  },
};
// Results score: actual (target 100). Behaviour: supervisor only, 1–5 → (v − 1)/4 × 100: 2 → 25 (below), 3 → 50 (meets), 5 → 100 (above).
const RESULT_ACTUAL: Record<Level, number> = { below: 70, meets: 100, above: 115 };
const BEHAVIOUR_VALUE: Record<Level, number> = { below: 2, meets: 3, above: 5 };
const appraisal = (r: Level, b: Level, innovation = true): AppraisalInput => ({
  employee: { id: "E" },
  actuals: [{ indicator: "k", actual: RESULT_ACTUAL[r] }],
  ratings: [{ rater: "s", group: "supervisor", competency: "akuntabel", value: BEHAVIOUR_VALUE[b] }],
  facts: [{ id: "innovation", value: innovation }],
});

describe("PermenPANRB 6/2022 predikat matrix (PermenPANRB 6/2022)", () => {
  for (const r of LEVELS) {
    for (const b of LEVELS) {
      it(`PermenPANRB 6/2022: hasil kerja ${r} × perilaku ${b} → ${MATRIX_6_2022[r][b]}`, () => {
        const res = evaluate(scheme, appraisal(r, b));
        expect(res.resultsRating?.id).toBe(r);
        expect(res.behaviour?.rating?.id).toBe(b);
        expect(res.final.band?.id).toBe(MATRIX_6_2022[r][b]);
      });
    }
  }

  it("PermenPANRB 6/2022 negative test: hasil kerja below + perilaku meets is Butuh Perbaikan, not Baik (the truthy-string bug of one JS peer)", () => {
    expect(evaluate(scheme, appraisal("below", "meets")).final.band?.id).toBe("butuhPerbaikan");
  });

  it("the result with a matrix is fully traced and explain names the results rating", () => {
    const res = evaluate(scheme, appraisal("above", "above"));
    expectFullyTraced(res);
    expect(explain(res, { locale: "en" })).toContain("Results rating: Above expectations");
  });

  fcTest.prop([fc.constantFrom(...LEVELS), fc.constantFrom(...LEVELS), fc.constantFrom(...LEVELS)])(
    "the matrix is monotone: a better results rating never gives a worse predikat",
    (r1, r2, b) => {
      const [lo, hi] = LEVELS.indexOf(r1) <= LEVELS.indexOf(r2) ? [r1, r2] : [r2, r1];
      const bandLo = evaluate(scheme, appraisal(lo, b)).final.band?.id ?? "";
      const bandHi = evaluate(scheme, appraisal(hi, b)).final.band?.id ?? "";
      expect(RANK.indexOf(bandHi)).toBeGreaterThanOrEqual(RANK.indexOf(bandLo));
    },
  );

  it("an incomplete matrix is a scheme error naming the missing cell; an unknown band too", () => {
    const eight = { ...scheme, matrix: { cells: cells.slice(1) } };
    const e = expectError(() => evaluate(eight, appraisal("meets", "meets")), "INVALID_SCHEME", "matrix.cells", "incomplete_matrix");
    expect(e.issues.some((i) => i.message.includes("'below' × behaviour 'below'"))).toBe(true);
    const dup = { ...scheme, matrix: { cells: [...cells.slice(1), { ...cells[1]!, band: "nope" }] } };
    expectError(() => evaluate(dup, appraisal("meets", "meets")), "INVALID_SCHEME", "matrix.cells[8].band", "unknown_reference");
  });

  it("a matrix without the two rating thresholds is a scheme error", () => {
    const { resultsRating: _r, ...rest } = scheme;
    expectError(() => evaluate(rest, appraisal("meets", "meets")), "INVALID_SCHEME", "matrix", "missing_rating");
  });
});

describe("bands with extra conditions (PP 30/2019 Pasal 41: Sangat Baik needs an innovation)", () => {
  const pp30: SchemeInput = {
    id: "pp30",
    perspectives: [{ id: "financial", label: "SKP" }],
    indicators: [{ id: "k", perspective: "financial", label: "Capaian", target: 100 }],
    bands: {
      table: [
        { id: "sangatKurang", label: "Sangat Kurang", max: 50 },
        { id: "kurang", label: "Kurang", min: 50, max: 70 },
        { id: "cukup", label: "Cukup", min: 70, max: 90 },
        { id: "baik", label: "Baik", min: 90, max: 110 },
        { id: "sangatBaik", label: "Sangat Baik", min: 110, requires: [{ fact: "innovation", equals: true }] },
      ],
    },
  };
  const a = (actual: number, facts?: AppraisalInput["facts"]): AppraisalInput => ({ employee: { id: "E" }, actuals: [{ indicator: "k", actual }], ...(facts ? { facts } : {}) });

  it("PermenPANRB 8/2021: 115 with a recorded innovation → Sangat Baik", () => {
    expect(evaluate(pp30, a(115, [{ id: "innovation", value: true }])).final.band?.id).toBe("sangatBaik");
  });

  it("PermenPANRB 8/2021: 115 without an innovation → Baik, with a band_condition warning saying why", () => {
    for (const facts of [undefined, [{ id: "innovation", value: false }]]) {
      const r = evaluate(pp30, a(115, facts));
      expect(r.final.band?.id).toBe("baik");
      const why = r.warnings.find((w) => w.code === "band_condition");
    expect(why?.params).toEqual({ band: "sangatBaik", fact: "innovation", expected: true, got: facts === undefined ? null : false });
    expect(why?.message.en).toMatch(/innovation/);
    expect(why?.message.id).toMatch(/innovation/);
    }
  });

  it("a score below the conditional band is unaffected by the condition", () => {
    expect(evaluate(pp30, a(100)).final.band?.id).toBe("baik");
    expect(evaluate(pp30, a(100)).warnings).toEqual([]);
  });

  it("a fact listed twice is an appraisal error with its path", () => {
    expectError(() => evaluate(pp30, a(115, [{ id: "innovation", value: true }, { id: "innovation", value: false }])), "INVALID_APPRAISAL", "facts[1].id", "duplicate_id");
  });
});
