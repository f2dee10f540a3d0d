import * as z from "zod/mini";
import { addIssue } from "./transformIssue.js";
import { rational } from "../math/rational.js";
import { DECIMAL_TEXT, LIMITS } from "../concepts/vocabulary.js";

// The field schemas every input shares. The id, label and date schemas and the rounding schemas live in
// modules of their own (re-exported here), so that an app's bundler leaves them out of a bundle that does
// not use them: a top-level schema is a call, which a bundler keeps whenever its module is included.
export { DateSchema, IdSchema, LabelSchema } from "./textSchemas.js";
export { RoundingModeSchema } from "./roundingModeSchema.js";
export { RoundingRuleSchema } from "./roundingRuleSchema.js";

const LIMIT = rational(LIMITS.decimalMagnitude);

/** @internal True when `value` is decimal text kinerja reads exactly (e.g. `"87.5"`, `"-0.25"`, `"1e-7"`). */
export function isDecimalText(value: string): boolean {
  return DECIMAL_TEXT.test(value);
}

/**
 * A decimal input: a finite JSON number or a decimal string (`"0.1"` and `0.1` mean the same decimal).
 * Parsed to its canonical decimal text, e.g. `"87.5"`. Magnitudes are limited to 10^15.
 */
export const DecimalInputSchema: z.ZodMiniType<string, number | string> = z.pipe(z.union([z.number(), z.string().check(z.trim(), z.maxLength(LIMITS.decimalText), z.regex(DECIMAL_TEXT, { message: "must be a decimal number such as 87.5 or \"87.5\"", abort: true }))]), z.transform((value, ctx) => {
    const text = typeof value === "number" ? String(value) : value;
    if (typeof value === "number" ? !Number.isFinite(value) : false) {
      addIssue(ctx, { message: "must be a finite number", input: value });
      return z.NEVER;
    }
    const exact = canonical(text);
    if (rational(exact).abs().gte(LIMIT)) {
      addIssue(ctx, { message: "must be a finite number smaller than 10^15 in magnitude", input: value });
      return z.NEVER;
    }
    return exact;
  }));

/** Canonical decimal text of a validated decimal string (no exponent, no leading +, no trailing dot). */
function canonical(text: string): string {
  let t = text.replace(/^\+/, "");
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(t);
  if (!m) return t;
  const sign = m[1] ?? "";
  let intPart = m[2] ?? "";
  let frac = m[3] ?? "";
  const exp = Number(m[4] ?? "0");
  let digits = intPart + frac;
  let point = intPart.length + exp;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  intPart = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  frac = digits.slice(point).replace(/0+$/, "");
  if (intPart === "") intPart = "0";
  t = frac === "" ? intPart : `${intPart}.${frac}`;
  if (/^0(\.0*)?$/.test(t)) return "0";
  return sign + t;
}

/** A non-negative decimal input. */
export const NonNegativeDecimalSchema: z.ZodMiniType<string, number | string> = DecimalInputSchema.check(z.refine((v) => !v.startsWith("-"), "must not be negative"));
