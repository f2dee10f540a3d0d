import * as z from "zod/mini";
import { Dec, show } from "../math/decimal.js";
import { DecimalInputSchema, IdSchema, LabelSchema } from "../schema/primitives.js";
import type { TraceEntry } from "../schema/result.js";
import type { Label } from "../schema/scheme.js";
import { parseWith } from "../schema/toKinerjaError.js";

/** Where a development need comes from. */
export type DevelopmentSource = "rule" | "competencyGap" | "blindSpot" | "jpShortfall";

/** The default order of the sources: rule outcomes (decided by policy) first, then JPM gaps, 360° blind spots, and the JP shortfall. */
export const DEFAULT_DEVELOPMENT_ORDER: readonly DevelopmentSource[] = Object.freeze(["rule", "competencyGap", "blindSpot", "jpShortfall"] as const);

const Source = z.enum(["rule", "competencyGap", "blindSpot", "jpShortfall"]);

/** Input of {@link developmentPlan}. */
export const DevelopmentPlanInputSchema = z.strictObject({
    /** Employee id. */
    employee: z.string().check(z.minLength(1), z.maxLength(100)),
    /** Competency gaps, e.g. `jobPersonMatch(...).gaps` (`standard − achieved`). */
    competencyGaps: z._default(z.array(z.object({ id: IdSchema, label: z.optional(z.nullable(LabelSchema)), standard: DecimalInputSchema, achieved: DecimalInputSchema })).check(z.maxLength(500)), []),
    /** 360° self–other gap items, e.g. `selfOtherGap(...).items`; those of kind `blindSpot` count (size = self − others). */
    feedbackGaps: z._default(z.array(z.object({ competency: IdSchema, gap: z.nullable(DecimalInputSchema), kind: z.nullable(z.enum(["blindSpot", "hiddenStrength", "aligned"])) })).check(z.maxLength(500)), []),
    /** Rule outcomes, e.g. `applyRules(...).outcomes`; those of kind `development` count (training, coaching, improvementPlan). */
    outcomes: z._default(z.array(z.object({ rule: z.string().check(z.minLength(1), z.maxLength(200)), kind: z.string().check(z.maxLength(50)), type: z.string().check(z.maxLength(50)), days: z.optional(z.nullable(z.int())), label: z.optional(z.nullable(LabelSchema)) })).check(z.maxLength(500)), []),
    /** The JP shortfall of the year, e.g. `developmentHours(...).shortfall`; counted when above 0. */
    jpShortfall: z.optional(DecimalInputSchema),
    /** Order of the sources (each once; default {@link DEFAULT_DEVELOPMENT_ORDER}). Within a source: larger size first, then id. */
    order: z._default(z.array(Source).check(z.length(4)), [...DEFAULT_DEVELOPMENT_ORDER]),
  }).check(z.superRefine((v, ctx) => {
    if (new Set(v.order).size !== 4) ctx.addIssue({ code: "custom", path: ["order"], message: "list each source once", input: v.order });
    const seen = new Set<string>();
    v.competencyGaps.forEach((g, i) => {
      if (seen.has(g.id)) ctx.addIssue({ code: "custom", path: ["competencyGaps", i, "id"], message: `competency '${g.id}' is listed twice`, input: g.id, params: { kinerja: "duplicate_id" } });
      seen.add(g.id);
    });
  }));

/**
 * Input of {@link developmentPlan}: the results of `jobPersonMatch`, `selfOtherGap`, `applyRules` and
 * `developmentHours` can be passed as they are (other fields of their items are ignored).
 */
export interface DevelopmentPlanInput {
  readonly employee: string;
  readonly competencyGaps?: readonly { readonly id: string; readonly label?: string | { readonly id: string; readonly en?: string | undefined } | null | undefined; readonly standard: string | number; readonly achieved: string | number }[] | undefined;
  readonly feedbackGaps?: readonly { readonly competency: string; readonly gap: string | number | null; readonly kind: "blindSpot" | "hiddenStrength" | "aligned" | null }[] | undefined;
  readonly outcomes?: readonly { readonly rule: string; readonly kind: string; readonly type: string; readonly days?: number | null | undefined; readonly label?: Label | string | null | undefined }[] | undefined;
  readonly jpShortfall?: string | number | undefined;
  readonly order?: readonly DevelopmentSource[] | undefined;
}

/** One item of a development plan. */
export interface DevelopmentItem {
  /** 1 = first. */
  readonly rank: number;
  readonly source: DevelopmentSource;
  /** The competency (gaps and blind spots), the rule id (rule outcomes), or `jp` (the JP shortfall). */
  readonly subject: string;
  /** The size in the source's unit: competency levels, scale points (self − others), days (rule outcomes, or null) or JP. */
  readonly size: string | null;
  /** What to do: the rule's outcome type, or the suggested kind of development. */
  readonly action: "training" | "coaching" | "improvementPlan" | "feedbackConversation" | "competencyDevelopment";
  readonly label: Label | null;
}

/** Result of {@link developmentPlan}. */
export interface DevelopmentPlan {
  readonly employee: string;
  readonly items: readonly DevelopmentItem[];
  /** How each computed size was obtained (competency gaps: `standard − achieved`); other sizes are copied from the input. */
  readonly trace: readonly TraceEntry[];
}

const cmpId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * An individual development plan (PP 11/2017 jo PP 17/2020, pengembangan kompetensi; PermenPANRB 6/2022
 * on development from performance results): the employee's competency gaps against the job standard,
 * 360° blind spots, development outcomes of rules (training, coaching, an improvement plan) and the
 * yearly JP shortfall, combined into one ranked list. Sizes have different units, so the ranking is by
 * the declared source order first, then the larger size, then the id — deterministic and independent of
 * the input order.
 *
 * @param input - `{ employee, competencyGaps?, feedbackGaps?, outcomes?, jpShortfall?, order? }`
 * @returns the ranked items
 * @throws `KinerjaError` `INVALID_INPUT`
 * @example
 * ```ts
 * developmentPlan({ employee: "199001", competencyGaps: jpm.gaps, feedbackGaps: sog.items, outcomes: rules.outcomes, jpShortfall: hours.shortfall });
 * ```
 */
export function developmentPlan(input: DevelopmentPlanInput): DevelopmentPlan {
  const v = parseWith(DevelopmentPlanInputSchema, input, "INVALID_INPUT", "developmentPlan input");
  type Raw = Omit<DevelopmentItem, "rank"> & { readonly sort: Dec | null };
  const raw: Raw[] = [];
  for (const g of v.competencyGaps) {
    const gap = new Dec(g.standard).minus(g.achieved);
    if (gap.gt(0)) raw.push({ source: "competencyGap", subject: g.id, size: show(gap), sort: gap, action: "training", label: g.label ?? null });
  }
  for (const f of v.feedbackGaps)
    if (f.kind === "blindSpot" && f.gap !== null) raw.push({ source: "blindSpot", subject: f.competency, size: f.gap, sort: new Dec(f.gap), action: "feedbackConversation", label: null });
  for (const o of v.outcomes) {
    if (o.kind !== "development" || (o.type !== "training" && o.type !== "coaching" && o.type !== "improvementPlan")) continue;
    const days = o.days ?? null;
    raw.push({ source: "rule", subject: o.rule, size: days === null ? null : String(days), sort: days === null ? null : new Dec(days), action: o.type, label: o.label ?? null });
  }
  if (v.jpShortfall !== undefined && new Dec(v.jpShortfall).gt(0)) raw.push({ source: "jpShortfall", subject: "jp", size: v.jpShortfall, sort: new Dec(v.jpShortfall), action: "competencyDevelopment", label: { id: "Kekurangan jam pelajaran", en: "JP shortfall" } });
  const rank = (s: DevelopmentSource): number => v.order.indexOf(s);
  raw.sort((a, b) => rank(a.source) - rank(b.source) || (b.sort ?? new Dec(-1)).cmp(a.sort ?? new Dec(-1)) || cmpId(a.subject, b.subject) || cmpId(a.action, b.action));
  const items = raw.map(({ sort: _sort, ...item }, i) => ({ rank: i + 1, ...item }));
  const trace: TraceEntry[] = [];
  items.forEach((item, i) => {
    if (item.source !== "competencyGap") return;
    const g = v.competencyGaps.find((c) => c.id === item.subject) as (typeof v.competencyGaps)[number];
    trace.push({ at: `items[${i}].size`, formula: "difference", value: item.size as string, inputs: { standard: g.standard, achieved: g.achieved } });
  });
  return { employee: v.employee, items, trace };
}
