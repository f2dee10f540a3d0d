import * as z from "zod/mini";
import { compile } from "../engine/compile.js";
import { evaluate } from "../engine/evaluate.js";
import { Dec, ZERO, show } from "../math/decimal.js";
import { roundDec } from "../math/roundDec.js";
import { DecimalInputSchema, NonNegativeDecimalSchema, RoundingRuleSchema } from "../schema/primitives.js";
import type { Result, TraceEntry } from "../schema/result.js";
import type { Label, SchemeInput } from "../schema/scheme.js";
import { parseWith } from "../schema/toKinerjaError.js";

/** A dimension of the Indeks Profesionalitas ASN. */
export type IpDimension = "kualifikasi" | "kompetensi" | "kinerja" | "disiplin";

/**
 * Dimension weights (percent) of the Indeks Profesionalitas ASN (PermenPANRB 38/2018; Peraturan BKN
 * 8/2019): kualifikasi 25 (confidence: seen in a published summary of the instrument), kompetensi 40,
 * kinerja 30, disiplin 5 (confidence: secondary — replace them if your instrument differs).
 */
export const IP_ASN_WEIGHTS: Readonly<Record<IpDimension, string>> = Object.freeze({ kualifikasi: "25", kompetensi: "40", kinerja: "30", disiplin: "5" });

const LABELS: Readonly<Record<IpDimension, Label>> = { kualifikasi: { id: "Kualifikasi", en: "Qualification" }, kompetensi: { id: "Kompetensi", en: "Competency" }, kinerja: { id: "Kinerja", en: "Performance" }, disiplin: { id: "Disiplin", en: "Discipline" } };
const DIMENSIONS = ["kualifikasi", "kompetensi", "kinerja", "disiplin"] as const satisfies readonly IpDimension[];

/**
 * The IP ASN levels (PermenPANRB 38/2018, as reported by the press): 91–100 Sangat Tinggi, 81–90 Tinggi,
 * 71–80 Sedang, 61–70 Rendah, ≤ 60 Sangat Rendah. The printed edges are integers; a value between them
 * (80.5) takes the level whose lower edge it reaches (Sedang), without rounding first.
 */
export const IP_ASN_BANDS: NonNullable<SchemeInput["bands"]>["table"] = Object.freeze([
  { id: "sangatRendah", label: { id: "Sangat Rendah", en: "Very low" }, max: "61" },
  { id: "rendah", label: { id: "Rendah", en: "Low" }, min: "61", max: "71" },
  { id: "sedang", label: { id: "Sedang", en: "Medium" }, min: "71", max: "81" },
  { id: "tinggi", label: { id: "Tinggi", en: "High" }, min: "81", max: "91" },
  { id: "sangatTinggi", label: { id: "Sangat Tinggi", en: "Very high" }, min: "91" },
]) as NonNullable<SchemeInput["bands"]>["table"];

const Score = DecimalInputSchema.check(z.refine((v) => new Dec(v).gte(0) && new Dec(v).lte(100), "must be from 0 to 100"));

/** Input of {@link indeksProfesionalitas}. */
export const IndeksProfesionalitasInputSchema = z.strictObject({
    /** Each employee's dimension scores (0–100). */
    employees: z.array(z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(100)), scores: z.strictObject({ kualifikasi: Score, kompetensi: Score, kinerja: Score, disiplin: Score }) })).check(z.minLength(1), z.maxLength(100_000)),
    /** Dimension weights (relative; default {@link IP_ASN_WEIGHTS}). */
    weights: z._default(z.strictObject({ kualifikasi: NonNegativeDecimalSchema, kompetensi: NonNegativeDecimalSchema, kinerja: NonNegativeDecimalSchema, disiplin: NonNegativeDecimalSchema }), { ...IP_ASN_WEIGHTS }),
    /** Rounding of the shown index (default 2 places half-up); the level reads the exact value. */
    rounding: z._default(RoundingRuleSchema, { places: 2, mode: "halfUp" }),
  }).check(z.superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.employees.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: "custom", path: ["employees", i, "id"], message: `employee '${e.id}' is listed twice`, input: e.id, params: { kinerja: "duplicate_id" } });
      seen.add(e.id);
    });
    if (DIMENSIONS.every((d) => new Dec(v.weights[d]).isZero())) ctx.addIssue({ code: "custom", path: ["weights"], message: "the weights must not all be 0", input: v.weights });
  }));

/** Input of {@link indeksProfesionalitas} as written in JSON. */
export type IndeksProfesionalitasInput = z.input<typeof IndeksProfesionalitasInputSchema>;

/** Result of {@link indeksProfesionalitas}. */
export interface IndeksProfesionalitas {
  /** Each employee: the index (rounded), its level, and the engine result whose trace explains it. */
  readonly employees: readonly { readonly id: string; readonly score: string; readonly level: { readonly id: string; readonly label: Label } | null; readonly result: Result }[];
  /** The instansi figure: the mean of the employees' exact indices, rounded, with its level. */
  readonly instansi: { readonly score: string; readonly exact: string; readonly level: { readonly id: string; readonly label: Label } | null };
  readonly trace: readonly TraceEntry[];
}

/** A band label as a {@link Label}. */
function labelOf(l: string | { id: string; en?: string | undefined }): Label {
  if (typeof l === "string") return { id: l };
  return l.en === undefined ? { id: l.id } : { id: l.id, en: l.en };
}

/**
 * Indeks Profesionalitas ASN (PermenPANRB 38/2018; Peraturan BKN 8/2019): per employee the weighted sum of
 * the four dimension scores, scored by the engine as a scheme (one indicator per dimension, weights
 * {@link IP_ASN_WEIGHTS} unless given) and classified into {@link IP_ASN_BANDS} on the exact value; the
 * instansi figure is the mean of the employees' exact indices.
 *
 * @param input - `{ employees, weights?, rounding? }`
 * @returns each employee's index and level, and the instansi mean
 * @throws `KinerjaError` `INVALID_INPUT`
 * @example
 * ```ts
 * indeksProfesionalitas({ employees: [{ id: "E1", scores: { kualifikasi: 80, kompetensi: 75, kinerja: 90, disiplin: 100 } }] }).employees[0].score;
 * // "82.00" (0.25 × 80 + 0.40 × 75 + 0.30 × 90 + 0.05 × 100) → Tinggi
 * ```
 */
export function indeksProfesionalitas(input: IndeksProfesionalitasInput): IndeksProfesionalitas {
  const v = parseWith(IndeksProfesionalitasInputSchema, input, "INVALID_INPUT", "indeksProfesionalitas input");
  const plan = compile({
    id: "ipAsn",
    label: { id: "Indeks Profesionalitas ASN", en: "ASN professionalism index" },
    perspectives: [{ id: "ip", label: { id: "Indeks Profesionalitas ASN", en: "ASN professionalism index" } }],
    indicators: DIMENSIONS.map((d) => ({ id: d, label: { ...LABELS[d] }, perspective: "ip", weight: v.weights[d], target: "100" })),
    missing: { policy: "fail" },
    rounding: { final: v.rounding },
    bands: { classify: "exact", table: IP_ASN_BANDS.map((b) => ({ ...b })) },
  });
  const employees = v.employees.map((e) => {
    const result = evaluate(plan, { employee: { id: e.id }, actuals: DIMENSIONS.map((d) => ({ indicator: d, actual: e.scores[d] })) });
    return { id: e.id, score: result.final.score, level: result.final.band, result };
  });
  // the exact index of each employee is the pre-rounding value of its final score
  const exactOf = (r: Result): string => r.trace.find((t) => t.at === "final.score")?.rounding?.exact ?? r.final.score;
  const sum = employees.reduce((s, e) => s.plus(exactOf(e.result)), ZERO);
  const mean = sum.div(employees.length);
  const shown = roundDec(mean, v.rounding);
  const level = IP_ASN_BANDS.find((b) => (b.min === undefined || mean.gte(b.min)) && (b.max === undefined || mean.lt(b.max)));
  const trace: TraceEntry[] = [
    { at: "instansi.exact", formula: "mean", value: show(mean), inputs: Object.fromEntries(employees.map((e) => [e.id, exactOf(e.result)])) },
    { at: "instansi.score", formula: "round", value: show(shown, v.rounding.places), inputs: { exact: show(mean) }, rounding: { places: v.rounding.places, mode: v.rounding.mode, exact: show(mean) } },
  ];
  return {
    employees,
    instansi: { score: show(shown, v.rounding.places), exact: show(mean), level: level === undefined ? null : { id: level.id, label: labelOf(level.label) } },
    trace,
  };
}
