import * as z from "zod/mini";
import { DateSchema, DecimalInputSchema, NonNegativeDecimalSchema, PredikatHistorySchema, compileRules, evaluateRules, KinerjaError, issue, parseInput, type ConditionTrace, type TraceEntry } from "../../index.js";
import { AngkaKreditInputSchema, type Jenjang } from "../permenpanrb6_2022/angkaKredit.js";
import { AKK_KENAIKAN_JENJANG } from "./golongan.js";

/** The next jenjang of each jabatan fungsional jenjang (null at the top of its category). */
export const NEXT_JENJANG: Readonly<Record<Jenjang, Jenjang | null>> = Object.freeze({
  pemula: "terampil",
  terampil: "mahir",
  mahir: "penyelia",
  penyelia: null,
  ahliPertama: "ahliMuda",
  ahliMuda: "ahliMadya",
  ahliMadya: "ahliUtama",
  ahliUtama: null,
});

const JenjangSchema = AngkaKreditInputSchema.shape.jenjang.def.innerType;

/** Input of {@link kenaikanJenjang}. */
export const KenaikanJenjangInputSchema = z.strictObject({
  /** The date checked. */
  asOf: DateSchema,
  /** Current jenjang. */
  jenjang: JenjangSchema,
  /** Accumulated angka kredit (e.g. `accumulateAngkaKredit(...).exact`). */
  angkaKredit: NonNegativeDecimalSchema,
  /** The AKK for the next jenjang; default {@link AKK_KENAIKAN_JENJANG} for the keahlian jenjang (required for keterampilan). */
  akk: z.optional(DecimalInputSchema),
  /** A vacancy (formasi) in the next jenjang exists. */
  formasi: z.boolean(),
  /** The uji kompetensi for the next jenjang was passed. */
  ujiKompetensi: z.boolean(),
  /** Annual predikat history; the appraisal of the year before `asOf` is read. */
  predikat: PredikatHistorySchema,
});

/** Input of {@link kenaikanJenjang} as written in JSON. */
export type KenaikanJenjangInput = z.input<typeof KenaikanJenjangInputSchema>;

/** One condition of a kenaikan jenjang. */
export interface KenaikanJenjangCondition {
  readonly id: "angkaKredit" | "formasi" | "ujiKompetensi" | "predikat";
  readonly met: boolean;
  readonly condition: ConditionTrace;
}

/** Result of {@link kenaikanJenjang}. */
export interface KenaikanJenjang {
  /** `eligible`, `notYet` (a condition fails) or `blocked` (the last appraisal is missing). */
  readonly status: "eligible" | "notYet" | "blocked";
  readonly from: Jenjang;
  readonly to: Jenjang;
  readonly akk: string;
  readonly conditions: readonly KenaikanJenjangCondition[];
  /** The appraisal year read. */
  readonly year: number;
  readonly trace: readonly TraceEntry[];
}

/**
 * Kenaikan jenjang jabatan fungsional (Peraturan BKN 3/2023; confidence: secondary, a published copy of
 * the regulation): all of the angka kredit kumulatif for the next jenjang (PermenPANRB 1/2023), a vacancy
 * (formasi), a passed uji kompetensi, and a predikat at least Baik in the last year — each a rule-engine
 * condition with its trace. Formasi and the test result are inputs; a missing last appraisal blocks.
 *
 * @param input - `{ asOf, jenjang, angkaKredit, formasi, ujiKompetensi, predikat, akk? }`
 * @returns the status and each condition
 * @throws `KinerjaError` `INVALID_INPUT`
 * @example
 * ```ts
 * kenaikanJenjang({ asOf: "2026-01-01", jenjang: "ahliPertama", angkaKredit: 104.5, formasi: true, ujiKompetensi: true,
 *   predikat: [{ year: 2025, predikat: "baik" }] }).status; // "eligible" (AKK 100)
 * ```
 */
export function kenaikanJenjang(input: KenaikanJenjangInput): KenaikanJenjang {
  const v = parseInput(KenaikanJenjangInputSchema, input, { what: "kenaikanJenjang input" });
  const to = NEXT_JENJANG[v.jenjang];
  if (to === null) throw new KinerjaError("INVALID_INPUT", "invalid kenaikanJenjang input", [issue(["jenjang"], "no_next_jenjang", `${v.jenjang} is the highest jenjang of its category`)]);
  const akk = v.akk ?? AKK_KENAIKAN_JENJANG[v.jenjang as keyof typeof AKK_KENAIKAN_JENJANG];
  if (akk === undefined) throw new KinerjaError("INVALID_INPUT", "invalid kenaikanJenjang input", [issue(["akk"], "no_akk", `no AKK table value for ${v.jenjang}: give akk`)]);
  const then = { kind: "reward", type: "promotionEligible" } as const;
  const rules = compileRules({
    policy: {
      rules: [
        { id: "angkaKredit", when: { fact: "ak.total", op: "gte", value: akk }, then },
        { id: "formasi", when: { fact: "formasi", op: "eq", value: true }, then },
        { id: "ujiKompetensi", when: { fact: "ujiKompetensi", op: "eq", value: true }, then },
        { id: "predikat", when: { history: "band", last: 1, op: "in", value: ["baik", "sangatBaik"] }, then },
      ],
    },
    facts: [{ id: "ak.total" }, { id: "formasi", type: "boolean" }, { id: "ujiKompetensi", type: "boolean" }],
  });
  const year = Number(v.asOf.slice(0, 4)) - 1;
  const band = v.predikat.find((y) => y.year === year)?.predikat ?? null;
  const r = evaluateRules({ rules, facts: new Map<string, string | boolean>([["ak.total", v.angkaKredit], ["formasi", v.formasi], ["ujiKompetensi", v.ujiKompetensi]]), history: [{ band }] });
  const order = ["angkaKredit", "formasi", "ujiKompetensi", "predikat"] as const;
  const conditions = order.map((id) => {
    const fired = r.fired.find((f) => f.rule === id);
    const rule = fired ?? r.notFired.find((n) => n.rule === id);
    return { id, met: fired !== undefined, condition: rule?.conditions as ConditionTrace };
  });
  return {
    status: band === null ? "blocked" : conditions.every((c) => c.met) ? "eligible" : "notYet",
    from: v.jenjang,
    to,
    akk,
    conditions,
    year,
    trace: [{ at: "akk", formula: "input", value: akk, inputs: {}, source: v.akk === undefined ? `AKK_KENAIKAN_JENJANG.${v.jenjang}` : "input.akk" }],
  };
}
