import { z } from "zod";
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
  const r = safeParseGuarded(schema, input);
  if (r.success) return r.data;
  throw new KinerjaError(code, `invalid ${what}`, fromZodIssues(r.error.issues));
}

/**
 * `schema.safeParse(input)`, except that an input the schema cannot even read — a getter or proxy trap that
 * throws, a nesting too deep for the stack — is a failed parse with one issue (code `unreadable`, at the
 * root) instead of an exception. A KinerjaError thrown inside (a transform's) is passed on. `params` are
 * zod's parse parameters (e.g. `reportInput`).
 */
export function safeParseGuarded<T>(schema: z.ZodType<T>, input: unknown, params?: z.core.ParseContext<z.core.$ZodIssue>): z.ZodSafeParseResult<T> {
  try {
    return schema.safeParse(input, params);
  } catch (e) {
    if (e instanceof KinerjaError) throw e;
    const message = `the input cannot be read: ${e instanceof Error ? e.message : "a property access failed"}`;
    return { success: false, error: new z.ZodError([{ code: "custom", path: [], message, input, params: { kinerja: "unreadable" } }]) } as z.ZodSafeParseResult<T>;
  }
}
