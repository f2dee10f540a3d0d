import type { Bilingual } from "../concepts/vocabulary.js";
import type { FormulaPlugin } from "../indicator/formulaPlugin.js";
import type { SchemeInput } from "../schema/scheme.js";

/**
 * How sure a preset is of a source's claim (docs/sources.md): `verified` — seen in the regulation's own
 * text or an official copy; `secondary` — seen only in secondary copies that agree; `unconfirmed` — no
 * copy seen, the common reading (the library makes it a setting); `computed` — a worked example's outputs
 * computed from a source's inputs.
 */
export type SourceConfidence = "verified" | "secondary" | "unconfirmed" | "computed";

/** One source a preset implements: which regulation, which part of it, where a public copy is, how sure. */
export interface PresetSource {
  /** The regulation by type and number, e.g. `"PP 30/2019"`, `"PermenPANRB 8/2021"` (for a method, its publication). */
  readonly regulation: string;
  /** The article or annex, e.g. `"Pasal 41"`, `"Lampiran"`, `"Pasal 37(1)"`; null when it is cited as a whole. */
  readonly provision: string | null;
  /** What the preset takes from it, e.g. `"predikat bands"`. */
  readonly about: string;
  /** A public copy that was read (the regulation's own page when there is one), or null when none is known. */
  readonly url: string | null;
  /** How sure the preset is of it. */
  readonly confidence: SourceConfidence;
}

/** A band of a preset's table: an id and its label (the edges and other fields are the preset's own). */
export interface PresetBand {
  /** The band's id. */
  readonly id: string;
  /** Its label. */
  readonly label: string | { readonly id: string; readonly en?: string | undefined };
}

/**
 * A preset's bands: one table, several named tables, or a builder that returns a scheme's band table
 * (`{ classify, table }`) for its arguments.
 */
export type PresetBands =
  | readonly PresetBand[]
  | Readonly<Record<string, readonly PresetBand[]>>
  | ((...args: never[]) => { readonly table: readonly PresetBand[] });

/**
 * A standalone calculator of a preset: one input object in, a result out (decimal text, with a trace
 * when it computes). A calculator that rounds names the published (rounded) value `value` and the
 * unrounded one `exact`, and its trace's last entry records the rounding.
 */
export type PresetCalculator = (input: never) => unknown;

/**
 * What every preset is: the contract of `kinerja/presets` and of a preset written outside kinerja with
 * the authoring kit (docs/presets/authoring.md). A preset object may hold more (its tables, its
 * functions under their own names); these fields are the same in every one, so that a tool can list the
 * presets, show their sources and run their calculators without knowing them.
 *
 * @example
 * ```ts
 * export const acme2026 = Object.freeze({
 *   id: "acme2026",
 *   title: { id: "Penilaian ACME 2026", en: "ACME 2026 appraisal" },
 *   sources: [{ regulation: "Peraturan ACME 1/2026", provision: "Lampiran", about: "the formula", url: null, confidence: "secondary" }],
 *   scheme: acmeScheme,
 *   formulas: [acmeFormula],
 *   bands: ACME_BANDS,
 *   calculators: { acmeScore },
 *   examples: { acmeScore: { actual: 9, target: 10 } },
 * } satisfies Preset);
 * ```
 */
export interface Preset {
  /** The preset's id, the name it is exported under (e.g. `"pp30_2019"`). */
  readonly id: string;
  /** The preset's title in Indonesian and English. */
  readonly title: Bilingual;
  /** The regulations (and articles or annexes) it implements, with a public copy and a confidence each. */
  readonly sources: readonly PresetSource[];
  /** The scheme builder (input → scheme JSON for `compile`), or null when the preset has none. */
  readonly scheme: ((input: never) => SchemeInput) | null;
  /** The formula plugins its schemes need: `compile(scheme, { formulas })` (empty when none). */
  readonly formulas: readonly FormulaPlugin[];
  /** Its band table(s) or band-table builder, or null when it has none. */
  readonly bands: PresetBands | null;
  /** Its standalone calculators by name (empty when none). */
  readonly calculators: Readonly<Record<string, PresetCalculator>>;
  /**
   * A sample input for each calculator, under the same name (the example of its documentation): tools
   * and tests run every calculator of every preset with these.
   */
  readonly examples: Readonly<Record<string, unknown>>;
}
