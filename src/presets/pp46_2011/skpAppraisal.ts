import * as z from "zod/mini";
import { DateSchema, DecimalInputSchema, IdSchema, parseInput, rational, type AppraisalInput } from "../../index.js";
import { PERILAKU_ASPECTS } from "./perilaku.js";
import { kreativitasPoints, tugasTambahanPoints } from "./points.js";

const Percent = DecimalInputSchema.check(z.refine((v) => !v.startsWith("-") && rational(v).lte(100), "a perilaku score lies between 0 and 100"));
const NonNegative = DecimalInputSchema.check(z.refine((v) => !v.startsWith("-"), "must not be negative"));

/** Input of {@link skpAppraisal}. */
export const SkpAppraisalInputSchema = z.strictObject({
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  employee: z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    unit: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    position: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  }),
  period: z.optional(z.strictObject({ start: DateSchema, end: DateSchema })),
  /** Realisasi per activity: RO, RK, RW and (for activities with a budget) RB. */
  activities: z.array(z.strictObject({ id: IdSchema.check(z.maxLength(54)), kuantitas: NonNegative, kualitas: NonNegative, waktu: NonNegative, biaya: z.optional(NonNegative) })).check(z.minLength(1), z.maxLength(500)),
  /** Number of tugas tambahan (scored 0/1/2/3 by {@link tugasTambahanPoints}). */
  tugasTambahan: z._default(z.int().check(z.gte(0), z.lte(10_000)), 0),
  /** Reach of a certified kreativitas (scored 3/6/12 by {@link kreativitasPoints}); null for none. */
  kreativitas: z._default(z.nullable(z.enum(["unitKerja", "instansi", "nasional"])), null),
  /** Perilaku kerja scores 0–100 by the pejabat penilai; `kepemimpinan` only for pejabat struktural. */
  perilaku: z.strictObject({
    orientasiPelayanan: Percent,
    integritas: Percent,
    komitmen: Percent,
    disiplin: Percent,
    kerjaSama: Percent,
    kepemimpinan: z.optional(Percent),
  }),
  /** Rater id of the pejabat penilai (default `pejabatPenilai`). */
  rater: z._default(z.string().check(z.minLength(1), z.maxLength(100)), "pejabatPenilai"),
  /**
   * An activity not carried out at all (RO = 0): `score` (default) scores its aspects as given; `zero`
   * scores every aspect 0 (a common but unconfirmed practice, PP 46/2011 and Perka BKN 1/2013 Lampiran, unconfirmed, docs/sources.md#pp-46-2011), by recording
   * kualitas, waktu and biaya realisations of 0 (R = 0 is 100 % efficiency, which the rule scores 0).
   */
  notDone: z._default(z.enum(["score", "zero"]), "score"),
});

/** Input of {@link skpAppraisal} as written in JSON. */
export type SkpAppraisalInput = z.input<typeof SkpAppraisalInputSchema>;

/**
 * The appraisal JSON for a {@link skpScheme} scheme from an SKP form: actuals `<activity>.kuantitas`,
 * `.kualitas`, `.waktu`, `.biaya`; facts `tugasTambahan` and `kreativitas` as points; one supervisor rating
 * per perilaku aspect. (Give `kepemimpinan` exactly when the scheme is for a pejabat struktural.)
 *
 * @param input - the realisations, tugas tambahan count, kreativitas level and perilaku scores
 * @returns the appraisal JSON
 * @example
 * ```ts
 * skpAppraisal({ employee: { id: "198001012005011001" },
 *   activities: [{ id: "laporan", kuantitas: 1, kualitas: 90, waktu: 12, biaya: 170395000 }],
 *   perilaku: { orientasiPelayanan: 80, integritas: 80, komitmen: 80, disiplin: 80, kerjaSama: 80 } });
 * ```
 */
export function skpAppraisal(input: SkpAppraisalInput): AppraisalInput {
  const v = parseInput(SkpAppraisalInputSchema, input, { what: "PP 46/2011 SKP appraisal input" });
  const actuals: AppraisalInput["actuals"] = v.activities.flatMap((a) => {
    const zero = v.notDone === "zero" && rational(a.kuantitas).isZero();
    const rows = [
      { indicator: `${a.id}.kuantitas`, actual: a.kuantitas },
      { indicator: `${a.id}.kualitas`, actual: zero ? "0" : a.kualitas },
      { indicator: `${a.id}.waktu`, actual: zero ? "0" : a.waktu },
    ];
    if (a.biaya !== undefined) rows.push({ indicator: `${a.id}.biaya`, actual: zero ? "0" : a.biaya });
    return rows;
  });
  const ratings = PERILAKU_ASPECTS.flatMap((p) => {
    const value = v.perilaku[p.id];
    return value === undefined ? [] : [{ rater: v.rater, group: "supervisor" as const, competency: p.id, value }];
  });
  return {
    ...(v.id === undefined ? {} : { id: v.id }),
    employee: { ...v.employee },
    ...(v.period === undefined ? {} : { period: { ...v.period } }),
    actuals,
    facts: [
      { id: "tugasTambahan", value: tugasTambahanPoints({ count: v.tugasTambahan }).points },
      { id: "kreativitas", value: kreativitasPoints({ level: v.kreativitas }).points },
    ],
    ratings,
  };
}
