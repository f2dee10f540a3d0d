import * as z from "zod/mini";
import { MISSING_POLICIES } from "../concepts/vocabulary.js";
import { Dec } from "../math/decimal.js";
import { DecimalInputSchema, IdSchema, LabelSchema, NonNegativeDecimalSchema, RoundingRuleSchema } from "../schema/primitives.js";
import type { SchemeInput } from "../schema/scheme.js";
import { parseWith } from "../schema/toKinerjaError.js";

/** Band ids a talent-axis scheme classifies into: the {@link TalentLevel}s. */
const LEVEL_BANDS = { low: { id: "Rendah", en: "Low" }, medium: { id: "Menengah", en: "Medium" }, high: { id: "Tinggi", en: "High" } } as const;

/** Input of {@link talentAxisScheme}. */
export const TalentAxisSchemeInputSchema = z.strictObject({
    /** Scheme id, e.g. `potensi-2026`. */
    id: IdSchema,
    /** Label of the axis. */
    label: z.optional(LabelSchema),
    /** The criteria with the agency's weights (relative numbers), e.g. kompetensi 40, potensi 25, kualifikasi 20, integritas 15. */
    criteria: z.array(z.strictObject({ id: IdSchema, label: LabelSchema, weight: NonNegativeDecimalSchema })).check(z.minLength(1), z.maxLength(50)),
    /** The axis score (0–100) from which the level is `medium` and `high`: half-open bands `[medium, high)`. */
    cutoffs: z.strictObject({ medium: DecimalInputSchema, high: DecimalInputSchema }),
    /** What a missing criterion does (the engine's missing-data policy): `fail` by default — an axis with a hole is not scored. */
    missing: z._default(z.enum(MISSING_POLICIES), "fail"),
    /** Rounding of the axis score (default 2 places half-up); the level classifies the rounded score. */
    rounding: z._default(RoundingRuleSchema, { places: 2, mode: "halfUp" }),
  }).check(z.refine((v) => new Dec(v.cutoffs.medium).lt(new Dec(v.cutoffs.high)), { path: ["cutoffs", "high"], message: "the high cut-off must be above the medium one" }), z.superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.criteria.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: "custom", path: ["criteria", i, "id"], message: `criterion '${c.id}' is listed twice`, input: c.id, params: { kinerja: "duplicate_id" } });
      seen.add(c.id);
    });
  }));

/** Input of {@link talentAxisScheme} as written in JSON. */
export type TalentAxisSchemeInput = z.input<typeof TalentAxisSchemeInputSchema>;

/**
 * A scheme that scores one talent-matrix axis with the engine: one indicator per criterion (target
 * 100, so a criterion's score is its 0–100 value), the agency's weights, and three bands `low` /
 * `medium` / `high` at the given cut-offs. The potential axis (potensi: kompetensi, potensi,
 * kualifikasi, integritas, rekam jejak …) is such a scheme; its weights and cut-offs are agency policy
 * (PermenPANRB 3/2020 leaves them to the instansi). Score it with `compile` / `evaluate` or give it to
 * `talentMatrix`.
 *
 * @param input - `{ id, criteria, cutoffs, label?, missing?, rounding? }`
 * @returns a scheme (plain JSON)
 * @throws `KinerjaError` `INVALID_INPUT`
 * @example
 * ```ts
 * const potensi = talentAxisScheme({
 *   id: "potensi",
 *   criteria: [{ id: "kompetensi", label: "Kompetensi", weight: 40 }, { id: "potensi", label: "Potensi", weight: 25 },
 *              { id: "kualifikasi", label: "Kualifikasi", weight: 20 }, { id: "integritas", label: "Integritas", weight: 15 }],
 *   cutoffs: { medium: 70, high: 85 },
 * });
 * evaluate(potensi, { employee: { id: "E1" }, actuals: [...] }).final.band?.id; // "high"
 * ```
 */
export function talentAxisScheme(input: TalentAxisSchemeInput): SchemeInput {
  const v = parseWith(TalentAxisSchemeInputSchema, input, "INVALID_INPUT", "talentAxisScheme input");
  return {
    id: v.id,
    ...(v.label === undefined ? {} : { label: v.label }),
    perspectives: [{ id: "axis", label: v.label ?? { id: "Sumbu talenta", en: "Talent axis" } }],
    indicators: v.criteria.map((c) => ({ id: c.id, label: c.label, perspective: "axis", weight: c.weight, target: "100" })),
    missing: { policy: v.missing },
    rounding: { final: v.rounding },
    bands: {
      classify: "rounded",
      table: [
        { id: "low", label: { ...LEVEL_BANDS.low }, max: v.cutoffs.medium },
        { id: "medium", label: { ...LEVEL_BANDS.medium }, min: v.cutoffs.medium, max: v.cutoffs.high },
        { id: "high", label: { ...LEVEL_BANDS.high }, min: v.cutoffs.high },
      ],
    },
  };
}
