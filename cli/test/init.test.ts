import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { guessMapping, slug } from "../src/commands/init.js";
import { kinerja, repo, tempDir } from "./helpers.js";

describe("kinerja init", () => {
  it("makes identifiers from headers", () => {
    expect(slug("Realisasi Jam Pelatihan (jam)")).toBe("realisasiJamPelatihan");
    expect(slug("Capaian Layanan (%)")).toBe("capaianLayanan");
    expect(slug("2024 Target")).toBe("k2024Target");
  });

  it("guesses employee fields, indicators with individual targets and BerAKHLAK rater columns", () => {
    const headers = ["No", "NIP", "Nama", "Unit Kerja", "Jabatan", "Target Dokumen", "Realisasi Dokumen", "Realisasi IKM", "Catatan", "Atasan - Akuntabel", "Atasan - Loyal", "Rekan Kerja: Akuntabel"];
    const sample = [[1, "19900101 201501 1 001", "Ani", "Umum", "Analis", "1.200", "1.150", "83,5", "baik sekali", 4, 5, 4]];
    const g = guessMapping(headers, sample, "permenpanrb6_2022");
    expect(g.mapping.employee).toEqual({ id: "NIP", name: "Nama", unit: "Unit Kerja", position: "Jabatan" });
    expect(g.mapping.indicators).toEqual([
      { indicator: "dokumen", actual: "Realisasi Dokumen", target: "Target Dokumen" },
      { indicator: "ikm", actual: "Realisasi IKM" },
    ]);
    expect(g.mapping.raters).toEqual([
      { group: "supervisor", rater: "atasan", columns: { akuntabel: "Atasan - Akuntabel", loyal: "Atasan - Loyal" } },
      { group: "peer", rater: "rekanKerja", columns: { akuntabel: "Rekan Kerja: Akuntabel" } },
    ]);
    expect(g.unmapped).toEqual(["Catatan"]);
  });

  it("writes a scheme and a mapping with which the sample workbook scores without errors, and does not overwrite them", async () => {
    const dir = tempDir();
    const r = await kinerja("init", "--preset", "permenpanrb6_2022", repo("examples/data/agency.xlsx"), "--out-dir", dir);
    expect(r.code).toBe(0);
    const scheme = JSON.parse(readFileSync(join(dir, "agency.scheme.json"), "utf8")) as { preset: string; indicators: { id: string }[] };
    expect(scheme.preset).toBe("permenpanrb6_2022");
    expect(scheme.indicators.map((i) => i.id)).toEqual(["layananDiselesaikan", "layananTepatWaktu", "indeksKepuasanPengguna", "laporanKinerja", "jamPelatihan"]);
    const s = await kinerja("score", repo("examples/data/agency.xlsx"), "--scheme", join(dir, "agency.scheme.json"), "--map", join(dir, "agency.map.json"), "-o", join(dir, "out.xlsx"), "-q");
    expect(s.err).toContain("96 baris: 96 dinilai, 0 gagal");
    expect(s.code).toBe(0);
    const again = await kinerja("init", "--preset", "permenpanrb6_2022", repo("examples/data/agency.xlsx"), "--out-dir", dir);
    expect(again.code).toBe(2);
    expect(again.err).toContain("sudah ada");
  });
});

describe("kinerja calibrate", () => {
  it("checks each unit against the curve and proposes the fewest moves with their reasons", async () => {
    const dir = tempDir();
    const out = join(dir, "cal.json");
    const r = await kinerja("calibrate", repo("examples/data/agency.xlsx"), "--scheme", repo("examples/data/agency.scheme.json"), "--map", repo("examples/data/agency.map.json"), "-o", out, "-q");
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(out, "utf8")) as {
      check: { groups: { unit: string; size: number; ok: boolean; counts: { category: string; count: number }[] }[] };
      calibration: { groups: { unit: string; after: { category: string; count: number }[]; moved: number }[]; moves: { employee: string; reason: string }[] };
    };
    // Every unit of the sample has 24 employees. SE MenPANRB 3/2023, organisation predikat "Baik":
    // at most 70 % of employees Baik; as a head-count rounded down (the library's default for maxima)
    // 0.7 × 24 = 16.8 → 16. Every unit has more Baik than that, so the fewest moves bring each to 16.
    for (const g of report.check.groups) expect(g.size).toBe(24);
    for (const g of report.calibration.groups) {
      const check = report.check.groups.find((c) => c.unit === g.unit);
      const before = check?.counts.find((c) => c.category === "baik")?.count ?? 0;
      const after = g.after.find((c) => c.category === "baik")?.count ?? 0;
      expect(before).toBeGreaterThan(16);
      expect(after).toBe(16);
      expect(g.moved).toBe(before - 16);
    }
    expect(report.calibration.moves.length).toBe(report.calibration.groups.reduce((a, g) => a + g.moved, 0));
    expect(r.out).toContain("Usulan perubahan predikat (jejak audit):");
  });
});
