import * as z from "zod/mini";
import { KinerjaError } from "../errors/kinerjaError.js";
import { fromZodIssues, safeParseGuarded } from "../schema/toKinerjaError.js";
import { LOCALES, pick, type Locale } from "./locale.js";

/** A label as results carry it: Indonesian, optionally English. */
export interface LabelText {
  /** Indonesian text. */
  readonly id: string;
  /** English text (falls back to the Indonesian). */
  readonly en?: string | undefined;
}

/** Options of {@link formatLabel}. */
export interface FormatLabelOptions {
  /** `id` (default) or `en`; English falls back to the Indonesian text when a label has none. */
  readonly locale?: Locale | undefined;
  /** Text when there is nothing to label (`null`/`undefined`, e.g. a result outside every band), default `"–"`. */
  readonly missing?: string | undefined;
}

const Text = z.string().check(z.maxLength(1000));
const LabelShape = z.looseObject({ id: Text, en: z.optional(Text) });
// Something with a label (a band, a rating, an indicator) is read for its label; else a bare label.
const InputSchema = z.union([z.null(), z.undefined(), z.pipe(z.looseObject({ label: LabelShape }), z.transform((x) => x.label)), LabelShape]);
const OptionsSchema = z.optional(z.strictObject({ locale: z.optional(z.enum(LOCALES)), missing: z.optional(Text) }));

/**
 * The display text of a label in a locale: of a band (`result.final.band`), a rating
 * (`result.resultsRating`, `result.behaviour.rating`), an indicator, a competency, or a bare label.
 *
 * @param value - a label `{ id, en? }`, anything with a `label`, or `null`/`undefined`
 * @param options - `locale`, `missing`
 * @returns the label text, or `options.missing` when there is nothing to label
 * @throws `KinerjaError` `INVALID_INPUT` when the value is neither a label nor has one
 * @example
 * ```ts
 * formatLabel(result.final.band, { locale: "en" });   // "Very good", or "–" outside every band
 * formatLabel(result.resultsRating);                   // "Sesuai ekspektasi"
 * ```
 */
export function formatLabel(value: LabelText | { readonly label: LabelText } | null | undefined, options?: FormatLabelOptions): string {
  const o = safeParseGuarded(OptionsSchema, options);
  if (!o.success) throw new KinerjaError("INVALID_INPUT", "invalid formatLabel options", fromZodIssues(o.error.issues, ["options"]));
  const v = safeParseGuarded(InputSchema, value);
  if (!v.success) throw new KinerjaError("INVALID_INPUT", "formatLabel needs a label { id, en? } or a value with a label", fromZodIssues(v.error.issues, ["value"]));
  const opts = o.data ?? {};
  const x = v.data;
  if (x === null || x === undefined) return opts.missing ?? "–";
  return pick(x, opts.locale ?? "id");
}
