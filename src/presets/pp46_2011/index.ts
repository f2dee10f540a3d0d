/**
 * PP 46/2011 + Perka BKN 1/2013: penilaian prestasi kerja PNS (PP 46/2011 and Perka BKN 1/2013 Lampiran, docs/sources.md#pp-46-2011).
 * @module
 */
import type { FormulaPlugin } from "../../index.js";
import { pp46Band, pp46Bands } from "./bands.js";
import { efficiencyFormula, efficiencyScore } from "./efficiency.js";
import { PERILAKU_ASPECTS } from "./perilaku.js";
import { KREATIVITAS_POINTS, kreativitasPoints, tugasTambahanPoints } from "./points.js";
import { skpAppraisal } from "./skpAppraisal.js";
import { skpScheme } from "./skpScheme.js";

export { pp46Band, pp46Bands, type Pp46BandPolicy } from "./bands.js";
export { efficiencyFormula, efficiencyScore, EfficiencyInputSchema, type EfficiencyInput, type EfficiencyScore } from "./efficiency.js";
export { PERILAKU_ASPECTS, type PerilakuAspect } from "./perilaku.js";
export { KREATIVITAS_POINTS, kreativitasPoints, tugasTambahanPoints, KreativitasInputSchema, TugasTambahanInputSchema, type KreativitasLevel, type Points } from "./points.js";
export { skpAppraisal, SkpAppraisalInputSchema, type SkpAppraisalInput } from "./skpAppraisal.js";
export { skpScheme, SkpSchemeInputSchema, SkpActivitySchema, type SkpSchemeInput } from "./skpScheme.js";

/** The formula plugins a PP 46/2011 scheme needs: `compile(scheme, { formulas: PP46_FORMULAS })`. */
export const PP46_FORMULAS: readonly FormulaPlugin[] = Object.freeze([efficiencyFormula]);

/**
 * The PP 46/2011 preset in one object.
 *
 * @example
 * ```ts
 * import { compile, evaluate } from "kinerja";
 * import { pp46_2011 } from "kinerja/presets";
 * const plan = compile(pp46_2011.skpScheme({ id: "skp", activities }), { formulas: pp46_2011.formulas });
 * const result = evaluate(plan, pp46_2011.skpAppraisal({ employee, activities: realisasi, perilaku }));
 * ```
 */
export const pp46_2011 = Object.freeze({
  /** See {@link skpScheme}. */
  skpScheme,
  /** See {@link skpAppraisal}. */
  skpAppraisal,
  /** See {@link efficiencyScore}. */
  efficiencyScore,
  /** See {@link efficiencyFormula}. */
  efficiencyFormula,
  /** See {@link PP46_FORMULAS}. */
  formulas: PP46_FORMULAS,
  /** See {@link pp46Bands}. */
  bands: pp46Bands,
  /** See {@link pp46Band}. */
  band: pp46Band,
  /** See {@link tugasTambahanPoints}. */
  tugasTambahanPoints,
  /** See {@link kreativitasPoints}. */
  kreativitasPoints,
  /** See {@link KREATIVITAS_POINTS}. */
  KREATIVITAS_POINTS,
  /** See {@link PERILAKU_ASPECTS}. */
  PERILAKU_ASPECTS,
});
