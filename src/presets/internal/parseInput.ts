import type { z } from "zod";
import { KinerjaError, type KinerjaIssue } from "../../index.js";

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
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => {
    const path = i.path.filter((p): p is string | number => typeof p !== "symbol");
    const params = i.code === "custom" ? (i.params as { kinerja?: unknown } | undefined) : undefined;
    return presetIssue(path, typeof params?.kinerja === "string" ? params.kinerja : i.code, i.message);
  });
  throw new KinerjaError("INVALID_INPUT", `invalid ${what}`, issues);
}
