import type { Rational } from "./rational.js";
import type { RoundingRule } from "./round.js";
import { roundRational } from "./round.js";

/**
 * One computed number with how it was obtained: the formula's name, its named inputs, and where a
 * rounding rule or a cap/floor applied, the value before it. The engine turns steps into trace entries.
 */
export interface Step {
  /** The value (after any rounding or clamping recorded below). */
  readonly value: Rational;
  /** Name of the formula, e.g. `ratio`, `weightedMean` (see the formula table in the docs). */
  readonly formula: string;
  /** Named inputs of the formula. */
  readonly inputs: Readonly<Record<string, Rational | string>>;
  /** Present when the value was rounded: the rule and the exact value before rounding. */
  readonly rounding?: { readonly rule: RoundingRule; readonly exact: Rational };
  /** Present when a cap or floor applied: which, and the value before it. */
  readonly clamp?: { readonly by: "cap" | "floor"; readonly unclamped: Rational };
}

/** Applies an optional rounding rule to a step, recording the exact value. */
export function roundStep(step: Step, rule: RoundingRule | undefined): Step {
  if (!rule) return step;
  const value = roundRational(step.value, rule);
  return { ...step, value, rounding: { rule, exact: step.value } };
}
