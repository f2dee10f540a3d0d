import * as z from "zod/mini";
import { KinerjaError, issue } from "../errors/kinerjaError.js";
import { compile } from "../engine/compile.js";
import { evaluate } from "../engine/evaluate.js";
import { isPlan, type Plan } from "../engine/plan.js";
import { Dec, show } from "../math/decimal.js";
import { OrganisationPredikatSchema, type OrganisationPredikat } from "../rating/seMenpanrbCurves.js";
import type { AppraisalInput } from "../schema/appraisal.js";
import type { DecimalText, Result, TraceEntry } from "../schema/result.js";
import type { Label, SchemeInput } from "../schema/scheme.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { ORGANISATION_PREDIKAT_LABELS, OrganisationPredikatPolicySchema, type OrganisationPredikatPolicy, type OrganisationPredikatPolicyInput } from "./organisationPredikatPolicy.js";

const OverrideSchema = z.strictObject({
  /** The predikat set by the pejabat (e.g. after weighing the expectation for the unit). */
  predikat: OrganisationPredikatSchema,
  /** Why; mandatory, recorded in the result. */
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
});

/** Input of {@link organisationPredikat}. */
export interface OrganisationPredikatInput {
  /** An organisation scheme (from `organisationScheme`) or its compiled plan. */
  readonly scheme: SchemeInput | Plan;
  /** The realisations of the period, as an appraisal of the organisation (`employee.id` = the organisation or unit id). */
  readonly appraisal: AppraisalInput;
  /** `periodic` (rencana aksi against periodic targets) or `annual` (perjanjian kinerja); recorded only. */
  readonly kind?: "periodic" | "annual" | undefined;
  /** The policy given to `organisationScheme` (its no-progress anchor applies here; its cap and edges must match the scheme's). */
  readonly policy?: OrganisationPredikatPolicyInput | undefined;
  /** A manual predikat with its reason (the annual "expectation" adjustment of the SE). */
  readonly override?: { readonly predikat: OrganisationPredikat; readonly reason: string } | undefined;
}

/** The organisation predikat of one period. Plain JSON. */
export interface OrganisationPredikatResult {
  readonly kind: "periodic" | "annual";
  readonly organisation: string;
  readonly period: { readonly start: string; readonly end: string } | null;
  /** The predikat that applies (after the anchor and the override). */
  readonly predikat: OrganisationPredikat;
  readonly label: Label;
  /** Mean capaian *c* (percent, exact) — the engine's results score. */
  readonly capaian: DecimalText;
  /** *c* rounded as the scheme's final rounding (2 places, half-up) for display. */
  readonly capaianRounded: DecimalText;
  /** The level of *c* by the policy's edges (the engine's band). */
  readonly byCapaian: OrganisationPredikat;
  /** Actions with a realisation of 0, of the scored ones, and whether the no-progress anchor applied. */
  readonly noProgress: { readonly count: number; readonly scored: number; readonly share: DecimalText; readonly threshold: DecimalText | null; readonly applied: boolean };
  /** The manual override, when given. */
  readonly override: { readonly predikat: OrganisationPredikat; readonly reason: string; readonly replaced: OrganisationPredikat } | null;
  /** The policy id. */
  readonly policy: string;
  /** The engine's result of the scorecard (every capaian with its trace). */
  readonly result: Result;
  /** How the predikat was reached (after the engine's own trace). */
  readonly trace: readonly TraceEntry[];
}

const Input = z.strictObject({
  scheme: z.unknown(),
  appraisal: z.unknown(),
  kind: z._default(z.enum(["periodic", "annual"]), "annual"),
  policy: z._default(OrganisationPredikatPolicySchema, OrganisationPredikatPolicySchema.parse({})),
  override: z.optional(OverrideSchema),
});

/**
 * Checks that the scheme is an organisation scheme (its bands are the five levels, gap-free) and, when a
 * policy is given, that the scheme was built with the same cap and edges.
 */
function checkPolicy(plan: Plan, policy: OrganisationPredikatPolicy, given: boolean): void {
  const table = plan.scheme.bands?.table ?? [];
  const ids = table.map((b) => b.id).join(",");
  if (ids !== "sangatKurang,kurang,butuhPerbaikan,baik,istimewa" || plan.scheme.bands?.classify !== "exact") {
    throw new KinerjaError("INVALID_INPUT", "invalid organisation predikat input", [
      issue(["scheme", "bands"], "not_organisation_scheme", `the scheme's bands (${ids || "none"}) are not the five organisation predikat levels; build the scheme with organisationScheme`),
    ]);
  }
  if (!given) return;
  const e = policy.edges;
  const edges = [e.kurang, e.butuhPerbaikan, e.baik, e.istimewa];
  const sameEdges = table.slice(1).every((b, i) => b.min !== undefined && new Dec(b.min).eq(edges[i] as string));
  const sameCap = plan.scheme.indicators.every((ind) => ind.cap !== undefined && new Dec(ind.cap).eq(policy.cap));
  if (!sameEdges || !sameCap) {
    throw new KinerjaError("INVALID_INPUT", "invalid organisation predikat input", [
      issue(["policy"], "policy_mismatch", `the scheme was built with other ${sameEdges ? "caps" : "edges"} than policy '${policy.id}'; give organisationScheme the same policy`),
    ]);
  }
}

const RANK: Readonly<Record<OrganisationPredikat, number>> = { istimewa: 5, baik: 4, butuhPerbaikan: 3, kurang: 2, sangatKurang: 1 };

/**
 * The organisation (or unit) predikat of a period (SE MenPANRB 3/2023, implementing PermenPANRB 6/2022):
 * evaluates the organisation scorecard with the engine (`evaluate`) — capaian per indicator or action,
 * their weighted mean *c*, the level by the policy's edges — then applies the SE's anchor "most actions
 * without progress → Sangat Kurang" and finally a manual override with its reason.
 * The predikat selects the distribution curve: `checkDistribution(results, { organisationPredikat })`.
 *
 * @param input - `{ scheme, appraisal, kind?, policy?, override? }`
 * @returns the predikat with *c*, the anchor, the override, the engine's result and a trace
 * @throws `KinerjaError` `INVALID_INPUT` for malformed input, a scheme whose bands are not the five
 *   organisation levels, or a `policy` whose cap or edges differ from the scheme's; the engine's errors for a
 *   malformed scheme or appraisal
 * @example
 * ```ts
 * const org = organisationPredikat({ scheme: organisationScheme({ id: "pk", indicators }), appraisal });
 * checkDistribution(results, { organisationPredikat: org.predikat, by: "unit" });
 * ```
 */
export function organisationPredikat(input: OrganisationPredikatInput): OrganisationPredikatResult {
  const v = parseWith(Input, input, "INVALID_INPUT", "organisation predikat input");
  const plan = isPlan(input.scheme) ? input.scheme : compile(input.scheme as SchemeInput);
  checkPolicy(plan, v.policy, input.policy !== undefined);
  const result = evaluate(plan, input.appraisal);
  // The five bands cover every value from −∞ to +∞ (checked above), so every result has one of them.
  const byCapaian = result.final.band?.id as OrganisationPredikat;
  const capaianTrace = result.trace.find((t) => t.at === "final.score");
  const capaian = capaianTrace?.rounding?.exact ?? result.final.score;
  const scored = result.indicators.filter((i) => i.status === "scored");
  const zero = scored.filter((i) => i.actual !== null && new Dec(i.actual).isZero()).length;
  const share = scored.length === 0 ? new Dec(0) : new Dec(zero).div(scored.length);
  const policy: OrganisationPredikatPolicy = v.policy;
  const threshold = policy.noProgressShare === null ? null : new Dec(policy.noProgressShare);
  const applied = threshold !== null && share.gt(threshold) && RANK[byCapaian] > RANK.sangatKurang;
  const afterAnchor: OrganisationPredikat = applied ? "sangatKurang" : byCapaian;
  const predikat = v.override?.predikat ?? afterAnchor;
  const trace: TraceEntry[] = [
    { at: "capaian", formula: "organisation.meanCapaian", value: show(new Dec(capaian)), inputs: { indicators: String(scored.length) }, source: "result.final.score" },
    {
      at: "noProgress.share",
      formula: "organisation.noProgressShare",
      value: show(share),
      inputs: { zeroRealisation: String(zero), scored: String(scored.length), ...(threshold === null ? {} : { threshold: show(threshold) }) },
    },
  ];
  return {
    kind: v.kind,
    organisation: result.employee.id,
    period: result.period,
    predikat,
    label: { ...ORGANISATION_PREDIKAT_LABELS[predikat] },
    capaian: show(new Dec(capaian)),
    capaianRounded: result.final.score,
    byCapaian,
    noProgress: { count: zero, scored: scored.length, share: show(share), threshold: threshold === null ? null : show(threshold), applied },
    override: v.override === undefined ? null : { predikat: v.override.predikat, reason: v.override.reason, replaced: afterAnchor },
    policy: policy.id,
    result,
    trace,
  };
}
