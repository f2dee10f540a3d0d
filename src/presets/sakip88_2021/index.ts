/**
 * SAKIP evaluation, PermenPANRB 88/2021 (PermenPANRB 88/2021, docs/sources.md#sakip-88-2021).
 * @module
 */
export { SAKIP_COMPONENTS, SAKIP_ANSWER_VALUES, SAKIP_SUBCOMPONENT_LABELS, type SakipComponent, type SakipAnswer, type SakipSubComponentId } from "./components.js";
export { SAKIP_BANDS, sakipPredikat, type SakipBand } from "./sakipPredikat.js";
export { sakipScore, SakipScoreInputSchema, type SakipScoreInput, type SakipScoreResult, type SakipComponentResult, type SakipSubComponentResult } from "./sakipScore.js";

import { SAKIP_ANSWER_VALUES as ANSWERS, SAKIP_COMPONENTS as COMPONENTS } from "./components.js";
import { SAKIP_BANDS as BANDS, sakipPredikat as predikat } from "./sakipPredikat.js";
import { sakipScore as score } from "./sakipScore.js";

/**
 * The SAKIP (PermenPANRB 88/2021) preset in one object.
 *
 * @example
 * ```ts
 * sakip88_2021.predikat({ score: 90 }).id; // "A" (lower bounds are exclusive)
 * ```
 */
export const sakip88_2021 = Object.freeze({
  /** See {@link score}. */
  score,
  /** See {@link predikat}. */
  predikat,
  /** The components and sub-components with their weights. */
  COMPONENTS,
  /** The answer values. */
  ANSWERS,
  /** The bands AA–D. */
  BANDS,
});
