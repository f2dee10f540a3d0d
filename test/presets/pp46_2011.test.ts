import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compile, evaluate, type Result } from "../../src/index.js";
import {
  efficiencyFormula,
  efficiencyScore,
  kreativitasPoints,
  pp46_2011,
  pp46Band,
  pp46Bands,
  skpAppraisal,
  skpScheme,
  tugasTambahanPoints,
  type Pp46BandPolicy,
  type SkpAppraisalInput,
  type SkpSchemeInput,
} from "../../src/presets/pp46_2011/index.js";
import { byId, expectDec, expectError, scaled, X } from "../helpers.js";

type Activity = SkpSchemeInput["activities"][number];
type Realisasi = SkpAppraisalInput["activities"][number];
const PERILAKU = (x: number | string) => ({ orientasiPelayanan: x, integritas: x, komitmen: x, disiplin: x, kerjaSama: x });

/** Scores activities through the engine (scheme builder + appraisal builder + plugin). */
function run(activities: Activity[], realisasi: Realisasi[], extra: Partial<SkpSchemeInput> = {}, app: Partial<SkpAppraisalInput> = {}): Result {
  const plan = compile(skpScheme({ id: "skp", activities, ...extra }), { formulas: pp46_2011.formulas });
  return evaluate(plan, skpAppraisal({ employee: { id: "E1" }, activities: realisasi, perilaku: PERILAKU(80), ...app }));
}
const act = (id: string, to: number | string, tw: number | string, tb?: number | string): Activity => ({
  id,
  label: id,
  kuantitas: { target: to },
  waktu: { target: tw },
  ...(tb === undefined ? {} : { biaya: { target: tb } }),
});

describe("PP 46/2011 gold tests", () => {
  test("PP 46/2011, Perka BKN 1/2013 WE-1.1 (rumus-skp-xls): TO 1/RO 1, TK 100/RK 90, TW 12/RW 12, Rp 170.395.000 both → 100, 90, 76, 76; perhitungan 342; nilai capaian ÷4 = 85.50", () => {
    const r = run([act("a", 1, 12, 170395000)], [{ id: "a", kuantitas: 1, kualitas: 90, waktu: 12, biaya: 170395000 }], { rounding: { activity: { places: 2, mode: "halfUp" } } });
    expectDec(byId(r.indicators, "a.kuantitas").score, 100);
    expectDec(byId(r.indicators, "a.kualitas").score, 90);
    expectDec(byId(r.indicators, "a.waktu").score, 76);
    expectDec(byId(r.indicators, "a.biaya").score, 76);
    expect(byId(r.objectives, "a").score).toBe("85.50");
    expectDec(efficiencyScore({ target: 12, actual: 12 }).efficiency, 0);
    expectDec(efficiencyScore({ target: 170395000, actual: 170395000 }).efficiency, 0);
  });

  test("PP 46/2011, Perka BKN 1/2013 WE-1.2 (MENCARI-NT): TW 12/RW 12 → 76; RW 9.12 (eff exactly 24 %) → 100, the ≤ branch; TB 5.000.000/RB 3.800.000 → 100", () => {
    expectDec(efficiencyScore({ target: 12, actual: 12 }).value, 76);
    const edge = efficiencyScore({ target: 12, actual: "9.12" });
    expect(edge.efficiency).toBe("24");
    expect(edge.branch).toBe("atMost24");
    expectDec(edge.value, 100);
    // In binary floating point the computation lands in the other branch (24.000000000000014 > 24) and would give 76.
    expect(100 - (9.12 / 12) * 100).toBeGreaterThan(24);
    expectDec(efficiencyScore({ target: 5000000, actual: 3800000 }).value, 100);
    // Through the engine (plugin): the same 100.
    const r = run([act("a", 1, 12)], [{ id: "a", kuantitas: 1, kualitas: 100, waktu: "9.12" }]);
    expectDec(byId(r.indicators, "a.waktu").score, 100);
  });

  test("PP 46/2011, Perka BKN 1/2013 WE-1.2: RW > TW (late) gives '75 ke bawah'", () => {
    for (const rw of ["12.01", "13", "15", "20"]) expect(new X(efficiencyScore({ target: 12, actual: rw }).value).lte(75.99)).toBe(true);
    expectDec(efficiencyScore({ target: 12, actual: 14 }).value, new X(76).minus(new X(200).div(12)), 30); // 76 + (−16.67) (the efficiency formula of Perka BKN 1/2013)
  });

  test("PP 46/2011, Perka BKN 1/2013 WE-1.3 (SKP guru): TO 2/RO 2, RK 90, TW 12/RW 12, no biaya → perhitungan 266; 88,66 truncated (text), 88,67 half-up (table)", () => {
    const a = [act("g", 2, 12)];
    const ra = [{ id: "g", kuantitas: 2, kualitas: 90, waktu: 12 }];
    expect(byId(run(a, ra, { rounding: { activity: { places: 2, mode: "down" } } }).objectives, "g").score).toBe("88.66");
    expect(byId(run(a, ra, { rounding: { activity: { places: 2, mode: "halfUp" } } }).objectives, "g").score).toBe("88.67");
    expectDec(byId(run(a, ra).objectives, "g").score, new X(266).div(3), 30);
  });

  // The source's lookup table (kuantitas 100, waktu 76, realisasi mutu varies): printed = ROUNDUP(…, 2).
  const TABLE: [number, string, string, string][] = [
    [100, "92.00", "92.00", "92.00"],
    [99, "91.67", "91.67", "91.66"],
    [98, "91.34", "91.33", "91.33"],
    [95, "90.34", "90.33", "90.33"],
    [92, "89.34", "89.33", "89.33"],
    [90, "88.67", "88.67", "88.66"],
    [89, "88.34", "88.33", "88.33"],
    [86, "87.34", "87.33", "87.33"],
    [81, "85.67", "85.67", "85.66"],
  ];
  test.each(TABLE)("PP 46/2011, Perka BKN 1/2013 WE-1.3 table: RK %i → printed %s with rounding 'up' (half-up %s, truncate %s)", (rk, printed, halfUp, down) => {
    const a = [act("g", 2, 12)];
    const ra = [{ id: "g", kuantitas: 2, kualitas: rk, waktu: 12 }];
    expect(byId(run(a, ra, { rounding: { activity: { places: 2, mode: "up" } } }).objectives, "g").score).toBe(printed);
    expect(byId(run(a, ra, { rounding: { activity: { places: 2, mode: "halfUp" } } }).objectives, "g").score).toBe(halfUp);
    expect(byId(run(a, ra, { rounding: { activity: { places: 2, mode: "down" } } }).objectives, "g").score).toBe(down);
  });

  test("PP 46/2011, Perka BKN 1/2013 WE-1.4 (blog, Kepala Dinas): RO 2 vs TO 1 → kuantitas 200 (uncapped); RW = TW → 76", () => {
    const r = run([act("monev", 1, 12)], [{ id: "monev", kuantitas: 2, kualitas: 100, waktu: 12 }]);
    expectDec(byId(r.indicators, "monev.kuantitas").score, 200);
    expectDec(byId(r.indicators, "monev.waktu").score, 76);
  });

  test("PP 46/2011, Perka BKN 1/2013 WE-1.4 [C]: activity 1 (100, RK 90, TW 3/RW 3) → 88.67; activity 2 (RK 91) → 89.00; nilai SKP = their mean", () => {
    const r = run([act("k1", 1, 3), act("k2", 1, 3)], [
      { id: "k1", kuantitas: 1, kualitas: 90, waktu: 3 },
      { id: "k2", kuantitas: 1, kualitas: 91, waktu: 3 },
    ], { rounding: { activity: { places: 2, mode: "halfUp" } } });
    expect(byId(r.objectives, "k1").score).toBe("88.67");
    expect(byId(r.objectives, "k2").score).toBe("89.00");
    expectDec(byId(r.components, "results").score, "88.835");
  });

  test("PP 46/2011, Perka BKN 1/2013 WE-1.5 (Kopertis V): target 50 konsep PAK, realisasi 40 → kuantitas 80", () => {
    const r = run([act("pak", 50, 12)], [{ id: "pak", kuantitas: 40, kualitas: 100, waktu: 12 }]);
    expectDec(byId(r.indicators, "pak.kuantitas").score, 80);
  });

  test("PP 46/2011, Perka BKN 1/2013: nilai SKP = mean + tugas tambahan + kreativitas; final = 60 % SKP + 40 % perilaku (÷5)", () => {
    const r = run([act("a", 1, 12, 170395000)], [{ id: "a", kuantitas: 1, kualitas: 90, waktu: 12, biaya: 170395000 }], {}, {
      tugasTambahan: 4,
      kreativitas: "instansi",
      perilaku: { orientasiPelayanan: 80, integritas: 85, komitmen: 75, disiplin: 90, kerjaSama: 70 },
    });
    expectDec(byId(r.components, "results").score, new X("85.5").plus(2).plus(6));
    expectDec(byId(r.components, "behaviour").score, 80); // 400 / 5
    expect(r.final.score).toBe("88.10"); // 0.6 × 93.5 + 0.4 × 80 = 56.1 + 32
    expect(r.final.band?.id).toBe("baik");
  });

  test("PP 46/2011, Perka BKN 1/2013: pejabat struktural — kepemimpinan counted, perilaku ÷6", () => {
    const r = run([act("a", 1, 12)], [{ id: "a", kuantitas: 1, kualitas: 100, waktu: 12 }], { struktural: true }, {
      perilaku: { orientasiPelayanan: 80, integritas: 80, komitmen: 80, disiplin: 80, kerjaSama: 80, kepemimpinan: 92 },
    });
    expectDec(byId(r.components, "behaviour").score, 82); // 492 / 6
    expect(r.behaviour?.competencies).toHaveLength(6);
  });
});

describe("PP 46/2011 points", () => {
  test.each([
    [0, 0],
    [1, 1],
    [3, 1],
    [4, 2],
    [6, 2],
    [7, 3],
    [20, 3],
  ])("PP 46/2011, Perka BKN 1/2013: %i tugas tambahan → %i point(s) (0 → 0, unlike the published peer)", (count, points) => {
    expect(tugasTambahanPoints({ count }).points).toBe(points);
  });
  test("PP 46/2011, Perka BKN 1/2013: kreativitas unit kerja 3, instansi 6, nasional 12, none 0", () => {
    expect([kreativitasPoints({ level: "unitKerja" }), kreativitasPoints({ level: "instansi" }), kreativitasPoints({ level: "nasional" }), kreativitasPoints({ level: null })].map((p) => p.points)).toEqual([3, 6, 12, 0]);
  });
  test("bad input is INVALID_INPUT with a path", () => {
    expectError(() => tugasTambahanPoints({ count: -1 }), "INVALID_INPUT", "count");
    expectError(() => efficiencyScore({ target: 12, actual: -1 }), "INVALID_INPUT", "actual");
    expectError(() => efficiencyScore({ target: 0, actual: 1 }), "ZERO_TARGET", "target");
  });
});

describe("PP 46/2011 bands: values between the integer edges (docs/sources.md)", () => {
  const CASES: [string, Record<Pp46BandPolicy, string>][] = [
    ["90.5", { lowerBound: "baik", halfUp: "sangatBaik", aboveUpper: "sangatBaik" }],
    ["75.5", { lowerBound: "cukup", halfUp: "baik", aboveUpper: "baik" }],
    ["60.5", { lowerBound: "kurang", halfUp: "cukup", aboveUpper: "cukup" }],
    ["50.5", { lowerBound: "buruk", halfUp: "kurang", aboveUpper: "kurang" }],
    ["90.49", { lowerBound: "baik", halfUp: "baik", aboveUpper: "sangatBaik" }],
    ["91", { lowerBound: "sangatBaik", halfUp: "sangatBaik", aboveUpper: "sangatBaik" }],
    ["90", { lowerBound: "baik", halfUp: "baik", aboveUpper: "baik" }],
    ["76", { lowerBound: "baik", halfUp: "baik", aboveUpper: "baik" }],
    ["50", { lowerBound: "buruk", halfUp: "buruk", aboveUpper: "buruk" }],
  ];
  test.each(CASES)("PP 46/2011, Perka BKN 1/2013 boundary %s", (value, expected) => {
    for (const policy of ["lowerBound", "halfUp", "aboveUpper"] as const) expect(pp46Band({ value, policy }).id, policy).toBe(expected[policy]);
  });

  // Final scores of exactly 90.5 / 75.5 / 60.5 / 50.5 through the engine: kuantitas + kualitas + 76 = 3 × x.
  const ENGINE: [string, number, number, number][] = [
    ["90.5", 1, 1, 95.5],
    ["75.5", 1, 1, 50.5],
    ["60.5", 1, 1, 5.5],
    ["50.5", 2, 1, 25.5],
  ];
  test.each(ENGINE)("PP 46/2011, Perka BKN 1/2013 boundary through evaluate: final %s under each policy", (x, to, ro, rk) => {
    for (const policy of ["lowerBound", "halfUp", "aboveUpper"] as const) {
      const r = run([act("a", to, 12)], [{ id: "a", kuantitas: ro, kualitas: rk, waktu: 12 }], { bandPolicy: policy }, { perilaku: PERILAKU(x) });
      expectDec(r.final.score, x);
      expect(r.final.band?.id, policy).toBe(pp46Band({ value: x, policy }).id);
    }
  });

  test("band tables have no gaps (they compile) and the halfUp policy classifies the exact score", () => {
    expect(pp46Bands("halfUp").classify).toBe("exact");
    expect(pp46Bands("aboveUpper", 3).table.map((b) => b.min ?? null)).toEqual([null, "50.001", "60.001", "75.001", "90.001"]);
  });
});

describe("PP 46/2011 properties", () => {
  // T and R as decimals with 2 places, T > 0.
  const pair = fc.record({ t: fc.integer({ min: 1, max: 10_000_00 }), r1: fc.integer({ min: 0, max: 30_000_00 }), r2: fc.integer({ min: 0, max: 30_000_00 }) });

  test("PP 46/2011, Perka BKN 1/2013 closed form: nilai = 76 + eff (eff ≤ 24) or 100 − eff (eff > 24), exactly", () => {
    fc.assert(
      fc.property(pair, ({ t, r1 }) => {
        const s = efficiencyScore({ target: scaled(t, 2), actual: scaled(r1, 2) });
        const eff = new X(100).minus(new X(scaled(r1, 2)).div(scaled(t, 2)).times(100));
        const expected = eff.lte(24) ? eff.plus(76) : new X(100).minus(eff);
        expect(new X(s.value).minus(expected).abs().lte("1e-30")).toBe(true);
        expect(s.branch).toBe(eff.lte(24) ? "atMost24" : "above24");
      }),
    );
  });

  test("PP 46/2011, Perka BKN 1/2013: waktu and biaya are monotone on each side of the 24 % edge (≤ side: more R, lower score; > side: more R, higher score)", () => {
    fc.assert(
      fc.property(pair, ({ t, r1, r2 }) => {
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const a = efficiencyScore({ target: scaled(t, 2), actual: scaled(lo, 2) });
        const b = efficiencyScore({ target: scaled(t, 2), actual: scaled(hi, 2) });
        if (a.branch === "atMost24" && b.branch === "atMost24") expect(new X(a.value).gte(b.value)).toBe(true);
        if (a.branch === "above24" && b.branch === "above24") expect(new X(a.value).lte(b.value)).toBe(true);
        if (a.branch !== b.branch) expect(a.branch).toBe("above24"); // a smaller R is the more efficient side
      }),
    );
  });

  test("the plugin gives the calculator's value", () => {
    fc.assert(
      fc.property(pair, ({ t, r1 }) => {
        const out = efficiencyFormula.achievement({ actual: scaled(r1, 2), target: scaled(t, 2), baseline: null, params: {} });
        expect(out.value).toBe(efficiencyScore({ target: scaled(t, 2), actual: scaled(r1, 2) }).value);
      }),
    );
  });
});

describe("PP 46/2011 scheme", () => {
  test("the plugin's trace shows the efficiency and the waktu score is floored at 0 when far too late", () => {
    const r = run([act("a", 1, 12)], [{ id: "a", kuantitas: 1, kualitas: 100, waktu: 30 }]);
    const w = byId(r.indicators, "a.waktu");
    expectDec(w.score, 0);
    expect(w.clamped).toBe("floor");
    const e = r.trace.find((t) => t.at === `indicators[${r.indicators.indexOf(w)}].achievement`);
    expect(e?.inputs["efficiency"]).toBe("-150");
  });

  test("notDone 'zero': an activity with RO = 0 scores 0 on every aspect", () => {
    const r = run([act("a", 1, 12, 1000)], [{ id: "a", kuantitas: 0, kualitas: 90, waktu: 12, biaya: 1000 }], {}, { notDone: "zero" });
    expectDec(byId(r.objectives, "a").score, 0);
    const s = run([act("a", 1, 12, 1000)], [{ id: "a", kuantitas: 0, kualitas: 90, waktu: 12, biaya: 1000 }]);
    expectDec(byId(s.objectives, "a").score, new X(0 + 90 + 76 + 76).div(4));
  });

  test("additions are capped (tugas tambahan ≤ 3, kreativitas ≤ 12) and a missing aspect is MISSING_ACTUAL", () => {
    const plan = compile(skpScheme({ id: "skp", activities: [act("a", 1, 12)] }), { formulas: pp46_2011.formulas });
    const app = skpAppraisal({ employee: { id: "E" }, activities: [{ id: "a", kuantitas: 1, kualitas: 100, waktu: 12 }], perilaku: PERILAKU(80) });
    const r = evaluate(plan, { ...app, facts: [{ id: "tugasTambahan", value: 9 }, { id: "kreativitas", value: 50 }] });
    expectDec(byId(r.components, "results").score, new X(276).div(3).plus(3).plus(12), 30);
    expectError(() => evaluate(plan, { ...app, actuals: app.actuals.slice(0, 2) }), "MISSING_ACTUAL", "actuals");
  });

  test("invalid builder input is INVALID_INPUT with a path", () => {
    expectError(() => skpScheme({ id: "x", activities: [] }), "INVALID_INPUT", "activities");
    expectError(() => skpAppraisal({ employee: { id: "E" }, activities: [{ id: "a", kuantitas: 1, kualitas: 1, waktu: 1 }], perilaku: { ...PERILAKU(80), disiplin: 101 } }), "INVALID_INPUT", "perilaku.disiplin");
  });
});
