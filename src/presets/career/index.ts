/**
 * Career of a PNS: angka kredit accumulated across periods and regimes (PermenPANRB 1/2023, Peraturan
 * BKN 3/2023), the AKK tables, and kenaikan pangkat eligibility with a projection of the earliest date
 * (PP 99/2000), and kenaikan jenjang (Peraturan BKN 3/2023).
 * @module
 */
import { accumulateAngkaKredit } from "./accumulateAngkaKredit.js";
import { AKK_KENAIKAN_JENJANG, AKK_KENAIKAN_PANGKAT, GOLONGAN } from "./golongan.js";
import { NEXT_JENJANG, kenaikanJenjang } from "./kenaikanJenjang.js";
import { KENAIKAN_PANGKAT_ROUTES, kenaikanPangkat } from "./kenaikanPangkat.js";

export { accumulateAngkaKredit, AccumulateAngkaKreditInputSchema, AkPeriodSchema, type AccumulateAngkaKreditInput, type AngkaKreditBalance } from "./accumulateAngkaKredit.js";
export { GOLONGAN, GolonganSchema, nextGolongan, AKK_KENAIKAN_PANGKAT, AKK_KENAIKAN_JENJANG, type Golongan, type JfCategory } from "./golongan.js";
export { kenaikanJenjang, KenaikanJenjangInputSchema, NEXT_JENJANG, type KenaikanJenjangInput, type KenaikanJenjang, type KenaikanJenjangCondition } from "./kenaikanJenjang.js";
export { kenaikanPangkat, KenaikanPangkatInputSchema, KENAIKAN_PANGKAT_ROUTES, type KenaikanPangkatInput, type KenaikanPangkat, type KenaikanPangkatCondition, type KenaikanPangkatRoute } from "./kenaikanPangkat.js";

/**
 * The career preset in one object.
 *
 * @example
 * ```ts
 * import { career } from "kinerja/presets";
 * career.kenaikanPangkat({ route: "reguler", asOf: "2025-10-01", golongan: "III/c", tmtPangkat: "2021-11-01",
 *   predikat: [{ year: 2023, predikat: "baik" }, { year: 2024, predikat: "baik" }] }).status; // "notYet"
 * ```
 */
export const career = Object.freeze({
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
});
