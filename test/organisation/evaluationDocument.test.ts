import { describe, expect, it } from "vitest";
import { compile } from "../../src/engine/compile.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { KinerjaError } from "../../src/errors/kinerjaError.js";
import { evaluationDocument, type EvaluationDocumentInput } from "../../src/organisation/evaluationDocument.js";
import { explainEvaluationDocument } from "../../src/organisation/explainEvaluationDocument.js";
import { BERAKHLAK, scheme6_2022 } from "../../src/presets/index.js";
import { deepFreeze } from "../helpers.js";

const period = { label: "Triwulan II", start: "2025-04-01", end: "2025-06-30" };
const complete: EvaluationDocumentInput = {
  employee: { id: "E1", name: "Sari", nip: "199001012020012001", position: "Analis Perizinan", unit: "Bidang Perizinan" },
  evaluator: { id: "K1", name: "Budi", position: "Kepala Bidang" },
  period,
  rows: [
    {
      rhk: "Izin usaha terbit tepat waktu",
      indicator: "Persentase izin terbit ≤ 5 hari kerja",
      target: "90 %",
      realisation: "92 %",
      evidence: [{ ref: "sicantik://laporan/2025-06", label: "Laporan SiCantik Juni", date: "2025-06-30" }],
      feedback: [{ date: "2025-05-15", author: "pejabatPenilai", text: "Antrian Mei terkendali.", evidence: ["sicantik://laporan/2025-05"] }],
    },
  ],
  ratings: { hasilKerja: "above", perilaku: "meets", predikat: "baik" },
  organisation: { predikat: "baik", capaian: "100.40" },
};

describe("evaluationDocument (Dokumen Evaluasi Kinerja, PermenPANRB 6/2022 Anak Lampiran 4)", () => {
  it("a complete document has no findings, full evidence coverage, and names the curve its organisation predikat selects", () => {
    const d = evaluationDocument(deepFreeze(complete));
    expect(d.warnings).toEqual([]);
    expect(d.evidenceCoverage).toBe("1");
    expect(d.organisation).toEqual({ predikat: "baik", capaian: "100.40", curve: "seMenpanrb3of2023.baik" });
    expect(d.ratings).toEqual({ hasilKerja: "above", perilaku: "meets", predikat: "baik", from: "input" });
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it("completeness findings: indicator without evidence, period without feedback, rating without any feedback", () => {
    const d = evaluationDocument({
      ...complete,
      rows: [
        { rhk: "A", indicator: "A1", target: "10", realisation: "9" },
        { rhk: "A", indicator: "A2", target: "5" },
        { rhk: "B", indicator: "B1", target: "1", realisation: "1", evidence: [{ ref: "doc-1" }] },
      ],
    });
    expect(d.warnings.map((w) => [w.code, w.at])).toEqual([
      ["no_evidence", "rows[0].evidence"],
      ["no_realisation", "rows[1].realisation"],
      ["period_without_feedback", "rows"],
      ["rating_without_feedback", "ratings"],
    ]);
    expect(d.evidenceCoverage).toBe("0.5");
  });

  it("feedback outside the period or citing no evidence is flagged", () => {
    const row = { ...(complete.rows[0] as EvaluationDocumentInput["rows"][number]), feedback: [{ date: "2025-03-30", author: "pegawai" as const, text: "Catatan." }] };
    const d = evaluationDocument({ ...complete, rows: [row] });
    expect(d.warnings.map((w) => w.code)).toEqual(["feedback_outside_period", "feedback_without_evidence", "period_without_feedback"]);
  });

  it("reads the ratings and predikat from the engine's result", () => {
    const plan = compile(scheme6_2022({ id: "skp", indicators: [{ id: "k", label: "Izin", target: 90 }] }));
    const result = evaluate(plan, { employee: { id: "E1" }, actuals: [{ indicator: "k", actual: 100 }], ratings: BERAKHLAK.map((b) => ({ rater: "k1", group: "supervisor", competency: b.id, value: 3 })) });
    const d = evaluationDocument({ ...complete, ratings: undefined, result });
    expect(d.ratings).toEqual({ hasilKerja: result.resultsRating?.id, perilaku: "meets", predikat: result.final.band?.id, from: "result" });
  });

  it("explainEvaluationDocument renders id and en", () => {
    const d = evaluationDocument({ ...complete, rows: [...complete.rows, { rhk: "B", indicator: "B1", target: "1", realisation: "1" }] });
    const id = explainEvaluationDocument(d);
    expect(id).toContain("Dokumen Evaluasi Kinerja — Triwulan II (2025-04-01 – 2025-06-30)");
    expect(id).toContain("Realisasi berdasarkan bukti dukung: 92 %");
    expect(id).toContain("- 2025-05-15, pejabat penilai: Antrian Mei terkendali. [sicantik://laporan/2025-05]");
    expect(id).toContain("Rating Hasil Kerja: Di atas ekspektasi");
    expect(id).toContain("Predikat Kinerja Pegawai: Baik");
    expect(id).toContain("Cakupan bukti dukung: 50,0 %");
    expect(id).toContain("- realisasi 'B1' tidak disertai bukti dukung (rows[1].evidence)");
    const en = explainEvaluationDocument(d, { locale: "en" });
    expect(en).toContain("Work results rating: Above expectations");
    expect(en).toContain("Organisation performance: Good (100.40 %); distribution curve seMenpanrb3of2023.baik");
    expect(en).toContain("Evidence coverage: 50.0 %");
    expect(en).toContain("- the realisation of 'B1' has no evidence (bukti dukung) (rows[1].evidence)");
  });

  it("rejects empty texts, unknown roles and non-documents", () => {
    expect(() => evaluationDocument({ ...complete, rows: [{ rhk: " ", indicator: "x", target: "1" }] })).toThrow(KinerjaError);
    expect(() => evaluationDocument({ ...complete, rows: [{ rhk: "x", indicator: "x", target: "1", feedback: [{ date: "2025-05-01", author: "bos" as "pegawai", text: "x" }] }] })).toThrow(KinerjaError);
    expect(() => explainEvaluationDocument({} as never)).toThrow(KinerjaError);
  });
});
