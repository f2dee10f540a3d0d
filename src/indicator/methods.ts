import { METHOD_LABELS, type Bilingual, type MethodKind } from "../concepts/vocabulary.js";

/** What the engine needs to know about an indicator method, in one place. */
export interface MethodEntry {
  /** The label. */
  readonly label: Bilingual;
  /** The trace formulas the method's score step may name (each has a text in `explain`). */
  readonly formulas: readonly string[];
  /**
   * How `score`'s fast lane computes the method: `identity` (the score is the achievement), `curve`,
   * `steps`; `undefined` when the lane has no float form of it and `score` runs the decimal evaluation.
   */
  readonly lane: "identity" | "curve" | "steps" | undefined;
}

/**
 * The indicator methods, each defined once: read by `scoreIndicator`, the fast lane, `explain`'s
 * formula table (a test checks every formula has a text) and the docs. A new member of
 * `METHOD_KINDS` does not compile until it has an entry here and a case in `scoreIndicator`.
 */
export const METHODS: Readonly<Record<MethodKind, MethodEntry>> = {
  ratio: { label: METHOD_LABELS.ratio, formulas: ["achievement"], lane: "identity" },
  interpolate: { label: METHOD_LABELS.interpolate, formulas: ["achievement"], lane: undefined },
  curve: { label: METHOD_LABELS.curve, formulas: ["curve", "curveBelow", "curveTop"], lane: "curve" },
  steps: { label: METHOD_LABELS.steps, formulas: ["steps", "stepsBelow"], lane: "steps" },
  formula: { label: METHOD_LABELS.formula, formulas: ["achievement"], lane: undefined },
};
