import * as z from "zod/mini";
import { KinerjaError } from "../errors/kinerjaError.js";
import { FormulaPluginsSchema } from "../indicator/formulaPlugin.js";
import { bestEffort, UNREADABLE } from "../schema/bestEffort.js";
import { checkScheme } from "../schema/checkScheme.js";
import { SchemeSchema, type Scheme } from "../schema/scheme.js";
import { parseWith, safeParseGuarded } from "../schema/toKinerjaError.js";
import { validationIssuesOfKinerja, validationIssuesOfZod, type Validation, type ValidationIssue } from "../schema/validationIssue.js";
import { compile, type CompileOptions } from "./compile.js";

const OptionsSchema = z.optional(z.strictObject({ formulas: z.optional(FormulaPluginsSchema) }));

/** Issues once each (a check may be reached by two routes), in the order found. */
export function uniqueIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.at}\u0000${i.code}\u0000${i.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Validates a scheme for a form: never throws for a bad scheme, and reports the problems of its shape
 * (wrong types, unknown keys, bad decimals) together with its consistency problems (unknown or duplicate
 * ids, empty perspectives, weights, band gaps and overlaps, the matrix, formula plugins and rules) as far
 * as the shape allows. Each issue has a code, a path, typed parameters and a message in Indonesian
 * (zod's Indonesian texts for the shape, kinerja's own for the rest) and English.
 *
 * @param input - scheme JSON (any value; it is checked)
 * @param options - `formulas`: the formula plugins the scheme's formula methods name (as for `compile`)
 * @returns `{ success: true, data }` with the normalised scheme, or `{ success: false, issues }`
 * @throws `KinerjaError` `INVALID_INPUT` only for invalid options
 * @example
 * ```ts
 * const v = validateScheme(JSON.parse(body));
 * if (!v.success) for (const i of v.issues) form.setError(i.at, i.message.id);
 * ```
 */
export function validateScheme(input: unknown, options?: CompileOptions): Validation<Scheme> {
  const opts = parseWith(OptionsSchema, options, "INVALID_INPUT", "validateScheme options");
  const parsed = safeParseGuarded(SchemeSchema, input, { reportInput: true });
  if (parsed.success) {
    try {
      compile(parsed.data, opts?.formulas === undefined ? undefined : { formulas: opts.formulas });
    } catch (e) {
      if (e instanceof KinerjaError && e.code === "INVALID_SCHEME") return { success: false, issues: uniqueIssues(validationIssuesOfKinerja(e.issues)) };
      throw e;
    }
    return { success: true, data: parsed.data };
  }
  const issues = validationIssuesOfZod(parsed.error.issues);
  // The consistency checks on what could be read, so that one round shows every problem.
  const readable = bestEffort(SchemeSchema, input);
  if (readable !== UNREADABLE) {
    const found: z.core.$ZodIssue[] = [];
    try {
      checkScheme(readable as Scheme, { addIssue: (i: Parameters<z.core.$RefinementCtx["addIssue"]>[0]) => void found.push(issueOf(i)) });
    } catch {
      // The shape is too broken for the checks to read: the shape issues say what to fix first.
    }
    // (A loop, not push(...list): a list of 10^5 issues would overflow the stack as arguments.)
    for (const i of validationIssuesOfZod(notUnder(issues, found))) issues.push(i);
  }
  return { success: false, issues: uniqueIssues(issues) };
}

/**
 * @internal The consistency issues not on or under (nor above) a node whose shape failed: a check on a
 * node or field that itself failed the shape check would only echo the bad value (an id given as a
 * number, …); the shape issue says what to fix first.
 */
export function notUnder<T extends { readonly path: readonly PropertyKey[] }>(shape: readonly { readonly path: readonly PropertyKey[] }[], found: readonly T[]): T[] {
  // Every prefix of a shape issue's path, as a key: one lookup per check, however many issues there are.
  const key = (p: readonly PropertyKey[]): string => JSON.stringify(p.map((k) => (typeof k === "number" ? k : String(k))));
  const broken = new Set<string>();
  for (const i of shape) for (let n = 0; n <= i.path.length; n++) broken.add(key(i.path.slice(0, n)));
  return found.filter((f) => !broken.has(key(f.path)));
}

/** A refinement's issue as zod would report it. */
function issueOf(i: Parameters<z.core.$RefinementCtx["addIssue"]>[0]): z.core.$ZodIssue {
  if (typeof i === "string") return { code: "custom", path: [], message: i, input: undefined } as z.core.$ZodIssue;
  return { code: "custom", path: i.path ?? [], message: i.message ?? "", params: i.params, input: i.input } as z.core.$ZodIssue;
}
