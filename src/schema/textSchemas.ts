import * as z from "zod/mini";
import { ID_PATTERN, LIMITS } from "../concepts/vocabulary.js";

/**
 * An identifier: starts with a letter, then letters, digits, `_`, `-`, `.`; at most 64 characters.
 * (So a JSON key such as `__proto__` can never be an id.)
 */
export const IdSchema: z.ZodMiniString<string> = z.string().check(z.regex(ID_PATTERN, "must start with a letter and contain only letters, digits, '_', '-', '.' (max 64)"));

/** A label in Indonesian and optionally English; a plain string is taken as the Indonesian label. */
export const LabelSchema: z.ZodMiniType<{ id: string; en?: string }, string | { id: string; en?: string | undefined }> = z.union([
  z.pipe(z.string().check(z.minLength(1), z.maxLength(LIMITS.label)), z.transform((id) => ({ id }))),
  z.pipe(z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(LIMITS.label)), en: z.optional(z.string().check(z.minLength(1), z.maxLength(LIMITS.label))) }), z.transform((l) => (l.en === undefined ? { id: l.id } : { id: l.id, en: l.en }))),
]);

/** A calendar date `YYYY-MM-DD` (interpreted in UTC). */
export const DateSchema: z.ZodMiniType<string, string> = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD"), z.refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "is not a valid calendar date"));
