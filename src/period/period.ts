import * as z from "zod/mini";
import { DateSchema, LabelSchema } from "../schema/primitives.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { inclusiveDays, longDate } from "./internal/calendar.js";
import { calendarPeriod } from "./internal/calendarPeriod.js";
import { PeriodRangeSchema, type Period } from "./periodRange.js";

const Year = z.int().check(z.gte(1), z.lte(9999));

/** Input of {@link period}: a calendar period of a year, or custom dates. */
export const PeriodInputSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("month"), year: Year, /** Month 1–12. */ index: z.int().check(z.gte(1), z.lte(12)) }),
  z.strictObject({ kind: z.literal("quarter"), year: Year, /** Quarter (triwulan) 1–4. */ index: z.int().check(z.gte(1), z.lte(4)) }),
  z.strictObject({ kind: z.literal("semester"), year: Year, /** Semester 1–2. */ index: z.int().check(z.gte(1), z.lte(2)) }),
  z.strictObject({ kind: z.literal("year"), year: Year, /** Always 1 (may be omitted). */ index: z.optional(z.literal(1)) }),
  z.strictObject({
    kind: z.literal("custom"),
    /** First day, `YYYY-MM-DD`. */
    start: DateSchema,
    /** Last day (included), `YYYY-MM-DD`. */
    end: DateSchema,
    /** Optional name; default `"1 Januari 2026 – 30 April 2026"` / `"1 January 2026 – 30 April 2026"`. */
    label: z.optional(LabelSchema),
  }),
]);

/**
 * Input of {@link period} as written in JSON: `{ kind, year, index }` for a calendar period, or
 * `{ kind: "custom", start, end, label? }` (also accepted without `kind`: `{ start, end }`).
 */
export type PeriodInput = z.input<typeof PeriodInputSchema> | { start: string; end: string; label?: z.input<typeof LabelSchema> };

const CustomSchema = z.strictObject({ start: DateSchema, end: DateSchema, label: z.optional(LabelSchema) });

/**
 * A period of appraisal: a calendar month, quarter (*triwulan*), semester or year, or custom dates.
 * Dates are UTC calendar dates written `YYYY-MM-DD`; both ends are included, and `days` is the
 * inclusive day count (`end − start + 1`, so 2024 has 366 days and 2025 has 365).
 *
 * Labels are in Indonesian and English: `Januari 2026` / `January 2026`, `Triwulan II 2026` /
 * `Q2 2026`, `Semester I 2026` / `H1 2026`, `Tahun 2026` / `Year 2026`, and for custom dates
 * `1 Januari 2026 – 30 April 2026` / `1 January 2026 – 30 April 2026` unless a label is given.
 *
 * @param input - `{ kind, year, index }`, or `{ kind: "custom", start, end, label? }` (or just `{ start, end }`)
 * @returns the period with its dates, day count and labels (plain JSON)
 * @throws `KinerjaError` `INVALID_INPUT` for an unknown kind, an index out of range, a non-date or
 *   impossible date (`2026-02-30`), or an end before the start (issue at `end`, code `end_before_start`)
 * @example
 * ```ts
 * period({ kind: "quarter", year: 2026, index: 2 });
 * // { kind: "quarter", year: 2026, index: 2, start: "2026-04-01", end: "2026-06-30", days: 91,
 * //   label: { id: "Triwulan II 2026", en: "Q2 2026" } }
 * ```
 */
export function period(input: PeriodInput): Period {
  const hasKind = typeof input === "object" && input !== null && Object.hasOwn(input, "kind");
  const parsed = hasKind
    ? parseWith(PeriodInputSchema, input, "INVALID_INPUT", "period")
    : { kind: "custom" as const, ...parseWith(CustomSchema, input, "INVALID_INPUT", "period") };
  if (parsed.kind !== "custom") return calendarPeriod(parsed.kind, parsed.year, parsed.index ?? 1);
  const range = parseWith(PeriodRangeSchema, { start: parsed.start, end: parsed.end }, "INVALID_INPUT", "period");
  const from = longDate(range.start);
  const to = longDate(range.end);
  const fallback = { id: `${from.id} – ${to.id}`, en: `${from.en} – ${to.en}` };
  const label = parsed.label === undefined ? fallback : { id: parsed.label.id, en: parsed.label.en ?? parsed.label.id };
  return { kind: "custom", year: null, index: null, start: range.start, end: range.end, days: inclusiveDays(range.start, range.end), label };
}
