import { METHOD_LABELS, type Bilingual, type MethodKind } from "../concepts/vocabulary.js";

/** What the engine needs to know about an indicator method, in one place. */
export interface MethodEntry {
  /** The label. */
  readonly label: Bilingual;
  /** The trace formulas the method's score step may name (each has a text in `explain`). */
  readonly formulas: readonly string[];
}

/**
 * The indicator methods, each defined once: read by `scoreIndicator`, `explain`'s
 * formula table (a test checks every formula has a text) and the docs. A new member of
 * `METHOD_KINDS` does not compile until it has an entry here and a case in `scoreIndicator`.
 */
export const METHODS: Readonly<Record<MethodKind, MethodEntry>> = {
  ratio: { label: METHOD_LABELS.ratio, formulas: ["achievement"] },
  interpolate: { label: METHOD_LABELS.interpolate, formulas: ["achievement"] },
  curve: { label: METHOD_LABELS.curve, formulas: ["curve", "curveBelow", "curveTop"] },
  steps: { label: METHOD_LABELS.steps, formulas: ["steps", "stepsBelow"] },
  formula: { label: METHOD_LABELS.formula, formulas: ["achievement"] },
};
