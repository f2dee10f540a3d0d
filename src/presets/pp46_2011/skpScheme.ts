import * as z from "zod/mini";
import { DateSchema, DecimalInputSchema, IdSchema, LabelSchema, RoundingRuleSchema, parseInput, type SchemeInput } from "../../index.js";
import { pp46Bands } from "./bands.js";
import { PERILAKU_ASPECTS } from "./perilaku.js";

type IndicatorInput = SchemeInput["indicators"][number];

const Aspect = z.strictObject({ target: DecimalInputSchema, unit: z.optional(z.string().check(z.minLength(1), z.maxLength(40))) });

/** One SKP activity (kegiatan tugas jabatan) with its targets. */
export const SkpActivitySchema = z.strictObject({
  /** Activity id (at most 54 characters, so that `<id>.kuantitas` is an id). */
  id: IdSchema.check(z.maxLength(54)),
  label: LabelSchema,
  /** TO: target output (kuantitas), e.g. 12 laporan. */
  kuantitas: Aspect,
  /** TK: target mutu (kualitas); default 100. */
  kualitas: z._default(z.strictObject({ target: z._default(DecimalInputSchema, "100") }), { target: "100" }),
  /** TW: target waktu, usually in months. */
  waktu: Aspect,
  /** TB: target biaya (Rp); leave out (or null) for an activity without budget ("-" on the form). */
  biaya: z.optional(z.nullable(Aspect)),
});

/** Input of {@link skpScheme}. */
export const SkpSchemeInputSchema = z.strictObject({
  id: IdSchema,
  label: z.optional(LabelSchema),
  version: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  period: z.optional(z.strictObject({ start: DateSchema, end: DateSchema })),
  activities: z.array(SkpActivitySchema).check(z.minLength(1), z.maxLength(500)),
  /** Pejabat struktural: perilaku includes kepemimpinan and is averaged over 6 aspects (else 5). */
  struktural: z._default(z.boolean(), false),
  /** Where values between the integer band edges go (default `lowerBound`). */
  bandPolicy: z._default(z.enum(["lowerBound", "halfUp", "aboveUpper"]), "lowerBound"),
  /**
   * Rounding steps: `activity` rounds each activity's nilai capaian (e.g. `{ places: 2, mode: "down" }`
   * to reproduce a source that truncates, `"up"` for one that rounds up, WE-1.3); `components` rounds nilai
   * SKP and nilai perilaku; `final` the nilai prestasi kerja (default 2 places half-up).
   */
  rounding: z._default(z.strictObject({ activity: z.optional(RoundingRuleSchema), components: z.optional(RoundingRuleSchema), final: z.optional(RoundingRuleSchema) }), {}),
  /** Floor the waktu and biaya scores at 0 (default true; the formula goes negative when R > 1.76·T). */
  floorAtZero: z._default(z.boolean(), true),
});

/** Input of {@link skpScheme} as written in JSON. */
export type SkpSchemeInput = z.input<typeof SkpSchemeInputSchema>;

/**
 * A kinerja scheme for PP 46/2011 + Perka BKN 1/2013 (penilaian prestasi kerja PNS; PP 46/2011 and Perka BKN 1/2013 Lampiran, docs/sources.md#pp-46-2011):
 *
 * - one perspective `skp`; one objective per activity (equal weights: nilai SKP = Σ nilai capaian / jumlah
 *   kegiatan); under each, indicators `<activity>.kuantitas` (RO/TO × 100), `<activity>.kualitas`
 *   (RK/TK × 100), `<activity>.waktu` and, with a budget, `<activity>.biaya` (formula `pp46.efficiency`,
 *   floor 0), with equal weights, so an activity's nilai capaian is ÷3 without biaya and ÷4 with it;
 * - additions `tugasTambahan` (max 3) and `kreativitas` (max 12) added to nilai SKP (appraisal facts of
 *   the same ids, see {@link skpAppraisal});
 * - behaviour: the perilaku aspects (orientasi pelayanan, integritas, komitmen, disiplin, kerja sama, and
 *   kepemimpinan for pejabat struktural) on 0–100, rated by the pejabat penilai (group `supervisor`),
 *   averaged ÷5 or ÷6;
 * - composition 60 % SKP + 40 % perilaku; rounding 2 places half-up on the final score by default;
 * - the five bands under the chosen edge policy; missing data: `fail` (every aspect must be given).
 *
 * Compile it with the preset's formulas: `compile(skpScheme(...), { formulas: pp46_2011.formulas })`.
 *
 * @param input - the activities with their targets, `struktural`, `bandPolicy`, `rounding`
 * @returns the scheme JSON
 * @example
 * ```ts
 * const scheme = skpScheme({ id: "skp-2019", activities: [{ id: "laporan", label: "Menyusun laporan",
 *   kuantitas: { target: 1, unit: "laporan" }, waktu: { target: 12, unit: "bulan" }, biaya: { target: 170395000 } }] });
 * ```
 */
export function skpScheme(input: SkpSchemeInput): SchemeInput {
  const v = parseInput(SkpSchemeInputSchema, input, { what: "PP 46/2011 SKP scheme input" });
  const floor = v.floorAtZero ? { floor: "0" } : {};
  const indicators: IndicatorInput[] = v.activities.flatMap((a) => {
    const list: IndicatorInput[] = [
      { id: `${a.id}.kuantitas`, objective: a.id, label: { id: "Kuantitas (output)", en: "Quantity (output)" }, ...(a.kuantitas.unit ? { unit: a.kuantitas.unit } : {}), target: a.kuantitas.target },
      { id: `${a.id}.kualitas`, objective: a.id, label: { id: "Kualitas (mutu)", en: "Quality" }, unit: "%", target: a.kualitas.target },
      {
        id: `${a.id}.waktu`,
        objective: a.id,
        label: { id: "Waktu", en: "Time" },
        unit: a.waktu.unit ?? "bulan",
        target: a.waktu.target,
        method: { kind: "formula", name: "pp46.efficiency" },
        ...floor,
      },
    ];
    if (a.biaya) {
      list.push({
        id: `${a.id}.biaya`,
        objective: a.id,
        label: { id: "Biaya", en: "Cost" },
        unit: a.biaya.unit ?? "Rp",
        target: a.biaya.target,
        method: { kind: "formula", name: "pp46.efficiency" },
        ...floor,
      });
    }
    return list;
  });
  const final = v.rounding.final ?? { places: 2, mode: "halfUp" as const };
  return {
    id: v.id,
    ...(v.version === undefined ? {} : { version: v.version }),
    label: v.label ?? { id: "Penilaian prestasi kerja PNS (PP 46/2011)", en: "Civil servant work-performance appraisal (PP 46/2011)" },
    ...(v.period === undefined ? {} : { period: v.period }),
    perspectives: [{ id: "skp", label: { id: "Sasaran Kerja Pegawai (SKP)", en: "Employee work targets (SKP)" } }],
    objectives: v.activities.map((a) => ({ id: a.id, perspective: "skp", label: a.label })),
    indicators,
    behaviour: {
      competencies: PERILAKU_ASPECTS.filter((p) => v.struktural || p.id !== "kepemimpinan").map((p) => ({ id: p.id, label: { ...p.label } })),
      scale: "percent",
      conversion: "linear",
      groups: [{ group: "supervisor" }],
    },
    composition: [
      { component: "results", weight: "60" },
      { component: "behaviour", weight: "40" },
    ],
    additions: [
      { id: "tugasTambahan", label: { id: "Tugas tambahan", en: "Additional tasks" }, fact: "tugasTambahan", max: "3" },
      { id: "kreativitas", label: { id: "Kreativitas", en: "Creativity" }, fact: "kreativitas", max: "12" },
    ],
    missing: { policy: "fail" },
    rounding: {
      ...(v.rounding.activity ? { objective: v.rounding.activity } : {}),
      ...(v.rounding.components ? { component: v.rounding.components } : {}),
      final,
    },
    bands: pp46Bands(v.bandPolicy, final.places),
  };
}
