/**
 * PP 30/2019 + PermenPANRB 8/2021: sistem manajemen kinerja PNS (PP 30/2019 and PermenPANRB 8/2021, docs/sources.md#pp-30-2019).
 * @module
 */
import type { FormulaPlugin, Preset, PresetSource } from "../../index.js";
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

/** What the PP 30/2019 preset implements (docs/sources.md#pp-30-2019). */
const SOURCES: readonly PresetSource[] = Object.freeze(([
  { regulation: "PP 30/2019", provision: "Pasal 41", about: "nilai kinerja 70 % SKP + 30 % perilaku, or 60/40 when peers and subordinates rate; predikat Sangat Baik (with an innovation), Baik, Cukup", url: "https://www.pasal.id/peraturan/pp/pp-no-30-tahun-2019/koreksi/9019721", confidence: "verified" },
  { regulation: "PP 30/2019", provision: "Pasal 41", about: "predikat Kurang 50–<70 and Sangat Kurang < 50 (cut off in the copies read)", url: "https://id.scribd.com/document/551713714/PENILAIAN-KINERJA-APARATUR-SIPIL-NEGARA", confidence: "unconfirmed" },
  { regulation: "PermenPANRB 8/2021", provision: "Lampiran", about: "perilaku raters (atasan, rekan, bawahan)", url: "http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page75.html", confidence: "verified" },
  { regulation: "PermenPANRB 8/2021", provision: "Lampiran", about: "capaian IKI (maximal and minimal targets, ranges) and kinerja tambahan", url: "http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page99.html", confidence: "verified" },
  { regulation: "PermenPANRB 8/2021", provision: "Lampiran", about: "the nilai capaian IKI ladder (its category page was not read)", url: "https://pubhtml5.com/vral/mfux/basic/101-150", confidence: "secondary" },
] satisfies PresetSource[]).map((s) => Object.freeze(s)));

/**
 * The PP 30/2019 + PermenPANRB 8/2021 preset in one object (a {@link Preset}).
 *
 * @example
 * ```ts
 * const plan = compile(pp30_2019.scheme({ id: "skp", indicators }), { formulas: pp30_2019.formulas });
 * ```
 */
export const pp30_2019 = Object.freeze({
  /** The preset's id. */
  id: "pp30_2019",
  /** The preset's title. */
  title: Object.freeze({ id: "Penilaian kinerja PNS (PP 30/2019, PermenPANRB 8/2021)", en: "Civil servant performance appraisal (PP 30/2019)" }),
  /** The regulations it implements. */
  sources: SOURCES,
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
  /** The standalone calculators. */
  calculators: Object.freeze({
    /** See {@link capaianIki}. */
    capaianIki,
    /** See {@link nilaiCapaianIki}. */
    nilaiCapaianIki,
    /** See {@link kinerjaTambahan}. */
    kinerjaTambahan,
  }),
  /** A sample input of each calculator. */
  examples: Object.freeze({
    capaianIki: { realisasi: 70, range: { min: 80, max: 90 } },
    nilaiCapaianIki: { capaian: "97.894" },
    kinerjaTambahan: { items: [{ category: "baik", bobot: 10, nilai: 100 }] },
  }),
}) satisfies Preset;
