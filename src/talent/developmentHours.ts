import * as z from "zod/mini";
import { Dec, ZERO, max, show, type Dec as D } from "../math/decimal.js";
import { roundDec } from "../math/roundDec.js";
import { DateSchema, DecimalInputSchema, IdSchema, NonNegativeDecimalSchema, RoundingRuleSchema } from "../schema/primitives.js";
import type { TraceEntry } from "../schema/result.js";
import { parseWith } from "../schema/toKinerjaError.js";
import { safeRecord } from "./internal/safeRecord.js";

/**
 * Defaults of the yearly competency development check: at least 20 jam pelajaran (JP) a year (PP 11/2017
 * Pasal 203(4), as amended by PP 17/2020 — confidence: secondary, agency pages quoting it) and 1 JP = 45
 * minutes (attributed to Peraturan LAN 5/2018 by agency pages — secondary; some BKPSDM count 60 minutes
 * for e-learning). For PPPK some agencies set a ceiling instead, e.g. Kementerian Pertahanan "paling
 * lama 24 JP" a year (Permenhan 9/2025 — the regulation's text): give it as `maximumJp`.
 */
export const DEVELOPMENT_HOURS_DEFAULTS: Readonly<{ minimumJp: string; minutesPerJp: string }> = Object.freeze({ minimumJp: "20", minutesPerJp: "45" });

const Positive = DecimalInputSchema.check(z.refine((v) => new Dec(v).gt(0), "must be greater than 0"));

/** One development activity: completed (and optionally started) on a date, with its duration in minutes, hours or JP. */
export const DevelopmentRecordSchema = z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    /** Activity type (e.g. `classical`, `eLearning`) — selects `minutesPerJpByKind`. */
    kind: z.optional(IdSchema),
    started: z.optional(DateSchema),
    completed: DateSchema,
    minutes: z.optional(NonNegativeDecimalSchema),
    hours: z.optional(NonNegativeDecimalSchema),
    jp: z.optional(NonNegativeDecimalSchema),
  }).check(z.refine((r) => [r.minutes, r.hours, r.jp].filter((x) => x !== undefined).length === 1, { path: ["minutes"], message: "give exactly one of minutes, hours or jp" }), z.refine((r) => r.started === undefined || r.started <= r.completed, { path: ["started"], message: "started is after completed" }));

/** Input of {@link developmentHours}. */
export const DevelopmentHoursInputSchema = z.strictObject({
    /** The calendar year checked. Compliance is per year: never compare a multi-year sum with a yearly minimum. */
    year: z.int().check(z.gte(1900), z.lte(2200)),
    records: z.array(DevelopmentRecordSchema).check(z.maxLength(10_000)),
    /** Minutes per JP (default 45). */
    minutesPerJp: z._default(Positive, DEVELOPMENT_HOURS_DEFAULTS.minutesPerJp),
    /** Minutes per JP by activity kind (e.g. `{ eLearning: 60 }`). */
    minutesPerJpByKind: z._default(safeRecord(IdSchema, Positive), {}),
    /** Yearly minimum (default 20 JP). */
    minimumJp: z._default(NonNegativeDecimalSchema, DEVELOPMENT_HOURS_DEFAULTS.minimumJp),
    /** Yearly ceiling (e.g. 24 JP for PPPK at one ministry), none by default. */
    maximumJp: z.optional(NonNegativeDecimalSchema),
    /** Which date places an activity in a year: `completed` (default) or `started`. */
    yearOf: z._default(z.enum(["completed", "started"]), "completed"),
    /** Rounding of the shown JP (default 2 places half-up); the comparison uses the exact value. */
    rounding: z._default(RoundingRuleSchema, { places: 2, mode: "halfUp" }),
  }).check(z.superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.records.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: "custom", path: ["records", i, "id"], message: `record '${r.id}' is listed twice`, input: r.id, params: { kinerja: "duplicate_id" } });
      seen.add(r.id);
    });
  }));

/** Input of {@link developmentHours} as written in JSON. */
export type DevelopmentHoursInput = z.input<typeof DevelopmentHoursInputSchema>;

/** Result of {@link developmentHours}. */
export interface DevelopmentHours {
  readonly year: number;
  /** JP of the year, rounded for display. */
  readonly jp: string;
  /** JP of the year, exact. */
  readonly exact: string;
  /** Whether the exact JP reaches the minimum. */
  readonly compliant: boolean;
  /** `max(0, minimum − JP)`, exact. */
  readonly shortfall: string;
  /** JP above the ceiling (exact), or null without a ceiling. */
  readonly overCeiling: string | null;
  /** Ids of the records counted in the year, and of those outside it. */
  readonly counted: readonly string[];
  readonly outsideYear: readonly string[];
  readonly trace: readonly TraceEntry[];
}

/**
 * Yearly competency development hours (PP 11/2017 Pasal 203(4): at least 20 JP a year): the minutes of
 * the year's activities are added per activity kind and divided by that kind's minutes per JP (no rounding
 * before the comparison), then checked against the minimum and an optional ceiling, with the shortfall.
 *
 * @param input - `{ year, records, minutesPerJp?, minutesPerJpByKind?, minimumJp?, maximumJp?, yearOf?, rounding? }`
 * @returns the JP, compliance, shortfall, excess and trace
 * @throws `KinerjaError` `INVALID_INPUT`
 * @example
 * ```ts
 * developmentHours({ year: 2025, records: [{ id: "el1", completed: "2025-03-10", minutes: 135 }] }).jp; // "3.00"
 * ```
 */
export function developmentHours(input: DevelopmentHoursInput): DevelopmentHours {
  const v = parseWith(DevelopmentHoursInputSchema, input, "INVALID_INPUT", "developmentHours input");
  const inYear = (r: (typeof v.records)[number]): boolean => Number((v.yearOf === "started" ? (r.started ?? r.completed) : r.completed).slice(0, 4)) === v.year;
  const counted = v.records.filter(inYear);
  // minutes per kind (JP given directly go straight to the JP sum)
  const minutesByRate = new Map<string, D>();
  let directJp = ZERO;
  for (const r of counted) {
    if (r.jp !== undefined) {
      directJp = directJp.plus(r.jp);
      continue;
    }
    const minutes = r.minutes !== undefined ? new Dec(r.minutes) : new Dec(r.hours as string).times(60);
    const rate = (r.kind !== undefined ? v.minutesPerJpByKind[r.kind] : undefined) ?? v.minutesPerJp;
    minutesByRate.set(rate, (minutesByRate.get(rate) ?? ZERO).plus(minutes));
  }
  const trace: TraceEntry[] = [];
  let jp = directJp;
  const inputs: Record<string, string> = { jpGiven: show(directJp) };
  for (const [rate, minutes] of [...minutesByRate].sort((a, b) => new Dec(a[0]).cmp(b[0]))) {
    const part = minutes.div(rate);
    inputs[`minutesAt${rate}`] = show(minutes);
    jp = jp.plus(part);
  }
  trace.push({ at: "exact", formula: "jpFromMinutes", value: show(jp), inputs, source: `records of ${v.year} by ${v.yearOf} date; minutes ÷ minutes per JP` });
  const shown = roundDec(jp, v.rounding);
  trace.push({ at: "jp", formula: "round", value: show(shown, v.rounding.places), inputs: { exact: show(jp) }, rounding: { places: v.rounding.places, mode: v.rounding.mode, exact: show(jp) } });
  const shortfall = max(ZERO, new Dec(v.minimumJp).minus(jp));
  trace.push({ at: "shortfall", formula: "shortfall", value: show(shortfall), inputs: { minimumJp: v.minimumJp, jp: show(jp) } });
  let over: string | null = null;
  if (v.maximumJp !== undefined) {
    const o = max(ZERO, jp.minus(v.maximumJp));
    over = show(o);
    trace.push({ at: "overCeiling", formula: "excess", value: over, inputs: { maximumJp: v.maximumJp, jp: show(jp) } });
  }
  return {
    year: v.year,
    jp: show(shown, v.rounding.places),
    exact: show(jp),
    compliant: jp.gte(v.minimumJp),
    shortfall: show(shortfall),
    overCeiling: over,
    counted: counted.map((r) => r.id),
    outsideYear: v.records.filter((r) => !inYear(r)).map((r) => r.id),
    trace,
  };
}
