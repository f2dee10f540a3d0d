import * as z from "zod/mini";
import { EMPLOYEE_PREDIKATS, type EmployeePredikat } from "../concepts/vocabulary.js";

/** @internal The employee predikat, worst first (from `EMPLOYEE_PREDIKATS`, for monotonicity checks). */
export const PREDIKAT_IDS: readonly EmployeePredikat[] = [...EMPLOYEE_PREDIKATS].reverse();

/** Schema of a predikat id. */
export const PredikatSchema = z.enum(EMPLOYEE_PREDIKATS);

/** One year of an employee's predikat history; `predikat: null` records a year without an appraisal (tugas belajar, leave, new CPNS). */
export const PredikatYearSchema = z.strictObject({
  /** The appraisal year. */
  year: z.int().check(z.gte(1900), z.lte(2200)),
  /** The predikat of that year, or `null` when there is none. */
  predikat: z.nullable(PredikatSchema),
});

/** One year of predikat history as written in JSON. */
export type PredikatYear = z.output<typeof PredikatYearSchema>;

/** A predikat history in any order; each year at most once. */
export const PredikatHistorySchema = z.array(PredikatYearSchema).check(z.maxLength(100), z.superRefine((h, ctx) => {
    const seen = new Set<number>();
    h.forEach((y, i) => {
      if (seen.has(y.year)) ctx.addIssue({ code: "custom", path: [i, "year"], message: `year ${y.year} is listed twice`, input: y.year, params: { kinerja: "duplicate_year" } });
      seen.add(y.year);
    });
  }));

/** The predikat of `year` in a validated history: the predikat, `null` (recorded as none) or `undefined` (not listed). */
export function predikatOf(history: readonly PredikatYear[], year: number): EmployeePredikat | null | undefined {
  for (const y of history) if (y.year === year) return y.predikat;
  return undefined;
}

/**
 * The rule engine's history (oldest first, `year` last) of consecutive years from the oldest listed year
 * (at most `year`) to `year`: each year's predikat as its `band`, `null` when not appraised or not listed.
 */
export function bandHistory(history: readonly PredikatYear[], year: number): { band: EmployeePredikat | null }[] {
  const years = history.map((y) => y.year).filter((y) => y <= year);
  const from = years.length === 0 ? year : Math.min(...years);
  const out: { band: EmployeePredikat | null }[] = [];
  for (let y = from; y <= year; y++) out.push({ band: predikatOf(history, y) ?? null });
  return out;
}
