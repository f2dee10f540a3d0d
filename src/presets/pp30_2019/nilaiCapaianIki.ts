import * as z from "zod/mini";
import { DecimalInputSchema, parseInput, rational, roundRational, showRational, traceEntry, type Label, type TraceEntry, type Rational } from "../../index.js";

/** The category of a capaian IKI (PermenPANRB 8/2021 Lampiran, docs/sources.md#pp-30-2019). */
export type IkiCategory = "sangatBaik" | "baik" | "cukup" | "kurang" | "sangatKurang";

/** Labels of the IKI categories. */
export const IKI_CATEGORY_LABELS: Readonly<Record<IkiCategory, Label>> = Object.freeze({
  sangatBaik: Object.freeze({ id: "Sangat Baik", en: "Very good" }),
  baik: Object.freeze({ id: "Baik", en: "Good" }),
  cukup: Object.freeze({ id: "Cukup", en: "Fair" }),
  kurang: Object.freeze({ id: "Kurang", en: "Poor" }),
  sangatKurang: Object.freeze({ id: "Sangat Kurang", en: "Very poor" }),
});

/** The ladder's value for a (possibly rounded) capaian, with category and formula name. */
export function ladder(c: Rational, maximalTarget: boolean): { value: Rational; category: IkiCategory; formula: string } {
  if (maximalTarget && c.gte(100)) return { value: rational(120), category: "sangatBaik", formula: "pp30.nilaiMaximalTarget" };
  if (c.gt(110)) return { value: rational(120), category: "sangatBaik", formula: "pp30.nilaiAbove110" };
  // 110 + (120 − 110) / (110 − 101) × (capaian − 101)
  if (c.gte(101)) return { value: rational(110).plus(rational(10).div(9).times(c.minus(101))), category: "sangatBaik", formula: "pp30.nilaiSangatBaik" };
  if (c.gte(100)) return { value: rational(109), category: "baik", formula: "pp30.nilaiBaik" };
  // 70 + (89 − 70) / (99 − 80) × (capaian − 80)
  if (c.gte(80)) return { value: rational(70).plus(rational(19).div(19).times(c.minus(80))), category: "cukup", formula: "pp30.nilaiCukup" };
  // 50 + (69 − 50) / (79 − 60) × (capaian − 60)
  if (c.gte(60)) return { value: rational(50).plus(rational(19).div(19).times(c.minus(60))), category: "kurang", formula: "pp30.nilaiKurang" };
  // capaian / 59 × 49, not below 0
  if (c.gt(0)) return { value: c.div(59).times(49), category: "sangatKurang", formula: "pp30.nilaiSangatKurang" };
  return { value: rational(0), category: "sangatKurang", formula: "pp30.nilaiSangatKurang" };
}

/** Input of {@link nilaiCapaianIki}. */
export const NilaiCapaianIkiInputSchema = z.strictObject({
  /** Capaian IKI in percent (e.g. from {@link capaianIki}). */
  capaian: DecimalInputSchema,
  /** The target is the maximum possible (e.g. 100 % of a fixed quota): 100 % gives 120. */
  maximalTarget: z._default(z.boolean(), false),
  /**
   * Round the capaian (half-up) to this many places before the ladder; default 0 (whole percent, as the
   * regulation's example prints "98 %" and "107 %"); `null` keeps it exact.
   */
  capaianPlaces: z._default(z.nullable(z.int().check(z.gte(0), z.lte(20))), 0),
});

/** Input of {@link nilaiCapaianIki} as written in JSON. */
export type NilaiCapaianIkiInput = z.input<typeof NilaiCapaianIkiInputSchema>;

/** Result of {@link nilaiCapaianIki}. */
export interface NilaiCapaianIki {
  /** Nilai capaian IKI (exact). */
  readonly value: string;
  readonly category: IkiCategory;
  readonly label: Label;
  /** The capaian the ladder read (after `capaianPlaces` rounding). */
  readonly capaian: string;
  readonly trace: readonly TraceEntry[];
}

/**
 * Nilai capaian IKI of PermenPANRB 8/2021 (PermenPANRB 8/2021 Lampiran, docs/sources.md#pp-30-2019): above 110 % → 120; 101–110 % →
 * `110 + 10/9 × (c − 101)`; 100 % → 109; 80–99 % → `70 + 19/19 × (c − 80)`; 60–79 % →
 * `50 + 19/19 × (c − 60)`; 0–59 % → `c / 59 × 49` (0 below 0); 100 % of a maximal target → 120.
 *
 * Gap policy (PermenPANRB 8/2021 Lampiran; unconfirmed): by default the capaian is rounded to a whole percent (half-up) first, which
 * removes the gaps (99.5 → 100 → 109). With `capaianPlaces: null` (exact), each category holds from its
 * lower bound up to the next category's lower bound: 99.5 → 89.5 (Cukup's formula), 100.5 → 109,
 * 59.5 → 49.38….
 *
 * @param input - `{ capaian, maximalTarget?, capaianPlaces? }`
 * @returns the nilai, its category and the trace
 * @example
 * ```ts
 * nilaiCapaianIki({ capaian: "97.894" }).value; // "88" (98 %: page 363)
 * nilaiCapaianIki({ capaian: 100 }).value;      // "109"
 * ```
 */
export function nilaiCapaianIki(input: NilaiCapaianIkiInput): NilaiCapaianIki {
  const v = parseInput(NilaiCapaianIkiInputSchema, input, { what: "nilai capaian IKI input" });
  const exact = rational(v.capaian);
  const trace: TraceEntry[] = [];
  let c = exact;
  if (v.capaianPlaces !== null) {
    c = roundRational(exact, { places: v.capaianPlaces, mode: "halfUp" });
    trace.push(traceEntry({ at: "capaian", formula: "round", value: exact, inputs: { capaian: exact }, rounding: { places: v.capaianPlaces, mode: "halfUp" } }));
  }
  const r = ladder(c, v.maximalTarget);
  trace.push(traceEntry({ at: "value", formula: r.formula, value: r.value, inputs: { capaian: c } }));
  return { value: showRational(r.value), category: r.category, label: { ...IKI_CATEGORY_LABELS[r.category] }, capaian: showRational(c), trace };
}
