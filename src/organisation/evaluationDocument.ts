import * as z from "zod/mini";
import { warning } from "../schema/warnings.js";
import { RATING_LEVELS, type RatingLevel } from "../concepts/vocabulary.js";
import { Dec, show } from "../math/decimal.js";
import { EMPLOYEE_PREDIKATS, OrganisationPredikatSchema, SE_MENPANRB_3_2023_CURVES, type EmployeePredikat, type OrganisationPredikat } from "../rating/seMenpanrbCurves.js";
import { DateSchema } from "../schema/primitives.js";
import type { DecimalText, Result, ResultWarning } from "../schema/result.js";
import { parseWith } from "../schema/toKinerjaError.js";

const Text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const Level = z.enum(RATING_LEVELS);

/** Who wrote a feedback entry (Bimbingan kinerja: the pejabat penilai gives feedback, the employee answers). */
export const FeedbackAuthorRoleSchema = z.enum(["pejabatPenilai", "pegawai", "atasanPejabatPenilai", "rekanKerja", "lainnya"]);

/** Input of {@link evaluationDocument}: the Dokumen Evaluasi Kinerja of one employee for one period. */
export const EvaluationDocumentInputSchema = z.strictObject({
  employee: z.strictObject({ id: Text(100), name: z.optional(Text(200)), nip: z.optional(Text(40)), position: z.optional(Text(200)), unit: z.optional(Text(200)) }),
  evaluator: z.optional(z.strictObject({ id: Text(100), name: z.optional(Text(200)), position: z.optional(Text(200)) })),
  /** The period, e.g. `{ label: "Triwulan II", start: "2025-04-01", end: "2025-06-30", kind: "periodic" }`; the last one "Triwulan IV/Akhir" is `annual`. */
  period: z.strictObject({ label: Text(100), start: DateSchema, end: DateSchema, kind: z._default(z.enum(["periodic", "annual"]), "periodic") }),
  /** One row per Rencana Hasil Kerja (RHK) and indicator (IKI). */
  rows: z.array(
      z.strictObject({
        rhk: Text(1000),
        indicator: Text(1000),
        target: Text(200),
        /** The realisation, based on evidence (bukti dukung); omit while there is none. */
        realisation: z.optional(Text(1000)),
        /** Evidence items: a reference the application resolves (file, link, approval id), optionally dated. */
        evidence: z._default(z.array(z.strictObject({ ref: Text(2000), label: z.optional(Text(300)), date: z.optional(DateSchema) })).check(z.maxLength(1000)), []),
        /** Continuous feedback based on evidence: dated entries with the author's role. */
        feedback: z._default(z.array(z.strictObject({ date: DateSchema, author: FeedbackAuthorRoleSchema, text: Text(5000), evidence: z._default(z.array(Text(2000)).check(z.maxLength(100)), []) })).check(z.maxLength(1000)), []),
      }),
    ).check(z.maxLength(500)),
  /** The engine's result for this employee and period: ratings and predikat are read from it. */
  result: z.optional(z.looseObject({
      kind: z.literal("kinerja.result"),
      final: z.looseObject({ band: z.nullable(z.looseObject({ id: z.string() })) }),
      resultsRating: z.nullable(z.looseObject({ id: Level })),
      behaviour: z.nullable(z.looseObject({ rating: z.nullable(z.looseObject({ id: Level })) })),
    })),
  /** Ratings and predikat set without an engine result (ignored when `result` is given). */
  ratings: z.optional(z.strictObject({ hasilKerja: z.optional(Level), perilaku: z.optional(Level), predikat: z.optional(z.enum(EMPLOYEE_PREDIKATS)) })),
  /** The organisation's predikat that applied, and the curve it selects. */
  organisation: z.optional(z.strictObject({ predikat: OrganisationPredikatSchema, capaian: z.optional(Text(40)) })),
});

/** Input of {@link evaluationDocument} as written in JSON. */
export type EvaluationDocumentInput = Omit<z.input<typeof EvaluationDocumentInputSchema>, "result"> & { readonly result?: Result | undefined };

/** The Dokumen Evaluasi Kinerja as JSON for an application's printable form. */
export interface EvaluationDocument {
  readonly kind: "kinerja.evaluationDocument";
  readonly employee: z.output<typeof EvaluationDocumentInputSchema>["employee"];
  readonly evaluator: z.output<typeof EvaluationDocumentInputSchema>["evaluator"] | null;
  readonly period: z.output<typeof EvaluationDocumentInputSchema>["period"];
  readonly rows: z.output<typeof EvaluationDocumentInputSchema>["rows"];
  readonly ratings: { readonly hasilKerja: RatingLevel | null; readonly perilaku: RatingLevel | null; readonly predikat: EmployeePredikat | null; readonly from: "result" | "input" | null };
  /** The organisation predikat and the SE MenPANRB 3/2023 curve id it selects. */
  readonly organisation: { readonly predikat: OrganisationPredikat; readonly capaian: string | null; readonly curve: string } | null;
  /** Rows with evidence ÷ rows with a realisation (null when no row has a realisation). */
  readonly evidenceCoverage: DecimalText | null;
  /** Completeness findings (nothing is refused: the application decides). */
  readonly warnings: readonly ResultWarning[];
}

/**
 * The Dokumen Evaluasi Kinerja of PermenPANRB 6/2022 (Anak Lampiran 4): per Rencana Hasil Kerja and
 * indicator the target, the realisation *based on evidence* (bukti dukung) and the continuous feedback
 * *based on evidence* (dated entries with the author's role); then the Rating Hasil Kerja, Rating Perilaku
 * Kerja and predikat (read from an engine result, or given), and the organisation's predikat with the
 * curve it selects. Completeness is checked as warnings, never refused:
 * - `no_realisation` — a row without realisation;
 * - `no_evidence` — a row with a realisation but no evidence item;
 * - `feedback_without_evidence` — a feedback entry that cites no evidence;
 * - `feedback_outside_period` — a feedback entry dated outside the period;
 * - `period_without_feedback` — no feedback entry in the period at all;
 * - `rating_without_feedback` — a rating or predikat with no feedback entry behind it;
 * - `rating_without_realisation` — a rating with no realisation row.
 * Render it as text with `explainEvaluationDocument`.
 *
 * @param input - employee, evaluator?, period, rows, result? or ratings?, organisation?
 * @returns the document (plain JSON) with evidence coverage and warnings
 * @throws `KinerjaError` `INVALID_INPUT` for malformed input (empty texts, bad dates, unknown roles)
 * @example
 * ```ts
 * const doc = evaluationDocument({ employee: { id: "199001012020011001" }, period: { label: "Triwulan I", start: "2025-01-01", end: "2025-03-31" }, rows, result });
 * doc.warnings.map((w) => w.code); // e.g. ["no_evidence"]
 * ```
 */
export function evaluationDocument(input: EvaluationDocumentInput): EvaluationDocument {
  const v = parseWith(EvaluationDocumentInputSchema, input, "INVALID_INPUT", "evaluation document");
  const warnings: ResultWarning[] = [];
  const { start, end } = v.period;
  let withRealisation = 0;
  let withEvidence = 0;
  let feedbackInPeriod = 0;
  let feedbackTotal = 0;
  v.rows.forEach((row, i) => {
    if (row.realisation === undefined) warnings.push(warning("no_realisation", `rows[${i}].realisation`, { indicator: row.indicator }));
    else {
      withRealisation += 1;
      if (row.evidence.length === 0) warnings.push(warning("no_evidence", `rows[${i}].evidence`, { indicator: row.indicator }));
      else withEvidence += 1;
    }
    row.feedback.forEach((f, j) => {
      feedbackTotal += 1;
      if (f.date < start || f.date > end) warnings.push(warning("feedback_outside_period", `rows[${i}].feedback[${j}].date`, { indicator: row.indicator, date: f.date, period: v.period.label, start, end }));
      else feedbackInPeriod += 1;
      if (f.evidence.length === 0) warnings.push(warning("feedback_without_evidence", `rows[${i}].feedback[${j}].evidence`, { indicator: row.indicator, date: f.date }));
    });
  });
  if (feedbackInPeriod === 0) warnings.push(warning("period_without_feedback", "rows", { period: v.period.label, start, end }));

  const r = v.result;
  const bandId = r?.final.band?.id;
  const fromResult = r !== undefined;
  const ratings = fromResult
    ? {
        hasilKerja: r.resultsRating?.id ?? null,
        perilaku: r.behaviour?.rating?.id ?? null,
        predikat: bandId !== undefined && (EMPLOYEE_PREDIKATS as readonly string[]).includes(bandId) ? (bandId as EmployeePredikat) : null,
        from: "result" as const,
      }
    : v.ratings === undefined
      ? { hasilKerja: null, perilaku: null, predikat: null, from: null }
      : { hasilKerja: v.ratings.hasilKerja ?? null, perilaku: v.ratings.perilaku ?? null, predikat: v.ratings.predikat ?? null, from: "input" as const };
  const rated = ratings.hasilKerja !== null || ratings.perilaku !== null || ratings.predikat !== null;
  if (rated && feedbackTotal === 0) warnings.push(warning("rating_without_feedback", "ratings", {}));
  if (rated && withRealisation === 0) warnings.push(warning("rating_without_realisation", "ratings", {}));
  if (fromResult && bandId !== undefined && ratings.predikat === null) warnings.push(warning("unknown_predikat", "result.final.band", { band: bandId }));

  return {
    kind: "kinerja.evaluationDocument",
    employee: v.employee,
    evaluator: v.evaluator ?? null,
    period: v.period,
    rows: v.rows,
    ratings,
    organisation: v.organisation === undefined ? null : { predikat: v.organisation.predikat, capaian: v.organisation.capaian ?? null, curve: SE_MENPANRB_3_2023_CURVES[v.organisation.predikat].id },
    evidenceCoverage: withRealisation === 0 ? null : show(new Dec(withEvidence).div(withRealisation)),
    warnings,
  };
}
