import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { checkDistribution, compile, evaluate, SE_MENPANRB_3_2023_CURVES, type AppraisalInput } from "../../src/index.js";
import { angkaKredit, BERAKHLAK, distributionCurve, permenpanrb6_2022, predikat, scheme6_2022, type RatingLevel } from "../../src/presets/permenpanrb6_2022/index.js";
import { expectDec, expectError, X } from "../helpers.js";

const LEVELS: readonly RatingLevel[] = ["below", "meets", "above"];
const RANK: Readonly<Record<string, number>> = { sangatKurang: 0, kurang: 1, butuhPerbaikan: 2, baik: 3, sangatBaik: 4 };

/** BerAKHLAK ratings: one supervisor giving `value` on every value (likert5). */
const berakhlak = (value: number): NonNullable<AppraisalInput["ratings"]> => BERAKHLAK.map((b) => ({ rater: "atasan", group: "supervisor", competency: b.id, value }));

describe("PermenPANRB 1/2023 angka kredit gold tests", () => {
  test("PermenPANRB 6/2022 WE-3.1 (PerBKN 3/2023 slides): Ahli Pertama (12.5), annual, Sangat Baik → 150 % × 12.5 = 18.75", () => {
    const ak = angkaKredit({ predikat: "sangatBaik", jenjang: "ahliPertama" });
    expect([ak.value, ak.exact]).toEqual(["18.75", "18.75"]);
  });
  test("PermenPANRB 6/2022 WE-3.2 (PerBKN 3/2023 slides): Ahli Pertama, periodic 2 months, Baik → 2/12 × 100 % × 12.5 = 2.08 (2.0833…)", () => {
    const ak = angkaKredit({ predikat: "baik", jenjang: "ahliPertama", months: 2 });
    expect(ak.value).toBe("2.08");
    expectDec(ak.exact, new X(2).div(12).times("12.5"), 30);
  });
  test("PermenPANRB 6/2022 WE-3.3 (PAK konversi guru): Guru Madya (37.5), Baik → 37.5", () => {
    expectDec(angkaKredit({ predikat: "baik", jenjang: "ahliMadya" }).exact, "37.5");
    expectDec(angkaKredit({ predikat: "baik", koefisien: "37.5" }).exact, "37.5");
  });
  test("PermenPANRB 1/2023: Butuh Perbaikan = Cukup = 75 %, Kurang 50 %, Sangat Kurang 25 % of the coefficient", () => {
    expect(["butuhPerbaikan", "cukup", "kurang", "sangatKurang"].map((p) => angkaKredit({ predikat: p as "cukup", jenjang: "ahliMuda" }).exact)).toEqual(["18.75", "18.75", "12.5", "6.25"]);
    expectError(() => angkaKredit({ predikat: "baik", jenjang: "ahliMuda", months: 13 }), "INVALID_INPUT", "months");
    expectError(() => angkaKredit({ predikat: "baik" }), "INVALID_INPUT", "jenjang");
  });
});

describe("PermenPANRB 6/2022 predikat matrix", () => {
  test("PermenPANRB 6/2022 WE-3.8: HK Di Atas + Perilaku Di Bawah → Kurang/Misconduct", () => {
    const p = predikat({ hasilKerja: "above", perilaku: "below" });
    expect([p.id, p.label.id]).toEqual(["kurang", "Kurang/Misconduct"]);
  });
  test("PermenPANRB 6/2022 WE-3.9: HK Di Bawah + Perilaku Di Atas → Butuh Perbaikan", () => {
    expect(predikat({ hasilKerja: "below", perilaku: "above" }).id).toBe("butuhPerbaikan");
  });
  test("PermenPANRB 6/2022 WE-3.10: HK Di Bawah + Perilaku Di Bawah → Sangat Kurang", () => {
    expect(predikat({ hasilKerja: "below", perilaku: "below" }).id).toBe("sangatKurang");
  });
  test("PermenPANRB 6/2022: HK Di Bawah + Perilaku Sesuai → Butuh Perbaikan (the published JS peer's truthy-string bug gives Baik)", () => {
    expect(predikat({ hasilKerja: "below", perilaku: "meets" }).id).toBe("butuhPerbaikan");
  });

  test("PermenPANRB 6/2022 through evaluate: all nine cells of the scheme's matrix equal predikat()", () => {
    const plan = compile(scheme6_2022({ id: "skp", indicators: [{ id: "k", label: "Kinerja", target: 100 }] }));
    // results 80 / 100 / 120 → below / meets / above (thresholds 90, 110); likert5 2 / 3 / 5 → 25 / 50 / 100 → below / meets / above (50, 75).
    const actual = { below: 80, meets: 100, above: 120 } as const;
    const answer = { below: 2, meets: 3, above: 5 } as const;
    for (const hk of LEVELS) {
      for (const pk of LEVELS) {
        const r = evaluate(plan, { employee: { id: "E" }, actuals: [{ indicator: "k", actual: actual[hk] }], ratings: berakhlak(answer[pk]) });
        expect(r.resultsRating?.id).toBe(hk);
        expect(r.behaviour?.rating?.id).toBe(pk);
        expect(r.final.band?.id, `${hk} × ${pk}`).toBe(predikat({ hasilKerja: hk, perilaku: pk }).id);
      }
    }
  });

  test("property (PermenPANRB 6/2022): the matrix is monotone — a better rating never gives a worse predikat", () => {
    const level = fc.constantFrom(...LEVELS);
    fc.assert(
      fc.property(level, level, level, level, (a, b, c, d) => {
        const le = (x: RatingLevel, y: RatingLevel) => LEVELS.indexOf(x) <= LEVELS.indexOf(y);
        if (le(a, c) && le(b, d)) {
          expect(RANK[predikat({ hasilKerja: a, perilaku: b }).id] as number).toBeLessThanOrEqual(RANK[predikat({ hasilKerja: c, perilaku: d }).id] as number);
        }
      }),
    );
  });
});

describe("PermenPANRB 6/2022 scheme builder", () => {
  test("PermenPANRB 6/2022: the behaviour model is the seven BerAKHLAK values; the scheme compiles without plugins", () => {
    const s = scheme6_2022({ id: "skp", period: { start: "2026-01-01", end: "2026-12-31" }, indicators: [{ id: "k", label: "K", target: 95 }] });
    expect(s.behaviour?.competencies.map((c) => c.id)).toEqual(["berorientasiPelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"]);
    expect(s.matrix?.cells).toHaveLength(9);
    expect(() => compile(s)).not.toThrow();
  });
  test("thresholds are overridable and validated", () => {
    const s = scheme6_2022({ id: "skp", indicators: [{ id: "k", label: "K", target: 100 }], resultsRating: { meets: 80, above: 100 } });
    const r = evaluate(compile(s), { employee: { id: "E" }, actuals: [{ indicator: "k", actual: 100 }], ratings: berakhlak(4) });
    expect([r.resultsRating?.id, r.behaviour?.rating?.id, r.final.band?.id]).toEqual(["above", "above", "sangatBaik"]);
    expectError(() => scheme6_2022({ id: "skp", indicators: [{ id: "k", label: "K", target: 100 }], resultsRating: { meets: 120, above: 100 } }), "INVALID_INPUT", "resultsRating.above");
  });
  test("SE MenPANRB 3/2023: distributionCurve gives the SE MenPANRB 3/2023 curve, usable on the scheme's results", () => {
    expect(distributionCurve({ organisation: "kurang" })).toBe(SE_MENPANRB_3_2023_CURVES.kurang);
    const plan = compile(permenpanrb6_2022.scheme({ id: "skp", indicators: [{ id: "k", label: "K", target: 100 }] }));
    const results = [120, 100, 100, 80].map((a, i) => evaluate(plan, { employee: { id: `E${i}`, unit: "U" }, actuals: [{ indicator: "k", actual: a }], ratings: berakhlak(3) }));
    expect(results.map((r) => r.final.band?.id)).toEqual(["baik", "baik", "baik", "butuhPerbaikan"]);
    const check = checkDistribution(results, { curve: distributionCurve({ organisation: "baik" }), by: "unit" });
    expect(check.ok).toBe(false); // 3 of 4 Baik > floor(0.7 × 4) = 2
  });
});
