import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ikm, ikmBand, IKM_UNSUR, krejcieMorgan } from "../../src/presets/ikm14_2017/index.js";
import { expectDec, expectError, X } from "../helpers.js";

const WE41 = { totals: [105, 101, 100, 116, 102, 105, 106, 105, 115], respondents: 29 };

describe("IKM gold tests (PermenPANRB 14/2017)", () => {
  test("PermenPANRB 14/2017 WE-4.1 (GASPUL rumus_perhitungan_ikm_lengkap.md): 29 × 9, exact 1/9 weight → 91.48 (91.4751), mutu A — the value the source prints for the exact mean", () => {
    const r = ikm(WE41);
    expect(r.unsur.map((u) => new X(u.nrr).toDecimalPlaces(4).toFixed(4))).toEqual(["3.6207", "3.4828", "3.4483", "4.0000", "3.5172", "3.6207", "3.6552", "3.6207", "3.9655"]);
    expectDec(r.converted, new X(955).div(29).div(9).times(25), 30);
    expect(new X(r.converted).toDecimalPlaces(4).toFixed(4)).toBe("91.4751");
    expect([r.score, r.band?.id]).toEqual(["91.48", "mutuA"]);
  });
  test("PermenPANRB 14/2017 WE-4.1: the source is internally inconsistent — its text says 0.1111 but it multiplies by 0.11 and prints 90.56; weight 0.11 reproduces it, 0.1111 gives 91.47, 0.111 gives 91.38", () => {
    expect(ikm({ ...WE41, weightPolicy: "0.11" }).score).toBe("90.56");
    expect(ikm({ ...WE41, weightPolicy: "0.11", nrrPlaces: 4 }).score).toBe("90.56"); // with the printed 4-place NRR, as the source
    expect(ikm({ ...WE41, weightPolicy: "0.1111" }).score).toBe("91.47");
    expect(ikm({ ...WE41, weightPolicy: "0.111" }).score).toBe("91.38");
    expect(ikm(WE41).score).toBe("91.48"); // the correct value (exact 1/9)
  });
  test("PermenPANRB 14/2017 WE-4.4 (e-smile tubaba): one respondent, all 4s → IKM 4 and 100 (Sangat Baik) with exact weights; a literal 0.111 gives 99.90", () => {
    const r = ikm({ answers: [[4, 4, 4, 4, 4, 4, 4, 4, 4]] });
    expect([r.ikm, r.converted, r.score, r.band?.id]).toEqual(["4", "100", "100.00", "mutuA"]);
    expect(new X(r.unsur[0]?.weighted as string).toDecimalPlaces(2).toFixed(2)).toBe("0.44"); // printed NRR tertimbang
    expect(ikm({ answers: [[4, 4, 4, 4, 4, 4, 4, 4, 4]], weightPolicy: "0.111" }).score).toBe("99.90");
  });
  test.each([
    [10, 10],
    [20, 19],
    [30, 28],
    [50, 44],
    [75, 63],
    [100, 80],
    [150, 108],
    [200, 132],
    [300, 169],
    [400, 196],
    [500, 217],
    [750, 254],
    [1000, 278],
    [1500, 306],
    [2000, 322],
    [3000, 341],
    [5000, 357],
    [10000, 370],
    [15000, 375],
    [20000, 377],
    [30000, 379],
    [50000, 381],
    [75000, 382],
    [1000000, 384],
  ])("PermenPANRB 14/2017 table and WE-4.5: Krejcie–Morgan N = %i → n = %i (nearest, not ceil)", (population, n) => {
    expect(krejcieMorgan({ population }).sampleSize).toBe(n);
  });
  test("PermenPANRB 14/2017: ceil would give 218 for N = 500 (exact 217.47…); nearest gives 217", () => {
    const r = krejcieMorgan({ population: 500 });
    expect(new X(r.exact).toDecimalPlaces(2).toFixed(2)).toBe("217.47");
    expect(new X(r.exact).ceil().toNumber()).toBe(218);
  });
});

describe("IKM band edges (PermenPANRB 14/2017: classify by the lower bound)", () => {
  test.each([
    ["25", "mutuD"],
    ["64.99", "mutuD"],
    ["64.995", "mutuD"],
    ["65", "mutuC"],
    ["76.60", "mutuC"],
    ["76.605", "mutuC"],
    ["76.61", "mutuB"],
    ["88.30", "mutuB"],
    ["88.31", "mutuA"],
    ["100", "mutuA"],
  ])("%s → %s", (value, band) => {
    expect(ikmBand({ value })?.id).toBe(band);
  });
  test("below 25 there is no band", () => {
    expect(ikmBand({ value: "24.99" })).toBeNull();
  });
  test("classify rounded (default) vs exact: IKM 3.0643 → 76.6075 → '76.61' B when rounded, C when exact", () => {
    expect(ikm({ nrr: ["3.0643"], weights: ["1"] }).band?.id).toBe("mutuB");
    expect(ikm({ nrr: ["3.0643"], weights: ["1"], classify: "exact" }).band?.id).toBe("mutuC");
  });
});

describe("IKM properties and validation", () => {
  const rows = (value: number) => fc.integer({ min: 1, max: 60 }).map((n) => Array.from({ length: n }, () => Array.from({ length: 9 }, () => value)));
  test("property (PermenPANRB 14/2017 WE-4.4): all-4 answers give exactly 100, for any number of respondents", () => {
    fc.assert(
      fc.property(rows(4), (answers) => {
        const r = ikm({ answers });
        expect([r.ikm, r.converted, r.score]).toEqual(["4", "100", "100.00"]);
      }),
    );
  });
  test("property: all-1 answers give exactly 25 (mutu D)", () => {
    fc.assert(
      fc.property(rows(1), (answers) => {
        const r = ikm({ answers });
        expect([r.ikm, r.converted, r.band?.id]).toEqual(["1", "25", "mutuD"]);
      }),
    );
  });
  test("property: the converted IKM lies in 25–100 and answers, totals and NRR give the same result", () => {
    const answers = fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(answers, (a) => {
        const r = ikm({ answers: a });
        expect(new X(r.converted).gte(25) && new X(r.converted).lte(100)).toBe(true);
        const totals = IKM_UNSUR.map((_, i) => a.reduce((s, row) => s + (row[i] as number), 0));
        expect(ikm({ totals, respondents: a.length }).converted).toBe(r.converted);
      }),
    );
  });
  test("invalid input: answers off 1–4, ragged rows, weights not summing to 1, two sources", () => {
    expectError(() => ikm({ answers: [[5, 4, 4, 4, 4, 4, 4, 4, 4]] }), "INVALID_INPUT", "answers[0][0]");
    expectError(() => ikm({ answers: [[4, 4, 4, 4, 4, 4, 4, 4, 4], [4, 4]] }), "INVALID_INPUT", "answers[1]");
    expectError(() => ikm({ nrr: ["3", "3"], weights: ["0.5", "0.4"] }), "INVALID_INPUT", "weights");
    expectError(() => ikm({ nrr: ["3"], totals: [3], respondents: 1 }), "INVALID_INPUT", "");
    expectError(() => krejcieMorgan({ population: 0 }), "INVALID_INPUT", "population");
  });
  test("every number has a trace entry", () => {
    const r = ikm(WE41);
    for (const at of ["ikm", "converted", "score", "unsur[0].nrr", "unsur[8].weighted"]) expect(r.trace.some((t) => t.at === at), at).toBe(true);
  });
});
