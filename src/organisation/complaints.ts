import * as z from "zod/mini";
import { warning } from "../schema/warnings.js";
import { Dec, show } from "../math/decimal.js";
import { dayNumber } from "../period/internal/calendar.js";
import { addWorkingDays, WorkingCalendarSchema, workingDaysBetween, type WorkingCalendarInput } from "../period/workingDays.js";
import { DateSchema, IdSchema } from "../schema/primitives.js";
import type { DecimalText, ResultWarning, TraceEntry } from "../schema/result.js";
import { parseWith } from "../schema/toKinerjaError.js";

/**
 * Deadlines in working days for public complaints (SP4N-LAPOR), as KemenPANRB stated them to the press
 * (Republika, "Ini aplikasi untuk laporkan layanan publik selama Lebaran"; the regulation's own text was not
 * seen): first response within 3 days; an information request or grievance closed within 5; a dispute or
 * violation without a field check within 14; one that needs a field check within 60. The national text
 * does not say working days; kinerja counts working days on the caller's calendar (policy `dayKind`).
 */
export const SP4N_LAPOR_DEADLINES = Object.freeze({ firstResponse: 3, kinds: Object.freeze({ information: 5, dispute: 14, fieldCheck: 60 }) });

/** Input of {@link complaintIndicators}. */
export const ComplaintIndicatorsInputSchema = z.strictObject({
    complaints: z.array(
        z.strictObject({
          id: z.string().check(z.minLength(1), z.maxLength(100)),
          /** A kind of `deadlines.kinds` (default kinds: `information`, `dispute`, `fieldCheck`). */
          kind: IdSchema,
          /** Day received (day 0). */
          received: DateSchema,
          firstResponse: z.optional(DateSchema),
          closed: z.optional(DateSchema),
        }),
      ).check(z.maxLength(1_000_000)),
    /** Working days allowed (default {@link SP4N_LAPOR_DEADLINES}). */
    deadlines: z._default(z.strictObject({ firstResponse: z.int().check(z.gte(0), z.lte(1000)), kinds: z.record(IdSchema, z.int().check(z.gte(0), z.lte(1000))) }), { firstResponse: SP4N_LAPOR_DEADLINES.firstResponse, kinds: { ...SP4N_LAPOR_DEADLINES.kinds } }),
    /** The working-day calendar (holidays as data; kinerja ships none). */
    calendar: z._default(WorkingCalendarSchema, { holidays: [], weekend: [0, 6] }),
    /** The day of the count: complaints received later are ignored; open ones past their deadline are misses (policy `overdueOpen`). */
    asOf: DateSchema,
  }).check(z.superRefine((v, ctx) => {
    v.complaints.forEach((c, i) => {
      if (v.deadlines.kinds[c.kind] === undefined || !Object.hasOwn(v.deadlines.kinds, c.kind)) ctx.addIssue({ code: "custom", path: ["complaints", i, "kind"], message: `no deadline for kind '${c.kind}'` });
      if (c.firstResponse !== undefined && c.firstResponse < c.received) ctx.addIssue({ code: "custom", path: ["complaints", i, "firstResponse"], message: "first response before receipt" });
      if (c.closed !== undefined && c.closed < c.received) ctx.addIssue({ code: "custom", path: ["complaints", i, "closed"], message: "closed before receipt" });
    });
  }));

/** Input of {@link complaintIndicators} as written in JSON. */
export type ComplaintIndicatorsInput = z.input<typeof ComplaintIndicatorsInputSchema> & { readonly calendar?: WorkingCalendarInput | undefined };

/** One complaint with its deadline and outcome. */
export interface ComplaintStatus {
  readonly id: string;
  readonly kind: string;
  readonly received: string;
  /** Last day allowed (the N-th working day after receipt). */
  readonly deadline: string;
  /** `onTime` (closed on or before the deadline), `late`, `open` (within its deadline), `overdue` (open past it). */
  readonly status: "onTime" | "late" | "open" | "overdue";
  /** Working days from receipt to closing (or to `asOf` while open). */
  readonly workingDays: number;
  /** Working days past the deadline (0 when on time or open in time). */
  readonly daysLate: number;
  /** Working days to the first response (null without one). */
  readonly firstResponseDays: number | null;
}

/** Complaint-handling indicators on a day: usable as actuals of unit and leader scorecards. Plain JSON. */
export interface ComplaintIndicators {
  readonly asOf: string;
  readonly complaints: readonly ComplaintStatus[];
  /** Share (percent) closed on time, of those closed plus those open past their deadline; null when none is decided yet. */
  readonly onTimeRate: DecimalText | null;
  /** Share (percent) of first responses within `deadlines.firstResponse` working days, of those responded or past that deadline. */
  readonly firstResponseRate: DecimalText | null;
  /** Median working days to the first response (null without one). */
  readonly medianFirstResponseDays: DecimalText | null;
  /** Open complaints (the backlog), and those of them past their deadline. */
  readonly backlog: { readonly open: number; readonly overdue: number };
  readonly warnings: readonly ResultWarning[];
  readonly trace: readonly TraceEntry[];
}

/**
 * Complaint handling measured against deadlines counted in working days on a caller-supplied holiday
 * calendar (SP4N-LAPOR style): per complaint the deadline (receipt is day 0), on time / late / open /
 * overdue; overall the on-time rate (open complaints past their deadline count as misses), the
 * first-response rate and median, and the backlog. Feed them to a unit's or leader's scorecard as actuals.
 *
 * @param input - `{ complaints, deadlines?, calendar?, asOf }`
 * @returns statuses and indicators with a trace
 * @throws `KinerjaError` `INVALID_INPUT` for malformed dates, an unknown kind, or a closing before receipt
 * @example
 * ```ts
 * complaintIndicators({ asOf: "2025-10-31", calendar: { holidays: ["2025-10-06"] },
 *   complaints: [{ id: "L1", kind: "information", received: "2025-10-02", closed: "2025-10-13" }] }).onTimeRate; // "0"
 * ```
 */
export function complaintIndicators(input: ComplaintIndicatorsInput): ComplaintIndicators {
  const v = parseWith(ComplaintIndicatorsInputSchema, input, "INVALID_INPUT", "complaint input");
  const cal = v.calendar;
  const asOf = dayNumber(v.asOf);
  const warnings: ResultWarning[] = [];
  const counted = v.complaints.filter((c, i) => {
    if (dayNumber(c.received) <= asOf) return true;
    warnings.push(warning("after_as_of", `complaints[${i}]`, { complaint: c.id, asOf: v.asOf }));
    return false;
  });
  let firstDue = 0;
  let firstOnTime = 0;
  const firstDays: number[] = [];
  const complaints = counted.map((c): ComplaintStatus => {
    const allowed = v.deadlines.kinds[c.kind] as number;
    const deadline = addWorkingDays({ from: c.received, days: allowed, calendar: cal });
    const closed = c.closed !== undefined && dayNumber(c.closed) <= asOf ? c.closed : undefined;
    const end = closed ?? v.asOf;
    const workingDays = workingDaysBetween({ from: c.received, to: end, calendar: cal });
    const daysLate = Math.max(0, workingDays - allowed);
    const status = closed !== undefined ? (daysLate === 0 ? "onTime" : "late") : daysLate === 0 ? "open" : "overdue";
    const responded = c.firstResponse !== undefined && dayNumber(c.firstResponse) <= asOf ? c.firstResponse : undefined;
    const firstResponseDays = responded === undefined ? null : workingDaysBetween({ from: c.received, to: responded, calendar: cal });
    if (firstResponseDays !== null) {
      firstDays.push(firstResponseDays);
      firstDue += 1;
      if (firstResponseDays <= v.deadlines.firstResponse) firstOnTime += 1;
    } else if (workingDaysBetween({ from: c.received, to: v.asOf, calendar: cal }) > v.deadlines.firstResponse) firstDue += 1;
    return { id: c.id, kind: c.kind, received: c.received, deadline, status, workingDays, daysLate, firstResponseDays };
  });
  const count = (s: ComplaintStatus["status"]): number => complaints.filter((c) => c.status === s).length;
  const onTime = count("onTime");
  const decided = onTime + count("late") + count("overdue");
  const trace: TraceEntry[] = [];
  const rate = (num: number, den: number, at: string, formula: string): DecimalText | null => {
    if (den === 0) return null;
    const value = new Dec(num).div(den).times(100);
    trace.push({ at, formula, value: show(value), inputs: { numerator: String(num), denominator: String(den) } });
    return show(value);
  };
  const onTimeRate = rate(onTime, decided, "onTimeRate", "complaints.onTimeShare");
  const firstResponseRate = rate(firstOnTime, firstDue, "firstResponseRate", "complaints.firstResponseShare");
  const sorted = [...firstDays].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length === 0 ? null : sorted.length % 2 === 1 ? new Dec(sorted[mid] as number) : new Dec((sorted[mid - 1] as number) + (sorted[mid] as number)).div(2);
  if (median !== null) trace.push({ at: "medianFirstResponseDays", formula: "median", value: show(median), inputs: { count: String(sorted.length) } });
  return {
    asOf: v.asOf,
    complaints,
    onTimeRate,
    firstResponseRate,
    medianFirstResponseDays: median === null ? null : show(median),
    backlog: { open: count("open") + count("overdue"), overdue: count("overdue") },
    warnings,
    trace,
  };
}
