/**
 * IKM — Indeks Kepuasan Masyarakat, PermenPANRB 14/2017 (PermenPANRB 14/2017 Lampiran, docs/sources.md#ikm-14-2017).
 * @module
 */
export { IKM_UNSUR, type IkmUnsur } from "./unsur.js";
export { IKM_BANDS, IKM_BANDS_25_2004, IKM_BAND_TABLES, ikmBand, type BandInput, type IkmBandTable } from "./ikmBands.js";
export { ikm, IkmInputSchema, type IkmInput, type IkmResult, type IkmUnsurResult, type IkmWeightPolicy } from "./ikm.js";
export { krejcieMorgan, KrejcieMorganInputSchema, type KrejcieMorganInput, type KrejcieMorganResult } from "./krejcieMorgan.js";
export { ikmIndicator, IkmIndicatorInputSchema, type IkmIndicatorInput } from "./ikmIndicator.js";

import { IKM_BANDS as BANDS, ikmBand as band } from "./ikmBands.js";
import { ikm as ikmFn } from "./ikm.js";
import { ikmIndicator as indicator } from "./ikmIndicator.js";
import { krejcieMorgan as km } from "./krejcieMorgan.js";
import { IKM_UNSUR as UNSUR } from "./unsur.js";

/**
 * The IKM (PermenPANRB 14/2017) preset in one object.
 *
 * @example
 * ```ts
 * ikm14_2017.ikm({ answers, weightPolicy: "exact" }).score;
 * ikm14_2017.krejcieMorgan({ population: 1000 }).sampleSize; // 278
 * ```
 */
export const ikm14_2017 = Object.freeze({
  /** See {@link ikmFn}. */
  ikm: ikmFn,
  /** See {@link band}. */
  band,
  /** See {@link km}. */
  krejcieMorgan: km,
  /** See {@link indicator}. */
  indicator,
  /** The nine unsur. */
  UNSUR,
  /** The bands A–D. */
  BANDS,
});
