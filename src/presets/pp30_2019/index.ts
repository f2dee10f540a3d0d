/**
 * PP 30/2019 + PermenPANRB 8/2021: sistem manajemen kinerja PNS (PP 30/2019 and PermenPANRB 8/2021, docs/sources.md#pp-30-2019).
 * @module
 */
import type { FormulaPlugin } from "../../index.js";
import { pp30Bands } from "./bands.js";
import { capaianIki } from "./capaianIki.js";
import { ikiFormula, ikiSpecialFormula } from "./ikiFormula.js";
import { KINERJA_TAMBAHAN_FACTORS, kinerjaTambahan } from "./kinerjaTambahan.js";
import { IKI_CATEGORY_LABELS, nilaiCapaianIki } from "./nilaiCapaianIki.js";
import { PP30_PERILAKU_ASPECTS } from "./perilaku.js";
import { pp30Scheme } from "./skpScheme.js";

export { pp30Bands } from "./bands.js";
export { capaianIki, CapaianIkiInputSchema, type CapaianIkiInput, type CapaianIki, type IkiCondition } from "./capaianIki.js";
export { ikiFormula, ikiSpecialFormula } from "./ikiFormula.js";
export { kinerjaTambahan, KINERJA_TAMBAHAN_FACTORS, KinerjaTambahanInputSchema, type KinerjaTambahanInput, type KinerjaTambahan } from "./kinerjaTambahan.js";
export { nilaiCapaianIki, IKI_CATEGORY_LABELS, NilaiCapaianIkiInputSchema, type NilaiCapaianIkiInput, type NilaiCapaianIki, type IkiCategory } from "./nilaiCapaianIki.js";
export { PP30_PERILAKU_ASPECTS } from "./perilaku.js";
export { pp30Scheme, Pp30SchemeInputSchema, IkiSchema, type Pp30SchemeInput } from "./skpScheme.js";

/** The formula plugins a PP 30/2019 scheme needs: `compile(scheme, { formulas: PP30_FORMULAS })`. */
export const PP30_FORMULAS: readonly FormulaPlugin[] = Object.freeze([ikiFormula, ikiSpecialFormula]);

/**
 * The PP 30/2019 + PermenPANRB 8/2021 preset in one object.
 *
 * @example
 * ```ts
 * const plan = compile(pp30_2019.scheme({ id: "skp", indicators }), { formulas: pp30_2019.formulas });
 * ```
 */
export const pp30_2019 = Object.freeze({
  /** See {@link pp30Scheme}. */
  scheme: pp30Scheme,
  /** See {@link capaianIki}. */
  capaianIki,
  /** See {@link nilaiCapaianIki}. */
  nilaiCapaianIki,
  /** See {@link kinerjaTambahan}. */
  kinerjaTambahan,
  /** See {@link ikiFormula}. */
  ikiFormula,
  /** See {@link ikiSpecialFormula}. */
  ikiSpecialFormula,
  /** See {@link PP30_FORMULAS}. */
  formulas: PP30_FORMULAS,
  /** See {@link pp30Bands}. */
  bands: pp30Bands,
  /** See {@link KINERJA_TAMBAHAN_FACTORS}. */
  KINERJA_TAMBAHAN_FACTORS,
  /** See {@link IKI_CATEGORY_LABELS}. */
  IKI_CATEGORY_LABELS,
  /** See {@link PP30_PERILAKU_ASPECTS}. */
  PERILAKU_ASPECTS: PP30_PERILAKU_ASPECTS,
});
