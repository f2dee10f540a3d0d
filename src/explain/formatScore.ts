import * as z from "zod/mini";
import { KinerjaError } from "../errors/kinerjaError.js";
import { R100, rational, showRational } from "../math/rational.js";
import { roundRational, type RoundingMode } from "../math/round.js";
import { DecimalInputSchema, RoundingModeSchema } from "../schema/primitives.js";
import { fromZodIssues, safeParseGuarded } from "../schema/toKinerjaError.js";
import { LOCALES, type Locale } from "./locale.js";

/** Options of {@link formatScore}. */
export interface FormatScoreOptions {
  /** Decimal places to show (0–20). Omitted: every digit of the value, unrounded. */
  readonly places?: number | undefined;
  /** How to round to `places` (default `halfUp`, as the default rounding policy of a scheme). */
  readonly mode?: RoundingMode | undefined;
  /** `id` (default): `1.234,5`; `en`: `1,234.5`. */
  readonly locale?: Locale | undefined;
  /** Group thousands (default true). */
  readonly grouping?: boolean | undefined;
  /** The value is a share (0–1) shown as a percent: multiplied by 100 exactly before rounding (no `%` sign is added). */
  readonly percent?: boolean | undefined;
  /** Text for a missing value (`null` or `undefined`), default `"–"`. */
  readonly missing?: string | undefined;
}

const OptionsSchema = z.optional(z.strictObject({
    places: z.optional(z.int().check(z.gte(0), z.lte(20))),
    mode: z.optional(RoundingModeSchema),
    locale: z.optional(z.enum(LOCALES)),
    grouping: z.optional(z.boolean()),
    percent: z.optional(z.boolean()),
    missing: z.optional(z.string().check(z.maxLength(100))),
  }));

/** Separators of each locale: thousands, decimal. */
const SEPARATORS: Readonly<Record<Locale, { readonly group: string; readonly decimal: string }>> = {
  id: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/**
 * Formats a number of a result (decimal text such as `"109.07"`, or a number) for display, exactly:
 * the rounding to `places` is decimal (`2.675` → `2.68` half-up, where binary floating point gives
 * `2.67`), with the locale's separators. An app never needs a decimal library to print a result.
 *
 * @param value - decimal text or a finite number; `null`/`undefined` give `options.missing`
 * @param options - `places`, `mode`, `locale`, `grouping`, `percent`, `missing`
 * @returns the formatted number, e.g. `"1.234,57"` (id) or `"1,234.57"` (en)
 * @throws `KinerjaError` `INVALID_INPUT` when the value is not a decimal or an option is invalid
 * @example
 * ```ts
 * formatScore("109.0686", { places: 2 });                 // "109,07"
 * formatScore("1234567.891", { places: 1, locale: "en" }); // "1,234,567.9"
 * formatScore("0.125", { percent: true, places: 1 });      // "12,5"
 * ```
 */
export function formatScore(value: string | number | null | undefined, options?: FormatScoreOptions): string {
  const o = safeParseGuarded(OptionsSchema, options);
  if (!o.success) throw new KinerjaError("INVALID_INPUT", "invalid formatScore options", fromZodIssues(o.error.issues, ["options"]));
  const opts = o.data ?? {};
  if (value === null || value === undefined) return opts.missing ?? "–";
  const v = safeParseGuarded(DecimalInputSchema, value);
  if (!v.success) throw new KinerjaError("INVALID_INPUT", "formatScore needs a decimal number", fromZodIssues(v.error.issues, ["value"]));
  let d = rational(v.data);
  if (opts.percent === true) d = d.times(R100);
  if (opts.places !== undefined) d = roundRational(d, { places: opts.places, mode: opts.mode ?? "halfUp" });
  const text = showRational(d, opts.places);
  const sep = SEPARATORS[opts.locale ?? "id"];
  const negative = text.startsWith("-");
  const [int = "0", frac] = (negative ? text.slice(1) : text).split(".");
  const grouped = opts.grouping === false ? int : int.replace(/\B(?=(\d{3})+(?!\d))/g, sep.group);
  return `${negative ? "-" : ""}${grouped}${frac === undefined ? "" : `${sep.decimal}${frac}`}`;
}
