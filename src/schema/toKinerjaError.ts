import type * as z from "zod/mini";
import { en } from "zod/locales";
import { $ZodError } from "zod/v4/core";
import { KinerjaError, issue, type KinerjaErrorCode, type KinerjaIssue } from "../errors/kinerjaError.js";

/**
 * @internal Parse options that give shape errors zod's English messages (a schema's own message wins).
 * Passed to every parse whose messages are shown: zod/mini sets no locale of its own, and kinerja sets
 * no global zod configuration.
 */
export const ENGLISH = { error: (issue: z.core.$ZodRawIssue) => en().localeError(issue) } as const satisfies z.core.ParseContext<z.core.$ZodIssue>;

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
  schema: z.ZodMiniType<T>,
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
 * root) instead of an exception. A KinerjaError thrown inside (a transform's) is passed on. Messages are
 * zod's English ones ({@link ENGLISH}); `reportInput` keeps each issue's input (for validation messages).
 */
export function safeParseGuarded<T>(schema: z.ZodMiniType<T>, input: unknown, options?: { readonly reportInput?: boolean }): z.util.SafeParseResult<T> {
  try {
    return schema.safeParse(input, options?.reportInput === true ? { ...ENGLISH, reportInput: true } : ENGLISH);
  } catch (e) {
    if (e instanceof KinerjaError) throw e;
    const message = `the input cannot be read: ${e instanceof Error ? e.message : "a property access failed"}`;
    return { success: false, error: new $ZodError([{ code: "custom", path: [], message, input, params: { kinerja: "unreadable" } }]) } as z.util.SafeParseResult<T>;
  }
}
