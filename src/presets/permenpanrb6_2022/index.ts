/**
 * PermenPANRB 6/2022 (pengelolaan kinerja pegawai ASN), SE MenPANRB 3/2023 and PermenPANRB 1/2023
 * angka kredit (PermenPANRB 6/2022 Lampiran, docs/sources.md#permenpanrb-6-2022).
 * @module
 */
import type { Preset, PresetSource } from "../../index.js";
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

/** What the PermenPANRB 6/2022 preset implements (docs/sources.md#permenpanrb-6-2022, #se-menpanrb-3-2023). */
const SOURCES: readonly PresetSource[] = Object.freeze(([
  { regulation: "PermenPANRB 6/2022", provision: "Lampiran", about: "Rating Hasil Kerja and Rating Perilaku Kerja: di bawah / sesuai / di atas ekspektasi (no numeric formula: the thresholds are settings)", url: null, confidence: "secondary" },
  { regulation: "PermenPANRB 6/2022", provision: "Lampiran", about: "the 3 × 3 predikat matrix and the five predikat", url: "https://id.scribd.com/document/672154356/Lampiran-Permenpan-RB-No-6-Th-2022-Kuantitatif", confidence: "secondary" },
  { regulation: "PermenPANRB 6/2022", provision: "Lampiran", about: "the seven BerAKHLAK core values", url: "https://id.scribd.com/presentation/595717438/Poin-Penyempurnaan-Permenpan-6-22-Rev-I", confidence: "secondary" },
  { regulation: "PermenPANRB 1/2023", provision: "Pasal 37(1)", about: "angka kredit from predikat: 150 %, 100 %, 75 %, 50 %, 25 % of the yearly coefficient", url: null, confidence: "verified" },
  { regulation: "Peraturan BKN 3/2023", provision: null, about: "the yearly coefficients per jenjang and the periodic conversion", url: "https://id.scribd.com/presentation/694983391/3-PERHITUNGAN-KONVERSI-PREDIKAT-KINERJA-PERBKN-NO-3-TAHUN-2023-TEKNIS", confidence: "secondary" },
  { regulation: "SE MenPANRB 3/2023", provision: null, about: "the distribution curves of employee predikat by the organisation's predikat", url: "https://www.jpnn.com/news/se-menpan-rb-terbaru-soal-kinerja-asn-ada-3-tahap-evaluasi", confidence: "secondary" },
] satisfies PresetSource[]).map((s) => Object.freeze(s)));

/**
 * The PermenPANRB 6/2022 preset in one object (a {@link Preset}).
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
  /** The preset's id. */
  id: "permenpanrb6_2022",
  /** The preset's title. */
  title: Object.freeze({ id: "Pengelolaan kinerja pegawai ASN (PermenPANRB 6/2022)", en: "ASN employee performance management (PermenPANRB 6/2022)" }),
  /** The regulations it implements. */
  sources: SOURCES,
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
  /** None: the predikat comes from the matrix, no formula plugin is needed. */
  formulas: Object.freeze([]),
  /** See {@link PREDIKAT_BANDS}. */
  bands: PREDIKAT_BANDS,
  /** The standalone calculators. */
  calculators: Object.freeze({
    /** See {@link predikat}. */
    predikat,
    /** See {@link angkaKredit}. */
    angkaKredit,
    /** See {@link distributionCurve}. */
    distributionCurve,
  }),
  /** A sample input of each calculator. */
  examples: Object.freeze({
    predikat: { hasilKerja: "above", perilaku: "below" },
    angkaKredit: { predikat: "baik", jenjang: "ahliPertama", months: 2 },
    distributionCurve: { organisation: "baik" },
  }),
}) satisfies Preset;
