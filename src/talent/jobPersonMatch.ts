import * as z from "zod/mini";
import { Dec, HUNDRED, ZERO, div, min, show, type Dec as D } from "../math/decimal.js";
import { roundDec } from "../math/roundDec.js";
import { DecimalInputSchema, IdSchema, LabelSchema, NonNegativeDecimalSchema, RoundingRuleSchema } from "../schema/primitives.js";
import type { TraceEntry } from "../schema/result.js";
import type { Label } from "../schema/scheme.js";
import { parseWith } from "../schema/toKinerjaError.js";

/** A competency group of the Standar Kompetensi Jabatan: teknis, manajerial, sosial-kultural. */
export type CompetencyGroup = "technical" | "managerial" | "socioCultural";

/** A JPM weight group: teknis, and manajerial together with sosial-kultural. */
export type JpmWeightGroup = "technical" | "managerialSocioCultural";

/** The weight group of each competency group. */
export const JPM_WEIGHT_GROUP: Readonly<Record<CompetencyGroup, JpmWeightGroup>> = Object.freeze({ technical: "technical", managerial: "managerialSocioCultural", socioCultural: "managerialSocioCultural" });

/** A JPM category. */
export type JpmCategory = "memenuhi" | "masihMemenuhi" | "kurangMemenuhi";

/** Labels of the JPM categories. */
export const JPM_CATEGORY_LABELS: Readonly<Record<JpmCategory, Label>> = Object.freeze({
  memenuhi: Object.freeze({ id: "Memenuhi Syarat", en: "Meets the requirements" }),
  masihMemenuhi: Object.freeze({ id: "Masih Memenuhi Syarat", en: "Still meets the requirements" }),
  kurangMemenuhi: Object.freeze({ id: "Kurang Memenuhi Syarat", en: "Does not fully meet the requirements" }),
});

/**
 * Group weights (percent) by jenjang for one jabatan fungsional's uji kompetensi: Ahli Madya teknis 40 /
 * manajerial + sosial-kultural 60, Ahli Muda 50 / 50, Ahli Pertama 60 / 40. Source: a 2020 regulation
 * (No. 35, Berita Negara) on the uji kompetensi for inpassing into a jabatan fungsional, reproduced at
 * https://123dok.com/article/kelulusan-uji-kompetensi-tahun-tentang.z3j1vvmy — confidence: the text
 * itself, for that JF only. Other JFs and agencies set their own: pass the weights of yours.
 */
export const JPM_WEIGHTS_BY_JENJANG: Readonly<Record<"ahliPertama" | "ahliMuda" | "ahliMadya", Readonly<Record<JpmWeightGroup, string>>>> = Object.freeze({
  ahliPertama: Object.freeze({ technical: "60", managerialSocioCultural: "40" }),
  ahliMuda: Object.freeze({ technical: "50", managerialSocioCultural: "50" }),
  ahliMadya: Object.freeze({ technical: "40", managerialSocioCultural: "60" }),
});

/** JPM category edges (percent) of the same regulation: Memenuhi Syarat ≥ 80, Masih Memenuhi Syarat ≥ 68, else Kurang Memenuhi Syarat; passed at ≥ 68. */
export const JPM_CATEGORY_EDGES: Readonly<{ memenuhi: string; masihMemenuhi: string; pass: string }> = Object.freeze({ memenuhi: "80", masihMemenuhi: "68", pass: "68" });

const Positive = DecimalInputSchema.check(z.refine((v) => new Dec(v).gt(0), "must be greater than 0"));

/** One competency: its group, the level the job requires and the level assessed. */
export const JpmCompetencySchema = z.strictObject({
  id: IdSchema,
  label: z.optional(LabelSchema),
  group: z.enum(["technical", "managerial", "socioCultural"]),
  /** Level in the Standar Kompetensi Jabatan (> 0). */
  standard: Positive,
  /** Level assessed (≥ 0). */
  achieved: NonNegativeDecimalSchema,
});

/** Input of {@link jobPersonMatch}. */
export const JobPersonMatchInputSchema = z.strictObject({
    competencies: z.array(JpmCompetencySchema).check(z.minLength(1), z.maxLength(500)),
    /** Group weights (relative), e.g. `JPM_WEIGHTS_BY_JENJANG.ahliMuda`. */
    weights: z.strictObject({ technical: NonNegativeDecimalSchema, managerialSocioCultural: NonNegativeDecimalSchema }),
    /** `capAtStandard` (default): a competency counts at most its standard, so a surplus cannot hide a gap; `literal`: the plain ratio (may exceed 100 %). */
    surplus: z._default(z.enum(["capAtStandard", "literal"]), "capAtStandard"),
    /** `ratioOfSums` (default): Σ achieved ÷ Σ standard per group; `meanOfRatios`: mean of achieved ÷ standard. */
    aggregate: z._default(z.enum(["ratioOfSums", "meanOfRatios"]), "ratioOfSums"),
    /** Category edges (percent) and the pass mark; default {@link JPM_CATEGORY_EDGES}. Edges are lower bounds on the exact value (79.999 is not 80). */
    edges: z._default(z.strictObject({ memenuhi: DecimalInputSchema, masihMemenuhi: DecimalInputSchema, pass: DecimalInputSchema }), { ...JPM_CATEGORY_EDGES }),
    /** Rounding of the shown percent (default 2 places half-up). */
    rounding: z._default(RoundingRuleSchema, { places: 2, mode: "halfUp" }),
  }).check(z.superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.competencies.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: "custom", path: ["competencies", i, "id"], message: `competency '${c.id}' is listed twice`, input: c.id, params: { kinerja: "duplicate_id" } });
      seen.add(c.id);
    });
    for (const g of ["technical", "managerialSocioCultural"] as const) {
      if (new Dec(v.weights[g]).gt(0) && !v.competencies.some((c) => JPM_WEIGHT_GROUP[c.group] === g))
        ctx.addIssue({ code: "custom", path: ["weights", g], message: `group ${g} has a weight but no competency`, input: v.weights[g], params: { kinerja: "empty_group" } });
    }
    if (new Dec(v.weights.technical).plus(v.weights.managerialSocioCultural).isZero()) ctx.addIssue({ code: "custom", path: ["weights"], message: "the weights must not all be 0", input: v.weights });
    if (new Dec(v.edges.masihMemenuhi).gt(v.edges.memenuhi)) ctx.addIssue({ code: "custom", path: ["edges", "masihMemenuhi"], message: "masihMemenuhi must not be above memenuhi", input: v.edges });
  }));

/** Input of {@link jobPersonMatch} as written in JSON. */
export type JobPersonMatchInput = z.input<typeof JobPersonMatchInputSchema>;

/** One competency gap (standard − counted level > 0). */
export interface CompetencyGap {
  readonly id: string;
  readonly label: Label | null;
  readonly group: CompetencyGroup;
  readonly standard: string;
  readonly achieved: string;
  /** `standard − achieved`. */
  readonly gap: string;
}

/** Result of {@link jobPersonMatch}. */
export interface JobPersonMatch {
  /** JPM in percent, rounded. */
  readonly percent: string;
  /** JPM in percent, exact. */
  readonly exact: string;
  /** Each weight group: its match in percent (exact) and its normalised weight. */
  readonly groups: Readonly<Record<JpmWeightGroup, { readonly percent: string | null; readonly weight: string }>>;
  /** The category (by the exact value). */
  readonly category: { readonly id: JpmCategory; readonly label: Label };
  /** Whether the JPM reaches the pass mark. */
  readonly passed: boolean;
  /** The gaps, largest first, then by group weight (heavier first), then by id. */
  readonly gaps: readonly CompetencyGap[];
  readonly trace: readonly TraceEntry[];
}

/**
 * Job Person Match: the assessed competency levels against the Standar Kompetensi Jabatan (PP 11/2017 jo
 * PP 17/2020 on competency; the JPM, its categories and group weights as in the 2020 uji kompetensi
 * regulation cited at {@link JPM_WEIGHTS_BY_JENJANG}):
 * `JPM = Σ_g w_g × match_g`, with `match_g = Σ counted ÷ Σ standard` over the group's competencies
 * (counted = min(achieved, standard) under `capAtStandard`), weights normalised. Category Memenuhi
 * Syarat ≥ 80 %, Masih Memenuhi Syarat ≥ 68 %, else Kurang Memenuhi Syarat. Every gap is listed, ranked.
 *
 * @param input - `{ competencies, weights, surplus?, aggregate?, edges?, rounding? }`
 * @returns the JPM, its groups, category, pass flag, gaps and trace
 * @throws `KinerjaError` `INVALID_INPUT`
 * @example
 * ```ts
 * jobPersonMatch({ weights: JPM_WEIGHTS_BY_JENJANG.ahliMuda, competencies: [
 *   { id: "t1", group: "technical", standard: 3, achieved: 4 }, { id: "m1", group: "managerial", standard: 3, achieved: 2 }] }).percent;
 * // "83.33" (teknis capped at 100 %, manajerial 66.67 %)
 * ```
 */
export function jobPersonMatch(input: JobPersonMatchInput): JobPersonMatch {
  const v = parseWith(JobPersonMatchInputSchema, input, "INVALID_INPUT", "jobPersonMatch input");
  const trace: TraceEntry[] = [];
  const counted = (c: (typeof v.competencies)[number]): D => (v.surplus === "capAtStandard" ? min(new Dec(c.achieved), new Dec(c.standard)) : new Dec(c.achieved));
  const totalWeight = new Dec(v.weights.technical).plus(v.weights.managerialSocioCultural);
  let jpm = ZERO;
  const groups = {} as Record<JpmWeightGroup, { percent: string | null; weight: string }>;
  for (const g of ["technical", "managerialSocioCultural"] as const) {
    const members = v.competencies.filter((c) => JPM_WEIGHT_GROUP[c.group] === g);
    const weight = div(new Dec(v.weights[g]), totalWeight, ["weights"]);
    if (members.length === 0) {
      groups[g] = { percent: null, weight: show(weight) };
      continue;
    }
    let ratio: D;
    const inputs: Record<string, string> = {};
    for (const c of members) {
      inputs[`${c.id}.counted`] = show(counted(c));
      inputs[`${c.id}.standard`] = c.standard;
    }
    if (v.aggregate === "ratioOfSums") {
      const got = members.reduce((s, c) => s.plus(counted(c)), ZERO);
      const std = members.reduce((s, c) => s.plus(c.standard), ZERO);
      ratio = got.div(std);
    } else {
      ratio = members.reduce((s, c) => s.plus(counted(c).div(c.standard)), ZERO).div(members.length);
    }
    const percent = ratio.times(HUNDRED);
    trace.push({ at: `groups.${g}.percent`, formula: v.aggregate === "ratioOfSums" ? "jpmRatioOfSums" : "jpmMeanOfRatios", value: show(percent), inputs, source: `surplus ${v.surplus}` });
    groups[g] = { percent: show(percent), weight: show(weight) };
    jpm = jpm.plus(weight.times(percent));
  }
  const rounded = roundDec(jpm, v.rounding);
  trace.push({ at: "exact", formula: "jpmWeighted", value: show(jpm), inputs: { technical: groups.technical.percent ?? "0", technicalWeight: groups.technical.weight, managerialSocioCultural: groups.managerialSocioCultural.percent ?? "0", managerialSocioCulturalWeight: groups.managerialSocioCultural.weight } });
  trace.push({ at: "percent", formula: "round", value: show(rounded, v.rounding.places), inputs: { exact: show(jpm) }, rounding: { places: v.rounding.places, mode: v.rounding.mode, exact: show(jpm) } });
  const category: JpmCategory = jpm.gte(v.edges.memenuhi) ? "memenuhi" : jpm.gte(v.edges.masihMemenuhi) ? "masihMemenuhi" : "kurangMemenuhi";
  const groupWeight = (c: (typeof v.competencies)[number]): D => new Dec(v.weights[JPM_WEIGHT_GROUP[c.group]]);
  const gaps = v.competencies
    .map((c) => ({ c, gap: new Dec(c.standard).minus(c.achieved) }))
    .filter((x) => x.gap.gt(0))
    .sort((a, b) => b.gap.cmp(a.gap) || groupWeight(b.c).cmp(groupWeight(a.c)) || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0))
    .map(({ c, gap }) => ({ id: c.id, label: c.label ?? null, group: c.group, standard: c.standard, achieved: c.achieved, gap: show(gap) }));
  gaps.forEach((g, i) => trace.push({ at: `gaps[${i}].gap`, formula: "difference", value: g.gap, inputs: { standard: g.standard, achieved: g.achieved }, source: `competency ${g.id}` }));
  return {
    percent: show(rounded, v.rounding.places),
    exact: show(jpm),
    groups,
    category: { id: category, label: { ...JPM_CATEGORY_LABELS[category] } },
    passed: jpm.gte(v.edges.pass),
    gaps,
    trace,
  };
}
