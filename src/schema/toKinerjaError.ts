import type { z } from "zod";
import { KinerjaError, issue, type KinerjaErrorCode, type KinerjaIssue } from "../errors/kinerjaError.js";

/** Converts zod issues to kinerja issues (paths kept, symbols dropped). */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): KinerjaIssue[] {
  return issues.map((i) => {
    const path = [...prefix, ...i.path.filter((p): p is string | number => typeof p !== "symbol")];
    const params = i.code === "custom" ? (i.params as { kinerja?: unknown } | undefined) : undefined;
    const code = typeof params?.kinerja === "string" ? params.kinerja : i.code;
    return issue(path, code, i.message);
  });
}

/**
 * Parses `input` with a zod schema; on failure throws a {@link KinerjaError} with `code` and one issue per problem.
 */
export function parseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  code: KinerjaErrorCode,
  what: string,
): T {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw new KinerjaError(code, `invalid ${what}`, fromZodIssues(r.error.issues));
}
