import * as z from "zod/mini";
import { KinerjaError, issue } from "../errors/kinerjaError.js";
import { compileRules } from "../rules/compileRules.js";
import { evaluateRules } from "../rules/evaluateRules.js";
import { DateSchema } from "../schema/primitives.js";
import type { Condition, ConditionTrace } from "../schema/rules.js";
import type { Label } from "../schema/scheme.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { PredikatSchema } from "../talent/predikat.js";
import { plusMonths } from "./calendarMonths.js";

/** The state of a PP 30/2019 improvement window on a date. */
export type ImprovementState = "notTriggered" | "open" | "reEvaluationDue" | "improved" | "notImproved" | "placement" | "placementExpired" | "closed";

/** Labels of the states (Indonesian, English). */
export const IMPROVEMENT_STATE_LABELS: Readonly<Record<ImprovementState, Label>> = Object.freeze({
  notTriggered: Object.freeze({ id: "Tidak perlu perbaikan", en: "No improvement window" }),
  open: Object.freeze({ id: "Masa perbaikan berjalan", en: "Improvement window open" }),
  reEvaluationDue: Object.freeze({ id: "Penilaian ulang jatuh tempo", en: "Re-evaluation due" }),
  improved: Object.freeze({ id: "Membaik — selesai", en: "Improved — closed" }),
  notImproved: Object.freeze({ id: "Tidak membaik", en: "Not improved" }),
  placement: Object.freeze({ id: "Penempatan pada jabatan lain", en: "Placed in another post" }),
  placementExpired: Object.freeze({ id: "Masa penempatan berakhir", en: "Placement period ended" }),
  closed: Object.freeze({ id: "Selesai", en: "Closed" }),
});

const Predikat = PredikatSchema;
const DEFAULT_TRIGGER = { history: "band", last: 1, op: "in", value: ["kurang", "sangatKurang"] } as const;
const DEFAULT_IMPROVED = { history: "band", last: 1, op: "in", value: ["baik", "sangatBaik"] } as const;

/** Input of {@link improvementWindow}. */
export const ImprovementWindowInputSchema = z.strictObject({
    /** The date the state is read on. */
    asOf: DateSchema,
    /** The predikat decision that may open the window: its date, predikat, and the predikat of the periods before it (oldest first). */
    opened: z.strictObject({ date: DateSchema, predikat: Predikat, earlier: z._default(z.array(z.nullable(Predikat)).check(z.maxLength(50)), []) }),
    /** The re-evaluation at the end of the window. */
    reEvaluation: z.optional(z.strictObject({ date: DateSchema, predikat: Predikat })),
    /** Placement in another post after no improvement (JA/JF). */
    placement: z.optional(z.strictObject({ date: DateSchema })),
    /** The close of the case after a placement: `placed` (a fitting post was found) or `dismissed` (honourable dismissal). */
    closed: z.optional(z.strictObject({ date: DateSchema, outcome: z.enum(["placed", "dismissed"]) })),
    /** A rule-engine condition over the period history (`band`) that opens the window; default the last predikat is Kurang or Sangat Kurang. */
    trigger: z._default(z.custom<Condition>((x) => x !== undefined), DEFAULT_TRIGGER),
    /** The condition on the history up to the re-evaluation that counts as improved; default Baik or Sangat Baik. */
    improvedWhen: z._default(z.custom<Condition>((x) => x !== undefined), DEFAULT_IMPROVED),
    /** Window length (default 6 months) and the longest placement (default 12 months). */
    months: z._default(z.int().check(z.gte(1), z.lte(60)), 6),
    placementMonths: z._default(z.int().check(z.gte(1), z.lte(60)), 12),
  }).check(z.superRefine((v, ctx) => {
    const order: [string, string | undefined][] = [
      ["opened", v.opened.date],
      ["reEvaluation", v.reEvaluation?.date],
      ["placement", v.placement?.date],
      ["closed", v.closed?.date],
    ];
    let last = "";
    for (const [k, d] of order) {
      if (d === undefined) continue;
      if (d < last) ctx.addIssue({ code: "custom", path: [k, "date"], message: `${k} is dated before the step before it`, input: d, params: { kinerja: "date_order" } });
      last = d;
    }
    if (v.placement !== undefined && v.reEvaluation === undefined) ctx.addIssue({ code: "custom", path: ["placement"], message: "a placement follows a re-evaluation", input: v.placement });
    if (v.closed !== undefined && v.placement === undefined) ctx.addIssue({ code: "custom", path: ["closed"], message: "closing follows a placement", input: v.closed });
  }));

/** Input of {@link improvementWindow} as written in JSON. */
export type ImprovementWindowInput = z.input<typeof ImprovementWindowInputSchema>;

/** One dated transition. */
export interface ImprovementTransition {
  readonly state: ImprovementState;
  readonly date: string;
  readonly reason: string;
}

/** Result of {@link improvementWindow}. */
export interface ImprovementWindow {
  readonly state: ImprovementState;
  readonly label: Label;
  /** When the window ends (opened + months, the 29th–31st clamped), or null when not triggered. */
  readonly windowEnds: string | null;
  /** When the placement ends (placement + placementMonths), or null. */
  readonly placementEnds: string | null;
  /** The dated transitions up to `asOf`, oldest first. */
  readonly transitions: readonly ImprovementTransition[];
  /** The evaluated trigger and (after a re-evaluation) improvement conditions. */
  readonly trigger: ConditionTrace;
  readonly improved: ConditionTrace | null;
}

/** Compiles one condition as a rule; errors point into the input at `path`. */
function conditionRules(when: unknown, path: string) {
  try {
    return compileRules({ policy: { rules: [{ id: path, when: when as never, then: { kind: "development", type: "improvementPlan" } }] }, facts: [] });
  } catch (e) {
    if (!(e instanceof KinerjaError)) throw e;
    throw new KinerjaError("INVALID_INPUT", "invalid improvementWindow input", e.issues.map((i) => issue([path, ...i.path.slice(3)], i.code, i.message)));
  }
}

function holds(rules: ReturnType<typeof compileRules>, bands: readonly (string | null)[]): { value: boolean; condition: ConditionTrace } {
  const r = evaluateRules({ rules, facts: new Map(), history: bands.map((band) => ({ band })) });
  return { value: r.fired.length > 0, condition: (r.fired[0] ?? r.notFired[0])?.conditions as ConditionTrace };
}

/**
 * The follow-up of a low predikat over time (PP 30/2019 Pasal 57): a predikat that meets the trigger
 * (default Kurang or Sangat Kurang; any rule-engine condition over consecutive periods may be given)
 * opens a six-month improvement window from the decision date; the re-evaluation closes it as improved
 * (default Baik or better) or not improved; a JA/JF who did not improve is placed in another post for at
 * most 12 months, and the case closes with a fitting post or an honourable dismissal. Every transition
 * is dated; the state on `asOf` says what is due.
 *
 * @param input - `{ asOf, opened, reEvaluation?, placement?, closed?, trigger?, improvedWhen?, months?, placementMonths? }`
 * @returns the state, its dated transitions, the window and placement ends, and the evaluated conditions
 * @throws `KinerjaError` `INVALID_INPUT`
 * @example
 * ```ts
 * improvementWindow({ asOf: "2024-03-01", opened: { date: "2023-08-31", predikat: "kurang" } });
 * // state "reEvaluationDue", windowEnds "2024-02-29"
 * ```
 */
export function improvementWindow(input: ImprovementWindowInput): ImprovementWindow {
  const v = parseWith(ImprovementWindowInputSchema, input, "INVALID_INPUT", "improvementWindow input");
  const trigger = holds(conditionRules(v.trigger, "trigger"), [...v.opened.earlier, v.opened.predikat]);
  const improvedRules = conditionRules(v.improvedWhen, "improvedWhen");
  const transitions: ImprovementTransition[] = [];
  const done = (state: ImprovementState, windowEnds: string | null, placementEnds: string | null, improved: ConditionTrace | null): ImprovementWindow => ({
    state,
    label: { ...IMPROVEMENT_STATE_LABELS[state] },
    windowEnds,
    placementEnds,
    transitions,
    trigger: trigger.condition,
    improved,
  });
  if (!trigger.value || v.opened.date > v.asOf) return done("notTriggered", null, null, null);
  const windowEnds = plusMonths(v.opened.date, v.months);
  transitions.push({ state: "open", date: v.opened.date, reason: `predikat ${v.opened.predikat}; window of ${v.months} months to ${windowEnds}` });
  if (v.reEvaluation === undefined || v.reEvaluation.date > v.asOf) {
    if (v.asOf < windowEnds) return done("open", windowEnds, null, null);
    transitions.push({ state: "reEvaluationDue", date: windowEnds, reason: "the window has ended without a re-evaluation" });
    return done("reEvaluationDue", windowEnds, null, null);
  }
  const improved = holds(improvedRules, [...v.opened.earlier, v.opened.predikat, v.reEvaluation.predikat]);
  if (improved.value) {
    transitions.push({ state: "improved", date: v.reEvaluation.date, reason: `re-evaluated ${v.reEvaluation.predikat}` });
    return done("improved", windowEnds, null, improved.condition);
  }
  transitions.push({ state: "notImproved", date: v.reEvaluation.date, reason: `re-evaluated ${v.reEvaluation.predikat}` });
  if (v.placement === undefined || v.placement.date > v.asOf) return done("notImproved", windowEnds, null, improved.condition);
  const placementEnds = plusMonths(v.placement.date, v.placementMonths);
  transitions.push({ state: "placement", date: v.placement.date, reason: `placed in another post for at most ${v.placementMonths} months, to ${placementEnds}` });
  if (v.closed !== undefined && v.closed.date <= v.asOf) {
    transitions.push({ state: "closed", date: v.closed.date, reason: v.closed.outcome === "placed" ? "a fitting post was found" : "honourably dismissed: no fitting post opened" });
    return done("closed", windowEnds, placementEnds, improved.condition);
  }
  if (v.asOf >= placementEnds) {
    transitions.push({ state: "placementExpired", date: placementEnds, reason: "the placement period has ended without a fitting post" });
    return done("placementExpired", windowEnds, placementEnds, improved.condition);
  }
  return done("placement", windowEnds, placementEnds, improved.condition);
}
