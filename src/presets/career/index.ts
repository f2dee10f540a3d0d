/**
 * Career of a PNS: angka kredit accumulated across periods and regimes (PermenPANRB 1/2023, Peraturan
 * BKN 3/2023), the AKK tables, and kenaikan pangkat eligibility with a projection of the earliest date
 * (PP 99/2000), and kenaikan jenjang (Peraturan BKN 3/2023).
 * @module
 */
import type { Preset, PresetSource } from "../../index.js";
import { accumulateAngkaKredit } from "./accumulateAngkaKredit.js";
import { AKK_KENAIKAN_JENJANG, AKK_KENAIKAN_PANGKAT, GOLONGAN } from "./golongan.js";
import { NEXT_JENJANG, kenaikanJenjang } from "./kenaikanJenjang.js";
import { KENAIKAN_PANGKAT_ROUTES, kenaikanPangkat } from "./kenaikanPangkat.js";

export { accumulateAngkaKredit, AccumulateAngkaKreditInputSchema, AkPeriodSchema, type AccumulateAngkaKreditInput, type AngkaKreditBalance } from "./accumulateAngkaKredit.js";
export { GOLONGAN, GolonganSchema, nextGolongan, AKK_KENAIKAN_PANGKAT, AKK_KENAIKAN_JENJANG, type Golongan, type JfCategory } from "./golongan.js";
export { kenaikanJenjang, KenaikanJenjangInputSchema, NEXT_JENJANG, type KenaikanJenjangInput, type KenaikanJenjang, type KenaikanJenjangCondition } from "./kenaikanJenjang.js";
export { kenaikanPangkat, KenaikanPangkatInputSchema, KENAIKAN_PANGKAT_ROUTES, type KenaikanPangkatInput, type KenaikanPangkat, type KenaikanPangkatCondition, type KenaikanPangkatRoute } from "./kenaikanPangkat.js";

/** What the career preset implements (docs/presets/career.md). */
const SOURCES: readonly PresetSource[] = Object.freeze(([
  { regulation: "PermenPANRB 1/2023", provision: "Pasal 37(1)", about: "angka kredit per period from predikat, months and the jenjang's coefficient", url: null, confidence: "verified" },
  { regulation: "PermenPANRB 1/2023", provision: "Lampiran", about: "AKK for kenaikan pangkat, keterampilan category", url: null, confidence: "verified" },
  { regulation: "Peraturan BKN 3/2023", provision: null, about: "conversion konvensional → integrasi; AKK for kenaikan pangkat and jenjang, keahlian category; the kenaikan jenjang conditions", url: "https://id.scribd.com/presentation/694983391/3-PERHITUNGAN-KONVERSI-PREDIKAT-KINERJA-PERBKN-NO-3-TAHUN-2023-TEKNIS", confidence: "secondary" },
  { regulation: "PP 99/2000", provision: "Pasal 7 and Pasal 13", about: "kenaikan pangkat reguler (4 years) and jabatan fungsional (2 years, angka kredit); predikat at least Baik in the last 2 years", url: "https://www.pasal.id/peraturan/pp/pp-no-99-tahun-2000", confidence: "verified" },
] satisfies PresetSource[]).map((s) => Object.freeze(s)));

/**
 * The career preset in one object (a {@link Preset}).
 *
 * @example
 * ```ts
 * import { career } from "kinerja/presets";
 * career.kenaikanPangkat({ route: "reguler", asOf: "2025-10-01", golongan: "III/c", tmtPangkat: "2021-11-01",
 *   predikat: [{ year: 2023, predikat: "baik" }, { year: 2024, predikat: "baik" }] }).status; // "notYet"
 * ```
 */
export const career = Object.freeze({
  /** The preset's id. */
  id: "career",
  /** The preset's title. */
  title: Object.freeze({ id: "Karier PNS: angka kredit, kenaikan pangkat dan jenjang", en: "Civil servant career: credit points, promotion in rank and in grade" }),
  /** The regulations it implements. */
  sources: SOURCES,
  /** None: careers are read with calculators. */
  scheme: null,
  /** None. */
  formulas: Object.freeze([]),
  /** None. */
  bands: null,
  /** See {@link accumulateAngkaKredit}. */
  accumulateAngkaKredit,
  /** See {@link kenaikanPangkat}. */
  kenaikanPangkat,
  /** See {@link kenaikanJenjang}. */
  kenaikanJenjang,
  /** See {@link NEXT_JENJANG}. */
  NEXT_JENJANG,
  /** See {@link KENAIKAN_PANGKAT_ROUTES}. */
  KENAIKAN_PANGKAT_ROUTES,
  /** See {@link AKK_KENAIKAN_PANGKAT}. */
  AKK_KENAIKAN_PANGKAT,
  /** See {@link AKK_KENAIKAN_JENJANG}. */
  AKK_KENAIKAN_JENJANG,
  /** See {@link GOLONGAN}. */
  GOLONGAN,
  /** The standalone calculators. */
  calculators: Object.freeze({
    /** See {@link accumulateAngkaKredit}. */
    accumulateAngkaKredit,
    /** See {@link kenaikanPangkat}. */
    kenaikanPangkat,
    /** See {@link kenaikanJenjang}. */
    kenaikanJenjang,
  }),
  /** A sample input of each calculator. */
  examples: Object.freeze({
    accumulateAngkaKredit: { periods: [{ id: "2023", predikat: "baik", jenjang: "terampil" }, { id: "2024", predikat: "sangatBaik", jenjang: "terampil" }, { id: "2025", predikat: "baik", jenjang: "terampil" }] },
    kenaikanPangkat: { route: "reguler", asOf: "2025-10-01", golongan: "III/c", tmtPangkat: "2021-11-01", predikat: [{ year: 2023, predikat: "baik" }, { year: 2024, predikat: "baik" }] },
    kenaikanJenjang: { asOf: "2026-01-01", jenjang: "ahliPertama", angkaKredit: 104.5, formasi: true, ujiKompetensi: true, predikat: [{ year: 2025, predikat: "baik" }] },
  }),
}) satisfies Preset;
