/**
 * IKM — Indeks Kepuasan Masyarakat, PermenPANRB 14/2017 (PermenPANRB 14/2017 Lampiran, docs/sources.md#ikm-14-2017).
 * @module
 */
export { IKM_UNSUR, type IkmUnsur } from "./unsur.js";
export { IKM_BANDS, IKM_BANDS_25_2004, IKM_BAND_TABLES, ikmBand, type BandInput, type IkmBandTable } from "./ikmBands.js";
export { ikm, IkmInputSchema, type IkmInput, type IkmResult, type IkmUnsurResult, type IkmWeightPolicy } from "./ikm.js";
export { krejcieMorgan, KrejcieMorganInputSchema, type KrejcieMorganInput, type KrejcieMorganResult } from "./krejcieMorgan.js";
export { ikmIndicator, IkmIndicatorInputSchema, type IkmIndicatorInput } from "./ikmIndicator.js";

import type { Preset, PresetSource } from "../../index.js";
import { IKM_BANDS as BANDS, IKM_BANDS_25_2004 as BANDS_25_2004, ikmBand as band } from "./ikmBands.js";
import { ikm as ikmFn } from "./ikm.js";
import { ikmIndicator as indicator } from "./ikmIndicator.js";
import { krejcieMorgan as km } from "./krejcieMorgan.js";
import { IKM_UNSUR as UNSUR } from "./unsur.js";

/** What the IKM preset implements (docs/sources.md#ikm-14-2017). */
const SOURCES: readonly PresetSource[] = Object.freeze(([
  { regulation: "PermenPANRB 14/2017", provision: "Lampiran", about: "nine unsur on a 1–4 scale, weight 1/9 each, IKM = weighted mean × 25, the bands A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99", url: "https://e-smile.tubaba.go.id/main/skm/laporan/online", confidence: "verified" },
  { regulation: "PermenPANRB 14/2017", provision: "Lampiran", about: "the weight printed as 0.111 or 0.11 by some copies (settings; exact 1/9 is the default)", url: "https://fdokumen.site/document/kata-pengantar-pusyantek.html", confidence: "secondary" },
  { regulation: "PermenPANRB 14/2017", provision: "Lampiran", about: "the sample size of the Krejcie–Morgan (1970) table it refers to", url: null, confidence: "secondary" },
  { regulation: "KepmenPAN 25/2004", provision: null, about: "the superseded 14-unsur bands, as reproduced in published SKM reports", url: null, confidence: "secondary" },
] satisfies PresetSource[]).map((s) => Object.freeze(s)));

/**
 * The IKM (PermenPANRB 14/2017) preset in one object (a {@link Preset}).
 *
 * @example
 * ```ts
 * ikm14_2017.ikm({ answers, weightPolicy: "exact" }).score;
 * ikm14_2017.krejcieMorgan({ population: 1000 }).sampleSize; // 278
 * ```
 */
export const ikm14_2017 = Object.freeze({
  /** The preset's id. */
  id: "ikm14_2017",
  /** The preset's title. */
  title: Object.freeze({ id: "Indeks Kepuasan Masyarakat (PermenPANRB 14/2017)", en: "Public satisfaction index (PermenPANRB 14/2017)" }),
  /** The regulations it implements. */
  sources: SOURCES,
  /** None: the IKM is a calculator; {@link indicator} puts it in another scheme. */
  scheme: null,
  /** None. */
  formulas: Object.freeze([]),
  /** The band tables by name: the current one and the superseded KepmenPAN 25/2004 one. */
  bands: Object.freeze({ permenpanrb14_2017: BANDS, kepmenpan25_2004: BANDS_25_2004 }),
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
  /** The standalone calculators. */
  calculators: Object.freeze({
    /** See {@link ikmFn}. */
    ikm: ikmFn,
    /** See {@link band}. */
    band,
    /** See {@link km}. */
    krejcieMorgan: km,
  }),
  /** A sample input of each calculator. */
  examples: Object.freeze({
    ikm: { totals: [105, 101, 100, 116, 102, 105, 106, 105, 115], respondents: 29 },
    band: { value: "76.61" },
    krejcieMorgan: { population: 1000 },
  }),
}) satisfies Preset;
