import { SchemeSchema, type Scheme, type SchemeInput } from "../schema/scheme.js";
import { parseWith } from "../schema/toKinerjaError.js";

/**
 * Validates and normalises a scheme (defaults filled in, decimals canonical). Never mutates its input.
 *
 * @param input - scheme JSON (any value; it is checked)
 * @returns the validated scheme
 * @throws `KinerjaError` with code `INVALID_SCHEME` and one issue per problem, each with its path
 * @example
 * ```ts
 * const scheme = parseScheme(JSON.parse(text));
 * ```
 */
export function parseScheme(input: SchemeInput | unknown): Scheme {
  return parseWith(SchemeSchema, input, "INVALID_SCHEME", "scheme");
}
