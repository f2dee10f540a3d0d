import * as z from "zod/mini";
import { NonNegativeDecimalSchema, parseInput, rational, showRational, traceEntry, type TraceEntry } from "../../index.js";
import type { IkiCategory } from "./nilaiCapaianIki.js";

/** The factor of each category in kinerja tambahan (PermenPANRB 8/2021 Lampiran, verified, docs/sources.md#pp-30-2019). */
export const KINERJA_TAMBAHAN_FACTORS: Readonly<Record<IkiCategory, string>> = Object.freeze({
  sangatBaik: "100",
  baik: "80",
  cukup: "60",
  kurang: "40",
  sangatKurang: "20",
});

/** Input of {@link kinerjaTambahan}. */
export const KinerjaTambahanInputSchema = z.strictObject({
  items: z.array(
      z.strictObject({
        /** The category of the additional work's result. */
        category: z.enum(["sangatBaik", "baik", "cukup", "kurang", "sangatKurang"]),
        /** Bobot lingkup penugasan, percent (0–100). */
        bobot: NonNegativeDecimalSchema.check(z.refine((v) => rational(v).lte(100), "bobot lies between 0 and 100")),
        /** Nilai of the additional work (percent scale). */
        nilai: NonNegativeDecimalSchema,
      }),
    ).check(z.maxLength(100)),
});

/** Input of {@link kinerjaTambahan} as written in JSON. */
export type KinerjaTambahanInput = z.input<typeof KinerjaTambahanInputSchema>;

/** Result of {@link kinerjaTambahan}. */
export interface KinerjaTambahan {
  /** Nilai kinerja tambahan, capped at 10. */
  readonly value: string;
  /** The sum before the cap. */
  readonly uncapped: string;
  /** Nilai tertimbang per item. */
  readonly items: readonly string[];
  readonly trace: readonly TraceEntry[];
}

/**
 * Nilai kinerja tambahan of PermenPANRB 8/2021 (PermenPANRB 8/2021 Lampiran, verified, docs/sources.md#pp-30-2019): per item
 * `factor × (bobot / 100) × (nilai / 100)` with factor Sangat Baik 100, Baik 80, Cukup 60, Kurang 40,
 * Sangat Kurang 20; the total is capped at **10**. Put the value in the appraisal fact `kinerjaTambahan`
 * of a PP 30/2019 scheme (which also caps it at 10).
 *
 * @param input - `{ items: [{ category, bobot, nilai }] }`
 * @returns the capped total, the uncapped sum, the items and the trace
 * @example
 * ```ts
 * kinerjaTambahan({ items: [{ category: "baik", bobot: 10, nilai: 100 }] }).value; // "8"
 * ```
 */
export function kinerjaTambahan(input: KinerjaTambahanInput): KinerjaTambahan {
  const v = parseInput(KinerjaTambahanInputSchema, input, { what: "kinerja tambahan input" });
  const trace: TraceEntry[] = [];
  let sum = rational(0);
  const items = v.items.map((it, i) => {
    const factor = rational(KINERJA_TAMBAHAN_FACTORS[it.category]);
    const value = factor.times(rational(it.bobot).div(100)).times(rational(it.nilai).div(100));
    trace.push(traceEntry({ at: `items[${i}]`, formula: "pp30.kinerjaTambahanItem", value, inputs: { factor, bobot: it.bobot, nilai: it.nilai } }));
    sum = sum.plus(value);
    return showRational(value);
  });
  const capped = sum.gt(10) ? rational(10) : sum;
  trace.push(traceEntry({ at: "uncapped", formula: "sum", value: sum }), { ...traceEntry({ at: "value", formula: "pp30.kinerjaTambahanCap", value: capped, inputs: { uncapped: sum, cap: "10" } }), ...(sum.gt(10) ? { clamp: { by: "cap" as const, unclamped: showRational(sum) } } : {}) });
  return { value: showRational(capped), uncapped: showRational(sum), items, trace };
}
