// Career: angka kredit accumulation (PermenPANRB 1/2023 Pasal 37(1); Peraturan BKN 3/2023), kenaikan
// pangkat (PP 99/2000 Pasal 7 and 13) with the AKK of PermenPANRB 1/2023, and the calendar months.
// Worked examples computed by hand in the test names and comments.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPLOYEE_PREDIKATS, EMPLOYEE_PREDIKAT_RANK, addMonths, wholeMonths, type EmployeePredikat } from "../../src/index.js";
import { AKK_KENAIKAN_JENJANG, AKK_KENAIKAN_PANGKAT, accumulateAngkaKredit, kenaikanJenjang, kenaikanPangkat, type KenaikanPangkatInput } from "../../src/presets/index.js";
import { expectError } from "../helpers.js";

describe("calendar months", () => {
  it("a six-month window from 31 Aug 2023 closes on 29 Feb 2024 (clamped, leap year); from 15 Jan 2024 on 15 Jul 2024", () => {
    expect(addMonths({ date: "2023-08-31", months: 6 })).toBe("2024-02-29");
    expect(addMonths({ date: "2024-01-15", months: 6 })).toBe("2024-07-15");
    expect(addMonths({ date: "2023-03-31", months: -1 })).toBe("2023-02-28");
  });
  it("whole months count a month once its day is reached: 1 Nov 2021 → 1 Oct 2025 is 47, → 1 Nov 2025 is 48", () => {
    expect(wholeMonths({ from: "2021-11-01", to: "2025-10-01" })).toBe(47);
    expect(wholeMonths({ from: "2021-11-01", to: "2025-11-01" })).toBe(48);
    expect(wholeMonths({ from: "2021-11-15", to: "2021-12-14" })).toBe(0);
    expectError(() => wholeMonths({ from: "2021-02-30", to: "2021-03-01" }), "INVALID_INPUT", "from");
  });
});

describe("accumulateAngkaKredit", () => {
  const ak1 = [
    { id: "2023", predikat: "baik", jenjang: "terampil" },
    { id: "2024", predikat: "sangatBaik", jenjang: "terampil" },
    { id: "2025", predikat: "baik", jenjang: "terampil" },
  ] as const;

  it("AK-1: Terampil (koefisien 5): Baik 5 + Sangat Baik 7.5 + Baik 5 = 17.50", () => {
    const b = accumulateAngkaKredit({ periods: [...ak1] });
    expect(b.total).toBe("17.50");
    expect(b.periods.map((p) => p.value)).toEqual(["5.00", "7.50", "5.00"]);
    expect(b.trace.find((t) => t.at === "exact")).toMatchObject({ formula: "akSumExact", value: "17.5", inputs: { opening: "0", "periods[1]": "7.5" } });
  });

  it("a jenjang change is two periods with their own koefisien: 5 months Ahli Pertama Baik (12.5 × 5/12) + 7 months Ahli Muda Baik (25 × 7/12) = 5.2083… + 14.5833… = 19.79", () => {
    const b = accumulateAngkaKredit({ periods: [{ id: "2025-a", predikat: "baik", jenjang: "ahliPertama", months: 5 }, { id: "2025-b", predikat: "baik", jenjang: "ahliMuda", months: 7 }] });
    expect(b.total).toBe("19.79");
  });

  it("perPeriod adds the rounded PAK values: 2 months Baik at 12.5 is 2.0833… → 2.08, six such periods 12.48 (exact: 12.50)", () => {
    const periods = Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, predikat: "baik" as const, jenjang: "ahliPertama" as const, months: 2 }));
    expect(accumulateAngkaKredit({ periods }).total).toBe("12.50");
    expect(accumulateAngkaKredit({ periods, accumulate: "perPeriod" }).total).toBe("12.48");
  });

  it("konvensional → integrasi: opening = accumulated AK konvensional − nilai dasar (values given as data)", () => {
    const b = accumulateAngkaKredit({ opening: { konvensional: "187.5", nilaiDasar: "150" }, periods: [{ id: "2025", predikat: "baik", jenjang: "ahliPertama" }] });
    expect(b.opening).toEqual({ value: "37.5", conversion: "konvensionalMinusNilaiDasar" });
    expect(b.total).toBe("50.00");
  });

  it("bad input: a period with both jenjang and koefisien, a repeated id", () => {
    expectError(() => accumulateAngkaKredit({ periods: [{ id: "x", predikat: "baik", jenjang: "terampil", koefisien: 5 }] }), "INVALID_INPUT", "periods[0].jenjang");
    expectError(() => accumulateAngkaKredit({ periods: [ak1[0], ak1[0]] }), "INVALID_INPUT", "periods[1].id");
  });
});

describe("AKK tables (PermenPANRB 1/2023)", () => {
  it("each keahlian jenjang AKK is the sum of the KP steps inside it: 50 + 50, 100 + 100, 150 × 3", () => {
    const k = AKK_KENAIKAN_PANGKAT.keahlian;
    expect(Number(k["III/a"]) + Number(k["III/b"])).toBe(Number(AKK_KENAIKAN_JENJANG.ahliPertama));
    expect(Number(k["III/c"]) + Number(k["III/d"])).toBe(Number(AKK_KENAIKAN_JENJANG.ahliMuda));
    expect(Number(k["IV/a"]) + Number(k["IV/b"]) + Number(k["IV/c"])).toBe(Number(AKK_KENAIKAN_JENJANG.ahliMadya));
  });
});

describe("kenaikanPangkat", () => {
  const kp1: KenaikanPangkatInput = {
    route: "reguler",
    asOf: "2025-10-01",
    golongan: "III/c",
    tmtPangkat: "2021-11-01",
    predikat: [
      { year: 2023, predikat: "baik" },
      { year: 2024, predikat: "baik" },
    ],
  };

  it("KP-1: reguler, TMT III/c 1 Nov 2021, both SKPs Baik: at 1 Oct 2025 only 47 of 48 months → not yet; earliest 1 Nov 2025 (monthly) or 1 Apr 2026 (April/October)", () => {
    const r = kenaikanPangkat(kp1);
    expect(r).toMatchObject({ status: "notYet", monthsInRank: 47, from: "III/c", to: "III/d", requirements: { months: 48, years: [2023, 2024], akk: null } });
    expect(r.conditions.map((c) => [c.id, c.met])).toEqual([
      ["timeInRank", false],
      ["predikat", true],
    ]);
    expect(r.conditions[0]?.condition).toMatchObject({ fact: "monthsInRank", op: "gte", value: "48", actual: "47" });
    expect(r.earliest?.date).toBe("2025-11-01");
    expect(kenaikanPangkat({ ...kp1, periods: "aprilOctober" }).earliest?.date).toBe("2026-04-01");
    expect(kenaikanPangkat({ ...kp1, asOf: "2025-11-01" })).toMatchObject({ status: "eligible", earliest: { date: "2025-11-01" } });
  });

  it("a predikat below Baik in the last two years: not yet; with a Butuh Perbaikan scenario never within the horizon", () => {
    const r = kenaikanPangkat({ ...kp1, asOf: "2025-11-01", predikat: [{ year: 2023, predikat: "butuhPerbaikan" }, { year: 2024, predikat: "baik" }] });
    expect(r.status).toBe("notYet");
    // 2023 leaves the window in 2026: with Baik from 2025 on, the first period of 2026
    expect(r.earliest?.date).toBe("2026-01-01");
    const never = kenaikanPangkat({ ...kp1, asOf: "2025-11-01", predikat: [{ year: 2023, predikat: "butuhPerbaikan" }, { year: 2024, predikat: "butuhPerbaikan" }], scenario: { predikat: "butuhPerbaikan" } });
    expect(never).toMatchObject({ status: "notYet", earliest: null });
  });

  it("a missing appraisal year blocks (tugas belajar, lost record) instead of being guessed", () => {
    const r = kenaikanPangkat({ ...kp1, predikat: [{ year: 2023, predikat: null }, { year: 2024, predikat: "baik" }] });
    expect(r).toMatchObject({ status: "blocked", missingYears: [2023], earliest: null });
  });

  it("AK-1 fungsional: II/c → II/d needs 20 (keterampilan); 17.50 is short by 2.50 = 6 months at Baik (5/yr) or 4 at Sangat Baik (7.5/yr)", () => {
    const input: KenaikanPangkatInput = {
      route: "fungsional",
      asOf: "2026-01-01",
      golongan: "II/c",
      tmtPangkat: "2022-01-01",
      category: "keterampilan",
      angkaKredit: "17.5",
      predikat: [
        { year: 2023, predikat: "baik" },
        { year: 2024, predikat: "sangatBaik" },
        { year: 2025, predikat: "baik" },
      ],
      scenario: { predikat: "baik", jenjang: "terampil" },
    };
    const baik = kenaikanPangkat(input);
    expect(baik).toMatchObject({ status: "notYet", requirements: { akk: "20", months: 24 } });
    expect(baik.conditions.find((c) => c.id === "angkaKredit")?.met).toBe(false);
    expect(baik.earliest).toMatchObject({ date: "2026-07-01", angkaKredit: "20" });
    expect(kenaikanPangkat({ ...input, scenario: { predikat: "sangatBaik", jenjang: "terampil" } }).earliest).toMatchObject({ date: "2026-05-01", angkaKredit: "20" });
    expect(kenaikanPangkat({ ...input, angkaKredit: 20 }).status).toBe("eligible");
  });

  it("bad input fails with paths", () => {
    expectError(() => kenaikanPangkat({ ...kp1, golongan: "IV/e" }), "INVALID_INPUT", "golongan");
    expectError(() => kenaikanPangkat({ ...kp1, route: "fungsional" }), "INVALID_INPUT", "angkaKredit");
    expectError(() => kenaikanPangkat({ ...kp1, route: "fungsional", angkaKredit: 1, category: "keterampilan", golongan: "III/d" }), "INVALID_INPUT", "akk");
    expectError(() => kenaikanPangkat({ ...kp1, tmtPangkat: "2026-01-01" }), "INVALID_INPUT", "tmtPangkat");
    expectError(() => kenaikanPangkat({ ...kp1, golongan: "III/z" as "III/a" }), "INVALID_INPUT", "golongan");
  });

  it("property: a better predikat history or scenario never delays the earliest date", () => {
    const predikat = fc.constantFrom<EmployeePredikat>(...EMPLOYEE_PREDIKATS);
    const better = (p: EmployeePredikat) => fc.constantFrom(...EMPLOYEE_PREDIKATS.filter((q) => EMPLOYEE_PREDIKAT_RANK[q] >= EMPLOYEE_PREDIKAT_RANK[p]));
    fc.assert(
      fc.property(
        fc.tuple(predikat, predikat, predikat).chain((ps) => fc.tuple(fc.constant(ps), fc.tuple(better(ps[0]), better(ps[1]), better(ps[2])))),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 40 }),
        fc.boolean(),
        ([[a, b, s], [a2, b2, s2]], monthsAgo, ak, fungsional) => {
          const run = (p2023: EmployeePredikat, p2024: EmployeePredikat, scenario: EmployeePredikat) =>
            kenaikanPangkat({
              route: fungsional ? "fungsional" : "reguler",
              asOf: "2025-06-01",
              golongan: "II/c",
              tmtPangkat: addMonths({ date: "2025-06-01", months: -monthsAgo }),
              predikat: [{ year: 2023, predikat: p2023 }, { year: 2024, predikat: p2024 }],
              ...(fungsional ? { category: "keterampilan" as const, angkaKredit: ak / 2 } : {}),
              scenario: { predikat: scenario, jenjang: "terampil" },
            });
          const before = run(a, b, s);
          const after = run(a2, b2, s2);
          if (before.status === "eligible") expect(after.status).toBe("eligible");
          if (before.earliest !== null) expect(after.earliest?.date ?? "9999").not.toBe("9999");
          if (before.earliest !== null && after.earliest !== null) expect(after.earliest.date <= before.earliest.date).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("kenaikanJenjang (Peraturan BKN 3/2023; AKK of PermenPANRB 1/2023)", () => {
  const base = { asOf: "2026-01-01", jenjang: "ahliPertama" as const, angkaKredit: "104.5", formasi: true, ujiKompetensi: true, predikat: [{ year: 2025, predikat: "baik" as const }] };

  it("Ahli Pertama → Ahli Muda needs AKK 100, a formasi, a passed uji kompetensi and Baik in the last year", () => {
    expect(kenaikanJenjang(base)).toMatchObject({ status: "eligible", from: "ahliPertama", to: "ahliMuda", akk: "100", year: 2025 });
    const short = kenaikanJenjang({ ...base, angkaKredit: "99.99", formasi: false });
    expect(short.status).toBe("notYet");
    expect(short.conditions.map((c) => [c.id, c.met])).toEqual([
      ["angkaKredit", false],
      ["formasi", false],
      ["ujiKompetensi", true],
      ["predikat", true],
    ]);
    expect(kenaikanJenjang({ ...base, predikat: [{ year: 2025, predikat: "butuhPerbaikan" }] }).status).toBe("notYet");
    expect(kenaikanJenjang({ ...base, predikat: [{ year: 2024, predikat: "baik" }] }).status).toBe("blocked");
  });

  it("Ahli Muda needs 200 and Ahli Madya 450; keterampilan needs the akk given; Ahli Utama has no next jenjang", () => {
    expect(kenaikanJenjang({ ...base, jenjang: "ahliMuda", angkaKredit: 200 }).akk).toBe("200");
    expect(kenaikanJenjang({ ...base, jenjang: "ahliMadya", angkaKredit: 449 }).status).toBe("notYet");
    expectError(() => kenaikanJenjang({ ...base, jenjang: "terampil" }), "INVALID_INPUT", "akk", "no_akk");
    expect(kenaikanJenjang({ ...base, jenjang: "terampil", akk: 60, angkaKredit: 60 })).toMatchObject({ status: "eligible", to: "mahir" });
    expectError(() => kenaikanJenjang({ ...base, jenjang: "ahliUtama" }), "INVALID_INPUT", "jenjang", "no_next_jenjang");
  });
});
