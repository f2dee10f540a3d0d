import * as z from "zod/mini";
import { DecimalInputSchema, NonNegativeDecimalSchema, KinerjaError, issue, parseInput, rational, roundRational, showRational, traceEntry, type Label, type TraceEntry, type Rational } from "../../index.js";
import { SAKIP_ANSWER_VALUES, SAKIP_COMPONENTS, SAKIP_SUBCOMPONENT_LABELS, type SakipAnswer, type SakipSubComponentId } from "./components.js";
import { sakipBandOf, type SakipBand } from "./sakipPredikat.js";

const Answer = z.enum(["AA", "A", "BB", "B", "CC", "C", "D", "E"]);
const Criterion = z.union([Answer, z.strictObject({ answer: Answer, weight: z.optional(NonNegativeDecimalSchema) })]);
const SubComponent = z.union([
  z.array(Criterion).check(z.minLength(1), z.maxLength(200)),
  z.strictObject({ score: DecimalInputSchema.check(z.refine((v) => rational(v).gte(0) && rational(v).lte(100), "a sub-component score lies between 0 and 100")) }),
]);
const Component = z.strictObject({ keberadaan: SubComponent, kualitas: SubComponent, pemanfaatan: SubComponent });

/** Input of {@link sakipScore}: the answers (or sub-component scores) of each of the four components. */
export const SakipScoreInputSchema = z.strictObject({
  components: z.strictObject({ perencanaan: Component, pengukuran: Component, pelaporan: Component, evaluasiInternal: Component }),
  /** Classify the `rounded` total (2 places half-up, as published; default) or the `exact` one. */
  classify: z._default(z.enum(["rounded", "exact"]), "rounded"),
});

/** Input of {@link sakipScore} as written in JSON. */
export type SakipScoreInput = z.input<typeof SakipScoreInputSchema>;

/** One sub-component in a {@link SakipScoreResult}. */
export interface SakipSubComponentResult {
  readonly id: SakipSubComponentId;
  readonly label: Label;
  /** Score 0–100: the weighted mean of the criterion values (or the score given). */
  readonly score: string;
  /** Sub-weight in points of 100. */
  readonly weight: string;
  /** Contribution to the total: score × weight / 100. */
  readonly contribution: string;
}

/** One component in a {@link SakipScoreResult}. */
export interface SakipComponentResult {
  readonly id: string;
  readonly label: Label;
  readonly weight: string;
  /** Σ contributions of its sub-components (points, at most its weight). */
  readonly score: string;
  readonly subComponents: readonly SakipSubComponentResult[];
}

/** Result of {@link sakipScore}. */
export interface SakipScoreResult {
  /** The total after rounding (2 places half-up), as published — same as `score` (the name every preset calculator uses for its rounded value). */
  readonly value: string;
  /** The total before rounding — same as `total` (the name every preset calculator uses for its unrounded value). */
  readonly exact: string;
  readonly components: readonly SakipComponentResult[];
  /** Total 0–100 (exact). */
  readonly total: string;
  /** Total rounded to 2 places half-up. */
  readonly score: string;
  readonly predikat: { readonly id: SakipBand["id"]; readonly label: Label };
  readonly trace: readonly TraceEntry[];
}

/**
 * The SAKIP evaluation score of PermenPANRB 88/2021 (PermenPANRB 88/2021, secondary, docs/sources.md#sakip-88-2021, t-SEMAR `audit-table.tsx`):
 * each sub-component's score is the weighted mean of its criterion values (AA 100 … E 0, criterion
 * weights default 1), its contribution is score × sub-weight / 100, and the total is Σ contributions;
 * the predikat AA … D has exclusive lower bounds.
 *
 * @param input - `{ components: { perencanaan, pengukuran, pelaporan, evaluasiInternal } }`, each with
 *   `keberadaan`, `kualitas`, `pemanfaatan` as a list of answers (`"A"` or `{ answer, weight }`) or `{ score }`
 * @returns per component and sub-component scores, the total, the predikat and the trace
 * @example
 * ```ts
 * const all = (a) => ({ keberadaan: [a], kualitas: [a], pemanfaatan: [a] });
 * sakipScore({ components: { perencanaan: all("A"), pengukuran: all("A"), pelaporan: all("A"), evaluasiInternal: all("A") } }).score; // "90.00" → predikat A
 * ```
 */
export function sakipScore(input: SakipScoreInput): SakipScoreResult {
  const v = parseInput(SakipScoreInputSchema, input, { what: "SAKIP input" });
  const trace: TraceEntry[] = [];
  let total = rational(0);
  const totalInputs: Record<string, Rational> = {};
  const components = SAKIP_COMPONENTS.map((comp, ci) => {
    const given = v.components[comp.id];
    let compScore = rational(0);
    const subs = (["keberadaan", "kualitas", "pemanfaatan"] as const).map((sid, si) => {
      const at = `components[${ci}].subComponents[${si}]`;
      const sub = given[sid];
      let score: Rational;
      if (Array.isArray(sub)) {
        let num = rational(0);
        let den = rational(0);
        const inputs: Record<string, Rational> = {};
        sub.forEach((cr, k) => {
          const answer: SakipAnswer = typeof cr === "string" ? cr : cr.answer;
          const w = typeof cr === "string" || cr.weight === undefined ? rational(1) : rational(cr.weight);
          const value = rational(SAKIP_ANSWER_VALUES[answer]);
          num = num.plus(value.times(w));
          den = den.plus(w);
          inputs[`value.${k}`] = value;
          inputs[`weight.${k}`] = w;
        });
        if (den.isZero()) throw new KinerjaError("INVALID_INPUT", "invalid SAKIP input", [issue(["components", comp.id, sid], "zero_weight", "the criterion weights of a sub-component must not all be zero")]);
        score = num.div(den);
        trace.push(traceEntry({ at: `${at}.score`, formula: "weightedMean", value: score, inputs }));
      } else {
        score = rational(sub.score);
        trace.push(traceEntry({ at: `${at}.score`, formula: "input", value: score }));
      }
      const weight = rational(comp.subComponents[sid]);
      const contribution = score.times(weight).div(100);
      compScore = compScore.plus(contribution);
      trace.push(traceEntry({ at: `${at}.contribution`, formula: "sakip.contribution", value: contribution, inputs: { score, weight } }));
      return { id: sid, label: { ...SAKIP_SUBCOMPONENT_LABELS[sid] }, score: showRational(score), weight: comp.subComponents[sid], contribution: showRational(contribution) };
    });
    trace.push(
      traceEntry({ at: `components[${ci}].score`, formula: "sum", value: compScore, inputs: Object.fromEntries(subs.map((s) => [`contribution.${s.id}`, s.contribution])) }),
    );
    total = total.plus(compScore);
    totalInputs[`score.${comp.id}`] = compScore;
    return { id: comp.id, label: { ...comp.label }, weight: comp.weight, score: showRational(compScore), subComponents: subs };
  });
  trace.push(traceEntry({ at: "total", formula: "sum", value: total, inputs: totalInputs }));
  const rounded = roundRational(total, { places: 2, mode: "halfUp" });
  trace.push(traceEntry({ at: "score", formula: "round", value: total, inputs: { total }, rounding: { places: 2, mode: "halfUp" } }));
  const predikat = sakipBandOf(v.classify === "rounded" ? rounded : total);
  return { value: showRational(rounded, 2), exact: showRational(total), components, total: showRational(total), score: showRational(rounded, 2), predikat, trace };
}
