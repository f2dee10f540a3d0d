import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile, evaluate, type AppraisalInput } from "kinerja";
import { permenpanrb6_2022 } from "kinerja/presets";
import { SAMPLE_INDICATORS, sampleAgency, VALUES } from "../scripts/sampleAgency.js";
import { kinerja, readWorkbook, records, repo, tempDir } from "./helpers.js";

// The bundled sample workbook goes through the whole command path (XLSX streaming reader, NIPs with
// spaces, id-ID number text, "-", wide supervisor/self columns, peers as rows on a second sheet).
// Independently, the same employees are built here straight from the generator's numbers as kinerja
// appraisals and evaluated with the library: both must agree on every employee.
describe("the sample agency workbook", () => {
  const employees = sampleAgency();
  const schemeFile = JSON.parse(readFileSync(repo("examples/data/agency.scheme.json"), "utf8")) as { preset: string } & Record<string, unknown>;
  const { preset: _preset, ...presetInput } = schemeFile;
  const plan = compile(permenpanrb6_2022.scheme(presetInput as Parameters<typeof permenpanrb6_2022.scheme>[0]));
  const expected = new Map(
    employees.map((e) => {
      const appraisal: AppraisalInput = {
        employee: { id: e.nip, name: e.name, unit: e.unit, position: e.position },
        actuals: SAMPLE_INDICATORS.flatMap((i) => {
          const a = e.actuals[i.id];
          if (a === null || a === undefined) return [];
          return [{ indicator: i.id, actual: String(a), ...(i.target === null ? { target: String(e.layananTarget) } : {}) }];
        }),
        ratings: e.raters.flatMap((r) => VALUES.flatMap((competency, k) => (r.values[k] === null ? [] : [{ rater: r.name, group: r.group, competency, value: r.values[k] as number }]))),
      };
      return [e.nip, evaluate(plan, appraisal)] as const;
    }),
  );

  it("is realistic: most employees Baik, some Sangat Baik, a few below", () => {
    const counts = new Map<string, number>();
    for (const r of expected.values()) counts.set(r.final.band?.id ?? "-", (counts.get(r.final.band?.id ?? "-") ?? 0) + 1);
    const n = employees.length;
    expect((counts.get("baik") ?? 0) / n).toBeGreaterThan(0.6);
    expect(counts.get("sangatBaik") ?? 0).toBeGreaterThan(0);
    expect((counts.get("butuhPerbaikan") ?? 0) + (counts.get("kurang") ?? 0) + (counts.get("sangatKurang") ?? 0)).toBeGreaterThan(0);
  });

  it("scores every employee of the workbook exactly as the library scores the generator's numbers", async () => {
    const dir = tempDir();
    const out = join(dir, "agency-scored.xlsx");
    const r = await kinerja("score", repo("examples/data/agency.xlsx"), "--scheme", repo("examples/data/agency.scheme.json"), "--map", repo("examples/data/agency.map.json"), "-o", out, "--detail", "--exact", "-q");
    expect(r.err).toBe(`${employees.length} baris: ${employees.length} dinilai, 0 gagal → ${out}\n`);
    expect(r.code).toBe(0);
    const wb = await readWorkbook(out);
    const rows = records(wb.get("Pegawai"));
    expect(rows.length).toBe(employees.length);
    for (const row of rows) {
      const want = expected.get(String(row["NIP"]));
      expect(want, String(row["NIP"])).toBeDefined();
      if (!want) continue;
      expect(row["Nilai Akhir"]).toBe(Number(want.final.score));
      expect(row["Predikat"]).toBe(want.final.band?.label && typeof want.final.band.label !== "string" ? want.final.band.label.id : want.final.band?.label);
      expect(row["Nilai Perilaku (eksak)"]).toBe(want.behaviour?.score);
      expect(row["Nilai Hasil Kerja (eksak)"]).toBe(want.components.find((c) => c.id === "results")?.score);
    }
    expect(records(wb.get("Kesalahan"))).toEqual([]);
    // The unit summary counts every employee once.
    const units = records(wb.get("Ringkasan Unit"));
    expect(units.reduce((a, u) => a + Number(u["Jumlah pegawai"]), 0)).toBe(employees.length);
  });
});
