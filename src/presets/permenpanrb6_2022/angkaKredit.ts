import * as z from "zod/mini";
import { NonNegativeDecimalSchema, RoundingRuleSchema, parseInput, rational, roundRational, showRational, traceEntry, type TraceEntry } from "../../index.js";

/** A jenjang jabatan fungsional. */
export type Jenjang = "pemula" | "terampil" | "mahir" | "penyelia" | "ahliPertama" | "ahliMuda" | "ahliMadya" | "ahliUtama";

/** Annual angka kredit coefficient per jenjang (PermenPANRB 1/2023 Pasal 37(1) and Peraturan BKN 3/2023, verified/secondary, docs/sources.md#permenpanrb-6-2022). */
export const AK_COEFFICIENTS: Readonly<Record<Jenjang, string>> = Object.freeze({
  pemula: "3.75",
  terampil: "5",
  mahir: "12.5",
  penyelia: "25",
  ahliPertama: "12.5",
  ahliMuda: "25",
  ahliMadya: "37.5",
  ahliUtama: "50",
});

/** Percent of the annual coefficient per predikat (PermenPANRB 1/2023 Pasal 37(1)). `cukup` = Butuh Perbaikan. */
export const AK_PERCENT: Readonly<Record<"sangatBaik" | "baik" | "butuhPerbaikan" | "cukup" | "kurang" | "sangatKurang", string>> = Object.freeze({
  sangatBaik: "150",
  baik: "100",
  butuhPerbaikan: "75",
  cukup: "75",
  kurang: "50",
  sangatKurang: "25",
});

/** Input of {@link angkaKredit}. */
export const AngkaKreditInputSchema = z.strictObject({
    predikat: z.enum(["sangatBaik", "baik", "butuhPerbaikan", "cukup", "kurang", "sangatKurang"]),
    /** The jenjang (its coefficient from {@link AK_COEFFICIENTS}), or give `koefisien`. */
    jenjang: z.optional(z.enum(["pemula", "terampil", "mahir", "penyelia", "ahliPertama", "ahliMuda", "ahliMadya", "ahliUtama"])),
    /** An annual coefficient given directly. */
    koefisien: z.optional(NonNegativeDecimalSchema),
    /** Months of a periodic evaluation (1–12); default 12 (annual). */
    months: z._default(z.int().check(z.gte(1), z.lte(12)), 12),
    /** Rounding of `value` (default 2 places half-up, as the PerBKN 3/2023 slides print 2.08). */
    rounding: z._default(RoundingRuleSchema, { places: 2, mode: "halfUp" }),
  }).check(z.refine((v) => (v.jenjang === undefined) !== (v.koefisien === undefined), { message: "give jenjang or koefisien (one of them)", path: ["jenjang"] }));

/** Input of {@link angkaKredit} as written in JSON. */
export type AngkaKreditInput = z.input<typeof AngkaKreditInputSchema>;

/** Result of {@link angkaKredit}. */
export interface AngkaKredit {
  /** The angka kredit rounded by `rounding`. */
  readonly value: string;
  /** The exact value `(months / 12) × percent / 100 × koefisien`. */
  readonly exact: string;
  readonly koefisien: string;
  readonly percent: string;
  readonly trace: readonly TraceEntry[];
}

/**
 * Predikat → angka kredit (PermenPANRB 1/2023 Pasal 37(1); Peraturan BKN 3/2023; PermenPANRB 1/2023 Pasal 37(1) and Peraturan BKN 3/2023, docs/sources.md#permenpanrb-6-2022):
 * `(months / 12) × percent × koefisien`, with percent Sangat Baik 150, Baik 100, Butuh Perbaikan/Cukup 75,
 * Kurang 50, Sangat Kurang 25, and the annual coefficient of the jenjang.
 *
 * @param input - `{ predikat, jenjang | koefisien, months?, rounding? }`
 * @returns the angka kredit (rounded and exact) and the trace
 * @example
 * ```ts
 * angkaKredit({ predikat: "sangatBaik", jenjang: "ahliPertama" }).value;       // "18.75"
 * angkaKredit({ predikat: "baik", jenjang: "ahliPertama", months: 2 }).value;  // "2.08"
 * ```
 */
export function angkaKredit(input: AngkaKreditInput): AngkaKredit {
  const v = parseInput(AngkaKreditInputSchema, input, { what: "angka kredit input" });
  const koefisien = rational(v.jenjang !== undefined ? AK_COEFFICIENTS[v.jenjang] : (v.koefisien as string));
  const percent = rational(AK_PERCENT[v.predikat]);
  const months = rational(v.months);
  const exact = months.div(12).times(percent.div(100)).times(koefisien);
  const rounded = roundRational(exact, v.rounding);
  return {
    value: showRational(rounded, v.rounding.places),
    exact: showRational(exact),
    koefisien: showRational(koefisien),
    percent: showRational(percent),
    trace: [
      traceEntry({ at: "exact", formula: v.months === 12 ? "angkaKreditAnnual" : "angkaKreditPeriodic", value: exact, inputs: { months, percent, koefisien } }),
      traceEntry({ at: "value", formula: "round", value: exact, inputs: { exact }, rounding: v.rounding }),
    ],
  };
}
