import * as z from "zod/mini";
import { addIssue } from "./transformIssue.js";
import { DECIMAL_MESSAGES, boundedDecimal } from "./decimalText.js";
import { DECIMAL_TEXT, LIMITS } from "../concepts/vocabulary.js";

// The field schemas every input shares. The id, label and date schemas and the rounding schemas live in
// modules of their own (re-exported here), so that an app's bundler leaves them out of a bundle that does
// not use them: a top-level schema is a call, which a bundler keeps whenever its module is included.
export { DateSchema, IdSchema, LabelSchema } from "./textSchemas.js";
export { RoundingModeSchema } from "./roundingModeSchema.js";
export { RoundingRuleSchema } from "./roundingRuleSchema.js";
export { isDecimalText } from "./decimalText.js";

/**
 * A decimal input: a finite JSON number or a decimal string (`"0.1"` and `0.1` mean the same decimal).
 * Parsed to its canonical decimal text, e.g. `"87.5"`. Magnitudes are limited to 10^15.
 */
export const DecimalInputSchema: z.ZodMiniType<string, number | string> = z.pipe(z.union([z.number(), z.string().check(z.trim(), z.maxLength(LIMITS.decimalText), z.regex(DECIMAL_TEXT, { message: DECIMAL_MESSAGES.notDecimal, abort: true }))]), z.transform((value, ctx) => {
    const text = typeof value === "number" ? String(value) : value;
    if (typeof value === "number" ? !Number.isFinite(value) : false) {
      addIssue(ctx, { message: DECIMAL_MESSAGES.notFinite, input: value });
      return z.NEVER;
    }
    const exact = boundedDecimal(text);
    if (exact === null) {
      addIssue(ctx, { message: DECIMAL_MESSAGES.tooLarge, input: value });
      return z.NEVER;
    }
    return exact;
  }));

/** A non-negative decimal input. */
export const NonNegativeDecimalSchema: z.ZodMiniType<string, number | string> = DecimalInputSchema.check(z.refine((v) => !v.startsWith("-"), DECIMAL_MESSAGES.negative));
