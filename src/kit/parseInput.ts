import type * as z from "zod/mini";
import { KinerjaError, issue } from "../errors/kinerjaError.js";
import { fromZodIssues, safeParseGuarded } from "../schema/toKinerjaError.js";
import { checkText, throwIfAny } from "./guard.js";

/** Options of {@link parseInput}. */
export interface ParseInputOptions {
  /** What the input is, for the error's message: `invalid <what>` (default `"input"`). */
  readonly what?: string | undefined;
}

/**
 * Parses the input of a public function with its zod schema (zod/mini, as kinerja's own schemas) the way
 * every kinerja function does: on success the parsed value (defaults filled, decimals as canonical text);
 * on failure a `KinerjaError` `INVALID_INPUT` with one issue per problem, each with its path into the
 * input and zod's English message (a schema's own message wins; a custom issue with
 * `params: { kinerja: "<code>" }` gives its code). An input the schema cannot even read (a getter that
 * throws) is one `unreadable` issue, not a crash.
 *
 * @param schema - a zod schema (e.g. `z.strictObject({ target: DecimalInputSchema })`)
 * @param input - the caller's input, unchecked
 * @param options - `{ what? }`: names the input in the error's message
 * @returns the parsed input
 * @throws `KinerjaError` `INVALID_INPUT` with the issues found (or when `schema` is not a zod schema)
 * @example
 * ```ts
 * const Input = z.strictObject({ target: DecimalInputSchema, actual: DecimalInputSchema });
 * parseInput(Input, { target: 12, actual: "9.12" }, { what: "efficiency input" }); // { target: "12", actual: "9.12" }
 * parseInput(Input, { target: "x" }, { what: "efficiency input" });
 * // throws KinerjaError INVALID_INPUT "invalid efficiency input": target (not a decimal), actual (missing)
 * ```
 */
export function parseInput<T>(schema: z.ZodMiniType<T>, input: unknown, options?: ParseInputOptions | undefined): T {
  const problems = typeof (schema as { safeParse?: unknown } | null)?.safeParse === "function" ? [] : [issue(["schema"], "invalid_type", "must be a zod schema / harus skema zod")];
  if (options !== undefined && (typeof options !== "object" || options === null)) problems.push(issue(["options"], "invalid_type", "must be an options object { what } / harus objek opsi { what }"));
  const what = typeof options === "object" && options !== null ? options.what : undefined;
  if (what !== undefined) problems.push(...checkText(what, ["options", "what"], 200));
  throwIfAny("parseInput", problems);
  const r = safeParseGuarded(schema, input);
  if (r.success) return r.data;
  throw new KinerjaError("INVALID_INPUT", `invalid ${what ?? "input"}`, fromZodIssues(r.error.issues));
}
