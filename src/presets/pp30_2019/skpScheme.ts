import * as z from "zod/mini";
import { DateSchema, DecimalInputSchema, IdSchema, LabelSchema, NAMED_SCALES, NonNegativeDecimalSchema, RoundingRuleSchema, parseInput, rational, type SchemeInput } from "../../index.js";
import { pp30Bands } from "./bands.js";
import { PP30_PERILAKU_ASPECTS } from "./perilaku.js";

type IndicatorInput = SchemeInput["indicators"][number];

/** One IKI (indikator kinerja individu) of the kinerja utama. */
export const IkiSchema = z.strictObject({
    id: IdSchema,
    label: LabelSchema,
    unit: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
    /** Bobot (relative; with weights summing to 100, nilai KU = Σ bobot × nilai / 100). */
    weight: z.optional(NonNegativeDecimalSchema),
    /** `normal` (higher is better, default) or `special` (lower is better). */
    condition: z._default(z.enum(["normal", "special"]), "normal"),
    /** A single target (the appraisal may override it), or give `range`. */
    target: z.optional(DecimalInputSchema),
    range: z.optional(z.strictObject({ min: DecimalInputSchema, max: DecimalInputSchema })),
    /** The target is the maximum possible: 100 % gives 120. */
    maximalTarget: z._default(z.boolean(), false),
  }).check(z.refine((v) => (v.target === undefined) !== (v.range === undefined), { message: "give target or range (one of them)", path: ["target"] }), z.refine((v) => v.range === undefined || rational(v.range.min).lte(rational(v.range.max)), { message: "the range's min must not exceed its max", path: ["range", "max"] }));

/** Input of {@link pp30Scheme}. */
export const Pp30SchemeInputSchema = z.strictObject({
  id: IdSchema,
  label: z.optional(LabelSchema),
  version: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  period: z.optional(z.strictObject({ start: DateSchema, end: DateSchema })),
  indicators: z.array(IkiSchema).check(z.minLength(1), z.maxLength(500)),
  /** Round each capaian to this many places (half-up) before the nilai ladder; default 0; `null` = exact. */
  capaianPlaces: z._default(z.nullable(z.int().check(z.gte(0), z.lte(20))), 0),
  /** The perilaku scale of the raters (default `percent`, 0–100; [M], see the preset page). */
  behaviourScale: z._default(z.enum(NAMED_SCALES), "percent"),
  /** The appraisal fact recording an innovation, required for Sangat Baik (default `inovasi`). */
  innovationFact: z._default(IdSchema, "inovasi"),
  rounding: z._default(z.strictObject({ final: z.optional(RoundingRuleSchema) }), {}),
});

/** Input of {@link pp30Scheme} as written in JSON. */
export type Pp30SchemeInput = z.input<typeof Pp30SchemeInputSchema>;

/**
 * A kinerja scheme for PP 30/2019 + PermenPANRB 8/2021 (PP 30/2019 and PermenPANRB 8/2021, docs/sources.md#pp-30-2019):
 *
 * - one perspective `kinerjaUtama` with the IKIs (formula `pp30.iki` or `pp30.ikiSpecial`: capaian, normal
 *   or lower-is-better, with range targets, rounded to a whole percent by default, then the nilai ladder);
 *   nilai KU is their weighted mean (Σ bobot × nilai / 100 when weights sum to 100);
 * - addition `kinerjaTambahan` from the appraisal fact of the same id, capped at 10 ({@link kinerjaTambahan});
 * - behaviour: the PP 30/2019 perilaku aspects rated by atasan, rekan kerja and bawahan (pooled mean, [M]);
 * - composition 70 % SKP + 30 % perilaku, or 60/40 when peers **and** subordinates rated (Pasal 41);
 * - predikat bands with the innovation condition for Sangat Baik ({@link pp30Bands}).
 *
 * Compile it with the preset's formulas: `compile(pp30Scheme(...), { formulas: pp30_2019.formulas })`.
 *
 * @param input - IKIs with targets, weights and condition; policies
 * @returns the scheme JSON
 * @example
 * ```ts
 * pp30Scheme({ id: "skp-2022", indicators: [{ id: "iki1", label: "Dokumen terbit", target: 95, weight: 60 },
 *   { id: "iki2", label: "Waktu layanan", condition: "special", range: { min: 7, max: 8 }, weight: 40 }] });
 * ```
 */
export function pp30Scheme(input: Pp30SchemeInput): SchemeInput {
  const v = parseInput(Pp30SchemeInputSchema, input, { what: "PP 30/2019 scheme input" });
  const indicators: IndicatorInput[] = v.indicators.map((iki) => {
    const params: Record<string, string> = {};
    if (iki.range) Object.assign(params, { min: iki.range.min, max: iki.range.max });
    if (iki.maximalTarget) params["maximal"] = "1";
    if (v.capaianPlaces === null) params["exact"] = "1";
    else params["capaianPlaces"] = String(v.capaianPlaces);
    return {
      id: iki.id,
      perspective: "kinerjaUtama",
      label: iki.label,
      ...(iki.unit === undefined ? {} : { unit: iki.unit }),
      ...(iki.weight === undefined ? {} : { weight: iki.weight }),
      ...(iki.target === undefined ? {} : { target: iki.target }),
      method: { kind: "formula", name: iki.condition === "normal" ? "pp30.iki" : "pp30.ikiSpecial", params },
    };
  });
  return {
    id: v.id,
    ...(v.version === undefined ? {} : { version: v.version }),
    label: v.label ?? { id: "Penilaian kinerja PNS (PP 30/2019, PermenPANRB 8/2021)", en: "Civil servant performance appraisal (PP 30/2019)" },
    ...(v.period === undefined ? {} : { period: v.period }),
    perspectives: [{ id: "kinerjaUtama", label: { id: "Kinerja utama", en: "Main performance" } }],
    indicators,
    behaviour: {
      competencies: PP30_PERILAKU_ASPECTS.map((a) => ({ id: a.id, label: { ...a.label } })),
      scale: v.behaviourScale,
      conversion: "linear",
    },
    composition: [
      { component: "results", weight: "70" },
      { component: "behaviour", weight: "30" },
    ],
    compositionWithPeers: [
      { component: "results", weight: "60" },
      { component: "behaviour", weight: "40" },
    ],
    additions: [{ id: "kinerjaTambahan", label: { id: "Kinerja tambahan", en: "Additional performance" }, fact: "kinerjaTambahan", max: "10" }],
    missing: { policy: "fail" },
    rounding: { final: v.rounding.final ?? { places: 2, mode: "halfUp" } },
    bands: pp30Bands(v.innovationFact),
  };
}
