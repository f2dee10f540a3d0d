import * as z from "zod/mini";
import { KinerjaError, issue, type KinerjaIssue } from "../errors/kinerjaError.js";
import { Dec, show } from "../math/decimal.js";
import type { RoundingMode } from "../math/round.js";
import type { DecimalText } from "../schema/result.js";
import { parseWith } from "../schema/toKinerjaError.js";
import {
  buildSystem,
  closure,
  compileCurve,
  conflictMessages,
  DistributionCurveSchema,
  exactCounts,
  findConflict,
  jointRange,
  QuotaRoundingSchema,
  type CountRange,
  type DistributionCurveInput,
  type LimitSpec,
  type QuotaRoundingInput,
} from "./distributionCurve.js";
import { curveOfOrganisation, oneCurveSource, OrganisationPredikatSchema, type OrganisationPredikat } from "./seMenpanrbCurves.js";
import { GroupBySchema, groupResults, MAX_ISSUES, readResults, type GroupBy, type RatedInput } from "./ratedResults.js";

/** Options of {@link checkDistribution}. */
export const CheckDistributionOptionsSchema = z.strictObject({
  /** The distribution curve (or give `organisationPredikat`). */
  curve: z.optional(DistributionCurveSchema),
  /** The organisation's predikat: selects its SE MenPANRB 3/2023 curve (instead of `curve`). */
  organisationPredikat: z.optional(OrganisationPredikatSchema),
  /** Check each unit separately (`unit`) or everybody as one organisation (`none`, the default). */
  by: z._default(GroupBySchema, "none"),
  /** How shares become head-counts (default: ceil for minima, floor for maxima). */
  rounding: QuotaRoundingSchema,
}).check(z.superRefine(oneCurveSource));

/** Options of {@link checkDistribution} as written in JSON. */
export interface CheckDistributionOptions {
  /** The distribution curve (categories best → worst, each with the band ids it counts); or give `organisationPredikat`. */
  readonly curve?: DistributionCurveInput | undefined;
  /** The organisation's predikat, which selects its curve of `SE_MENPANRB_3_2023_CURVES` (give this or `curve`). */
  readonly organisationPredikat?: OrganisationPredikat | undefined;
  /** `none` (default): all results are one organisation; `unit`: each `employee.unit` separately. */
  readonly by?: GroupBy | undefined;
  /** How shares become head-counts (default `{ min: "ceil", max: "floor" }`). */
  readonly rounding?: QuotaRoundingInput | undefined;
}

/** Head-count and share of one category in one group. */
export interface CategoryShare {
  /** Category id. */
  readonly category: string;
  /** Number of employees in it. */
  readonly count: number;
  /** `count / size` (0–1), full precision (40 significant digits when it does not terminate). */
  readonly share: DecimalText;
}

/** One limit of the curve that a group breaks. */
export interface DistributionViolation {
  /** `category` or `group` limit. */
  readonly kind: "category" | "group";
  /** Id of the category or group. */
  readonly id: string;
  /** The categories it covers. */
  readonly categories: readonly string[];
  /** `above` its maximum or `below` its minimum. */
  readonly problem: "above" | "below";
  /** Employees counted. */
  readonly count: number;
  /** `count / size`, full precision. */
  readonly share: DecimalText;
  /** The head-count range the limit allows for this group's size. */
  readonly allowed: CountRange;
  /** The limit as the curve states it. */
  readonly limit: LimitSpec;
  /** Human-readable description (English). */
  readonly message: string;
}

/** The check of one group (a unit, or everybody). */
export interface DistributionGroupCheck {
  /** The unit (null for `by: "none"` or for the results without a unit). */
  readonly unit: string | null;
  /** Number of employees. */
  readonly size: number;
  /** Head-count and share per category, best → worst. */
  readonly counts: readonly CategoryShare[];
  /** True when no limit is broken. */
  readonly ok: boolean;
  /** False when no distribution of this many employees can meet every limit (a small unit, say). */
  readonly feasible: boolean;
  /** When infeasible: the limits that cannot hold together. Empty otherwise. */
  readonly conflict: readonly string[];
  /** Every limit broken, categories first (best → worst), then groups. */
  readonly violations: readonly DistributionViolation[];
  /** Per category, the head-count range left when all limits apply together (empty when infeasible). */
  readonly ranges: readonly { readonly category: string; readonly allowed: CountRange }[];
}

/** Result of {@link checkDistribution}. */
export interface DistributionCheck {
  /** Id of the curve. */
  readonly curve: string;
  /** How the results were grouped. */
  readonly by: GroupBy;
  /** Quota rounding used. */
  readonly rounding: { readonly min: RoundingMode; readonly max: RoundingMode };
  /** True when every group meets the curve. */
  readonly ok: boolean;
  /** One check per group (units sorted by id; results without a unit last). */
  readonly groups: readonly DistributionGroupCheck[];
}

/**
 * Checks the predikat distribution of a set of results against a distribution curve: counts
 * per category (from `result.final.band.id`, mapped by the curve's `bands`), per unit or overall,
 * and reports every limit that is broken with the count, the share, the allowed head-count range
 * and the limit as stated.
 *
 * Head-count ranges follow `distributionQuotas` (ceil for minima, floor for maxima by default).
 * A group too small to meet the curve at all is reported with `feasible: false` and the
 * conflicting limits — it is not an error here (it is in `calibrate`).
 *
 * @param results - results of `evaluate` or scores of `score` (only `employee.id`, `employee.unit`, `final.score`
 *   and `final.band.id` are read); every one needs a band that the curve covers
 * @param options - `{ curve, by?, rounding? }`, or `{ organisationPredikat, … }` to check against the SE MenPANRB
 *   3/2023 curve that predikat selects
 * @returns the check per group
 * @throws `KinerjaError` `INVALID_INPUT` for an empty list, a result without a band, a band no category
 *   covers, or a malformed curve
 * @example
 * ```ts
 * const check = checkDistribution(results, { curve: SE_MENPANRB_3_2023_CURVES.baik, by: "unit" });
 * check.groups.filter((g) => !g.ok).map((g) => [g.unit, g.violations.map((v) => v.message)]);
 * ```
 */
export function checkDistribution(results: readonly RatedInput[], options: CheckDistributionOptions): DistributionCheck {
  const opts = parseWith(CheckDistributionOptionsSchema, options, "INVALID_INPUT", "distribution check options");
  const curve = compileCurve(opts.curve ?? curveOfOrganisation(opts.organisationPredikat ?? "baik"), undefined, ["curve"]);
  const { rated } = readResults(results, "distribution check input", { band: true });
  const problems: KinerjaIssue[] = [];
  for (const r of rated) {
    if (r.band !== null && !curve.bandToCategory.has(r.band)) {
      if (problems.length < MAX_ISSUES) problems.push(issue(["results", r.index, "final", "band", "id"], "unknown_band", `band '${r.band}' is not in any category of curve '${curve.id}'`));
    }
  }
  if (problems.length > 0) throw new KinerjaError("INVALID_INPUT", "invalid distribution check input", problems);

  const groups = groupResults(rated, opts.by).map((group): DistributionGroupCheck => {
    const size = group.members.length;
    const n = new Dec(size);
    const shareOf = (count: number): DecimalText => show(new Dec(count).div(n));
    const counts = curve.categories.map(() => 0);
    for (const r of group.members) {
      const i = curve.bandToCategory.get(r.band ?? "") ?? 0;
      counts[i] = (counts[i] ?? 0) + 1;
    }
    const system = buildSystem(curve, size, opts.rounding, exactCounts(curve, size)?.counts);
    const violations: DistributionViolation[] = [];
    for (const s of [...system.categories, ...system.groups]) {
      const l = s.limit;
      const count = counts.slice(l.from, l.to + 1).reduce((x, y) => x + y, 0);
      if (count >= s.range.min && count <= s.range.max) continue;
      const problem = count > s.range.max ? "above" : "below";
      const name = l.kind === "group" ? `group '${l.id}'` : `'${l.id}'`;
      violations.push({
        kind: l.kind,
        id: l.id,
        categories: curve.categories.slice(l.from, l.to + 1).map((c) => c.id),
        problem,
        count,
        share: shareOf(count),
        allowed: s.range,
        limit: l.spec,
        message: `${name} has ${count} of ${size} (${show(new Dec(count).div(n).times(100).toDecimalPlaces(2))} %); ${problem === "above" ? `at most ${s.range.max} allowed` : `at least ${s.range.min} required`}`,
      });
    }
    const conflict = findConflict(system);
    const clo = conflict ? undefined : closure(system);
    return {
      unit: group.unit,
      size,
      counts: curve.categories.map((c, i) => ({ category: c.id, count: counts[i] ?? 0, share: shareOf(counts[i] ?? 0) })),
      ok: violations.length === 0 && !conflict,
      feasible: !conflict,
      conflict: conflict ? conflictMessages(system, conflict, opts.rounding) : [],
      violations,
      ranges: clo ? curve.categories.map((c, i) => ({ category: c.id, allowed: jointRange(clo, i, i + 1) })) : [],
    };
  });
  return { curve: curve.id, by: opts.by, rounding: { min: opts.rounding.min, max: opts.rounding.max }, ok: groups.every((g) => g.ok), groups };
}
