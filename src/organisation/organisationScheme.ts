import * as z from "zod/mini";
import { DateSchema, DecimalInputSchema, IdSchema, LabelSchema, NonNegativeDecimalSchema } from "../schema/primitives.js";
import type { SchemeInput } from "../schema/scheme.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { ORGANISATION_PREDIKAT_LABELS, OrganisationPredikatPolicySchema, type OrganisationPredikatPolicyInput } from "./organisationPredikatPolicy.js";

/** One indicator of an organisation scorecard: an IKU of the perjanjian kinerja, or one action of the rencana aksi with its periodic target. */
export const OrganisationIndicatorSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema,
  /** `higher` (default): capaian = realisation ÷ target × 100; `lower` (e.g. time): (2 − realisation ÷ target) × 100, floor 0. */
  direction: z._default(z.enum(["higher", "lower"]), "higher"),
  target: DecimalInputSchema,
  /** Relative weight (default equal weights: the mean capaian). */
  weight: z.optional(NonNegativeDecimalSchema),
  unit: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
});

/** Input of {@link organisationScheme}. */
export const OrganisationSchemeInputSchema = z.strictObject({
  id: IdSchema,
  label: z.optional(LabelSchema),
  version: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  /** The period the scorecard covers (a triwulan for the rencana aksi, the year for the perjanjian kinerja). */
  period: z.optional(z.strictObject({ start: DateSchema, end: DateSchema })),
  indicators: z.array(OrganisationIndicatorSchema).check(z.minLength(1), z.maxLength(2000)),
  /** The predikat policy (cap, edges; see `OrganisationPredikatPolicySchema`). */
  policy: z._default(OrganisationPredikatPolicySchema, OrganisationPredikatPolicySchema.parse({})),
});

/** Input of {@link organisationScheme} as written in JSON. */
export type OrganisationSchemeInput = z.input<typeof OrganisationSchemeInputSchema> & { readonly policy?: OrganisationPredikatPolicyInput | undefined };

/**
 * A kinerja scheme for an organisation (or unit) scorecard: the perjanjian kinerja indicators, or the
 * rencana aksi of one period against their periodic targets. It is evaluated by the same engine as an
 * employee (`compile` / `evaluate`): each indicator's capaian by the PermenPANRB 8/2021 formulas
 * (realisation ÷ target, or 2 − realisation ÷ target when lower is better), capped at the policy's cap;
 * the results score is their weighted mean *c*; the band table is the five organisation predikat levels
 * with the policy's edges, classifying the exact (unrounded) *c* so that no pre-rounding moves a level.
 *
 * The SE's "most actions without progress" anchor and a manual override are applied by
 * `organisationPredikat`, which evaluates this scheme.
 *
 * @param input - id, period, indicators (target, direction, weight), policy
 * @returns the scheme JSON
 * @throws `KinerjaError` `INVALID_INPUT` for malformed input
 * @example
 * ```ts
 * const scheme = organisationScheme({ id: "pk-2026", indicators: [{ id: "iku1", label: "Indeks kepuasan", target: 85 }] });
 * ```
 */
export function organisationScheme(input: OrganisationSchemeInput): SchemeInput {
  const v = parseWith(OrganisationSchemeInputSchema, input, "INVALID_INPUT", "organisation scheme input");
  const e = v.policy.edges;
  const L = ORGANISATION_PREDIKAT_LABELS;
  return {
    id: v.id,
    ...(v.version === undefined ? {} : { version: v.version }),
    label: v.label ?? { id: "Kinerja organisasi", en: "Organisation performance" },
    ...(v.period === undefined ? {} : { period: v.period }),
    perspectives: [{ id: "kinerjaOrganisasi", label: { id: "Kinerja organisasi", en: "Organisation performance" } }],
    indicators: v.indicators.map((i) => ({
      id: i.id,
      label: i.label,
      perspective: "kinerjaOrganisasi",
      ...(i.unit === undefined ? {} : { unit: i.unit }),
      ...(i.weight === undefined ? {} : { weight: i.weight }),
      direction: i.direction,
      target: i.target,
      method: { kind: "ratio" },
      cap: v.policy.cap,
      ...(i.direction === "lower" ? { floor: "0" } : {}),
    })),
    composition: [{ component: "results", weight: "100" }],
    rounding: { final: { places: 2, mode: "halfUp" } },
    bands: {
      classify: "exact",
      table: [
        { id: "sangatKurang", label: { ...L.sangatKurang }, max: e.kurang },
        { id: "kurang", label: { ...L.kurang }, min: e.kurang, max: e.butuhPerbaikan },
        { id: "butuhPerbaikan", label: { ...L.butuhPerbaikan }, min: e.butuhPerbaikan, max: e.baik },
        { id: "baik", label: { ...L.baik }, min: e.baik, max: e.istimewa },
        { id: "istimewa", label: { ...L.istimewa }, min: e.istimewa },
      ],
    },
  };
}
