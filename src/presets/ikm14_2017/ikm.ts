import * as z from "zod/mini";
import { DecimalInputSchema, NonNegativeDecimalSchema, RoundingRuleSchema, parseInput, rational, roundRational, showRational, traceEntry, type Label, type TraceEntry, type Rational } from "../../index.js";
import { bandOfConverted, IKM_BAND_TABLES, type IkmBandTable } from "./ikmBands.js";
import { IKM_UNSUR } from "./unsur.js";

/**
 * The weight given to each unsur (PermenPANRB 14/2017 Lampiran, docs/sources.md#ikm-14-2017):
 * - `exact` (default): exactly `1 / number of unsur` (1/9), so all-4 answers give exactly 100;
 * - `0.111`, `0.1111`, `0.11`: the rounded constants of 1/9 printed by published reports, to reproduce them.
 *   They are 14/2017's nine-unsur weights: on any other number of unsur they are an error (14 values
 *   at 0.111 would give 155.4 % of the scale). For other printed weights give `weights` with
 *   `weightSum: "asPrinted"`.
 */
export type IkmWeightPolicy = "exact" | "0.111" | "0.1111" | "0.11";

/** Input of {@link ikm}: the survey as raw answers, as totals per unsur, or as NRR per unsur. */
export const IkmInputSchema = z.strictObject({
    /** One row per filled questionnaire, one answer 1–4 per unsur (all rows the same length). */
    answers: z.optional(z.array(z.array(z.int().check(z.gte(1), z.lte(4))).check(z.minLength(1), z.maxLength(50))).check(z.minLength(1), z.maxLength(1_000_000))),
    /** Sum of the answers per unsur (with `respondents`). */
    totals: z.optional(z.array(NonNegativeDecimalSchema).check(z.minLength(1), z.maxLength(50))),
    /** Number of filled questionnaires (with `totals`). */
    respondents: z.optional(z.int().check(z.gte(1), z.lte(1_000_000_000))),
    /** NRR (mean answer, 1–4) per unsur, when already computed. */
    nrr: z.optional(z.array(DecimalInputSchema).check(z.minLength(1), z.maxLength(50))),
    /** Weight constant per unsur; default `exact` (1/number of unsur). */
    weightPolicy: z._default(z.enum(["exact", "0.111", "0.1111", "0.11"]), "exact"),
    /** Custom weights per unsur (a unit that weights unsur differently); must sum to exactly 1 unless `weightSum` is `asPrinted`. Overrides `weightPolicy`. */
    weights: z.optional(z.array(NonNegativeDecimalSchema).check(z.minLength(1), z.maxLength(50))),
    /**
     * Policy for `weights` that do not sum to 1: `exact` (default) rejects them; `asPrinted` uses the weights
     * as a report prints them, rounded (0.071 for 14 unsur of KepmenPAN 25/2004, 0.33 for three items), so
     * that the report can be reproduced. The result records the weights' sum.
     */
    weightSum: z._default(z.enum(["exact", "asPrinted"]), "exact"),
    /**
     * Named rounding steps (default: none before the score): `weighted` rounds each NRR tertimbang, `ikm`
     * rounds Σ NRR tertimbang (the 1–4 value) before × 25, `score` rounds the converted value (default 2
     * places half-up, as published).
     */
    rounding: z._default(z.strictObject({ weighted: z.optional(RoundingRuleSchema), ikm: z.optional(RoundingRuleSchema), score: z._default(RoundingRuleSchema, { places: 2, mode: "halfUp" }) }), { score: { places: 2, mode: "halfUp" } }),
    /** The band table: `permenpanrb14_2017` (default, {@link IKM_BANDS}) or the superseded `kepmenpan25_2004` ({@link IKM_BANDS_25_2004}). */
    bands: z._default(z.enum(IKM_BAND_TABLES), "permenpanrb14_2017"),
    /** Round each NRR to this many places (half-up) before weighting, as some reports do; default: exact. */
    nrrPlaces: z.optional(z.int().check(z.gte(0), z.lte(20))),
    /** Classify the `rounded` (2 places, half-up, as published; default) or the `exact` converted value. */
    classify: z._default(z.enum(["rounded", "exact"]), "rounded"),
  }).check(z.superRefine((v, ctx) => {
    const given = [v.answers !== undefined, v.totals !== undefined, v.nrr !== undefined].filter(Boolean).length;
    if (given !== 1) ctx.addIssue({ code: "custom", path: [], message: "give exactly one of answers, totals (with respondents) or nrr" });
    if (v.totals !== undefined && v.respondents === undefined) ctx.addIssue({ code: "custom", path: ["respondents"], message: "totals need the number of respondents" });
    if (v.totals === undefined && v.respondents !== undefined && v.answers === undefined) ctx.addIssue({ code: "custom", path: ["respondents"], message: "respondents go with totals" });
    const k = v.answers?.[0]?.length ?? v.totals?.length ?? v.nrr?.length;
    v.answers?.forEach((row, i) => {
      if (row.length !== k) ctx.addIssue({ code: "custom", path: ["answers", i], message: `every respondent answers the same ${k} unsur; this row has ${row.length}` });
    });
    if (v.answers !== undefined && v.respondents !== undefined && v.respondents !== v.answers.length) {
      ctx.addIssue({ code: "custom", path: ["respondents"], message: `respondents (${v.respondents}) differs from the number of answer rows (${v.answers.length})` });
    }
    v.totals?.forEach((t, i) => {
      const n = v.respondents;
      if (n !== undefined && (rational(t).lt(n) || rational(t).gt(4 * n))) ctx.addIssue({ code: "custom", path: ["totals", i], message: `a total of ${n} answers on 1–4 lies between ${n} and ${4 * n}` });
    });
    v.nrr?.forEach((x, i) => {
      if (rational(x).lt(1) || rational(x).gt(4)) ctx.addIssue({ code: "custom", path: ["nrr", i], message: "an NRR lies between 1 and 4" });
    });
    if (v.weights !== undefined) {
      if (k !== undefined && v.weights.length !== k) ctx.addIssue({ code: "custom", path: ["weights"], message: `give one weight per unsur (${k})` });
      const sum = v.weights.reduce((a, w) => a.plus(rational(w)), rational(0));
      if (v.weightSum === "exact" && !sum.eq(1)) ctx.addIssue({ code: "custom", path: ["weights"], message: `the weights must sum to exactly 1 (they sum to ${showRational(sum)}); give weightSum: "asPrinted" to use rounded printed weights` });
      if (sum.isZero()) ctx.addIssue({ code: "custom", path: ["weights"], message: "the weights sum to 0" });
    } else if (v.weightPolicy !== "exact" && k !== undefined && k !== IKM_UNSUR.length) {
      ctx.addIssue({
        code: "custom",
        path: ["weightPolicy"],
        message: `weight ${v.weightPolicy} is PermenPANRB 14/2017's rounded 1/9 for nine unsur; this survey has ${k}. Use "exact" (1/${k}), or the printed weights with weights and weightSum: "asPrinted"`,
        params: { kinerja: "fixed_weight_needs_9_unsur" },
      });
    }
  }));

/** Input of {@link ikm} as written in JSON. */
export type IkmInput = z.input<typeof IkmInputSchema>;

/** One unsur in an {@link IkmResult}. */
export interface IkmUnsurResult {
  readonly id: string;
  readonly label: Label;
  /** Nilai rata-rata (mean answer, 1–4), after `nrrPlaces` rounding when asked. */
  readonly nrr: string;
  readonly weight: string;
  /** NRR tertimbang = NRR × weight. */
  readonly weighted: string;
}

/** Result of {@link ikm}. */
export interface IkmResult {
  /** The converted value after the `score` rounding (2 places half-up by default), as published — same as `score`. */
  readonly value: string;
  /** The converted value before the `score` rounding — same as `converted`. */
  readonly exact: string;
  /** Σ of the weights used (1 unless `weightSum: "asPrinted"`). */
  readonly weightSum: string;
  /** The band table used. */
  readonly bands: IkmBandTable;
  readonly unsur: readonly IkmUnsurResult[];
  /** Number of questionnaires (null when NRR were given). */
  readonly respondents: number | null;
  /** The weight policy used (`custom` with `weights`). */
  readonly weightPolicy: IkmWeightPolicy | "custom";
  /** IKM on the 1–4 scale: Σ NRR tertimbang (after the `ikm` rounding step, when one is named). */
  readonly ikm: string;
  /** IKM unit pelayanan on 25–100: IKM × 25, before the `score` rounding. */
  readonly converted: string;
  /** The converted value after the `score` rounding (2 places half-up by default), as published. */
  readonly score: string;
  /** Mutu pelayanan (A–D) of the classified value, or null below 25. */
  readonly band: { readonly id: string; readonly label: Label } | null;
  /** Every number with its formula and inputs. */
  readonly trace: readonly TraceEntry[];
}

const WEIGHTS: Readonly<Record<Exclude<IkmWeightPolicy, "exact">, string>> = { "0.111": "0.111", "0.1111": "0.1111", "0.11": "0.11" };

/**
 * The Indeks Kepuasan Masyarakat of PermenPANRB 14/2017 (PermenPANRB 14/2017 Lampiran, docs/sources.md#ikm-14-2017): NRR per unsur = Σ answers /
 * questionnaires; NRR tertimbang = NRR × bobot; IKM = Σ NRR tertimbang (1–4); IKM unit pelayanan =
 * IKM × 25 (25–100), classified A–D ({@link IKM_BANDS}, or the superseded KepmenPAN 25/2004 table
 * {@link IKM_BANDS_25_2004} with `bands: "kepmenpan25_2004"`). Rounding happens only at the named steps of
 * `rounding` (each NRR tertimbang, the Σ, the score). `value` / `exact` name the rounded and the unrounded
 * converted value as the other preset calculators do (`score` / `converted` are the same values).
 *
 * @param input - answers (rows × unsur), totals + respondents, or NRR; `weightPolicy` (default exact 1/9)
 * @returns the NRR per unsur, IKM, converted value, band and trace
 * @throws `KinerjaError` `INVALID_INPUT` for answers off 1–4, ragged rows, weights not summing to 1 (unless
 *   `weightSum: "asPrinted"`), or a fixed 14/2017 weight (`0.111`, `0.1111`, `0.11`) on a count other than 9 unsur
 * @example
 * ```ts
 * ikm({ totals: [105, 101, 100, 116, 102, 105, 106, 105, 115], respondents: 29 }).score; // "91.48"
 * ikm({ totals: [...], respondents: 29, weightPolicy: "0.11" }).score;                   // "90.56" (GASPUL report)
 * ```
 */
export function ikm(input: IkmInput): IkmResult {
  const v = parseInput(IkmInputSchema, input, { what: "IKM input" });
  const trace: TraceEntry[] = [];
  let nrrs: Rational[];
  let respondents: number | null = null;
  if (v.answers !== undefined) {
    const k = (v.answers[0] as number[]).length;
    const sums = new Array<number>(k).fill(0);
    for (const row of v.answers) row.forEach((x, i) => (sums[i] = (sums[i] as number) + x));
    respondents = v.answers.length;
    nrrs = sums.map((s, i) => {
      const value = rational(s).div(respondents as number);
      trace.push(traceEntry({ at: `unsur[${i}].total`, formula: "sum", value: rational(s) }), traceEntry({ at: `unsur[${i}].nrr`, formula: "ikm.nrr", value, inputs: { total: rational(s), respondents: rational(respondents as number) } }));
      return value;
    });
  } else if (v.totals !== undefined) {
    respondents = v.respondents as number;
    nrrs = v.totals.map((t, i) => {
      const value = rational(t).div(respondents as number);
      trace.push(traceEntry({ at: `unsur[${i}].nrr`, formula: "ikm.nrr", value, inputs: { total: t, respondents: rational(respondents as number) } }));
      return value;
    });
  } else {
    nrrs = (v.nrr as string[]).map((x, i) => {
      trace.push(traceEntry({ at: `unsur[${i}].nrr`, formula: "input", value: rational(x) }));
      return rational(x);
    });
  }
  const k = nrrs.length;
  if (v.nrrPlaces !== undefined) {
    const places = v.nrrPlaces;
    nrrs = nrrs.map((x, i) => {
      const r = roundRational(x, { places, mode: "halfUp" });
      trace.push(traceEntry({ at: `unsur[${i}].nrr`, formula: "round", value: x, inputs: { exact: x }, rounding: { places, mode: "halfUp" } }));
      return r;
    });
  }
  const policy: IkmWeightPolicy | "custom" = v.weights !== undefined ? "custom" : v.weightPolicy;
  const weights = v.weights?.map((w) => rational(w)) ?? nrrs.map(() => (v.weightPolicy === "exact" ? rational(1).div(k) : rational(WEIGHTS[v.weightPolicy])));
  const exactWeight = policy === "exact";
  let sum = rational(0);
  const unsur = nrrs.map((nrr, i) => {
    const w = weights[i] as Rational;
    const unrounded = exactWeight ? nrr.div(k) : nrr.times(w);
    const wr = v.rounding.weighted;
    const weighted = wr === undefined ? unrounded : roundRational(unrounded, wr);
    sum = sum.plus(weighted);
    trace.push(
      traceEntry({ at: `unsur[${i}].weight`, formula: policy === "exact" ? "ikm.weightExact" : policy === "custom" ? "input" : "ikm.weightConstant", value: w, ...(policy === "exact" ? { inputs: { unsur: rational(k) } } : {}) }),
      traceEntry({ at: `unsur[${i}].weighted`, formula: "ikm.nrrTertimbang", value: unrounded, inputs: { nrr, weight: w }, rounding: wr }),
    );
    const known = k === IKM_UNSUR.length ? IKM_UNSUR[i] : undefined;
    return {
      id: known?.id ?? `unsur${i + 1}`,
      label: known ? { ...known.label } : { id: `Unsur ${i + 1}`, en: `Element ${i + 1}` },
      nrr: showRational(nrr),
      weight: showRational(w),
      weighted: showRational(weighted),
    };
  });
  const ikmInputs: Record<string, Rational> = {};
  unsur.forEach((u, i) => (ikmInputs[`weighted.${u.id}`] = (nrrs[i] as Rational).times(weights[i] as Rational)));
  if (policy === "exact" && v.rounding.weighted === undefined) {
    // Exact 1/k: divide the NRR sum once (Σ NRR / k), so that all-4 answers give exactly 4 (1/9 has no finite decimal).
    sum = nrrs.reduce((a, x) => a.plus(x), rational(0)).div(k);
    trace.push(traceEntry({ at: "ikm", formula: "ikm.meanNrr", value: sum, inputs: Object.fromEntries(unsur.map((u) => [`nrr.${u.id}`, u.nrr])) }));
  } else trace.push(traceEntry({ at: "ikm", formula: "ikm.sum", value: sum, inputs: ikmInputs }));
  const ir = v.rounding.ikm;
  if (ir !== undefined) {
    const r = roundRational(sum, ir);
    trace.push(traceEntry({ at: "ikm", formula: "round", value: sum, inputs: { exact: sum }, rounding: ir }));
    sum = r;
  }
  const converted = sum.times(25);
  trace.push(traceEntry({ at: "converted", formula: "ikm.convert", value: converted, inputs: { ikm: sum, factor: "25" } }));
  const sr = v.rounding.score;
  const score = roundRational(converted, sr);
  trace.push(traceEntry({ at: "score", formula: "round", value: converted, inputs: { converted }, rounding: sr }));
  const band = bandOfConverted(v.classify === "rounded" ? score : converted, v.bands);
  const weightSum = weights.reduce((a, w) => a.plus(w), rational(0));
  return {
    value: showRational(score, sr.places),
    exact: showRational(converted),
    weightSum: policy === "exact" ? "1" : showRational(weightSum),
    bands: v.bands,
    unsur,
    respondents,
    weightPolicy: policy,
    ikm: showRational(sum),
    converted: showRational(converted),
    score: showRational(score, sr.places),
    band,
    trace,
  };
}
