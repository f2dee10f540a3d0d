import * as z from "zod/mini";
import { parseInput, type EmployeePredikat, type Label, type RatingLevel as CoreRatingLevel, type SchemeInput } from "../../index.js";

/** A rating level: di bawah / sesuai / di atas ekspektasi. */
export type RatingLevel = CoreRatingLevel;

/** An employee predikat of PermenPANRB 6/2022. */
export type Predikat6_2022 = EmployeePredikat;

/** Labels of the rating levels. */
export const RATING_LEVEL_LABELS: Readonly<Record<RatingLevel, Label>> = Object.freeze({
  below: Object.freeze({ id: "Di Bawah Ekspektasi", en: "Below expectations" }),
  meets: Object.freeze({ id: "Sesuai Ekspektasi", en: "Meets expectations" }),
  above: Object.freeze({ id: "Di Atas Ekspektasi", en: "Above expectations" }),
});

/**
 * The five predikat as a kinerja band table, worst first. With the matrix the predikat comes from the two
 * ratings, not from these edges; the edges (50 / 70 / 90 / 110, as PP 30/2019) only classify a score when
 * a scheme has no matrix.
 */
export const PREDIKAT_BANDS: NonNullable<SchemeInput["bands"]>["table"] = Object.freeze([
  { id: "sangatKurang", label: { id: "Sangat Kurang", en: "Very poor" }, max: "50" },
  { id: "kurang", label: { id: "Kurang/Misconduct", en: "Poor/Misconduct" }, min: "50", max: "70" },
  { id: "butuhPerbaikan", label: { id: "Butuh Perbaikan", en: "Needs improvement" }, min: "70", max: "90" },
  { id: "baik", label: { id: "Baik", en: "Good" }, min: "90", max: "110" },
  { id: "sangatBaik", label: { id: "Sangat Baik", en: "Very good" }, min: "110" },
]) as NonNullable<SchemeInput["bands"]>["table"];

/**
 * The 3 × 3 predikat matrix of PermenPANRB 6/2022 (PermenPANRB 6/2022 Lampiran, secondary, docs/sources.md#permenpanrb-6-2022): rows hasil kerja, columns
 * perilaku kerja.
 *
 * | hasil kerja ↓ \ perilaku → | below | meets | above |
 * |---|---|---|---|
 * | above | kurang | baik | sangatBaik |
 * | meets | kurang | baik | baik |
 * | below | sangatKurang | butuhPerbaikan | butuhPerbaikan |
 */
export const PREDIKAT_MATRIX: readonly { readonly results: RatingLevel; readonly behaviour: RatingLevel; readonly band: Predikat6_2022 }[] = Object.freeze(
  [
    { results: "above", behaviour: "below", band: "kurang" },
    { results: "above", behaviour: "meets", band: "baik" },
    { results: "above", behaviour: "above", band: "sangatBaik" },
    { results: "meets", behaviour: "below", band: "kurang" },
    { results: "meets", behaviour: "meets", band: "baik" },
    { results: "meets", behaviour: "above", band: "baik" },
    { results: "below", behaviour: "below", band: "sangatKurang" },
    { results: "below", behaviour: "meets", band: "butuhPerbaikan" },
    { results: "below", behaviour: "above", band: "butuhPerbaikan" },
  ].map((c) => Object.freeze(c as { results: RatingLevel; behaviour: RatingLevel; band: Predikat6_2022 })),
);

const Level = z.enum(["below", "meets", "above"]);
const PredikatInputSchema = z.strictObject({ hasilKerja: Level, perilaku: Level });

/**
 * The employee predikat from Rating Hasil Kerja and Rating Perilaku Kerja by {@link PREDIKAT_MATRIX}
 * (the same cells a scheme from {@link scheme6_2022} uses in `evaluate`).
 *
 * @param input - `{ hasilKerja, perilaku }`, each `below`, `meets` or `above`
 * @returns the predikat id and label
 * @example
 * ```ts
 * predikat({ hasilKerja: "above", perilaku: "below" }).id; // "kurang" (Kurang/Misconduct)
 * ```
 */
export function predikat(input: { readonly hasilKerja: RatingLevel; readonly perilaku: RatingLevel }): { id: Predikat6_2022; label: Label } {
  const v = parseInput(PredikatInputSchema, input, { what: "predikat input" });
  const cell = PREDIKAT_MATRIX.find((c) => c.results === v.hasilKerja && c.behaviour === v.perilaku) as (typeof PREDIKAT_MATRIX)[number];
  const band = PREDIKAT_BANDS.find((b) => b.id === cell.band) as (typeof PREDIKAT_BANDS)[number];
  return { id: cell.band, label: { ...(band.label as Label) } };
}
