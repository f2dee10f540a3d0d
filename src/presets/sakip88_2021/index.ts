/**
 * SAKIP evaluation, PermenPANRB 88/2021 (PermenPANRB 88/2021, docs/sources.md#sakip-88-2021).
 * @module
 */
export { SAKIP_COMPONENTS, SAKIP_ANSWER_VALUES, SAKIP_SUBCOMPONENT_LABELS, type SakipComponent, type SakipAnswer, type SakipSubComponentId } from "./components.js";
export { SAKIP_BANDS, sakipPredikat, type SakipBand } from "./sakipPredikat.js";
export { sakipScore, SakipScoreInputSchema, type SakipScoreInput, type SakipScoreResult, type SakipComponentResult, type SakipSubComponentResult } from "./sakipScore.js";

import type { Preset, PresetSource } from "../../index.js";
import { SAKIP_ANSWER_VALUES as ANSWERS, SAKIP_COMPONENTS as COMPONENTS } from "./components.js";
import { SAKIP_BANDS as BANDS, sakipPredikat as predikat } from "./sakipPredikat.js";
import { sakipScore as score } from "./sakipScore.js";

/** What the SAKIP preset implements (docs/sources.md#sakip-88-2021). */
const SOURCES: readonly PresetSource[] = Object.freeze(([
  { regulation: "PermenPANRB 88/2021", provision: null, about: "component and sub-component weights, the AA–E answer values and the predikat table (exclusive lower bounds), as an inspectorate's guidebook and the t-SEMAR implementation give them", url: "https://anyflip.com/yjbil/ljeg/basic", confidence: "secondary" },
] satisfies PresetSource[]).map((s) => Object.freeze(s)));

const all = (answer: "A") => ({ keberadaan: [answer], kualitas: [answer], pemanfaatan: [answer] });

/**
 * The SAKIP (PermenPANRB 88/2021) preset in one object (a {@link Preset}).
 *
 * @example
 * ```ts
 * sakip88_2021.predikat({ score: 90 }).id; // "A" (lower bounds are exclusive)
 * ```
 */
export const sakip88_2021 = Object.freeze({
  /** The preset's id. */
  id: "sakip88_2021",
  /** The preset's title. */
  title: Object.freeze({ id: "Evaluasi SAKIP (PermenPANRB 88/2021)", en: "Performance-accountability (SAKIP) evaluation (PermenPANRB 88/2021)" }),
  /** The regulations it implements. */
  sources: SOURCES,
  /** None: the evaluation is a calculator. */
  scheme: null,
  /** None. */
  formulas: Object.freeze([]),
  /** The predikat AA–D ({@link SAKIP_BANDS}: exclusive lower bounds). */
  bands: BANDS,
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
  /** The standalone calculators. */
  calculators: Object.freeze({
    /** See {@link score}. */
    score,
    /** See {@link predikat}. */
    predikat,
  }),
  /** A sample input of each calculator. */
  examples: Object.freeze({
    score: { components: { perencanaan: all("A"), pengukuran: all("A"), pelaporan: all("A"), evaluasiInternal: all("A") } },
    predikat: { score: 90 },
  }),
}) satisfies Preset;
