import * as z from "zod/mini";

/** What a formula plugin receives: the indicator's numbers as exact decimal text. */
export interface FormulaInput {
  /** The measured value. */
  readonly actual: string;
  /** The target (individual or the scheme's), or null when the indicator has none. */
  readonly target: string | null;
  /** The baseline (individual or the scheme's `method.params.baseline`), or null. */
  readonly baseline: string | null;
  /** The indicator's `method.params`, as decimal text (an object without prototype). */
  readonly params: Readonly<Record<string, string>>;
}

/** What a formula plugin returns: the achievement (percent of target, 100 = met) as exact decimal text. */
export interface FormulaOutput {
  /** The achievement, as decimal text (e.g. `"76"`, `"98.5"`); never a binary float. */
  readonly value: string;
  /** Further named numbers shown in the trace entry (e.g. an intermediate efficiency). */
  readonly inputs?: Readonly<Record<string, string>> | undefined;
}

/**
 * A named, exact achievement formula that a scheme references with `method: { kind: "formula", name }`.
 * This is the public extension point the regulation presets use (e.g. PP 46/2011's waktu/biaya
 * efficiency rule): the plugin computes the achievement; the indicator's cap, floor and rounding steps
 * then apply as for every other method. Plugins must be pure and deterministic, and compute exactly with
 * the authoring kit (`rational`, `roundRational`, `showRational`; docs/presets/authoring.md), never with
 * binary floats.
 *
 * Plugins are given to `compile(scheme, { formulas })` (or `evaluate(scheme, appraisal, { formulas })`);
 * there is no global registry.
 *
 * @example
 * ```ts
 * const half: FormulaPlugin = {
 *   name: "acme.half",
 *   achievement: ({ actual, target }) => ({ value: showRational(rational(actual).div(target ?? "1").times(50)) }),
 * };
 * const plan = compile(scheme, { formulas: [half] });
 * ```
 */
export interface FormulaPlugin {
  /** The name schemes use, e.g. `"pp46.efficiency"` (letters, digits, `_`, `.`, `-`; starts with a letter). */
  readonly name: string;
  /** Computes the achievement; may throw a `KinerjaError` (it propagates unchanged). */
  readonly achievement: (input: FormulaInput) => FormulaOutput;
}

/** The pattern of a formula plugin's name. */
export const FORMULA_NAME = /^[a-zA-Z][\w.-]{0,99}$/;

/** Validates a list of formula plugins (names unique and well-formed, `achievement` a function). */
export const FormulaPluginsSchema = z.array(
    z.object({
      /** The plugin's name. */
      name: z.string().check(z.regex(FORMULA_NAME, "a formula name starts with a letter and has letters, digits, '_', '.', '-'")),
      /** The achievement function. */
      achievement: z.custom<FormulaPlugin["achievement"]>((v) => typeof v === "function", "expected a function"),
    }),
  ).check(z.maxLength(200), z.superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((p, i) => {
      if (seen.has(p.name)) ctx.addIssue({ code: "custom", path: [i, "name"], message: `formula '${p.name}' is given twice`, params: { kinerja: "duplicate_id" } });
      seen.add(p.name);
    });
  }));
