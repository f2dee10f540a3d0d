import * as z from "zod/mini";
import { DecimalInputSchema, KinerjaError, type FormulaInput, type KinerjaIssue } from "../../index.js";
import { en } from "zod/locales";

/** zod's English messages for shape errors (zod/mini sets no locale; kinerja sets no global zod configuration), as the core's parses use. */
const english: z.core.$ZodErrorMap = (issue) => en().localeError(issue);

/** Formats a path as `a.b[3].c` (as kinerja's issues do). */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out;
}

/** A kinerja issue `{ code, path, at, message }`. */
export function presetIssue(path: readonly (string | number)[], code: string, message: string): KinerjaIssue {
  return { code, path: [...path], at: formatPath(path), message };
}

/** Throws `INVALID_INPUT` with one issue. */
export function fail(what: string, path: readonly (string | number)[], code: string, message: string): never {
  throw new KinerjaError("INVALID_INPUT", `invalid ${what}`, [presetIssue(path, code, message)]);
}

/**
 * Parses the input of a preset function with its zod schema; on failure throws a `KinerjaError`
 * `INVALID_INPUT` with one issue per problem, each with its path.
 */
export function parseInput<T>(schema: z.ZodMiniType<T>, input: unknown, what: string): T {
  let r: ReturnType<typeof schema.safeParse>;
  try {
    r = schema.safeParse(input, { error: english });
  } catch (e) {
    // A getter or proxy trap that throws while the schema reads the input.
    if (e instanceof KinerjaError) throw e;
    throw new KinerjaError("INVALID_INPUT", `invalid ${what}`, [presetIssue([], "unreadable", `the input cannot be read: ${e instanceof Error ? e.message : "a property access failed"}`)]);
  }
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => {
    const path = i.path.filter((p): p is string | number => typeof p !== "symbol");
    const params = i.code === "custom" ? (i.params as { kinerja?: unknown } | undefined) : undefined;
    return presetIssue(path, typeof params?.kinerja === "string" ? params.kinerja : i.code, i.message);
  });
  throw new KinerjaError("INVALID_INPUT", `invalid ${what}`, issues);
}

const FormulaInputSchema = z.looseObject({
  actual: DecimalInputSchema,
  target: z.nullable(DecimalInputSchema),
  baseline: z.optional(z.nullable(DecimalInputSchema)),
  params: z.optional(z.record(z.string().check(z.maxLength(100)), z.string().check(z.maxLength(100)))),
});

/**
 * Validates the input of a preset's formula plugin when its `achievement` is called directly (the engine
 * always passes valid decimal text): `actual`, `target` (or null), `baseline`, `params` as decimal text.
 * Returns a fresh copy whose `params` has no prototype; a bad input is `INVALID_INPUT` with its path.
 */
export function parseFormulaInput(input: unknown, what: string): FormulaInput {
  const v = parseInput(FormulaInputSchema, input, what);
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, x] of Object.entries(v.params ?? {})) params[k] = x;
  return { actual: v.actual, target: v.target, baseline: v.baseline ?? null, params };
}
