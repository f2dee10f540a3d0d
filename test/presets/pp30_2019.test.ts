import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compile, evaluate, type AppraisalInput } from "../../src/index.js";
import { capaianIki, kinerjaTambahan, nilaiCapaianIki, pp30_2019, pp30Scheme, type Pp30SchemeInput } from "../../src/presets/pp30_2019/index.js";
import { byId, expectDec, expectError, scaled, X } from "../helpers.js";

const ratings = (value: number, withPeers: boolean): NonNullable<AppraisalInput["ratings"]> => {
  const aspects = pp30_2019.PERILAKU_ASPECTS.map((a) => a.id);
  const raters: [string, "supervisor" | "peer" | "subordinate"][] = [["atasan", "supervisor"]];
  if (withPeers) raters.push(["p1", "peer"], ["p2", "peer"], ["p3", "peer"], ["b1", "subordinate"], ["b2", "subordinate"], ["b3", "subordinate"]);
  return raters.flatMap(([rater, group]) => aspects.map((competency) => ({ rater, group, competency, value })));
};
const plan = (input: Pp30SchemeInput) => compile(pp30Scheme(input), { formulas: pp30_2019.formulas });

describe("PermenPANRB 8/2021 gold tests (capaian IKI)", () => {
  test("PermenPANRB 8/2021 WE-2.1 (page 110): normal, target 80–90 %, realisasi 70 % → 70/80 = 87.5 %", () => {
    expect(capaianIki({ realisasi: 70, range: { min: 80, max: 90 } }).value).toBe("87.5");
  });
  test("PermenPANRB 8/2021 WE-2.2 (page 110): normal, target 80–90 %, realisasi 92 % → 92/90 = 102.22 %; the source's printed 113 % is an arithmetic error no policy reproduces", () => {
    const v = capaianIki({ realisasi: 92, range: { min: 80, max: 90 } }).value;
    expectDec(v, new X(92).div(90).times(100), 30);
    expect(new X(v).toDecimalPlaces(2).toFixed(2)).toBe("102.22");
    expect(new X(v).eq(113)).toBe(false);
  });
  test("PermenPANRB 8/2021 WE-2.3 (page 110): special, target 7–8 months, realisasi 6.5 → (1 + (1 − 6.5/7)) = 107.14 %, printed 107 % (whole-percent policy)", () => {
    const v = capaianIki({ realisasi: "6.5", range: { min: 7, max: 8 }, condition: "special" }).value;
    expectDec(v, new X(2).minus(new X("6.5").div(7)).times(100), 30);
    expect(nilaiCapaianIki({ capaian: v }).capaian).toBe("107");
  });
  test("PermenPANRB 8/2021 WE-2.4 (page 110): special, target 7–8 months, realisasi 9 → (1 + (1 − 9/8)) = 87.5 %", () => {
    expect(capaianIki({ realisasi: 9, range: { min: 7, max: 8 }, condition: "special" }).value).toBe("87.5");
  });
  test("inside a range the capaian is 100 %", () => {
    expect(capaianIki({ realisasi: 85, range: { min: 80, max: 90 } }).value).toBe("100");
    expect(capaianIki({ realisasi: "7.5", range: { min: 7, max: 8 }, condition: "special" }).value).toBe("100");
  });
});

describe("PermenPANRB 8/2021 gold tests (nilai capaian IKI, through evaluate)", () => {
  test("PermenPANRB 8/2021 WE-2.5 (page 363): target 95, realisasi 93 → capaian 98 % (Cukup) → nilai 88 under the whole-percent policy; exact capaian 97.89 % gives 87.89", () => {
    const ind = { id: "iki", label: "IKI", target: 95 } as const;
    const app = { employee: { id: "E" }, actuals: [{ indicator: "iki", actual: 93 }], ratings: ratings(80, false) };
    expectDec(evaluate(plan({ id: "s", indicators: [ind] }), app).indicators[0]?.score, 88);
    const exact = evaluate(plan({ id: "s", indicators: [ind], capaianPlaces: null }), app).indicators[0]?.score;
    expectDec(exact, new X(93).div(95).times(100).minus(10), 30);
    expect(nilaiCapaianIki({ capaian: new X(93).div(95).times(100).toFixed(10) }).category).toBe("cukup");
  });
  test("PermenPANRB 8/2021 WE-2.6 (page 363): target 85, realisasi 85 → 100 % (Baik) → nilai 109", () => {
    const r = evaluate(plan({ id: "s", indicators: [{ id: "iki", label: "IKI", target: 85 }] }), { employee: { id: "E" }, actuals: [{ indicator: "iki", actual: 85 }], ratings: ratings(80, false) });
    expectDec(r.indicators[0]?.score, 109);
  });
  test("PermenPANRB 8/2021 WE-2.7 (page 363) [C reconstruction]: nilai SKP of a Dirjen = KU 59.2 + 43.6 + KT 0 = 102.8 (two IKIs, bobot 50/50, nilai 118.4 and 87.2, exact capaian)", () => {
    const p = plan({
      id: "s",
      capaianPlaces: null,
      indicators: [
        { id: "iku1", label: "IKU 1", target: 100, weight: 50 },
        { id: "iku2", label: "IKU 2", target: 100, weight: 50 },
      ],
    });
    const r = evaluate(p, { employee: { id: "E" }, actuals: [{ indicator: "iku1", actual: "108.56" }, { indicator: "iku2", actual: "97.2" }], ratings: ratings(80, false) });
    expectDec(byId(r.indicators, "iku1").contribution, "59.2");
    expectDec(byId(r.indicators, "iku2").contribution, "43.6");
    expectDec(byId(r.components, "results").score, "102.8");
  });
});

describe("PermenPANRB 8/2021 ladder", () => {
  test.each([
    ["120", "120"],
    ["111", "120"],
    ["110", "120"],
    ["101", "110"],
    ["105.5", "115"],
    ["100", "109"],
    ["99", "89"],
    ["80", "70"],
    ["79", "69"],
    ["60", "50"],
    ["59", "49"],
    ["0", "0"],
  ])("PermenPANRB 8/2021: capaian %s %% → nilai %s (exact)", (capaian, nilai) => {
    expectDec(nilaiCapaianIki({ capaian, capaianPlaces: null }).value, nilai);
  });
  test("PermenPANRB 8/2021: 100 % of a maximal target → 120 (Sangat Baik)", () => {
    const n = nilaiCapaianIki({ capaian: 100, maximalTarget: true });
    expect([n.value, n.category]).toEqual(["120", "sangatBaik"]);
  });
  test("PermenPANRB 8/2021, the gaps between its bands: 99.5 % → 109 (whole percent) or 89.5 (exact, lower-bound policy); 100.5 % → 110 or 109; 59.5 % → 50 or 49.38", () => {
    expectDec(nilaiCapaianIki({ capaian: "99.5" }).value, 109);
    expectDec(nilaiCapaianIki({ capaian: "99.5", capaianPlaces: null }).value, "89.5");
    expectDec(nilaiCapaianIki({ capaian: "100.5" }).value, 110);
    expectDec(nilaiCapaianIki({ capaian: "100.5", capaianPlaces: null }).value, 109);
    expectDec(nilaiCapaianIki({ capaian: "59.5" }).value, 50);
    expectDec(nilaiCapaianIki({ capaian: "59.5", capaianPlaces: null }).value, new X("59.5").div(59).times(49), 30);
  });
  test("property: the exact ladder is non-decreasing in capaian and lies in 0–120", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 20000 }), fc.integer({ min: -5000, max: 20000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = new X(nilaiCapaianIki({ capaian: scaled(lo, 2), capaianPlaces: null }).value);
        const y = new X(nilaiCapaianIki({ capaian: scaled(hi, 2), capaianPlaces: null }).value);
        expect(x.lte(y)).toBe(true);
        expect(x.gte(0) && y.lte(120)).toBe(true);
      }),
    );
  });
});

describe("PP 30/2019 composition, kinerja tambahan and predikat", () => {
  const iki = [{ id: "iki", label: "IKI", target: 100 }];
  test("PermenPANRB 8/2021: 70 % SKP + 30 % perilaku; 60/40 when peers and subordinates rate", () => {
    const p = plan({ id: "s", indicators: iki });
    const alone = evaluate(p, { employee: { id: "E" }, actuals: [{ indicator: "iki", actual: 100 }], ratings: ratings(80, false) });
    expectDec(alone.final.score, new X("0.7").times(109).plus(new X("0.3").times(80)));
    const peers = evaluate(p, { employee: { id: "E" }, actuals: [{ indicator: "iki", actual: 100 }], ratings: ratings(80, true) });
    expectDec(peers.final.score, new X("0.6").times(109).plus(new X("0.4").times(80)));
  });
  test("PermenPANRB 8/2021: kinerja tambahan = factor × bobot/100 × nilai/100, total capped at 10 (also in the scheme)", () => {
    expectDec(kinerjaTambahan({ items: [{ category: "baik", bobot: 10, nilai: 100 }] }).value, 8);
    const big = kinerjaTambahan({ items: [{ category: "sangatBaik", bobot: 10, nilai: 100 }, { category: "cukup", bobot: 5, nilai: 90 }] });
    expect([big.uncapped, big.value]).toEqual(["12.7", "10"]);
    const r = evaluate(plan({ id: "s", indicators: iki }), { employee: { id: "E" }, actuals: [{ indicator: "iki", actual: 100 }], ratings: ratings(80, false), facts: [{ id: "kinerjaTambahan", value: 12.7 }] });
    expectDec(byId(r.components, "results").score, 119);
  });
  test("PermenPANRB 8/2021: Sangat Baik (≥ 110) needs the innovation fact; without it the predikat is Baik", () => {
    const p = plan({ id: "s", indicators: iki });
    const app = { employee: { id: "E" }, actuals: [{ indicator: "iki", actual: 120 }], ratings: ratings(100, false) };
    const without = evaluate(p, app);
    expect(without.final.score).toBe("114.00");
    expect(without.final.band?.id).toBe("baik");
    expect(without.warnings.map((w) => w.code)).toContain("band_condition");
    expect(evaluate(p, { ...app, facts: [{ id: "inovasi", value: true }] }).final.band?.id).toBe("sangatBaik");
  });
  test.each([
    ["49.99", "sangatKurang"],
    ["50", "kurang"],
    ["69.99", "kurang"],
    ["70", "cukup"],
    ["89.99", "cukup"],
    ["90", "baik"],
    ["109.99", "baik"],
  ])("PermenPANRB 8/2021 predikat edge: %s → %s", (score, band) => {
    const table = pp30_2019.bands().table;
    let found = table[0]?.id;
    for (const b of table) if (b.min === undefined || new X(score).gte(String(b.min))) found = b.id;
    expect(found).toBe(band);
  });
  test("invalid input: both target and range, and a zero target", () => {
    expectError(() => capaianIki({ realisasi: 1, target: 1, range: { min: 1, max: 2 } }), "INVALID_INPUT", "target");
    expectError(() => capaianIki({ realisasi: 1, target: 0 }), "ZERO_TARGET", "target");
    expectError(() => pp30Scheme({ id: "s", indicators: [{ id: "a", label: "A", range: { min: 9, max: 8 } }] }), "INVALID_INPUT", "indicators[0].range.max");
  });
});
