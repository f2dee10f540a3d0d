import { z } from "zod";
import { RATING_LEVEL_LABELS, RATING_LEVELS } from "../concepts/vocabulary.js";
import { KinerjaError } from "../errors/kinerjaError.js";
import { Dec, show } from "../math/decimal.js";
import type { Locale } from "../explain/labels.js";
import { EMPLOYEE_PREDIKAT_LABELS, EMPLOYEE_PREDIKATS, OrganisationPredikatSchema } from "../rating/seMenpanrbCurves.js";
import { fromZodIssues, safeParseGuarded } from "../schema/toKinerjaError.js";
import { FeedbackAuthorRoleSchema, type EvaluationDocument } from "./evaluationDocument.js";
import { ORGANISATION_PREDIKAT_LABELS } from "./organisationPredikatPolicy.js";

const W = {
  title: { id: "Dokumen Evaluasi Kinerja", en: "Performance evaluation document" },
  employee: { id: "Pegawai", en: "Employee" },
  evaluator: { id: "Pejabat penilai", en: "Evaluator" },
  period: { id: "Periode", en: "Period" },
  rhk: { id: "Rencana Hasil Kerja", en: "Planned work result" },
  indicator: { id: "Indikator", en: "Indicator" },
  target: { id: "Target", en: "Target" },
  realisation: { id: "Realisasi berdasarkan bukti dukung", en: "Realisation based on evidence" },
  none: { id: "(belum ada)", en: "(none yet)" },
  evidence: { id: "Bukti dukung", en: "Evidence" },
  feedback: { id: "Umpan balik berkelanjutan berdasarkan bukti dukung", en: "Continuous feedback based on evidence" },
  hasilKerja: { id: "Rating Hasil Kerja", en: "Work results rating" },
  perilaku: { id: "Rating Perilaku Kerja", en: "Work behaviour rating" },
  predikat: { id: "Predikat Kinerja Pegawai", en: "Employee performance predikat" },
  organisation: { id: "Capaian kinerja organisasi", en: "Organisation performance" },
  curve: { id: "kurva distribusi", en: "distribution curve" },
  coverage: { id: "Cakupan bukti dukung", en: "Evidence coverage" },
  warnings: { id: "Catatan kelengkapan", en: "Completeness findings" },
  pejabatPenilai: { id: "pejabat penilai", en: "evaluator" },
  pegawai: { id: "pegawai", en: "employee" },
  atasanPejabatPenilai: { id: "atasan pejabat penilai", en: "evaluator's superior" },
  rekanKerja: { id: "rekan kerja", en: "colleague" },
  lainnya: { id: "lainnya", en: "other" },
} as const;

/** A 0–1 share as a percentage with one decimal (exact decimal rounding; a decimal comma in Indonesian). */
const pct = (share: string, l: Locale): string => {
  const t = show(new Dec(share).times(100).toDecimalPlaces(1), 1);
  return l === "id" ? t.replace(".", ",") : t;
};

const Options = z.strictObject({ locale: z.enum(["id", "en"]).default("id") }).optional();
const Str = z.string();
const Level = z.enum(RATING_LEVELS).nullable();
const Shape = z.looseObject({
  kind: z.literal("kinerja.evaluationDocument"),
  employee: z.looseObject({ id: Str }),
  evaluator: z.looseObject({ id: Str }).nullable(),
  period: z.looseObject({ label: Str, start: Str, end: Str }),
  rows: z.array(
    z.looseObject({
      rhk: Str,
      indicator: Str,
      target: Str,
      evidence: z.array(z.looseObject({ ref: Str })),
      feedback: z.array(z.looseObject({ date: Str, author: FeedbackAuthorRoleSchema, text: Str, evidence: z.array(Str) })),
    }),
  ),
  ratings: z.looseObject({ hasilKerja: Level, perilaku: Level, predikat: z.enum(EMPLOYEE_PREDIKATS).nullable() }),
  organisation: z.looseObject({ predikat: OrganisationPredikatSchema, curve: Str }).nullable(),
  evidenceCoverage: z.string().regex(/^\d+(\.\d+)?$/).nullable(),
  warnings: z.array(z.looseObject({ code: Str, at: Str, message: z.looseObject({ id: Str, en: Str }) })),
});

/**
 * The Dokumen Evaluasi Kinerja as text, in Indonesian (default) or English: header, one block per RHK and
 * indicator (target, realisation, evidence, dated feedback with its author's role), the ratings and
 * predikat, the organisation's predikat and curve, the evidence coverage and the completeness findings.
 *
 * @param doc - a document from `evaluationDocument`
 * @param options - `{ locale?: "id" | "en" }`
 * @returns the text
 * @throws `KinerjaError` `INVALID_INPUT` when `doc` is not an evaluation document or the locale is unknown
 */
export function explainEvaluationDocument(doc: EvaluationDocument, options?: { readonly locale?: Locale | undefined } | undefined): string {
  const o = safeParseGuarded(Options, options);
  if (!o.success) throw new KinerjaError("INVALID_INPUT", "invalid explain options", fromZodIssues(o.error.issues, ["options"]));
  const s = safeParseGuarded(Shape, doc);
  if (!s.success) throw new KinerjaError("INVALID_INPUT", "not a kinerja evaluation document", fromZodIssues(s.error.issues, ["doc"]));
  const l: Locale = o.data?.locale ?? "id";
  const w = (k: keyof typeof W): string => W[k][l];
  const out: string[] = [];
  const e = doc.employee;
  out.push(`${w("title")} — ${doc.period.label} (${doc.period.start} – ${doc.period.end})`);
  out.push(`${w("employee")}: ${e.name ?? e.id}${e.nip ? `, NIP ${e.nip}` : ""}${e.position ? `, ${e.position}` : ""}${e.unit ? `, ${e.unit}` : ""}`);
  if (doc.evaluator !== null && doc.evaluator !== undefined) out.push(`${w("evaluator")}: ${doc.evaluator.name ?? doc.evaluator.id}${doc.evaluator.position ? `, ${doc.evaluator.position}` : ""}`);
  doc.rows.forEach((r, i) => {
    out.push("");
    out.push(`${i + 1}. ${w("rhk")}: ${r.rhk}`);
    out.push(`   ${w("indicator")}: ${r.indicator}; ${w("target")}: ${r.target}`);
    out.push(`   ${w("realisation")}: ${r.realisation ?? w("none")}`);
    out.push(`   ${w("evidence")}: ${r.evidence.length === 0 ? w("none") : r.evidence.map((x) => `${x.label ?? x.ref}${x.date ? ` (${x.date})` : ""}`).join("; ")}`);
    out.push(`   ${w("feedback")}:${r.feedback.length === 0 ? ` ${w("none")}` : ""}`);
    r.feedback.forEach((f) => out.push(`   - ${f.date}, ${W[f.author][l]}: ${f.text}${f.evidence.length === 0 ? "" : ` [${f.evidence.join("; ")}]`}`));
  });
  out.push("");
  const level = (x: "below" | "meets" | "above" | null): string => (x === null ? w("none") : RATING_LEVEL_LABELS[x][l]);
  out.push(`${w("hasilKerja")}: ${level(doc.ratings.hasilKerja)}`);
  out.push(`${w("perilaku")}: ${level(doc.ratings.perilaku)}`);
  out.push(`${w("predikat")}: ${doc.ratings.predikat === null ? w("none") : EMPLOYEE_PREDIKAT_LABELS[doc.ratings.predikat][l]}`);
  if (doc.organisation !== null) {
    out.push(`${w("organisation")}: ${ORGANISATION_PREDIKAT_LABELS[doc.organisation.predikat][l] ?? ORGANISATION_PREDIKAT_LABELS[doc.organisation.predikat].id}${doc.organisation.capaian === null ? "" : ` (${doc.organisation.capaian} %)`}; ${w("curve")} ${doc.organisation.curve}`);
  }
  if (doc.evidenceCoverage !== null) out.push(`${w("coverage")}: ${pct(doc.evidenceCoverage, l)} %`);
  if (doc.warnings.length > 0) {
    out.push(`${w("warnings")}:`);
    doc.warnings.forEach((x) => out.push(`- ${x.message[l]} (${x.at})`));
  }
  return out.join("\n");
}
