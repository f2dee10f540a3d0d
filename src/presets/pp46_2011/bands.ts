import * as z from "zod/mini";
import { DecimalInputSchema, parseInput, rational, roundRational, type Label, type SchemeInput } from "../../index.js";

type Bands = NonNullable<SchemeInput["bands"]>;

/**
 * Where a value between PP 46/2011's integer band edges (91 ke atas / 76–90 / 61–75 / 51–60 / 50 ke bawah)
 * goes (PP 46/2011 and Perka BKN 1/2013 Lampiran, docs/sources.md#pp-46-2011, [M]; the regulation does not settle it):
 * - `lowerBound` (default): "91 ke atas" means ≥ 91; each band runs up to the next band's integer lower
 *   bound, on the displayed (rounded, 2 places) score. 90.50 is Baik; 91.00 is Sangat Baik. Same as the
 *   peers that test `< 91 → Baik`.
 * - `halfUp`: read the exact score as the integer it rounds to (half-up): edges 50.5 / 60.5 / 75.5 / 90.5
 *   on the exact score. 90.5 is Sangat Baik, 90.495 Baik.
 * - `aboveUpper`: anything above a band's upper integer belongs to the next band ("> 90 → Sangat Baik"),
 *   on the displayed score: edges 90 + one unit of the last displayed place (90.01 with 2 places).
 */
export type Pp46BandPolicy = "lowerBound" | "halfUp" | "aboveUpper";

const LABELS: readonly { id: string; label: Label }[] = [
  { id: "buruk", label: { id: "Buruk", en: "Poor" } },
  { id: "kurang", label: { id: "Kurang", en: "Insufficient" } },
  { id: "cukup", label: { id: "Cukup", en: "Fair" } },
  { id: "baik", label: { id: "Baik", en: "Good" } },
  { id: "sangatBaik", label: { id: "Sangat Baik", en: "Very good" } },
];
/** The integer lower bounds of Kurang, Cukup, Baik and Sangat Baik (PP 46/2011 and Perka BKN 1/2013 Lampiran, docs/sources.md#pp-46-2011). */
const LOWER = ["51", "61", "76", "91"] as const;

const Pp46BandsArgsSchema = z.strictObject({
  policy: z._default(z.enum(["lowerBound", "halfUp", "aboveUpper"]), "lowerBound"),
  places: z._default(z.int().check(z.gte(0), z.lte(20)), 2),
});

/**
 * The five PP 46/2011 bands (Buruk, Kurang, Cukup, Baik, Sangat Baik; PP 46/2011 and Perka BKN 1/2013 Lampiran, verified, docs/sources.md#pp-46-2011) as a
 * kinerja band table under a {@link Pp46BandPolicy}. `places` is the final score's rounding (default 2),
 * used by `aboveUpper`.
 *
 * @param policyArg - the edge policy (default `lowerBound`)
 * @param placesArg - decimal places of the displayed final score, a whole number 0–20 (default 2)
 * @returns `{ classify, table }` for a scheme's `bands`
 * @throws `KinerjaError` `INVALID_INPUT` for an unknown policy or bad places
 * @example
 * ```ts
 * pp46Bands("halfUp").table.map((b) => b.min ?? "−∞"); // ["−∞", "50.5", "60.5", "75.5", "90.5"]
 * ```
 */
export function pp46Bands(policyArg?: Pp46BandPolicy, placesArg?: number): Bands {
  const { policy, places } = parseInput(Pp46BandsArgsSchema, { policy: policyArg, places: placesArg }, { what: "pp46Bands arguments" });
  const unit = rational(`1e-${places}`);
  const edges = LOWER.map((e) => {
    if (policy === "lowerBound") return e;
    if (policy === "halfUp") return rational(e).minus("0.5").toFixed();
    return rational(e).minus(1).plus(unit).toFixed();
  });
  return {
    classify: policy === "halfUp" ? "exact" : "rounded",
    table: LABELS.map((b, i) => ({
      id: b.id,
      label: { ...b.label },
      ...(i > 0 ? { min: edges[i - 1] as string } : {}),
      ...(i < LABELS.length - 1 ? { max: edges[i] as string } : {}),
    })),
  };
}

const Pp46BandInputSchema = z.strictObject({
  value: DecimalInputSchema,
  policy: z._default(z.enum(["lowerBound", "halfUp", "aboveUpper"]), "lowerBound"),
});

/**
 * The PP 46/2011 sebutan of any score on the form (an activity's nilai capaian, nilai SKP, a perilaku
 * aspect, the perilaku average or the final score; PP 46/2011; Perka BKN 1/2013 Lampiran) under a {@link Pp46BandPolicy}. The value
 * is displayed to 2 places (half-up) first for the `lowerBound` and `aboveUpper` policies.
 *
 * @param input - `{ value, policy? }`
 * @returns the band id and label
 * @example
 * ```ts
 * pp46Band({ value: "90.5" }).id;                     // "baik"
 * pp46Band({ value: "90.5", policy: "halfUp" }).id;   // "sangatBaik"
 * ```
 */
export function pp46Band(input: { readonly value: number | string; readonly policy?: Pp46BandPolicy | undefined }): { id: string; label: Label } {
  const v = parseInput(Pp46BandInputSchema, input, { what: "PP 46/2011 band input" });
  const bands = pp46Bands(v.policy);
  const x = bands.classify === "exact" ? rational(v.value) : roundRational(rational(v.value), { places: 2, mode: "halfUp" });
  let found = bands.table[0] as (typeof bands.table)[number];
  for (const b of bands.table) if (b.min === undefined || x.gte(rational(b.min))) found = b;
  return { id: found.id, label: { ...(found.label as Label) } };
}
