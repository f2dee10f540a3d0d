// A preset written with the authoring kit (docs/presets/authoring.md): a formula plugin, a calculator that
// rounds, a scheme builder and the Preset object, all on kinerja's exact numbers, with no decimal library
// and no private helpers of its own. The agency rule ("Peraturan ACME 1/2026") is made up for the example.
import assert from "node:assert/strict";
import * as z from "zod/mini";
import {
  compile,
  evaluate,
  DecimalInputSchema,
  IdSchema,
  KinerjaError,
  issue,
  parseFormulaInput,
  parseInput,
  rational,
  roundRational,
  showRational,
  traceEntry,
  type FormulaPlugin,
  type Preset,
  type SchemeInput,
  type TraceEntry,
} from "kinerja";

// 1. A formula plugin: done within the days allowed → 100; each day late costs 10 points, down to 0.
export const lateness: FormulaPlugin = {
  name: "acme.lateness",
  achievement: (raw) => {
    const { actual, target } = parseFormulaInput(raw, { what: "acme.lateness formula input" });
    if (target === null) throw new KinerjaError("INVALID_APPRAISAL", "acme.lateness needs the days allowed", [issue(["target"], "missing_target", "no target")]);
    const late = rational(actual).minus(target);
    const daysLate = late.isNegative() ? rational(0) : late;
    const value = rational(100).minus(daysLate.times(10));
    return { value: showRational(value.isNegative() ? rational(0) : value), inputs: { daysLate: showRational(daysLate) } };
  },
};

// 2. A calculator that rounds: the bonus percent, score × rate / 100, published to 2 places half-up.
const BonusInputSchema = z.strictObject({ score: DecimalInputSchema, rate: z._default(DecimalInputSchema, "3") });

/** Result of {@link bonus}: the published (rounded) value, the exact one, and the trace. */
export interface Bonus {
  readonly value: string;
  readonly exact: string;
  readonly trace: readonly TraceEntry[];
}

export function bonus(input: z.input<typeof BonusInputSchema>): Bonus {
  const v = parseInput(BonusInputSchema, input, { what: "bonus input" });
  const exact = rational(v.score).times(v.rate).div(100);
  const rule = { places: 2, mode: "halfUp" } as const;
  return {
    value: showRational(roundRational(exact, rule), rule.places),
    exact: showRational(exact),
    trace: [
      traceEntry({ at: "exact", formula: "acme.bonus", value: exact, inputs: { score: v.score, rate: v.rate } }),
      traceEntry({ at: "value", formula: "round", value: exact, inputs: { exact }, rounding: rule }),
    ],
  };
}

// 3. The band table and the scheme builder.
export const ACME_BANDS: NonNullable<SchemeInput["bands"]>["table"] = [
  { id: "kurang", label: { id: "Kurang", en: "Poor" }, max: "90" },
  { id: "baik", label: { id: "Baik", en: "Good" }, min: "90" },
];

const AcmeSchemeInputSchema = z.strictObject({ id: IdSchema, daysAllowed: DecimalInputSchema });

export function acmeScheme(input: z.input<typeof AcmeSchemeInputSchema>): SchemeInput {
  const v = parseInput(AcmeSchemeInputSchema, input, { what: "ACME scheme input" });
  return {
    id: v.id,
    perspectives: [{ id: "service", label: { id: "Layanan", en: "Service" } }],
    indicators: [
      { id: "volume", perspective: "service", label: "Dokumen selesai", target: 100 },
      { id: "lateness", perspective: "service", label: "Hari penyelesaian", target: v.daysAllowed, method: { kind: "formula", name: "acme.lateness" } },
    ],
    bands: { table: ACME_BANDS.map((b) => ({ ...b })) },
  };
}

// 4. The preset: one object that satisfies the Preset contract.
export const acme2026 = Object.freeze({
  id: "acme2026",
  title: { id: "Penilaian ACME 2026", en: "ACME 2026 appraisal" },
  sources: [{ regulation: "Peraturan ACME 1/2026", provision: "Lampiran", about: "the lateness rule and the bonus (made up for this example)", url: null, confidence: "unconfirmed" }],
  scheme: acmeScheme,
  formulas: [lateness],
  bands: ACME_BANDS,
  calculators: { bonus },
  examples: { bonus: { score: "87.5" } },
} satisfies Preset);

// Using it: 95 of 100 documents (95 %) and 7 days where 5 are allowed (2 days late: 100 − 20 = 80);
// the two indicators weigh the same: (95 + 80) / 2 = 87.5 → "87.50", below 90: Kurang.
const plan = compile(acme2026.scheme({ id: "acme-2026", daysAllowed: 5 }), { formulas: acme2026.formulas });
const result = evaluate(plan, { employee: { id: "E1" }, actuals: [{ indicator: "volume", actual: 95 }, { indicator: "lateness", actual: 7 }] });
assert.equal(result.final.score, "87.50");
assert.equal(result.final.band?.id, "kurang");
// The bonus: 87.5 × 3 / 100 = 2.625 exactly, published half-up to 2 places: 2.63.
const b = acme2026.calculators.bonus({ score: result.final.score ?? "0" });
assert.deepEqual([b.value, b.exact], ["2.63", "2.625"]);
console.log(result.final, b.value);
