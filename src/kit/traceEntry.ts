import { DECIMAL_TEXT } from "../concepts/vocabulary.js";
import { issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { showRational, Rational } from "../math/rational.js";
import { roundRational, type RoundingRule } from "../math/round.js";
import type { TraceEntry } from "../schema/result.js";
import { checkRational, checkRule, checkText, copyRule, readArgs, ruleOf, throwIfAny } from "./guard.js";

/** What {@link traceEntry} builds an entry from. */
export interface TraceEntryOptions {
  /** Where the number is in the result, e.g. `"value"`, `"items[0]"`. */
  readonly at: string;
  /** The formula's name, e.g. `"pp30.kinerjaTambahanCap"`, or `"round"`, `"sum"`, `"input"`. */
  readonly formula: string;
  /** The exact value the formula gave (before `rounding`, when one is given). */
  readonly value: Rational;
  /** The formula's named inputs: exact values or decimal text (default none). */
  readonly inputs?: Readonly<Record<string, Rational | string>> | undefined;
  /**
   * The rounding rule applied to `value` at this step, if any: the entry's value is then `value` rounded by
   * it and written with `rule.places` decimals, and its `rounding` record keeps the rule and the exact value.
   */
  readonly rounding?: RoundingRule | undefined;
  /** For an input number: where it was read (e.g. `"input.akk"`). */
  readonly source?: string | undefined;
}

/**
 * One entry of a calculation's trace, the shape `evaluate` and every preset calculator use
 * (`{ at, formula, value, inputs, rounding?, source? }`), with every number written as canonical decimal
 * text. Give the exact value; with `rounding`, the entry shows the value rounded by that rule (with its
 * places) and records the rule and the exact value, so a rounding step is one call:
 * `traceEntry({ at: "value", formula: "round", value: exact, inputs: { exact }, rounding: rule })`.
 *
 * @param options - `{ at, formula, value, inputs?, rounding?, source? }`
 * @returns the trace entry (a fresh object; `inputs` as decimal text)
 * @throws `KinerjaError` `INVALID_INPUT` when `at` or `formula` is not text, `value` or an input is neither a
 *   `Rational` nor decimal text (inputs only), or `rounding` is not a rounding rule
 * @example
 * ```ts
 * const exact = rational(25).div(12);
 * traceEntry({ at: "value", formula: "round", value: exact, inputs: { exact }, rounding: { places: 2, mode: "halfUp" } });
 * // { at: "value", formula: "round", value: "2.08", inputs: { exact: "2.083333…" },
 * //   rounding: { places: 2, mode: "halfUp", exact: "2.083333…" } }
 * ```
 */
export function traceEntry(options: TraceEntryOptions): TraceEntry {
  const o = readArgs("traceEntry", () => {
    const x = (typeof options === "object" && options !== null ? options : {}) as Partial<Record<keyof TraceEntryOptions, unknown>>;
    const inputs = typeof x.inputs === "object" && x.inputs !== null ? Object.entries(x.inputs) : x.inputs;
    return { at: x.at, formula: x.formula, value: x.value, inputs, rounding: copyRule(x.rounding), source: x.source };
  });
  const problems: KinerjaIssue[] = [...checkText(o.at, ["at"], 1000, true), ...checkText(o.formula, ["formula"], 200), ...checkRational(o.value, ["value"])];
  const inputs: Record<string, string> = {};
  if (o.inputs !== undefined) {
    if (!Array.isArray(o.inputs)) problems.push(issue(["inputs"], "invalid_type", "must be an object of named values / harus objek nilai bernama"));
    else {
      for (const [k, v] of o.inputs as [string, unknown][]) {
        if (v instanceof Rational) inputs[k] = showRational(v);
        else if (typeof v === "string" && v.length <= 1000 && DECIMAL_TEXT.test(v)) inputs[k] = v;
        else problems.push(issue(["inputs", k], "invalid_decimal", "must be a Rational or decimal text / harus Rational atau teks desimal"));
      }
    }
  }
  if (o.rounding !== undefined) problems.push(...checkRule(o.rounding, ["rounding"]));
  if (o.source !== undefined) problems.push(...checkText(o.source, ["source"], 1000));
  throwIfAny("traceEntry", problems);
  const value = o.value as Rational;
  const source = o.source === undefined ? {} : { source: o.source as string };
  if (o.rounding === undefined) return { at: o.at as string, formula: o.formula as string, value: showRational(value), inputs, ...source };
  const rule = ruleOf(o.rounding);
  const rounded = roundRational(value, rule);
  return {
    at: o.at as string,
    formula: o.formula as string,
    value: showRational(rounded, rule.places),
    inputs,
    rounding: { places: rule.places, mode: rule.mode, exact: showRational(value) },
    ...source,
  };
}
