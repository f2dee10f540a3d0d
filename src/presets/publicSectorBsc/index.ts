/**
 * A ready public-sector Balanced Scorecard (stakeholders and community, internal process, learning and
 * growth, budget) with weighted IKU and the IKM as an indicator.
 * @module
 */
import type { Preset, PresetSource } from "../../index.js";
import { publicSectorBscScheme } from "./scheme.js";

export { publicSectorBscScheme, PublicSectorBscInputSchema, type PublicSectorBscInput } from "./scheme.js";

/** What the public-sector Balanced Scorecard preset builds on (docs/sources.md#methods, #ikm-14-2017). */
const SOURCES: readonly PresetSource[] = Object.freeze(([
  { regulation: "Niven, Balanced Scorecard for Government and Nonprofit Agencies (2003)", provision: null, about: "the public-sector perspectives, stakeholders and community on top (a method, not a regulation)", url: null, confidence: "secondary" },
  { regulation: "PermenPANRB 14/2017", provision: "Lampiran", about: "the IKM (25–100) as the stakeholder indicator", url: "https://e-smile.tubaba.go.id/main/skm/laporan/online", confidence: "verified" },
] satisfies PresetSource[]).map((s) => Object.freeze(s)));

/**
 * The public-sector Balanced Scorecard preset in one object (a {@link Preset}).
 *
 * @example
 * ```ts
 * const plan = compile(publicSectorBsc.scheme({ id: "renstra", iku, ikm: { target: 85 } }));
 * ```
 */
export const publicSectorBsc = Object.freeze({
  /** The preset's id. */
  id: "publicSectorBsc",
  /** The preset's title. */
  title: Object.freeze({ id: "Balanced Scorecard sektor publik", en: "Public-sector Balanced Scorecard" }),
  /** The sources it builds on. */
  sources: SOURCES,
  /** See {@link publicSectorBscScheme}. */
  scheme: publicSectorBscScheme,
  /** None. */
  formulas: Object.freeze([]),
  /** None by default (give the scheme a band table). */
  bands: null,
  /** None. */
  calculators: Object.freeze({}),
  /** None. */
  examples: Object.freeze({}),
}) satisfies Preset;
