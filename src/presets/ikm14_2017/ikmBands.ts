import * as z from "zod/mini";
import { DecimalInputSchema, parseInput, rational, type Label, type SchemeInput, type Rational } from "../../index.js";

/** A band of a scheme's band table, as written in JSON. */
export type BandInput = NonNullable<SchemeInput["bands"]>["table"][number];

/**
 * The IKM quality bands (mutu pelayanan) on the converted 25–100 scale, PermenPANRB 14/2017
 * (PermenPANRB 14/2017 Lampiran, verified, docs/sources.md#ikm-14-2017): D 25,00–64,99 Tidak Baik; C 65,00–76,60 Kurang Baik; B 76,61–88,30 Baik;
 * A 88,31–100,00 Sangat Baik.
 *
 * Policy for the regulation's 0.01-wide gaps (64.99 | 65.00, 76.60 | 76.61, 88.30 | 88.31): classify by
 * the lower bound only, i.e. half-open `[min, next min)` (as the sources do); BPPP Tegal's typo 76,66 is
 * not used. The top band is open, so 100 is A. As a kinerja band table it can be put in a scheme whose
 * final score is the converted IKM.
 */
export const IKM_BANDS: readonly BandInput[] = Object.freeze([
  Object.freeze({ id: "mutuD", label: Object.freeze({ id: "D — Tidak Baik", en: "D — Poor" }), min: "25", max: "65" }),
  Object.freeze({ id: "mutuC", label: Object.freeze({ id: "C — Kurang Baik", en: "C — Fair" }), min: "65", max: "76.61" }),
  Object.freeze({ id: "mutuB", label: Object.freeze({ id: "B — Baik", en: "B — Good" }), min: "76.61", max: "88.31" }),
  Object.freeze({ id: "mutuA", label: Object.freeze({ id: "A — Sangat Baik", en: "A — Very good" }), min: "88.31" }),
]);

/**
 * The superseded IKM bands of KepmenPAN 25/2004 (14 unsur) on the converted 25–100 scale, for surveys still
 * reported under it: D 25,00–43,75 Tidak Baik; C 43,76–62,50 Kurang Baik; B 62,51–81,25 Baik;
 * A 81,26–100,00 Sangat Baik (on 1–4: 1,00–1,75; 1,76–2,50; 2,51–3,25; 3,26–4,00), as reproduced in
 * published SKM reports. Classified by the lower bound only, as {@link IKM_BANDS}.
 */
export const IKM_BANDS_25_2004: readonly BandInput[] = Object.freeze([
  Object.freeze({ id: "mutuD", label: Object.freeze({ id: "D — Tidak Baik", en: "D — Poor" }), min: "25", max: "43.76" }),
  Object.freeze({ id: "mutuC", label: Object.freeze({ id: "C — Kurang Baik", en: "C — Fair" }), min: "43.76", max: "62.51" }),
  Object.freeze({ id: "mutuB", label: Object.freeze({ id: "B — Baik", en: "B — Good" }), min: "62.51", max: "81.26" }),
  Object.freeze({ id: "mutuA", label: Object.freeze({ id: "A — Sangat Baik", en: "A — Very good" }), min: "81.26" }),
]);

/** The IKM band tables: `permenpanrb14_2017` ({@link IKM_BANDS}, current) and `kepmenpan25_2004` ({@link IKM_BANDS_25_2004}, superseded). */
export const IKM_BAND_TABLES = ["permenpanrb14_2017", "kepmenpan25_2004"] as const;

/** An IKM band table id. */
export type IkmBandTable = (typeof IKM_BAND_TABLES)[number];

const TABLES: Readonly<Record<IkmBandTable, readonly BandInput[]>> = { permenpanrb14_2017: IKM_BANDS, kepmenpan25_2004: IKM_BANDS_25_2004 };

/** The A–D band of a converted (25–100) IKM value: the last band whose lower bound it reaches; null below 25. */
export function bandOfConverted(value: Rational, table: IkmBandTable = "permenpanrb14_2017"): { id: string; label: Label } | null {
  let found: { id: string; label: Label } | null = null;
  for (const b of TABLES[table]) if (b.min !== undefined && value.gte(rational(b.min))) found = { id: b.id, label: { ...(b.label as Label) } };
  return found;
}

const IkmBandInputSchema = z.strictObject({ value: DecimalInputSchema, bands: z._default(z.enum(IKM_BAND_TABLES), "permenpanrb14_2017") });

/**
 * The mutu pelayanan (A–D) of a converted IKM value on 25–100 ({@link IKM_BANDS}, lower bounds only).
 *
 * @param input - `{ value, bands? }`, e.g. `{ value: "76.61" }`; `bands: "kepmenpan25_2004"` for the superseded table
 * @returns the band, or null below 25
 * @example
 * ```ts
 * ikmBand({ value: "76.60" })?.id; // "mutuC"
 * ikmBand({ value: "76.61" })?.id; // "mutuB"
 * ```
 */
export function ikmBand(input: { readonly value: number | string; readonly bands?: IkmBandTable | undefined }): { id: string; label: Label } | null {
  const { value, bands } = parseInput(IkmBandInputSchema, input, { what: "IKM band input" });
  return bandOfConverted(rational(value), bands);
}
