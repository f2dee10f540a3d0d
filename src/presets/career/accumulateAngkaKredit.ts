import * as z from "zod/mini";
import { DecimalInputSchema, NonNegativeDecimalSchema, RoundingRuleSchema, parseInput, rational, roundRational, showRational, traceEntry, type TraceEntry, type Rational } from "../../index.js";
import { angkaKredit, AngkaKreditInputSchema, type AngkaKredit } from "../permenpanrb6_2022/angkaKredit.js";

// the predikat and jenjang of the angkaKredit calculator, so the two never disagree
const PredikatAk = AngkaKreditInputSchema.shape.predikat;
const JenjangAk = AngkaKreditInputSchema.shape.jenjang.def.innerType;

/** One period of angka kredit: its months, predikat and the jenjang (or annual koefisien) held in it. */
export const AkPeriodSchema = z.strictObject({
    /** A name for the trace, e.g. `2024` or `2025-H1`. */
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    predikat: PredikatAk,
    jenjang: z.optional(JenjangAk),
    koefisien: z.optional(NonNegativeDecimalSchema),
    /** Months of the period (1–12), default 12. */
    months: z._default(z.int().check(z.gte(1), z.lte(12)), 12),
  }).check(z.refine((v) => (v.jenjang === undefined) !== (v.koefisien === undefined), { message: "give jenjang or koefisien (one of them)", path: ["jenjang"] }));

/** Input of {@link accumulateAngkaKredit}. */
export const AccumulateAngkaKreditInputSchema = z.strictObject({
    /**
     * The opening balance: `{ integrasi }` already in the integrated regime, or `{ konvensional, nilaiDasar }`
     * for the conversion from the konvensional regime (AK integrasi = accumulated AK konvensional − nilai
     * dasar of the jenjang and golongan, Peraturan BKN 3/2023 teknis; the nilai dasar values are data the
     * caller supplies). Default `{ integrasi: 0 }`.
     */
    opening: z._default(z.union([z.strictObject({ integrasi: DecimalInputSchema }), z.strictObject({ konvensional: NonNegativeDecimalSchema, nilaiDasar: NonNegativeDecimalSchema })]), { integrasi: "0" }),
    /** The periods, in any order (each id once). */
    periods: z.array(AkPeriodSchema).check(z.maxLength(600)),
    /** `exact` (default): add the exact values, round the total only for display; `perPeriod`: add each period's rounded value, as printed on each PAK. */
    accumulate: z._default(z.enum(["exact", "perPeriod"]), "exact"),
    /** Rounding of each period's shown value and of the total (default 2 places half-up). */
    rounding: z._default(RoundingRuleSchema, { places: 2, mode: "halfUp" }),
  }).check(z.superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.periods.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: "custom", path: ["periods", i, "id"], message: `period '${p.id}' is listed twice`, input: p.id });
      seen.add(p.id);
    });
  }));

/** Input of {@link accumulateAngkaKredit} as written in JSON. */
export type AccumulateAngkaKreditInput = z.input<typeof AccumulateAngkaKreditInputSchema>;

/** Result of {@link accumulateAngkaKredit}. */
export interface AngkaKreditBalance {
  /** The total rounded by `rounding` (the name every preset calculator uses for its rounded value) — same as `total`. */
  readonly value: string;
  /** The total, rounded for display. */
  readonly total: string;
  /** The total as accumulated (exact, or the sum of rounded values under `perPeriod`). */
  readonly exact: string;
  /** The opening balance and how it was obtained. */
  readonly opening: { readonly value: string; readonly conversion: "integrasi" | "konvensionalMinusNilaiDasar" };
  /** Each period's angka kredit (by `angkaKredit`), in input order. */
  readonly periods: readonly (AngkaKredit & { readonly id: string; readonly months: number; readonly counted: string })[];
  readonly trace: readonly TraceEntry[];
}

/**
 * Angka kredit accumulated across periods and across the konvensional → integrasi change: the opening
 * balance (converted as AK konvensional − nilai dasar when given so), plus each period's AK from its
 * predikat, months and jenjang by `angkaKredit` (PermenPANRB 1/2023 Pasal 37(1): `months/12 × percent ×
 * koefisien`). A jenjang change is two periods with their own koefisien.
 *
 * @param input - `{ periods, opening?, accumulate?, rounding? }`
 * @returns the total (shown and exact), the opening, every period and the trace
 * @throws `KinerjaError` `INVALID_INPUT`
 * @example
 * ```ts
 * accumulateAngkaKredit({ periods: [
 *   { id: "2023", predikat: "baik", jenjang: "terampil" },
 *   { id: "2024", predikat: "sangatBaik", jenjang: "terampil" },
 *   { id: "2025", predikat: "baik", jenjang: "terampil" }] }).total; // "17.50"
 * ```
 */
export function accumulateAngkaKredit(input: AccumulateAngkaKreditInput): AngkaKreditBalance {
  const v = parseInput(AccumulateAngkaKreditInputSchema, input, { what: "accumulateAngkaKredit input" });
  const trace: TraceEntry[] = [];
  let opening: Rational;
  let conversion: "integrasi" | "konvensionalMinusNilaiDasar";
  if ("integrasi" in v.opening) {
    opening = rational(v.opening.integrasi);
    conversion = "integrasi";
  } else {
    opening = rational(v.opening.konvensional).minus(rational(v.opening.nilaiDasar));
    conversion = "konvensionalMinusNilaiDasar";
    trace.push(traceEntry({ at: "opening.value", formula: "akKonvensionalToIntegrasi", value: opening, inputs: { konvensional: v.opening.konvensional, nilaiDasar: v.opening.nilaiDasar } }));
  }
  let total = opening;
  const periods = v.periods.map((p, i) => {
    const ak = angkaKredit({ predikat: p.predikat, months: p.months, rounding: v.rounding, ...(p.jenjang === undefined ? { koefisien: p.koefisien as string } : { jenjang: p.jenjang }) });
    const counted = v.accumulate === "exact" ? rational(ak.exact) : rational(ak.value);
    total = total.plus(counted);
    for (const t of ak.trace) trace.push({ ...t, at: `periods[${i}].${t.at}` });
    return { ...ak, id: p.id, months: p.months, counted: showRational(counted) };
  });
  const inputs: Record<string, string> = { opening: showRational(opening) };
  periods.forEach((p, i) => (inputs[`periods[${i}]`] = p.counted));
  trace.push(traceEntry({ at: "exact", formula: v.accumulate === "exact" ? "akSumExact" : "akSumRounded", value: total, inputs }));
  const shown = roundRational(total, v.rounding);
  trace.push(traceEntry({ at: "total", formula: "round", value: total, inputs: { exact: total }, rounding: v.rounding }));
  return { value: showRational(shown, v.rounding.places), total: showRational(shown, v.rounding.places), exact: showRational(total), opening: { value: showRational(opening), conversion }, periods, trace };
}
