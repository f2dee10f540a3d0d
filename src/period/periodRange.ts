import * as z from "zod/mini";
import { DateSchema } from "../schema/primitives.js";
import { inclusiveDays, isDateText } from "./internal/calendar.js";

/** The kinds of period: calendar month, quarter (triwulan), semester, year, or custom dates. */
export const PeriodKindSchema = z.enum(["month", "quarter", "semester", "year", "custom"]);

/** A kind of period. */
export type PeriodKind = z.infer<typeof PeriodKindSchema>;

/**
 * A span of dates `start..end` (both `YYYY-MM-DD`, both days included, UTC calendar dates), with
 * `end` not before `start`. A {@link Period} returned by `period` or `periodsOf` is accepted as it is
 * (its `kind`, `year`, `index` and `label` are carried along; its `days`, when present, must match the dates).
 */
export const PeriodRangeSchema = z.strictObject({
    /** First day, `YYYY-MM-DD`. */
    start: DateSchema,
    /** Last day (included), `YYYY-MM-DD`, not before `start`. */
    end: DateSchema,
    /** Optional, as in a {@link Period}. */
    kind: z.optional(PeriodKindSchema),
    /** Optional, as in a {@link Period}. */
    year: z.optional(z.nullable(z.int().check(z.gte(0), z.lte(9999)))),
    /** Optional, as in a {@link Period}. */
    index: z.optional(z.nullable(z.int().check(z.gte(1), z.lte(12)))),
    /** Optional inclusive day count; when present it must equal `end − start + 1`. */
    days: z.optional(z.int().check(z.gte(1))),
    /** Optional, as in a {@link Period}. */
    label: z.optional(z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(300)), en: z.string().check(z.minLength(1), z.maxLength(300)) })),
  }).check(z.superRefine((r, ctx) => {
    if (!isDateText(r.start) || !isDateText(r.end)) return; // already reported by DateSchema
    const days = inclusiveDays(r.start, r.end);
    if (days < 1) {
      ctx.addIssue({ code: "custom", path: ["end"], message: `must not be before start (${r.start})`, params: { kinerja: "end_before_start" }, input: r.end });
    } else if (r.days !== undefined && r.days !== days) {
      ctx.addIssue({ code: "custom", path: ["days"], message: `does not match the dates: ${r.start}..${r.end} has ${days} days`, params: { kinerja: "days_mismatch" }, input: r.days });
    }
  }));

/** A span of dates as written in JSON (a plain `{ start, end }` or a {@link Period}). */
export type PeriodRangeInput = z.input<typeof PeriodRangeSchema>;

/**
 * A named period: what `period` and `periodsOf` return, and what an appraisal names. Plain JSON.
 */
export interface Period {
  /** Which kind of period. */
  readonly kind: PeriodKind;
  /** The calendar year (null for a custom period). */
  readonly year: number | null;
  /** Position in the year: month 1–12, quarter 1–4, semester 1–2, year 1; null for a custom period. */
  readonly index: number | null;
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day (included), `YYYY-MM-DD`. */
  readonly end: string;
  /** Inclusive day count `end − start + 1` (leap years counted right). */
  readonly days: number;
  /** Name in Indonesian and English, e.g. `{ id: "Triwulan II 2026", en: "Q2 2026" }`. */
  readonly label: { readonly id: string; readonly en: string };
}
