/**
 * PermenPANRB 6/2022 (pengelolaan kinerja pegawai ASN), SE MenPANRB 3/2023 and PermenPANRB 1/2023
 * angka kredit (PermenPANRB 6/2022 Lampiran, docs/sources.md#permenpanrb-6-2022).
 * @module
 */
import { AK_COEFFICIENTS, AK_PERCENT, angkaKredit } from "./angkaKredit.js";
import { BERAKHLAK } from "./berakhlak.js";
import { distributionCurve } from "./distributionCurve.js";
import { PREDIKAT_BANDS, PREDIKAT_MATRIX, RATING_LEVEL_LABELS, predikat } from "./predikat.js";
import { scheme6_2022 } from "./scheme.js";

export { AK_COEFFICIENTS, AK_PERCENT, angkaKredit, AngkaKreditInputSchema, type AngkaKreditInput, type AngkaKredit, type Jenjang } from "./angkaKredit.js";
export { BERAKHLAK } from "./berakhlak.js";
export { distributionCurve } from "./distributionCurve.js";
export { PREDIKAT_BANDS, PREDIKAT_MATRIX, RATING_LEVEL_LABELS, predikat, type Predikat6_2022, type RatingLevel } from "./predikat.js";
export { scheme6_2022, Scheme6_2022InputSchema, type Scheme6_2022Input } from "./scheme.js";

/**
 * The PermenPANRB 6/2022 preset in one object.
 *
 * @example
 * ```ts
 * import { compile, evaluate } from "kinerja";
 * import { permenpanrb6_2022 } from "kinerja/presets";
 * const plan = compile(permenpanrb6_2022.scheme({ id: "skp-2026", indicators }));
 * evaluate(plan, appraisal).final.band; // { id: "baik", label: { id: "Baik", en: "Good" } }
 * ```
 */
export const permenpanrb6_2022 = Object.freeze({
  /** See {@link scheme6_2022}. */
  scheme: scheme6_2022,
  /** See {@link predikat}. */
  predikat,
  /** See {@link angkaKredit}. */
  angkaKredit,
  /** See {@link distributionCurve}. */
  distributionCurve,
  /** See {@link BERAKHLAK}. */
  BERAKHLAK,
  /** See {@link PREDIKAT_MATRIX}. */
  PREDIKAT_MATRIX,
  /** See {@link PREDIKAT_BANDS}. */
  PREDIKAT_BANDS,
  /** See {@link RATING_LEVEL_LABELS}. */
  RATING_LEVEL_LABELS,
  /** See {@link AK_COEFFICIENTS}. */
  AK_COEFFICIENTS,
  /** See {@link AK_PERCENT}. */
  AK_PERCENT,
});
