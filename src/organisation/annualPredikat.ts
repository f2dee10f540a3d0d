import * as z from "zod/mini";
import { Dec, show } from "../math/decimal.js";
import { roundDec } from "../math/roundDec.js";
import { daysInclusive } from "../period/daysInclusive.js";
import { EMPLOYEE_PREDIKATS, type EmployeePredikat } from "../rating/seMenpanrbCurves.js";
import { DateSchema } from "../schema/primitives.js";
import type { DecimalText, TraceEntry } from "../schema/result.js";
import { parseWith } from "../schema/toKinerjaError.js";

/**
 * Policy `annualFromPeriodic`: how the periodic (e.g. triwulan) employee predikat become the annual one.
 * PermenPANRB 6/2022 runs the evaluation document per period, labelled "Triwulan I / II / III / IV-Akhir"
 * (Anak Lampiran 4); no rule turning the periodic predikat into the annual one was found.
 * - `final` (default): the last period, "IV-Akhir", is the annual evaluation — the document's labelling;
 * - `worst`: the lowest periodic predikat;
 * - `mode`: the most frequent (a tie goes to the later period's predikat);
 * - `monthWeighted`: levels Sangat Kurang 1 … Sangat Baik 5, weighted by the months (days) of each period,
 *   the mean rounded half-up to a whole level.
 */
export type AnnualFromPeriodic = "final" | "worst" | "mode" | "monthWeighted";

/** Input of {@link annualPredikat}. */
export const AnnualPredikatInputSchema = z.strictObject({
    /** The periodic predikat in chronological order (each with its period for `monthWeighted`). */
    periods: z.array(
        z.strictObject({
          label: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
          predikat: z.enum(EMPLOYEE_PREDIKATS),
          start: z.optional(DateSchema),
          end: z.optional(DateSchema),
        }),
      ).check(z.minLength(1), z.maxLength(366)),
    rule: z._default(z.enum(["final", "worst", "mode", "monthWeighted"]), "final"),
  }).check(z.superRefine((v, ctx) => {
    if (v.rule !== "monthWeighted") return;
    v.periods.forEach((p, i) => {
      if (p.start === undefined || p.end === undefined) ctx.addIssue({ code: "custom", path: ["periods", i], message: "monthWeighted needs start and end on every period" });
      else if (p.start > p.end) ctx.addIssue({ code: "custom", path: ["periods", i, "end"], message: "end is before start" });
    });
  }));

/** Input of {@link annualPredikat} as written in JSON. */
export type AnnualPredikatInput = z.input<typeof AnnualPredikatInputSchema>;

/** The annual predikat with the rule that produced it. Plain JSON. */
export interface AnnualPredikat {
  readonly predikat: EmployeePredikat;
  readonly rule: AnnualFromPeriodic;
  /** Index of the period whose predikat was taken (null for `monthWeighted`). */
  readonly from: number | null;
  readonly trace: readonly TraceEntry[];
}

/** Level of a predikat: Sangat Kurang 1 … Sangat Baik 5. */
const level = (p: EmployeePredikat): number => EMPLOYEE_PREDIKATS.length - EMPLOYEE_PREDIKATS.indexOf(p);

/**
 * The annual employee predikat from the periodic ones under a named rule (see {@link AnnualFromPeriodic};
 * default `final`, the "IV-Akhir" evaluation).
 *
 * @param input - `{ periods, rule? }`
 * @returns the annual predikat, the rule, and the period it came from
 * @throws `KinerjaError` `INVALID_INPUT` for no periods, an unknown predikat, or `monthWeighted` without dates
 * @example
 * ```ts
 * annualPredikat({ periods: ["baik", "butuhPerbaikan", "baik", "baik"].map((predikat) => ({ predikat })), rule: "worst" }).predikat; // "butuhPerbaikan"
 * ```
 */
export function annualPredikat(input: AnnualPredikatInput): AnnualPredikat {
  const v = parseWith(AnnualPredikatInputSchema, input, "INVALID_INPUT", "annual predikat input");
  const ps = v.periods;
  const levels: Record<string, string> = {};
  ps.forEach((p, i) => (levels[`periods[${i}]`] = String(level(p.predikat))));
  const pick = (i: number): AnnualPredikat => {
    const p = (ps[i] as (typeof ps)[number]).predikat;
    return { predikat: p, rule: v.rule, from: i, trace: [{ at: "predikat", formula: `annualFromPeriodic.${v.rule}`, value: String(level(p)), inputs: levels }] };
  };
  switch (v.rule) {
    case "final":
      return pick(ps.length - 1);
    case "worst": {
      let w = 0;
      ps.forEach((p, i) => {
        if (level(p.predikat) < level((ps[w] as (typeof ps)[number]).predikat)) w = i;
      });
      return pick(w);
    }
    case "mode": {
      const counts = new Map<EmployeePredikat, number>();
      for (const p of ps) counts.set(p.predikat, (counts.get(p.predikat) ?? 0) + 1);
      let best = ps.length - 1;
      for (let i = ps.length - 1; i >= 0; i--) {
        if ((counts.get((ps[i] as (typeof ps)[number]).predikat) ?? 0) > (counts.get((ps[best] as (typeof ps)[number]).predikat) ?? 0)) best = i;
      }
      return pick(best);
    }
    case "monthWeighted": {
      let sum = new Dec(0);
      let days = new Dec(0);
      const inputs: Record<string, string> = {};
      ps.forEach((p, i) => {
        const d = daysInclusive({ start: p.start as string, end: p.end as string });
        inputs[`periods[${i}].days`] = String(d);
        inputs[`periods[${i}].level`] = String(level(p.predikat));
        sum = sum.plus(new Dec(level(p.predikat)).times(d));
        days = days.plus(d);
      });
      const mean = sum.div(days);
      const rounded = roundDec(mean, { places: 0, mode: "halfUp" }).toNumber();
      const predikat = EMPLOYEE_PREDIKATS[EMPLOYEE_PREDIKATS.length - rounded] as EmployeePredikat;
      const meanText: DecimalText = show(mean);
      return {
        predikat,
        rule: v.rule,
        from: null,
        trace: [{ at: "predikat", formula: "annualFromPeriodic.monthWeighted", value: String(rounded), inputs: { ...inputs, mean: meanText }, rounding: { places: 0, mode: "halfUp", exact: meanText } }],
      };
    }
    default: {
      const never: never = v.rule;
      return never;
    }
  }
}
