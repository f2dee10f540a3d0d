import { z } from "zod";
import { DecimalInputSchema, type Label, type SchemeInput } from "../../index.js";
import { dec, type D } from "../internal/decimal.js";
import { parseInput } from "../internal/parseInput.js";

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

/** The A–D band of a converted (25–100) IKM value: the last band whose lower bound it reaches; null below 25. */
export function bandOfConverted(value: D): { id: string; label: Label } | null {
  let found: { id: string; label: Label } | null = null;
  for (const b of IKM_BANDS) if (b.min !== undefined && value.gte(dec(b.min))) found = { id: b.id, label: { ...(b.label as Label) } };
  return found;
}

const IkmBandInputSchema = z.strictObject({ value: DecimalInputSchema });

/**
 * The mutu pelayanan (A–D) of a converted IKM value on 25–100 ({@link IKM_BANDS}, lower bounds only).
 *
 * @param input - `{ value }`, e.g. `{ value: "76.61" }`
 * @returns the band, or null below 25
 * @example
 * ```ts
 * ikmBand({ value: "76.60" })?.id; // "mutuC"
 * ikmBand({ value: "76.61" })?.id; // "mutuB"
 * ```
 */
export function ikmBand(input: { readonly value: number | string }): { id: string; label: Label } | null {
  const { value } = parseInput(IkmBandInputSchema, input, "IKM band input");
  return bandOfConverted(dec(value));
}
