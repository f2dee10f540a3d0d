import { z } from "zod";
import { EMPLOYEE_PREDIKATS, EMPLOYEE_PREDIKAT_LABELS, EMPLOYEE_PREDIKAT_RANK, type EmployeePredikat } from "../concepts/vocabulary.js";
import type { Label } from "../schema/scheme.js";

/**
 * An employee predikat (yearly performance verdict) on the five-level scale of PermenPANRB 6/2022
 * (Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang): kinerja's
 * `EmployeePredikat`. Years appraised under PP 30/2019 use the same five names; PP 46/2011 scores are
 * mapped by the caller.
 */
export type Predikat = EmployeePredikat;

/** The predikat ids, worst first (derived from `EMPLOYEE_PREDIKATS`). */
export const PREDIKAT_IDS: readonly Predikat[] = [...EMPLOYEE_PREDIKATS].reverse();

/** The order of the predikat, worst = 1 … best = 5 (`EMPLOYEE_PREDIKAT_RANK`). */
export const PREDIKAT_RANK: Readonly<Record<Predikat, number>> = EMPLOYEE_PREDIKAT_RANK;

/** Labels of the predikat (`EMPLOYEE_PREDIKAT_LABELS`). */
export const PREDIKAT_LABELS: Readonly<Record<Predikat, Label>> = EMPLOYEE_PREDIKAT_LABELS;

/** Schema of a predikat id. */
export const PredikatSchema = z.enum(EMPLOYEE_PREDIKATS);

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
