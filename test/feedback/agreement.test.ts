// Agreement and reliability (src/feedback/agreement.ts): rwg, rwg(J) and the Shrout–Fleiss ICCs, rater agreement (docs/sources.md#methods).
import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreement, type AgreementRatingInput, type IccStatistics } from "../../src/feedback/agreement.js";
import type { RatingAnswer } from "../../src/feedback/scales.js";
import { X, deepFreeze, expectDec, expectInvalid, nth, permutationOf } from "./helpers.js";

const item = (competency: string, values: readonly RatingAnswer[]): AgreementRatingInput[] =>
  values.map((value, i) => ({ rater: `r${i}`, competency, value }));

/** Shrout & Fleiss (1979), Table 2: 6 targets × 4 judges. */
const SHROUT_FLEISS = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];
/** rater agreement (docs/sources.md#methods): 4 employees × 3 raters on 1–5 (rater 3 lenient). */
const FOUR_BY_THREE = [
  [3, 4, 5],
  [2, 2, 4],
  [3, 4, 4],
  [4, 5, 5],
];
const ICCS = ["icc1_1", "icc2_1", "icc3_1", "icc1_k", "icc2_k", "icc3_k"] as const;
const iccOf = (matrix: readonly (readonly RatingAnswer[])[], scale: "likert5" | "percent" = "likert5"): IccStatistics => {
  const icc = agreement({ matrix, scale }).icc;
  if (icc === null) throw new Error("no ICC");
  return icc;
};

describe("rwg (James, Demaree & Wolf 1984)", () => {
  it("recomputed vector (rwg): [4,4,5,3,4], A = 5 → s² = 0.5, σ²_EU = 2, rwg = 0.75", () => {
    const r = agreement({ ratings: item("c", [4, 4, 5, 3, 4]) });
    expect(r.responseOptions).toBe(5);
    expectDec(r.nullVariance, 2);
    const c = nth(r.competencies, 0);
    expect(c).toMatchObject({ competency: "c", n: 5, na: 0, withheld: false });
    expectDec(c.mean, 4);
    expectDec(c.sampleVariance, "0.5");
    expectDec(c.sampleSd, new X("0.5").sqrt(), 38);
    expectDec(c.populationSd, new X("0.4").sqrt(), 38);
    expectDec(c.rwg, "0.75");
  });

  it("recomputed vector (rwg(J)): J = 3, mean variance 0.5, A = 5 → 0.90", () => {
    const r = agreement({ ratings: ["a", "b", "c"].flatMap((c) => item(c, [4, 4, 5, 3, 4])) });
    expect(r.rwgJ.items).toBe(3);
    expectDec(r.rwgJ.meanVariance, "0.5");
    expectDec(r.rwgJ.value, "0.90");
  });

  it("rater agreement (docs/sources.md#methods): rwg is truncated to 0 when the observed variance exceeds the uniform null (and rwg(J) too)", () => {
    const r = agreement({ ratings: item("c", [1, 5, 1, 5, 1]) });
    expectDec(nth(r.competencies, 0).sampleVariance, "4.8");
    expect(nth(r.competencies, 0).rwg).toBe("0");
    expect(r.rwgJ.value).toBe("0");
  });

  it("complete agreement gives rwg = 1; A follows the scale (likert7: σ²_EU = 4) or responseOptions", () => {
    expect(nth(agreement({ ratings: item("c", [3, 3, 3]) }).competencies, 0).rwg).toBe("1");
    expectDec(agreement({ ratings: item("c", [4, 4, 5, 3, 4]), scale: "likert7" }).nullVariance, 4);
    expectDec(nth(agreement({ ratings: item("c", [4, 4, 5, 3, 4]), scale: "likert7" }).competencies, 0).rwg, "0.875");
    expectDec(agreement({ ratings: item("c", [4, 4, 5, 3, 4]), responseOptions: 7 }).nullVariance, 4);
  });

  it("a continuous scale has no number of options: rwg is null unless responseOptions is given", () => {
    const r = agreement({ ratings: item("c", [40, 40, 50]), scale: "percent" });
    expect(r.responseOptions).toBeNull();
    expect(nth(r.competencies, 0).rwg).toBeNull();
    expect(r.rwgJ.value).toBeNull();
    expectDec(nth(r.competencies, 0).sampleVariance, new X(100).div(3), 38);
  });

  it("N/A answers are excluded and counted; a competency below minRaters (default 3) is withheld", () => {
    const r = agreement({ ratings: [...item("a", [4, "na", 5, 3]), ...item("b", [4, 5, null])] });
    expect(r.competencies.map((c) => [c.competency, c.n, c.na, c.withheld])).toEqual([["a", 3, 1, false], ["b", 2, 1, true]]);
    expect(nth(r.competencies, 1)).toMatchObject({ mean: null, populationSd: null, sampleVariance: null, sampleSd: null, rwg: null });
    expect(r.rwgJ.items).toBe(1);
    // with minRaters 1 a single answer has a mean and SD 0, but no sample variance
    const one = nth(agreement({ ratings: item("c", [4]), minRaters: 1 }).competencies, 0);
    expect(one).toMatchObject({ mean: "4", populationSd: "0", sampleVariance: null, sampleSd: null, rwg: null });
  });

  it("the per-competency list is sorted by id and carries no rater identifier", () => {
    const r = agreement({ ratings: [...item("zeta", [1, 2, 3]), ...item("alpha", [3, 3, 3])].map((x) => ({ ...x, rater: `SECRET-${x.rater}` })) });
    expect(r.competencies.map((c) => c.competency)).toEqual(["alpha", "zeta"]);
    expect(JSON.stringify(r)).not.toContain("SECRET");
  });
});

describe("intraclass correlations (Shrout & Fleiss 1979)", () => {
  it("recomputed vector (ICC Shrout–Fleiss table): ICC(1,1), (2,1), (3,1), (1,4), (2,4), (3,4) → 0.166, 0.290, 0.715, 0.443, 0.620, 0.909", () => {
    const icc = iccOf(SHROUT_FLEISS, "percent");
    expect([icc.targets, icc.raters]).toEqual([6, 4]);
    ["0.166", "0.290", "0.715", "0.443", "0.620", "0.909"].forEach((v, i) => expectDec(icc[ICCS[i] as (typeof ICCS)[number]], v, 3));
  });

  it("recomputed vector (ICC 4×3 example): rows [3,4,5],[2,2,4],[3,4,4],[4,5,5] → 0.372, 0.449, 0.710, 0.640, 0.710, 0.880", () => {
    const icc = iccOf(FOUR_BY_THREE);
    ["0.372", "0.449", "0.710", "0.640", "0.710", "0.880"].forEach((v, i) => expectDec(icc[ICCS[i] as (typeof ICCS)[number]], v, 3));
    // rater agreement (docs/sources.md#methods): MSR = 2.0833, MSC = 2.25, MSE = 0.25, MSW = 0.75
    expectDec(icc.msr, new X(25).div(12), 38);
    expectDec(icc.msc, "2.25");
    expectDec(icc.mse, "0.25");
    expectDec(icc.msw, "0.75");
    // exact ratios: ICC(3,1) = (25/12 − 1/4) / (25/12 + 2/4) = 22/31
    expectDec(icc.icc3_1, new X(22).div(31), 38);
  });

  it("rater agreement (docs/sources.md#methods): MSR ≤ MSW gives ICC ≤ 0, reported as computed (not clamped)", () => {
    const icc = iccOf([
      [1, 5],
      [5, 1],
    ]);
    expectDec(icc.icc1_1, -1);
    expect(new X(icc.icc3_1 ?? "0").isNegative()).toBe(true);
  });

  it("a matrix without variance has no ICC (null values, never NaN)", () => {
    const icc = iccOf([
      [3, 3],
      [3, 3],
    ]);
    for (const k of ICCS) expect(icc[k]).toBeNull();
    expect(icc.msr).toBe("0");
  });

  it("an incomplete design returns icc null with a reason: a missing cell, a short row, too few targets or raters, no matrix", () => {
    expect(agreement({ matrix: [[3, 4, 5], [2, null, 4], [3, 4, 4]] })).toMatchObject({ icc: null, iccReason: { code: "incomplete" } });
    expect(agreement({ matrix: [[3, 4, 5], [2, "na", 4], [3, 4, 4]] }).iccReason?.code).toBe("incomplete");
    expect(agreement({ matrix: [[3, 4, 5], [2, 4], [3, 4, 4]] }).iccReason?.code).toBe("incomplete");
    expect(agreement({ matrix: [[3, 4, 5]] }).iccReason?.code).toBe("too_small");
    expect(agreement({ matrix: [[3], [4]] }).iccReason?.code).toBe("too_small");
    expect(agreement({ matrix: [] }).iccReason?.code).toBe("too_small");
    expect(agreement({ ratings: item("c", [3, 4, 5]) })).toMatchObject({ icc: null, iccReason: { code: "no_matrix" } });
  });

  it("rejects no input, an answer off the scale (matrix[i][j], ratings[i].value), and a duplicate rating", () => {
    expectInvalid(() => agreement({}), "", "missing_input");
    expectInvalid(() => agreement({ matrix: [[3, 4], [9, 4]] }), "matrix[1][0]", "off_scale");
    expectInvalid(() => agreement({ ratings: item("c", [3, 4, 6]) }), "ratings[2].value", "off_scale");
    expectInvalid(() => agreement({ ratings: [...item("c", [3, 4]), { rater: "r0", competency: "c", value: 5 }] }), "ratings[2].rater", "duplicate_rating");
    expectInvalid(() => agreement({ ratings: item("c", [3]), responseOptions: 1 }), "responseOptions");
  });
});

const matrixArb = fc
  .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 5 }))
  .chain(([n, k]) => fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: k, maxLength: k }), { minLength: n, maxLength: n }));

fcTest.prop([matrixArb.chain((m) => fc.tuple(fc.constant(m), permutationOf(m.map((_, i) => i)), permutationOf((m[0] ?? []).map((_, j) => j))))])(
  "the ICCs do not depend on the order of the targets or of the raters",
  ([m, rows, cols]) => {
    const permuted = rows.map((i) => cols.map((j) => m[i]?.[j] ?? 0));
    expect(iccOf(deepFreeze(permuted), "percent")).toEqual(iccOf(m, "percent"));
  },
);

fcTest.prop([matrixArb, fc.nat(), fc.integer({ min: 1, max: 50 })])(
  "adding a constant to one rater's column (leniency) leaves the consistency ICCs (3,1) and (3,k) unchanged",
  (m, pick, shift) => {
    const j = pick % (m[0]?.length ?? 1);
    const shifted = m.map((row) => row.map((v, c) => (c === j ? v + shift : v)));
    const a = iccOf(m, "percent");
    const b = iccOf(shifted, "percent");
    expect([b.icc3_1, b.icc3_k]).toEqual([a.icc3_1, a.icc3_k]);
  },
);

fcTest.prop([fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 9 }), { minLength: 1, maxLength: 4 })])(
  "rwg and rwg(J) always lie within [0, 1]",
  (items) => {
    const r = agreement({ ratings: items.flatMap((values, c) => item(`c${c}`, values)) });
    for (const v of [...r.competencies.map((c) => c.rwg), r.rwgJ.value]) {
      const x = new X(v ?? "0");
      expect(x.gte(0) && x.lte(1)).toBe(true);
    }
  },
);
