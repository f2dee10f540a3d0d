import * as z from "zod/mini";
import type { FormulaInput } from "../indicator/formulaPlugin.js";
import { DecimalInputSchema } from "../schema/primitives.js";
import { parseInput, type ParseInputOptions } from "./parseInput.js";

const FormulaInputSchema = z.looseObject({
  actual: DecimalInputSchema,
  target: z.nullable(DecimalInputSchema),
  baseline: z.optional(z.nullable(DecimalInputSchema)),
  params: z.optional(z.record(z.string().check(z.maxLength(100)), z.string().check(z.maxLength(100)))),
});

/**
 * Validates what a formula plugin's `achievement` receives, for a plugin that may also be called
 * directly (the engine always passes valid decimal text): `actual` and `target` (or null) as decimals,
 * `baseline` (default null), `params` as text. Returns a fresh copy with canonical decimal text whose
 * `params` has no prototype, so `params[key]` reads only what the scheme gave.
 *
 * @param input - the plugin's argument, unchecked
 * @param options - `{ what? }`: names the input in the error's message (e.g. `"acme.half formula input"`)
 * @returns the checked `FormulaInput`
 * @throws `KinerjaError` `INVALID_INPUT` with a path per problem
 * @example
 * ```ts
 * const half: FormulaPlugin = {
 *   name: "acme.half",
 *   achievement: (raw) => {
 *     const { actual } = parseFormulaInput(raw, { what: "acme.half formula input" });
 *     return { value: showRational(rational(actual).div(2)) };
 *   },
 * };
 * ```
 */
export function parseFormulaInput(input: unknown, options?: ParseInputOptions | undefined): FormulaInput {
  const v = parseInput(FormulaInputSchema, input, { what: options?.what ?? "formula input" });
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, x] of Object.entries(v.params ?? {})) params[k] = x;
  return { actual: v.actual, target: v.target, baseline: v.baseline ?? null, params };
}
