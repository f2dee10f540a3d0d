import { R0, R1, divide as div, type Rational as D } from "../math/rational.js";
import type { Step } from "../math/step.js";

/**
 * Normalises sibling weights to shares summing to exactly 1 (relative numbers; a missing weight counts as 1).
 * Each share is returned as a step `weightShare` with its inputs, for the trace.
 *
 * @param weights - raw non-negative weights (undefined = 1); their sum must be positive
 */
export function normaliseWeights(weights: readonly (D | undefined)[]): Step[] {
  const raw = weights.map((w) => w ?? R1);
  const total = raw.reduce((acc, w) => acc.plus(w), R0);
  return raw.map((w) => ({ value: div(w, total), formula: "weightShare", inputs: { weight: w, siblingsTotal: total } }));
}
