// Indeks Profesionalitas ASN (PermenPANRB 38/2018; Peraturan BKN 8/2019): weights kualifikasi 25,
// kompetensi 40, kinerja 30, disiplin 5; levels 91–100 Sangat Tinggi, 81–90 Tinggi, 71–80 Sedang,
// 61–70 Rendah, ≤ 60 Sangat Rendah (integer edges: a value between two levels takes the lower one).
import { describe, expect, it } from "vitest";
import { indeksProfesionalitas } from "../../src/index.js";
import { expectError, expectFullyTraced } from "../helpers.js";

const one = (kualifikasi: number | string, kompetensi: number | string, kinerja: number | string, disiplin: number | string) =>
  indeksProfesionalitas({ employees: [{ id: "E", scores: { kualifikasi, kompetensi, kinerja, disiplin } }] }).employees[0];

describe("indeksProfesionalitas", () => {
  it("0.25 × 80 + 0.40 × 75 + 0.30 × 90 + 0.05 × 100 = 20 + 30 + 27 + 5 = 82.00 → Tinggi", () => {
    const e = one(80, 75, 90, 100);
    expect(e?.score).toBe("82.00");
    expect(e?.level?.id).toBe("tinggi");
    if (e) expectFullyTraced(e.result);
  });

  it("each dimension counts once: kinerja 100 alone is 30.00 (a report that adds the kinerja column twice would show 60)", () => {
    expect(one(0, 0, 100, 0)?.score).toBe("30.00");
  });

  it("integer edges read on the exact value: 80.5 → Sedang, 81 → Tinggi, 60.5 → Sangat Rendah, 91 → Sangat Tinggi", () => {
    // all four dimensions equal v give an index of v
    expect(one("80.5", "80.5", "80.5", "80.5")?.level?.id).toBe("sedang");
    expect(one(81, 81, 81, 81)?.level?.id).toBe("tinggi");
    expect(one("60.5", "60.5", "60.5", "60.5")?.level?.id).toBe("sangatRendah");
    expect(one(61, 61, 61, 61)?.level?.id).toBe("rendah");
    expect(one(91, 91, 91, 91)?.level?.id).toBe("sangatTinggi");
    // 0.25 × 70 + 0.40 × 71 + 0.30 × 71 + 0.05 × 71 = 17.5 + 28.4 + 21.3 + 3.55 = 70.75 → Rendah (not rounded up to 71)
    expect(one(70, 71, 71, 71)).toMatchObject({ score: "70.75", level: { id: "rendah" } });
  });

  it("instansi figure: the mean of the exact indices (82 and 77 → 79.50 Sedang); weights can be replaced", () => {
    const r = indeksProfesionalitas({
      employees: [
        { id: "E1", scores: { kualifikasi: 80, kompetensi: 75, kinerja: 90, disiplin: 100 } },
        // 15 + 32 + 25.5 + 4.5 = 77
        { id: "E2", scores: { kualifikasi: 60, kompetensi: 80, kinerja: 85, disiplin: 90 } },
      ],
    });
    expect(r.instansi).toEqual({ score: "79.50", exact: "79.5", level: { id: "sedang", label: { id: "Sedang", en: "Medium" } } });
    const equal = indeksProfesionalitas({ weights: { kualifikasi: 1, kompetensi: 1, kinerja: 1, disiplin: 1 }, employees: [{ id: "E", scores: { kualifikasi: 80, kompetensi: 75, kinerja: 90, disiplin: 100 } }] });
    expect(equal.employees[0]?.score).toBe("86.25");
  });

  it("bad input fails with paths", () => {
    expectError(() => one(101, 0, 0, 0), "INVALID_INPUT", "employees[0].scores.kualifikasi");
    expectError(() => indeksProfesionalitas({ employees: [{ id: "E", scores: { kualifikasi: 1, kompetensi: 1, kinerja: 1 } as never }] }), "INVALID_INPUT", "employees[0].scores.disiplin");
    expectError(() => indeksProfesionalitas({ employees: [] }), "INVALID_INPUT", "employees");
    expectError(() => indeksProfesionalitas({ weights: { kualifikasi: 0, kompetensi: 0, kinerja: 0, disiplin: 0 }, employees: [{ id: "E", scores: { kualifikasi: 1, kompetensi: 1, kinerja: 1, disiplin: 1 } }] }), "INVALID_INPUT", "weights");
  });
});
