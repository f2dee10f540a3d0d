import { describe, expect, test } from "vitest";
import { ikm, ikmBand } from "../../src/presets/ikm14_2017/index.js";
import { expectError } from "../helpers.js";

const WE41 = { totals: [105, 101, 100, 116, 102, 105, 106, 105, 115], respondents: 29 };
const fourteen = Array.from({ length: 14 }, () => "3.5");

describe("IKM: fixed 14/2017 weights only on nine unsur", () => {
  test("the reported fault: 14 NRR at weight 0.111 gave 119.55 (above the 100 maximum); now an error at weightPolicy", () => {
    // 14 × 3.5 × 0.111 × 25 = 135.975 for these NRR: beyond the scale, so the fixed 1/9 constant cannot apply
    expectError(() => ikm({ nrr: fourteen, weightPolicy: "0.111" }), "INVALID_INPUT", "weightPolicy", "fixed_weight_needs_9_unsur");
    expectError(() => ikm({ nrr: ["3", "3", "3"], weightPolicy: "0.11" }), "INVALID_INPUT", "weightPolicy");
    // exact 1/k stays right on any count: mean 3.5 × 25 = 87.5
    expect(ikm({ nrr: fourteen }).score).toBe("87.50");
  });
});

describe("IKM: weights as printed (rounded, not summing to 1) under weightSum: asPrinted", () => {
  test("KepmenPAN 25/2004's 14 unsur at the printed 0.071: all 4s give 14 × 4 × 0.071 = 3.976 → 99.40, weight sum 0.994", () => {
    const all4 = Array.from({ length: 14 }, () => "4");
    expectError(() => ikm({ nrr: all4, weights: Array.from({ length: 14 }, () => "0.071") }), "INVALID_INPUT", "weights");
    const r = ikm({ nrr: all4, weights: Array.from({ length: 14 }, () => "0.071"), weightSum: "asPrinted" });
    expect([r.ikm, r.score, r.weightSum, r.weightPolicy]).toEqual(["3.976", "99.40", "0.994", "custom"]);
  });
  test("a three-item group printed at 0.33 each: NRR 3, 3, 3 → 2.97 → 74.25 (exact thirds would give 75.00)", () => {
    expect(ikm({ nrr: ["3", "3", "3"], weights: ["0.33", "0.33", "0.33"], weightSum: "asPrinted" }).score).toBe("74.25");
    expect(ikm({ nrr: ["3", "3", "3"] }).score).toBe("75.00");
  });
});

describe("IKM: rounding of the weighted sum is a named step", () => {
  test("WE-4.4 (e-smile tubaba, one respondent, all 4s, printed weight 0.111): rounding Σ to 2 places gives the printed IKM 4 and 100; unrounded 99.90", () => {
    const all4 = { answers: [[4, 4, 4, 4, 4, 4, 4, 4, 4]], weightPolicy: "0.111" as const };
    expect(ikm(all4).score).toBe("99.90");
    const r = ikm({ ...all4, rounding: { ikm: { places: 2, mode: "halfUp" } } });
    expect([r.ikm, r.score, r.value, r.band?.id]).toEqual(["4", "100.00", "100.00", "mutuA"]);
    expect(r.trace.find((t) => t.at === "ikm" && t.formula === "round")?.rounding).toEqual({ places: 2, mode: "halfUp", exact: "3.996" });
  });
  test("rounding each NRR tertimbang to the printed 0.44 sums to 3.96 → 99.00: the page did not add its printed values", () => {
    expect(ikm({ answers: [[4, 4, 4, 4, 4, 4, 4, 4, 4]], weightPolicy: "0.111", rounding: { weighted: { places: 2, mode: "halfUp" } } }).score).toBe("99.00");
  });
  test("WE-4.1 unchanged by default; the score rounding is a named rule (down → 91.47)", () => {
    expect(ikm(WE41).score).toBe("91.48");
    expect(ikm({ ...WE41, rounding: { score: { places: 2, mode: "down" } } }).score).toBe("91.47");
  });
  test("the exact and rounded converted values are named value / exact, as the other preset calculators", () => {
    const r = ikm(WE41);
    expect([r.value, r.exact.slice(0, 7)]).toEqual(["91.48", "91.4750"]);
    expect([r.value, r.exact]).toEqual([r.score, r.converted]);
  });
});

describe("IKM: the superseded KepmenPAN 25/2004 bands as a legacy option", () => {
  test("A from 81.26, B from 62.51, C from 43.76, D from 25 (published SKM report reproducing KepmenPAN 25/2004)", () => {
    const legacy = (value: string) => ikmBand({ value, bands: "kepmenpan25_2004" })?.id;
    expect([legacy("81.26"), legacy("81.25"), legacy("62.51"), legacy("62.50"), legacy("43.76"), legacy("43.75")]).toEqual(["mutuA", "mutuB", "mutuB", "mutuC", "mutuC", "mutuD"]);
    // The same 81.26 is only B under PermenPANRB 14/2017 (A from 88.31).
    expect(ikmBand({ value: "81.26" })?.id).toBe("mutuB");
    const r = ikm({ nrr: ["3.2504"], weights: ["1"], bands: "kepmenpan25_2004" });
    expect([r.score, r.band?.id, r.bands]).toEqual(["81.26", "mutuA", "kepmenpan25_2004"]);
  });
});
