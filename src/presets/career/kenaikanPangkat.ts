import * as z from "zod/mini";
import {
  DateSchema,
  DecimalInputSchema,
  NonNegativeDecimalSchema,
  PredikatHistorySchema,
  PredikatSchema,
  addMonths,
  compileRules,
  evaluateRules,
  wholeMonths,
  KinerjaError,
  issue,
  parseInput,
  rational,
  showRational,
  traceEntry,
  type ConditionTrace,
  type EmployeePredikat,
  type PredikatYear,
  type RulePolicyInput,
  type TraceEntry,
  type Rational,
} from "../../index.js";
import { angkaKredit, AngkaKreditInputSchema } from "../permenpanrb6_2022/angkaKredit.js";
import { AKK_KENAIKAN_PANGKAT, GolonganSchema, nextGolongan, type Golongan } from "./golongan.js";

/** A kenaikan pangkat route of PP 99/2000. */
export type KenaikanPangkatRoute = "reguler" | "fungsional";

/**
 * What each route requires (PP 99/2000 — https://www.pasal.id/peraturan/pp/pp-no-99-tahun-2000; confidence:
 * the regulation's text): reguler (Pasal 7) at least 4 years (48 months) in the current pangkat and every
 * appraisal element at least "baik" in the last 2 years; jabatan fungsional (Pasal 13) at least 2 years
 * (24 months), "baik" in the last 2 years, and the angka kredit required. "Baik" is read on the
 * PermenPANRB 6/2022 / PP 30/2019 predikat as Baik or Sangat Baik.
 */
export const KENAIKAN_PANGKAT_ROUTES: Readonly<Record<KenaikanPangkatRoute, Readonly<{ months: number; years: number; angkaKredit: boolean; source: string }>>> = Object.freeze({
  reguler: Object.freeze({ months: 48, years: 2, angkaKredit: false, source: "PP 99/2000 Pasal 7" }),
  fungsional: Object.freeze({ months: 24, years: 2, angkaKredit: true, source: "PP 99/2000 Pasal 13" }),
});

/** The predikat that count as "baik". */
const BAIK: readonly EmployeePredikat[] = ["baik", "sangatBaik"];

const JenjangAk = AngkaKreditInputSchema.shape.jenjang.def.innerType;

/** Input of {@link kenaikanPangkat}. */
export const KenaikanPangkatInputSchema = z.strictObject({
    route: z.enum(["reguler", "fungsional"]),
    /** The date of the KP period checked (e.g. `2025-10-01`). */
    asOf: DateSchema,
    /** Current golongan/ruang. */
    golongan: GolonganSchema,
    /** TMT (start) of the current pangkat. */
    tmtPangkat: DateSchema,
    /** Annual predikat history; the appraisals of the years before the KP period's year are read. */
    predikat: PredikatHistorySchema,
    /** KP periods: `monthly` (default) or `aprilOctober` (1 April and 1 October). */
    periods: z._default(z.enum(["monthly", "aprilOctober"]), "monthly"),
    /** Fungsional route: category of the JF (for the AKK table), the accumulated angka kredit, and optionally the AKK itself. */
    category: z.optional(z.enum(["keahlian", "keterampilan"])),
    angkaKredit: z.optional(NonNegativeDecimalSchema),
    akk: z.optional(DecimalInputSchema),
    /**
     * The scenario for the projection of the earliest date: the predikat of every year not yet appraised
     * (default Baik) and, for the fungsional route, the jenjang (or koefisien) earning angka kredit from
     * `akAsOf` (default `asOf`) on.
     */
    scenario: z._default(z.strictObject({ predikat: z._default(PredikatSchema, "baik"), jenjang: z.optional(JenjangAk), koefisien: z.optional(NonNegativeDecimalSchema), akAsOf: z.optional(DateSchema) }).check(z.refine((s) => s.jenjang === undefined || s.koefisien === undefined, { path: ["koefisien"], message: "give jenjang or koefisien, not both" })), { predikat: "baik" }),
  }).check(z.superRefine((v, ctx) => {
    if (v.route !== "fungsional") return;
    if (v.angkaKredit === undefined) ctx.addIssue({ code: "custom", path: ["angkaKredit"], message: "the fungsional route needs the accumulated angka kredit", input: undefined });
    if (v.akk === undefined && v.category === undefined) ctx.addIssue({ code: "custom", path: ["category"], message: "give the JF category (for the AKK table) or the akk", input: undefined });
  }));

/** Input of {@link kenaikanPangkat} as written in JSON. */
export type KenaikanPangkatInput = z.input<typeof KenaikanPangkatInputSchema>;

/** One condition of a kenaikan pangkat, evaluated by the rule engine. */
export interface KenaikanPangkatCondition {
  readonly id: "timeInRank" | "predikat" | "angkaKredit";
  readonly met: boolean;
  readonly condition: ConditionTrace;
}

/** Result of {@link kenaikanPangkat}. */
export interface KenaikanPangkat {
  /** `eligible`; `notYet` (a condition fails — see `earliest`); `blocked` (an appraisal year is missing). */
  readonly status: "eligible" | "notYet" | "blocked";
  readonly route: KenaikanPangkatRoute;
  readonly asOf: string;
  readonly from: Golongan;
  /** The golongan/ruang reached, or null at IV/e. */
  readonly to: Golongan | null;
  readonly requirements: { readonly months: number; readonly years: readonly number[]; readonly akk: string | null; readonly source: string };
  readonly monthsInRank: number;
  readonly conditions: readonly KenaikanPangkatCondition[];
  /** The appraisal years without a predikat. */
  readonly missingYears: readonly number[];
  /**
   * The earliest KP period date on which every condition holds under the scenario (the date checked when
   * eligible; null when blocked, or when none within 50 years, e.g. a scenario predikat below Baik).
   */
  readonly earliest: { readonly date: string; readonly monthsInRank: number; readonly angkaKredit: string | null; readonly scenario: EmployeePredikat } | null;
  readonly trace: readonly TraceEntry[];
}

/** The next KP period date on or after `date`. */
function periodOnOrAfter(date: string, periods: "monthly" | "aprilOctober"): string {
  const y = Number(date.slice(0, 4));
  const d = Number(date.slice(8, 10));
  if (periods === "monthly") return d === 1 ? date : addMonths({ date: `${date.slice(0, 7)}-01`, months: 1 });
  const candidates = [`${y}-04-01`, `${y}-10-01`, `${y + 1}-04-01`];
  return candidates.find((c) => c >= date) as string;
}

/**
 * Kenaikan pangkat eligibility (PP 99/2000 Pasal 7 reguler, Pasal 13 jabatan fungsional; Peraturan BKN
 * 3/2023 for the angka kredit): time in the current pangkat, predikat at least Baik in each of the last 2
 * annual appraisals (the years before the KP period's year), and for the fungsional route the accumulated
 * angka kredit against the AKK of PermenPANRB 1/2023 — each condition evaluated by the rule engine and
 * traced. When a condition fails, the earliest KP period date under a predikat scenario is projected
 * (time in rank, angka kredit earned month by month at the scenario predikat, future years at the
 * scenario predikat). A missing appraisal year blocks the answer instead of being guessed.
 *
 * @param input - see {@link KenaikanPangkatInputSchema}
 * @returns the status, each condition with its trace, and the earliest date
 * @throws `KinerjaError` `INVALID_INPUT`
 * @example
 * ```ts
 * kenaikanPangkat({ route: "reguler", asOf: "2025-10-01", golongan: "III/c", tmtPangkat: "2021-11-01",
 *   predikat: [{ year: 2023, predikat: "baik" }, { year: 2024, predikat: "baik" }] });
 * // status "notYet" (47 of 48 months), earliest.date "2025-11-01"
 * ```
 */
export function kenaikanPangkat(input: KenaikanPangkatInput): KenaikanPangkat {
  const v = parseInput(KenaikanPangkatInputSchema, input, { what: "kenaikanPangkat input" });
  const route = KENAIKAN_PANGKAT_ROUTES[v.route];
  const to = nextGolongan(v.golongan);
  if (to === null) throw new KinerjaError("INVALID_INPUT", "invalid kenaikanPangkat input", [issue(["golongan"], "no_next_golongan", "IV/e is the highest golongan")]);
  let akk: string | null = null;
  if (route.angkaKredit) {
    akk = v.akk ?? AKK_KENAIKAN_PANGKAT[v.category as "keahlian" | "keterampilan"][v.golongan] ?? null;
    if (akk === null) throw new KinerjaError("INVALID_INPUT", "invalid kenaikanPangkat input", [issue(["akk"], "no_akk", `the AKK table has no value for ${v.category} ${v.golongan}: give akk`)]);
  }
  if (v.tmtPangkat > v.asOf) throw new KinerjaError("INVALID_INPUT", "invalid kenaikanPangkat input", [issue(["tmtPangkat"], "after_as_of", "the TMT of the pangkat is after asOf")]);
  const policy: RulePolicyInput = {
    rules: [
      { id: "timeInRank", when: { fact: "monthsInRank", op: "gte", value: route.months }, then: { kind: "reward", type: "promotionEligible" } },
      { id: "predikat", when: { history: "band", last: route.years, op: "in", value: [...BAIK] }, then: { kind: "reward", type: "promotionEligible" } },
      ...(akk === null ? [] : [{ id: "angkaKredit", when: { fact: "ak.total", op: "gte", value: akk }, then: { kind: "reward", type: "promotionEligible" } } as const]),
    ],
  };
  const rules = compileRules({ policy, facts: [{ id: "monthsInRank" }, ...(akk === null ? [] : [{ id: "ak.total" }])] });
  const lastRecorded = v.predikat.reduce((m, y) => (y.predikat !== null && y.year > m ? y.year : m), 0);
  const yearsFor = (date: string): number[] => Array.from({ length: route.years }, (_, k) => Number(date.slice(0, 4)) - route.years + k);
  const predikatIn = (year: number, scenario: boolean): EmployeePredikat | null => {
    const rec: PredikatYear | undefined = v.predikat.find((y) => y.year === year);
    if (rec !== undefined && rec.predikat !== null) return rec.predikat;
    return scenario && year > lastRecorded ? v.scenario.predikat : null;
  };
  // angka kredit at a date: the balance plus the scenario's AK for the whole months since akAsOf,
  // `annual × months / 12` with one division, so that 6 months at 5 a year is exactly 2.5
  const akAsOf = v.scenario.akAsOf ?? v.asOf;
  const annual: Rational | null =
    akk === null || (v.scenario.jenjang === undefined && v.scenario.koefisien === undefined)
      ? null
      : rational(angkaKredit({ predikat: v.scenario.predikat, ...(v.scenario.jenjang === undefined ? { koefisien: v.scenario.koefisien as string } : { jenjang: v.scenario.jenjang }) }).exact);
  const akAt = (date: string): Rational | null => {
    if (akk === null) return null;
    const base = rational(v.angkaKredit as string);
    const months = annual === null ? 0 : Math.max(0, wholeMonths({ from: akAsOf, to: date }));
    return annual === null ? base : base.plus(annual.times(months).div(12));
  };
  const check = (date: string, scenario: boolean) => {
    const monthsInRank = wholeMonths({ from: v.tmtPangkat, to: date });
    const years = yearsFor(date);
    const history = years.map((y) => ({ band: predikatIn(y, scenario) }));
    const ak = akAt(date);
    const facts = new Map<string, string | null>([["monthsInRank", String(monthsInRank)]]);
    if (ak !== null) facts.set("ak.total", showRational(ak));
    const r = evaluateRules({ rules, facts, history });
    const conditions = [...r.fired, ...r.notFired]
      .map((x) => ({ id: x.rule as KenaikanPangkatCondition["id"], met: r.fired.some((f) => f.rule === x.rule), condition: x.conditions }))
      .sort((a, b) => policy.rules.findIndex((p) => p.id === a.id) - policy.rules.findIndex((p) => p.id === b.id));
    const missing = years.filter((_, k) => history[k]?.band === null);
    return { monthsInRank, years, ak, conditions, missing, ok: conditions.every((c) => c.met) };
  };

  const now = check(v.asOf, false);
  const status = now.missing.length > 0 ? "blocked" : now.ok ? "eligible" : "notYet";
  let earliest: KenaikanPangkat["earliest"] = null;
  if (status !== "blocked") {
    let date = periodOnOrAfter(v.asOf, v.periods);
    for (let step = 0; step < 600 && date <= `${Number(v.asOf.slice(0, 4)) + 50}-12-31`; step++) {
      const c = status === "eligible" && step === 0 ? now : check(date, true);
      if (c.ok) {
        earliest = { date: status === "eligible" ? v.asOf : date, monthsInRank: c.monthsInRank, angkaKredit: c.ak === null ? null : showRational(c.ak), scenario: v.scenario.predikat };
        break;
      }
      date = periodOnOrAfter(addMonths({ date, months: 1 }), v.periods);
    }
  }
  const trace: TraceEntry[] = [{ at: "monthsInRank", formula: "wholeMonths", value: String(now.monthsInRank), inputs: {}, source: `tmtPangkat ${v.tmtPangkat} → asOf ${v.asOf}` }];
  if (now.ak !== null) trace.push(traceEntry({ at: "angkaKredit", formula: "akBalance", value: now.ak, inputs: { angkaKredit: v.angkaKredit as string } }));
  if (earliest?.angkaKredit != null && annual !== null)
    trace.push(traceEntry({ at: "earliest.angkaKredit", formula: "akProjected", value: rational(earliest.angkaKredit), inputs: { angkaKredit: v.angkaKredit as string, annual, months: String(Math.max(0, wholeMonths({ from: akAsOf, to: earliest.date }))) } }));
  return {
    status,
    route: v.route,
    asOf: v.asOf,
    from: v.golongan,
    to,
    requirements: { months: route.months, years: now.years, akk, source: route.source },
    monthsInRank: now.monthsInRank,
    conditions: now.conditions,
    missingYears: now.missing,
    earliest,
    trace,
  };
}
