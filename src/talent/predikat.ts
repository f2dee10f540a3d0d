import { z } from "zod";
import type { Label } from "../schema/scheme.js";

/**
 * An employee predikat (yearly performance verdict) on the five-level scale of PermenPANRB 6/2022
 * (Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang). Years appraised under
 * PP 30/2019 use the same five names; PP 46/2011 scores are mapped by the caller.
 */
export type Predikat = "sangatBaik" | "baik" | "butuhPerbaikan" | "kurang" | "sangatKurang";

/** The predikat ids, worst first. */
export const PREDIKAT_IDS = ["sangatKurang", "kurang", "butuhPerbaikan", "baik", "sangatBaik"] as const satisfies readonly Predikat[];

/** The order of the predikat, worst = 1 … best = 5 (for monotone checks and tie-breaks). */
export const PREDIKAT_RANK: Readonly<Record<Predikat, number>> = Object.freeze({ sangatKurang: 1, kurang: 2, butuhPerbaikan: 3, baik: 4, sangatBaik: 5 });

/** Labels of the predikat (Indonesian, English). */
export const PREDIKAT_LABELS: Readonly<Record<Predikat, Label>> = Object.freeze({
  sangatBaik: Object.freeze({ id: "Sangat Baik", en: "Very good" }),
  baik: Object.freeze({ id: "Baik", en: "Good" }),
  butuhPerbaikan: Object.freeze({ id: "Butuh Perbaikan", en: "Needs improvement" }),
  kurang: Object.freeze({ id: "Kurang/Misconduct", en: "Poor/Misconduct" }),
  sangatKurang: Object.freeze({ id: "Sangat Kurang", en: "Very poor" }),
});

/** Schema of a predikat id. */
export const PredikatSchema = z.enum(PREDIKAT_IDS);

/** One year of an employee's predikat history; `predikat: null` records a year without an appraisal (tugas belajar, leave, new CPNS). */
export const PredikatYearSchema = z.strictObject({
  /** The appraisal year. */
  year: z.int().min(1900).max(2200),
  /** The predikat of that year, or `null` when there is none. */
  predikat: PredikatSchema.nullable(),
});

/** One year of predikat history as written in JSON. */
export type PredikatYear = z.output<typeof PredikatYearSchema>;

/** A predikat history in any order; each year at most once. */
export const PredikatHistorySchema = z
  .array(PredikatYearSchema)
  .max(100)
  .superRefine((h, ctx) => {
    const seen = new Set<number>();
    h.forEach((y, i) => {
      if (seen.has(y.year)) ctx.addIssue({ code: "custom", path: [i, "year"], message: `year ${y.year} is listed twice`, input: y.year, params: { kinerja: "duplicate_year" } });
      seen.add(y.year);
    });
  });

/** The predikat of `year` in a validated history: the predikat, `null` (recorded as none) or `undefined` (not listed). */
export function predikatOf(history: readonly PredikatYear[], year: number): Predikat | null | undefined {
  for (const y of history) if (y.year === year) return y.predikat;
  return undefined;
}

/**
 * The rule engine's history (oldest first, `year` last) of consecutive years from the oldest listed year
 * (at most `year`) to `year`: each year's predikat as its `band`, `null` when not appraised or not listed.
 */
export function bandHistory(history: readonly PredikatYear[], year: number): { band: Predikat | null }[] {
  const years = history.map((y) => y.year).filter((y) => y <= year);
  const from = years.length === 0 ? year : Math.min(...years);
  const out: { band: Predikat | null }[] = [];
  for (let y = from; y <= year; y++) out.push({ band: predikatOf(history, y) ?? null });
  return out;
}
