import * as z from "zod/mini";
import { KinerjaError, formatPath, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { rational, R1 as ONE, R0 as ZERO, divide as div, showRational as show, type Rational as D } from "../math/rational.js";
import { DecimalInputSchema, IdSchema, NonNegativeDecimalSchema } from "../schema/primitives.js";
import { parseWith } from "../schema/toKinerjaError.js";
import {
  CENTRAL_STATISTICS,
  COMBINATIONS,
  CONVERSIONS,
  DEFAULT_EXEMPT_GROUPS,
  DEFAULT_MIN_RATERS,
  RATER_GROUPS,
  type CentralStatistic,
  type Combination,
  type RaterGroup as Group,
} from "../concepts/vocabulary.js";
import { describeSorted, meanOfSorted, medianOf, sortAsc, trimmedMeanOf, type Description, type Stat } from "./internal/stats.js";
import { unreachable } from "../errors/unreachable.js";
import { CENTRAL, COMBINE } from "./raterStatistics.js";
import type {
  FeedbackStep,
  GroupFeedback,
  OthersFeedback,
  CompetencyFeedback,
  OverallGroupFeedback,
  OverallFeedback,
} from "../schema/feedback.js";

import {
  RatingAnswerSchema,
  RatingScaleSchema,
  conversionProblem,
  offScale,
  percentOf,
  type PercentConversion,
  type RatingAnswer,
  type RatingScale,
  type RatingScaleInput,
} from "./scales.js";

/**
 * The 360° rater groups: the ratee (`self`), the `supervisor`, `peer`s, `subordinate`s
 * (direct reports) and `external` raters (the public, students, parents, …; name the kind with a `subgroup`).
 */
export type RaterGroup = Group;

/**
 * The statistic that becomes a group's score:
 * - `mean` (default) — the arithmetic mean;
 * - `median` — the middle value (mean of the two middle values for an even count);
 * - `trimmed` — the trimmed mean with the `trim` share of {@link AggregateFeedbackOptions}.
 */
export type CentralTendency = CentralStatistic;

/**
 * Which figure is "the" others score (`others.score`):
 * - `pooled` — every other rater's answer counts once (big groups dominate);
 * - `equalGroup` — the plain mean of the group scores;
 * - `weightedGroup` — the group scores weighted by the configured group weights, re-normalised over the groups shown.
 */
export type OthersCombination = Combination;

/** One answer of one rater to one competency. */
export interface FeedbackRatingInput {
  /** The rater's identifier (never copied into the result). */
  readonly rater: string;
  /** The rater's group; one rater belongs to one group. */
  readonly group: RaterGroup;
  /** For `external` raters only: the named kind, e.g. `public`, `students`; each subgroup is a group of its own. */
  readonly subgroup?: string | undefined;
  /** The competency rated (an id from `competencies`). */
  readonly competency: string;
  /** The answer on the scale; `null` or `"na"` for not applicable. */
  readonly value: RatingAnswer;
}

/** A competency with a relative weight in the overall figures (default 1). */
export interface FeedbackCompetencyInput {
  /** The competency's id. */
  readonly id: string;
  /** Relative weight in the overall figures, greater than 0 (default 1). */
  readonly weight?: number | string | undefined;
}

/** Configuration of one rater group: its weight in the weighted-group mean and its own anonymity minimum. */
export interface FeedbackGroupInput {
  /** The group. */
  readonly group: RaterGroup;
  /** For `external`: the subgroup this entry configures (an entry without subgroup configures external raters without one). */
  readonly subgroup?: string | undefined;
  /** Relative weight (≥ 0) in the weighted-group mean. Once any group has a weight, every group rated in (except self) needs one. */
  readonly weight?: number | string | undefined;
  /** Minimum number of raters who answered for the group to be shown; overrides `options.minRaters` and the exemption. */
  readonly minRaters?: number | undefined;
}

/** Options of {@link aggregateFeedback}. */
export interface AggregateFeedbackOptions {
  /** Statistic used as each group's score (default `mean`). */
  readonly central?: CentralTendency | undefined;
  /** Total trim share `p`, 0 ≤ p < 1, of the trimmed mean: `⌊n·p/2⌋` answers dropped at each end (default 0.4, i.e. 20 % at each end). */
  readonly trim?: number | string | undefined;
  /** Anonymity: fewest raters who answered a competency for a non-exempt group to be shown (default 3). */
  readonly minRaters?: number | undefined;
  /** Groups exempt from the anonymity minimum (default `["self", "supervisor"]`). */
  readonly exempt?: readonly RaterGroup[] | undefined;
  /** Count the self rating among the "others" (default `false`: self is reported separately). */
  readonly includeSelf?: boolean | undefined;
  /** The others score (default `weightedGroup` when any group has a weight, else `pooled`). */
  readonly combine?: OthersCombination | undefined;
  /** Conversion of scores to 0–100 (default `linear`). */
  readonly conversion?: PercentConversion | undefined;
}

/** Input of {@link aggregateFeedback}: one ratee's 360° answers. */
export interface AggregateFeedbackInput {
  /** The competencies (ids, or `{ id, weight }`), in report order. */
  readonly competencies: readonly (string | FeedbackCompetencyInput)[];
  /** The answers: at most one per rater and competency. */
  readonly ratings: readonly FeedbackRatingInput[];
  /** The rating scale (default `likert5`). */
  readonly scale?: RatingScaleInput | undefined;
  /** Group weights and per-group anonymity minimums (optional). */
  readonly groups?: readonly FeedbackGroupInput[] | undefined;
  /** Options. */
  readonly options?: AggregateFeedbackOptions | undefined;
}

/** The rule applied to one rater group. */
export interface FeedbackGroupSetting {
  /** The group. */
  readonly group: RaterGroup;
  /** The external subgroup, or null. */
  readonly subgroup: string | null;
  /** Configured relative weight, or null. */
  readonly weight: string | null;
  /** Anonymity minimum applied, or null when the group is exempt. */
  readonly minRaters: number | null;
}

/** The settings an aggregate was computed with (defaults filled in). */
export interface FeedbackSettings {
  /** The rating scale. */
  readonly scale: RatingScale;
  /** Statistic used for group scores. */
  readonly central: CentralTendency;
  /** Total trim share of the trimmed mean. */
  readonly trim: string;
  /** Default anonymity minimum. */
  readonly minRaters: number;
  /** Groups exempt from the minimum. */
  readonly exempt: readonly RaterGroup[];
  /** Whether self counts among the others. */
  readonly includeSelf: boolean;
  /** The others score. */
  readonly combine: OthersCombination;
  /** Conversion to 0–100. */
  readonly conversion: PercentConversion;
  /** The rule per group rated in or configured. */
  readonly groups: readonly FeedbackGroupSetting[];
}

/**
 * Result of {@link aggregateFeedback}: plain JSON, every number decimal text at full precision (round
 * at presentation), and a step for every computed number. No rater identifier, and nothing about a
 * suppressed group except its rater count, appears anywhere in it.
 */
export interface FeedbackAggregate {
  /** The settings used. */
  readonly settings: FeedbackSettings;
  /** One entry per competency, in input order. */
  readonly competencies: readonly CompetencyFeedback[];
  /** Over all competencies. */
  readonly overall: OverallFeedback;
  /** How each number was computed. */
  readonly steps: readonly FeedbackStep[];
}

const GROUPS = RATER_GROUPS;
const GROUP_ORDER: Readonly<Record<RaterGroup, number>> = { self: 0, supervisor: 1, peer: 2, subordinate: 3, external: 4 };

const TrimSchema = DecimalInputSchema.check(z.refine((v) => {
  const p = rational(v);
  return p.gte(0) && p.lt(1);
}, "must be at least 0 and less than 1"));

const InputSchema = z.strictObject({
  competencies: z.array(z.union([IdSchema, z.strictObject({ id: IdSchema, weight: z.optional(NonNegativeDecimalSchema) })])).check(z.minLength(1), z.maxLength(10_000)),
  ratings: z.array(
      z.strictObject({
        rater: z.string().check(z.minLength(1), z.maxLength(200)),
        group: z.enum(GROUPS),
        subgroup: z.optional(IdSchema),
        competency: IdSchema,
        value: RatingAnswerSchema,
      }),
    ).check(z.minLength(1, "there must be at least one rating"), z.maxLength(10_000_000)),
  scale: z.prefault(RatingScaleSchema, "likert5"),
  groups: z._default(z.array(
      z.strictObject({
        group: z.enum(GROUPS),
        subgroup: z.optional(IdSchema),
        weight: z.optional(NonNegativeDecimalSchema),
        minRaters: z.optional(z.int().check(z.gte(1), z.lte(1000))),
      }),
    ).check(z.maxLength(1000)), []),
  options: z.prefault(z.strictObject({
      central: z._default(z.enum(CENTRAL_STATISTICS), "mean"),
      trim: z._default(TrimSchema, "0.4"),
      minRaters: z._default(z.int().check(z.gte(1), z.lte(1000)), DEFAULT_MIN_RATERS),
      exempt: z._default(z.array(z.enum(GROUPS)).check(z.maxLength(5)), [...DEFAULT_EXEMPT_GROUPS]),
      includeSelf: z._default(z.boolean(), false),
      combine: z.optional(z.enum(COMBINATIONS)),
      conversion: z._default(z.enum(CONVERSIONS), "linear"),
    }), {}),
});

interface GroupRef {
  readonly key: string;
  readonly group: RaterGroup;
  readonly subgroup: string | null;
  /** Index of the first rating of the group (for error paths). */
  readonly first: number;
}

interface Cell {
  readonly values: D[];
  /** Raters who answered with a value (internal only, for distinct counts). */
  readonly raters: string[];
  na: number;
}

interface ShownCell {
  readonly ref: GroupRef;
  readonly cell: Cell;
  readonly mean: Stat;
  readonly median: Stat;
  readonly trimmed: Stat & { readonly k: number };
  readonly central: Stat;
}

/** Per-competency figures kept for the overall roll-up (internal). */
interface CompetencyFigures {
  readonly weight: D;
  readonly shown: Map<string, ShownCell>;
  readonly status: Map<string, GroupFeedback["status"]>;
  readonly cells: Map<string, Cell>;
  readonly self: D | null;
  readonly others: Readonly<Record<OthersCombination | "score", D | null>>;
  readonly na: number;
  readonly answers: number;
}

const keyOf = (group: RaterGroup, subgroup: string | null): string => (subgroup === null ? group : `${group}:${subgroup}`);

function compareRefs(a: Pick<GroupRef, "group" | "subgroup">, b: Pick<GroupRef, "group" | "subgroup">): number {
  const byGroup = GROUP_ORDER[a.group] - GROUP_ORDER[b.group];
  if (byGroup !== 0) return byGroup;
  if (a.subgroup === b.subgroup) return 0;
  if (a.subgroup === null) return -1;
  if (b.subgroup === null) return 1;
  return a.subgroup < b.subgroup ? -1 : 1;
}


/**
 * Aggregates one ratee's 360° answers per competency and overall.
 *
 * Per competency and rater group (self, supervisor, peer, subordinate, external and its subgroups):
 * the number of raters who answered `n`, the N/A count, mean, median and trimmed mean (the total trim
 * share `p` drops `k = ⌊n·p/2⌋` answers at each end; default p = 0.4), and the group score (the
 * `central` statistic, default mean) with its 0–100 conversion. Then the others (self excluded by
 * default): pooled (every answer once), equal-group (mean of group scores) and, with group weights,
 * weighted-group (weights re-normalised over the groups shown); `others.score` is the `combine` figure.
 * Overall figures are competency-weighted means of the per-competency figures, over the competencies
 * where the figure exists.
 *
 * Anonymity (counted per competency, after N/A): a group with fewer raters than its minimum (default 3;
 * self and supervisor exempt) is suppressed — it contributes nothing, its weight is re-distributed, and
 * only its rater count is reported. No rater id, and no value, statistic, sum or step derived from a
 * suppressed group's answers, appears in the result. N/A answers (`null`, `"na"`) are excluded and counted.
 *
 * @param input - `{ competencies, ratings, scale?, groups?, options? }`
 * @returns a plain-JSON {@link FeedbackAggregate} with full-precision decimal text and a step per number
 * @throws `KinerjaError` `INVALID_INPUT` with a path per problem: no ratings (`ratings`), an unknown
 *   competency (`ratings[4].competency`), an answer off the scale (`ratings[4].value`), a rater rating
 *   the same competency twice or a second self rater (`ratings[4].rater`), a rater in two groups or a
 *   rated group without a weight when weights are given (`ratings[4].group`), a subgroup outside
 *   `external`, duplicate competencies or group entries
 * @example
 * ```ts
 * const r = aggregateFeedback({
 *   competencies: ["integrity"],
 *   ratings: [
 *     { rater: "s", group: "supervisor", competency: "integrity", value: 3 },
 *     { rater: "p1", group: "peer", competency: "integrity", value: 4 },
 *     { rater: "p2", group: "peer", competency: "integrity", value: 4 },
 *     { rater: "p3", group: "peer", competency: "integrity", value: 3 },
 *   ],
 * });
 * r.competencies[0]?.others.pooled; // "3.5"
 * ```
 */
export function aggregateFeedback(input: AggregateFeedbackInput): FeedbackAggregate {
  const p = parseWith(InputSchema, input, "INVALID_INPUT", "360 feedback");
  return aggregatePrepared(prepareParsed(p), p.ratings);
}

type ParsedInput = z.output<typeof InputSchema>;
const SettingsSchema = z.omit(InputSchema, { ratings: true });

/** @internal One rating whose shape is already validated (answer: canonical decimal text, or null for N/A). */
export type ValidRating = ParsedInput["ratings"][number];

/**
 * @internal The validated, ratee-independent part of an aggregation: competencies, scale, group
 * configuration and options. Built once (e.g. by `compile`) and reused for every ratee.
 */
export interface PreparedFeedback {
  readonly scale: ParsedInput["scale"];
  readonly options: ParsedInput["options"];
  readonly trim: D;
  readonly comps: readonly { readonly id: string; readonly weight: D }[];
  readonly compIndex: ReadonlyMap<string, number>;
  readonly config: ReadonlyMap<string, ParsedInput["groups"][number]>;
  readonly weighted: boolean;
  readonly combine: OthersCombination;
}

/**
 * @internal Validates the settings of an aggregation (everything but the ratings) once.
 * @throws `KinerjaError` `INVALID_INPUT` with paths into the settings (`competencies[1]`, `options.combine`, …)
 */
export function prepareFeedback(settings: Omit<AggregateFeedbackInput, "ratings">): PreparedFeedback {
  return prepareParsed(parseWith(SettingsSchema, settings, "INVALID_INPUT", "360 feedback settings"));
}

function prepareParsed(p: Omit<ParsedInput, "ratings">): PreparedFeedback {
  const { scale, options } = p;
  const problems: KinerjaIssue[] = [];

  // 1. Competencies.
  const comps: { readonly id: string; readonly weight: D }[] = [];
  const compIndex = new Map<string, number>();
  p.competencies.forEach((c, i) => {
    const id = typeof c === "string" ? c : c.id;
    const weight = typeof c === "string" || c.weight === undefined ? ONE : rational(c.weight);
    if (compIndex.has(id)) {
      problems.push(issue(typeof c === "string" ? ["competencies", i] : ["competencies", i, "id"], "duplicate_id", `duplicate competency '${id}'`));
      return;
    }
    if (weight.isZero()) problems.push(issue(["competencies", i, "weight"], "invalid_weight", "must be greater than 0"));
    compIndex.set(id, comps.length);
    comps.push({ id, weight });
  });

  // 2. Group configuration.
  const config = new Map<string, (typeof p.groups)[number]>();
  p.groups.forEach((g, i) => {
    if (g.subgroup !== undefined && g.group !== "external") {
      problems.push(issue(["groups", i, "subgroup"], "invalid_subgroup", "only external raters have subgroups"));
    }
    const key = keyOf(g.group, g.subgroup ?? null);
    if (config.has(key)) problems.push(issue(["groups", i], "duplicate_group", `group '${key}' is configured twice`));
    else config.set(key, g);
  });
  const weighted = p.groups.some((g) => g.weight !== undefined);
  const combine: OthersCombination = options.combine ?? (weighted ? "weightedGroup" : "pooled");
  if (combine === "weightedGroup" && !weighted) {
    problems.push(issue(["options", "combine"], "missing_weight", "weightedGroup needs group weights in `groups`"));
  }
  const conv = conversionProblem(scale, options.conversion);
  if (conv !== null) problems.push(issue(["options", "conversion"], "invalid_conversion", conv));
  if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid 360 feedback settings", problems);
  return { scale, options, trim: rational(options.trim), comps, compIndex, config, weighted, combine };
}

/**
 * @internal Aggregates shape-validated ratings with prepared settings (no schema parsing: the hot path
 * of `evaluate`). Checks what depends on the ratings: known competencies, one answer per rater and
 * competency, one group per rater, one self rater, answers on the scale, weights for rated groups.
 */
export function aggregatePrepared(prep: PreparedFeedback, ratings: readonly ValidRating[]): FeedbackAggregate {
  return aggregateExact(prep, ratings, true).aggregate;
}

/** @internal What the engine's behaviour stage needs of the aggregation, exact. */
export interface ExactFeedback {
  /** The aggregate; with `report` false only its competencies' `others.score` (null or not) is filled in. */
  readonly aggregate: FeedbackAggregate;
  /** The others' percent on 0–100: the behaviour score. */
  readonly othersPercent: D | null;
  /** The rater groups shown in at least one competency. */
  readonly shownGroups: ReadonlySet<RaterGroup>;
  /** Each competency's others' score (the combination), exact; null where no group other than self was shown. */
  readonly competencyScores: readonly (D | null)[];
  /** With `report`: the overall mean of each shown group without subgroup, exact (the `mean` of its overall row). */
  readonly groupMeans: ReadonlyMap<RaterGroup, D>;
}

/**
 * @internal {@link aggregatePrepared} with the exact value of the others' percent (the behaviour score),
 * so the engine never reads a number back from the aggregate's text. With `report` false it computes
 * only what that score needs — the central statistic of each shown cell, the combination, the
 * competency-weighted mean — by the same code, without texts, the other statistics or the group report.
 */
export function aggregateExact(prep: PreparedFeedback, ratings: readonly ValidRating[], report: boolean): ExactFeedback {
  const { scale, options, trim, comps, compIndex, config, weighted, combine } = prep;
  const problems: KinerjaIssue[] = [];
  if (ratings.length === 0) problems.push(issue(["ratings"], "too_small", "there must be at least one rating"));

  // 3. Ratings into cells (competency × group).
  const cells: Map<string, Cell>[] = comps.map(() => new Map());
  const refs = new Map<string, GroupRef>();
  const raterGroup = new Map<string, { readonly key: string; readonly index: number }>();
  const seen = new Map<string, number>();
  let selfRater: { readonly rater: string; readonly index: number } | undefined;
  ratings.forEach((r, i) => {
    const ci = compIndex.get(r.competency);
    if (ci === undefined) problems.push(issue(["ratings", i, "competency"], "unknown_reference", `unknown competency '${r.competency}'`));
    if (r.subgroup !== undefined && r.group !== "external") {
      problems.push(issue(["ratings", i, "subgroup"], "invalid_subgroup", "only external raters have subgroups"));
    }
    const subgroup = r.subgroup ?? null;
    const key = keyOf(r.group, subgroup);
    const known = raterGroup.get(r.rater);
    if (known === undefined) raterGroup.set(r.rater, { key, index: i });
    else if (known.key !== key) {
      problems.push(issue(["ratings", i, "group"], "inconsistent_group", `the rater is in group '${known.key}' at ratings[${known.index}]`));
    }
    if (r.group === "self") {
      if (selfRater === undefined) selfRater = { rater: r.rater, index: i };
      else if (selfRater.rater !== r.rater) {
        problems.push(issue(["ratings", i, "rater"], "multiple_self", `a second self rater (the first is at ratings[${selfRater.index}])`));
      }
    }
    const pair = `${r.rater}\u0000${r.competency}`;
    const before = seen.get(pair);
    if (before !== undefined) {
      problems.push(issue(["ratings", i, "rater"], "duplicate_rating", `the rater already rated '${r.competency}' at ratings[${before}]`));
    } else seen.set(pair, i);
    let x: D | null = null;
    if (r.value !== null) {
      x = rational(r.value);
      const off = offScale(x, scale);
      if (off !== null) problems.push(issue(["ratings", i, "value"], "off_scale", off));
    }
    if (!refs.has(key)) refs.set(key, { key, group: r.group, subgroup, first: i });
    if (ci === undefined) return;
    const byGroup = cells[ci] as Map<string, Cell>;
    let cell = byGroup.get(key);
    if (cell === undefined) {
      cell = { values: [], raters: [], na: 0 };
      byGroup.set(key, cell);
    }
    if (x === null) cell.na += 1;
    else {
      cell.values.push(x);
      cell.raters.push(r.rater);
    }
  });
  const isOther = (group: RaterGroup): boolean => group !== "self" || options.includeSelf;
  if (weighted) {
    for (const ref of refs.values()) {
      if (isOther(ref.group) && config.get(ref.key)?.weight === undefined) {
        problems.push(issue(["ratings", ref.first, "group"], "missing_weight", `group '${ref.key}' has ratings but no weight in \`groups\``));
      }
    }
  }
  if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid 360 feedback", problems);

  const exempt = new Set<RaterGroup>(options.exempt);
  const thresholdOf = (ref: { readonly key: string; readonly group: RaterGroup }): number | null => {
    const own = config.get(ref.key)?.minRaters;
    if (own !== undefined) return own;
    return exempt.has(ref.group) ? null : options.minRaters;
  };
  const weightOf = (key: string): D => {
    const w = config.get(key)?.weight;
    return w === undefined ? ZERO : rational(w);
  };

  const steps: FeedbackStep[] = [];
  // Texts of decimals already shown in this aggregate (a group score is a value and an input of the others).
  const shown = new Map<D, string>();
  const text = (v: D): string => {
    let t = shown.get(v);
    if (t === undefined) {
      t = show(v);
      shown.set(v, t);
    }
    return t;
  };
  const put = (path: readonly (string | number)[], stat: Stat): string => {
    if (!report) return "";
    const value = text(stat.value);
    const inputs: Record<string, string> = {};
    for (const k in stat.inputs) inputs[k] = text(stat.inputs[k] as D);
    steps.push({ at: formatPath(path), formula: stat.formula, inputs, value });
    return value;
  };
  const reported = CENTRAL[options.central].reported;
  const centralOf = (s: { readonly mean: Stat; readonly median: Stat; readonly trimmed: Stat }): Stat => (reported === "trimmedMean" ? s.trimmed : s[reported]);
  const statsOf = (values: readonly D[]): Description => describeSorted(sortAsc(values), trim);
  /** Only the central statistic (what the pooled others figure reports). */
  const centralOnly = (values: readonly D[]): Stat => {
    const sorted = sortAsc(values);
    switch (reported) {
      case "mean":
        return meanOfSorted(sorted);
      case "median":
        return medianOf(sorted, true);
      case "trimmedMean":
        return trimmedMeanOf(sorted, trim, true);
      default:
        return unreachable(reported);
    }
  };

  // 4. Per competency. Without the report, only the combination the score uses is computed.
  const needs = (c: Combination): boolean => report || combine === c;
  const totalCompWeight = comps.reduce((acc, c) => acc.plus(c.weight), ZERO);
  const figures: CompetencyFigures[] = [];
  const competencies: CompetencyFeedback[] = comps.map((comp, ci) => {
    const base = ["competencies", ci] as const;
    const byGroup = cells[ci] as Map<string, Cell>;
    const ordered = [...byGroup.keys()].map((k) => refs.get(k) as GroupRef).sort(compareRefs);
    const shown = new Map<string, ShownCell>();
    const status = new Map<string, GroupFeedback["status"]>();
    for (const ref of ordered) {
      const cell = byGroup.get(ref.key) as Cell;
      const min = thresholdOf(ref);
      if (min !== null && cell.values.length < min) status.set(ref.key, "suppressed");
      else if (cell.values.length === 0) status.set(ref.key, "empty");
      else {
        if (report) {
          const s = statsOf(cell.values);
          shown.set(ref.key, { ref, cell, ...s, central: centralOf(s) });
        } else {
          // Without the report only `central` is read (the group rows and the overall statistics are not built).
          const central = centralOnly(cell.values);
          shown.set(ref.key, { ref, cell, mean: central, median: central, trimmed: { ...central, k: 0 }, central });
        }
        status.set(ref.key, "shown");
      }
    }
    const members = [...shown.values()].filter((s) => isOther(s.ref.group));
    const totalWeight = members.reduce((acc, s) => acc.plus(weightOf(s.ref.key)), ZERO);
    const shares = weighted && !totalWeight.isZero();

    let na = 0;
    let answers = 0;
    const groups: GroupFeedback[] = !report ? [] : ordered.map((ref, gi): GroupFeedback => {
      const cell = byGroup.get(ref.key) as Cell;
      const st = status.get(ref.key);
      if (st === "suppressed") return { status: "suppressed", group: ref.group, subgroup: ref.subgroup, n: cell.values.length };
      na += cell.na;
      answers += cell.na + cell.values.length;
      if (st === "empty") return { status: "empty", group: ref.group, subgroup: ref.subgroup, n: 0, na: cell.na };
      const s = shown.get(ref.key) as ShownCell;
      const at = [...base, "groups", gi];
      const share =
        shares && isOther(ref.group)
          ? put([...at, "share"], { value: weightOf(ref.key).div(totalWeight), formula: "weightShare", inputs: { weight: weightOf(ref.key), total: totalWeight } })
          : null;
      return {
        status: "shown",
        group: ref.group,
        subgroup: ref.subgroup,
        n: cell.values.length,
        na: cell.na,
        mean: put([...at, "mean"], s.mean),
        median: put([...at, "median"], s.median),
        trimmedMean: put([...at, "trimmedMean"], s.trimmed),
        trimmedEachEnd: s.trimmed.k,
        score: put([...at, "score"], s.central),
        percent: put([...at, "percent"], percentOf(s.central.value, scale, options.conversion)),
        share,
      };
    });

    // Self.
    const selfCell = [...shown.values()].find((s) => s.ref.group === "self");
    const self =
      selfCell === undefined || !report
        ? null
        : {
            score: put([...base, "self", "score"], selfCell.central),
            percent: put([...base, "self", "percent"], percentOf(selfCell.central.value, scale, options.conversion)),
          };

    // Others.
    const o = [...base, "others"];
    const pooledValues = members.flatMap((s) => s.cell.values);
    const pooledStat = members.length === 0 || !needs("pooled") ? null : centralOnly(pooledValues);
    let equalStat: Stat | null = null;
    if (members.length > 0 && needs("equalGroup")) {
      const inputs: Record<string, D> = {};
      let sum = ZERO;
      for (const s of members) {
        inputs[`score.${s.ref.key}`] = s.central.value;
        sum = sum.plus(s.central.value);
      }
      inputs["groups"] = rational(members.length);
      equalStat = { value: div(sum, rational(members.length)), formula: COMBINE.equalGroup.formula, inputs };
    }
    let weightedStat: Stat | null = null;
    if (shares && needs("weightedGroup")) {
      const inputs: Record<string, D> = {};
      let sum = ZERO;
      for (const s of members) {
        const w = weightOf(s.ref.key);
        inputs[`weight.${s.ref.key}`] = w;
        inputs[`score.${s.ref.key}`] = s.central.value;
        sum = sum.plus(w.times(s.central.value));
      }
      inputs["totalWeight"] = totalWeight;
      weightedStat = { value: div(sum, totalWeight), formula: COMBINE.weightedGroup.formula, inputs };
    }
    const chosen = { pooled: pooledStat, equalGroup: equalStat, weightedGroup: weightedStat }[combine];
    const others: OthersFeedback = {
      n: pooledValues.length,
      groups: members.length,
      pooled: pooledStat === null ? null : put([...o, "pooled"], pooledStat),
      equalGroup: equalStat === null ? null : put([...o, "equalGroup"], equalStat),
      weightedGroup: weightedStat === null ? null : put([...o, "weightedGroup"], weightedStat),
      score: chosen === null ? null : put([...o, "score"], chosen),
      percent: chosen === null ? null : put([...o, "percent"], percentOf(chosen.value, scale, options.conversion)),
    };

    figures.push({
      weight: comp.weight,
      shown,
      status,
      cells: byGroup,
      self: selfCell?.central.value ?? null,
      others: {
        pooled: pooledStat?.value ?? null,
        equalGroup: equalStat?.value ?? null,
        weightedGroup: weightedStat?.value ?? null,
        score: chosen?.value ?? null,
      },
      na,
      answers,
    });
    return {
      competency: comp.id,
      weight: !report ? "" : put([...base, "weight"], { value: div(comp.weight, totalCompWeight), formula: "weightShare", inputs: { weight: comp.weight, total: totalCompWeight } }),
      groups,
      self,
      others,
      na: {
        count: na,
        answers,
        rate: answers === 0 || !report ? null : put([...base, "na", "rate"], { value: div(rational(na), rational(answers)), formula: "naRate", inputs: { na: rational(na), answers: rational(answers) } }),
      },
    };
  });

  // 5. Overall: competency-weighted means over the competencies where a figure exists.
  const across = (pick: (f: CompetencyFigures) => D | null): Stat | null => {
    const inputs: Record<string, D> = {};
    let total = ZERO;
    let sum = ZERO;
    figures.forEach((f, ci) => {
      const v = pick(f);
      if (v === null) return;
      const id = (comps[ci] as { readonly id: string }).id;
      inputs[`weight.${id}`] = f.weight;
      inputs[`value.${id}`] = v;
      total = total.plus(f.weight);
      sum = sum.plus(f.weight.times(v));
    });
    if (total.isZero()) return null;
    inputs["totalWeight"] = total;
    return { value: sum.div(total), formula: "competencyWeightedMean", inputs };
  };
  const allRefs = [...refs.values()].sort(compareRefs);
  const groupMeans = new Map<RaterGroup, D>();
  const overallGroups: OverallGroupFeedback[] = !report ? [] : allRefs.map((ref, gi): OverallGroupFeedback => {
    const at = ["overall", "groups", gi];
    const withCells = figures.filter((f) => f.cells.has(ref.key));
    const shownIn = withCells.filter((f) => f.shown.has(ref.key));
    const reportedNa = withCells.filter((f) => f.status.get(ref.key) !== "suppressed").reduce((acc, f) => acc + (f.cells.get(ref.key) as Cell).na, 0);
    if (shownIn.length === 0) {
      if (withCells.some((f) => f.status.get(ref.key) === "suppressed")) {
        const raters = new Set(withCells.flatMap((f) => (f.cells.get(ref.key) as Cell).raters));
        return { status: "suppressed", group: ref.group, subgroup: ref.subgroup, n: raters.size };
      }
      return { status: "empty", group: ref.group, subgroup: ref.subgroup, n: 0, na: reportedNa };
    }
    const raters = new Set(shownIn.flatMap((f) => (f.shown.get(ref.key) as ShownCell).cell.raters));
    const stat = (pick: (s: ShownCell) => D): Stat => across((f) => {
      const s = f.shown.get(ref.key);
      return s === undefined ? null : pick(s);
    }) as Stat;
    // Each statistic across competencies once; the score is the one the scheme's central statistic names.
    const across3 = { mean: stat((s) => s.mean.value), median: stat((s) => s.median.value), trimmedMean: stat((s) => s.trimmed.value) };
    const score = across3[reported];
    if (ref.subgroup === null) groupMeans.set(ref.group, across3.mean.value);
    return {
      status: "shown",
      group: ref.group,
      subgroup: ref.subgroup,
      n: raters.size,
      na: reportedNa,
      competencies: shownIn.length,
      mean: put([...at, "mean"], across3.mean),
      median: put([...at, "median"], across3.median),
      trimmedMean: put([...at, "trimmedMean"], across3.trimmedMean),
      score: put([...at, "score"], score),
      percent: put([...at, "percent"], percentOf(score.value, scale, options.conversion)),
    };
  });
  const selfAll = report ? across((f) => f.self) : null;
  const pick = (name: OthersCombination | "score"): string | null => {
    if (!report) return null;
    const s = across((f) => f.others[name]);
    return s === null ? null : put(["overall", "others", name], s);
  };
  const othersScore = across((f) => f.others.score);
  const othersPercent = othersScore === null ? null : percentOf(othersScore.value, scale, options.conversion);
  const naCount = figures.reduce((acc, f) => acc + f.na, 0);
  const naAnswers = figures.reduce((acc, f) => acc + f.answers, 0);
  const overall: OverallFeedback = {
    groups: overallGroups,
    self:
      selfAll === null
        ? null
        : { score: put(["overall", "self", "score"], selfAll), percent: put(["overall", "self", "percent"], percentOf(selfAll.value, scale, options.conversion)) },
    others: {
      competencies: figures.filter((f) => f.others.score !== null).length,
      pooled: pick("pooled"),
      equalGroup: pick("equalGroup"),
      weightedGroup: pick("weightedGroup"),
      score: pick("score"),
      percent: othersPercent === null ? null : put(["overall", "others", "percent"], othersPercent),
    },
    na: {
      count: naCount,
      answers: naAnswers,
      rate:
        naAnswers === 0 || !report
          ? null
          : put(["overall", "na", "rate"], { value: div(rational(naCount), rational(naAnswers)), formula: "naRate", inputs: { na: rational(naCount), answers: rational(naAnswers) } }),
    },
  };

  const settingKeys = new Map<string, { readonly key: string; readonly group: RaterGroup; readonly subgroup: string | null }>();
  for (const ref of allRefs) settingKeys.set(ref.key, ref);
  for (const [key, g] of config) if (!settingKeys.has(key)) settingKeys.set(key, { key, group: g.group, subgroup: g.subgroup ?? null });
  const groupSettings = !report ? [] : [...settingKeys.values()]
    .sort(compareRefs)
    .map((g): FeedbackGroupSetting => {
      const w = config.get(g.key)?.weight;
      return { group: g.group, subgroup: g.subgroup, weight: w === undefined ? null : show(rational(w)), minRaters: thresholdOf(g) };
    });

  const aggregate: FeedbackAggregate = {
    settings: {
      scale,
      central: options.central,
      trim: report ? show(trim) : "",
      minRaters: options.minRaters,
      exempt: GROUPS.filter((g) => exempt.has(g)),
      includeSelf: options.includeSelf,
      combine,
      conversion: options.conversion,
      groups: groupSettings,
    },
    competencies,
    overall,
    steps,
  };
  const shownGroups = new Set<RaterGroup>();
  for (const f of figures) for (const cell of f.shown.values()) shownGroups.add(cell.ref.group);
  return { aggregate, othersPercent: othersPercent === null ? null : othersPercent.value, shownGroups, competencyScores: figures.map((f) => f.others.score), groupMeans };
}
