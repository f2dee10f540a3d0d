import * as z from "zod/mini";
import { DecimalInputSchema, KinerjaError, issue, parseFormulaInput, parseInput, rational, showRational, traceEntry, type FormulaInput, type FormulaPlugin, type TraceEntry, type Rational } from "../../index.js";

const F176 = rational("1.76");
const HUNDRED = rational(100);
const THRESHOLD = rational(24);

/** The exact PP 46/2011 efficiency rule on decimals; `what` names the aspect in error messages. */
function compute(target: Rational, actual: Rational, at: readonly (string | number)[]): { efficiency: Rational; value: Rational; branch: "atMost24" | "above24"; base: Rational } {
  if (target.isZero()) throw new KinerjaError("ZERO_TARGET", "the efficiency rule needs a target other than 0", [issue([...at, "target"], "zero_target", "target is 0")]);
  if (target.isNegative()) throw new KinerjaError("INVALID_INPUT", "the efficiency rule needs a positive target", [issue([...at, "target"], "too_small", "target must be positive")]);
  if (actual.isNegative()) throw new KinerjaError("INVALID_INPUT", "the efficiency rule needs a realisation of at least 0", [issue([...at, "actual"], "too_small", "realisation must not be negative")]);
  // effisiensi = 100 − (R / T × 100)
  const efficiency = HUNDRED.minus(actual.div(target).times(HUNDRED));
  // ((1.76 × T − R) / T) × 100
  const base = F176.times(target).minus(actual).div(target).times(HUNDRED);
  if (efficiency.lte(THRESHOLD)) return { efficiency, value: base, branch: "atMost24", base };
  // 76 − (((1.76 × T − R) / T) × 100 − 100)
  return { efficiency, value: rational(76).minus(base.minus(HUNDRED)), branch: "above24", base };
}

/** Input of {@link efficiencyScore}: target and realisation of waktu (months) or biaya (rupiah). */
export const EfficiencyInputSchema = z.strictObject({ target: DecimalInputSchema, actual: DecimalInputSchema });

/** Input of {@link efficiencyScore} as written in JSON. */
export type EfficiencyInput = z.input<typeof EfficiencyInputSchema>;

/** Result of {@link efficiencyScore}. */
export interface EfficiencyScore {
  /** The aspect score (nilai waktu / nilai biaya), exact. */
  readonly value: string;
  /** Efficiency in percent: `100 − R/T × 100` (negative when late or over budget). */
  readonly efficiency: string;
  /** Which branch applied: `atMost24` (efficiency ≤ 24 %) or `above24`. */
  readonly branch: "atMost24" | "above24";
  readonly trace: readonly TraceEntry[];
}

/**
 * The PP 46/2011 + Perka BKN 1/2013 waktu and biaya aspect score (PP 46/2011 and Perka BKN 1/2013 Lampiran, docs/sources.md#pp-46-2011), in exact decimals:
 * efficiency `e = 100 − R/T × 100`; if `e ≤ 24`: `((1.76·T − R)/T) × 100` (= 76 + e); else
 * `76 − (((1.76·T − R)/T) × 100 − 100)` (= 100 − e). Exactly 24 % is the `≤` branch (T = 12, R = 9.12 →
 * 100, where binary floats give 76; WE-1.2). The score is not floored here; {@link skpScheme} floors the
 * indicator at 0.
 *
 * @param input - `{ target, actual }` (TW/RW in months, or TB/RB in rupiah)
 * @returns the score, the efficiency, the branch and the trace
 * @throws `KinerjaError` `ZERO_TARGET` for a target of 0; `INVALID_INPUT` for a negative target or realisation
 * @example
 * ```ts
 * efficiencyScore({ target: 12, actual: "9.12" }).value; // "100"
 * efficiencyScore({ target: 12, actual: 12 }).value;     // "76"
 * ```
 */
export function efficiencyScore(input: EfficiencyInput): EfficiencyScore {
  const v = parseInput(EfficiencyInputSchema, input, { what: "efficiency input" });
  const target = rational(v.target);
  const actual = rational(v.actual);
  const r = compute(target, actual, []);
  const inputs = { target, actual };
  return {
    value: showRational(r.value),
    efficiency: showRational(r.efficiency),
    branch: r.branch,
    trace: [
      traceEntry({ at: "efficiency", formula: "pp46.efficiency", value: r.efficiency, inputs }),
      traceEntry({ at: "value", formula: r.branch === "atMost24" ? "pp46.efficiencyAtMost24" : "pp46.efficiencyAbove24", value: r.value, inputs: { ...inputs, efficiency: r.efficiency, factor: F176 } }),
    ],
  };
}

/**
 * The formula plugin `pp46.efficiency` ({@link efficiencyScore} as an indicator method): use it for the
 * waktu and biaya indicators, `method: { kind: "formula", name: "pp46.efficiency" }`, with the indicator's
 * target TW/TB and the appraisal's actual RW/RB. The trace shows the efficiency and the branch.
 */
export const efficiencyFormula: FormulaPlugin = Object.freeze({
  name: "pp46.efficiency",
  achievement: (input: FormulaInput) => {
    const { actual, target } = parseFormulaInput(input, { what: "pp46.efficiency formula input" });
    if (target === null) {
      throw new KinerjaError("INVALID_APPRAISAL", "the efficiency rule needs a target", [issue(["target"], "missing_target", "no target (TW / TB) for this indicator")]);
    }
    const r = compute(rational(target), rational(actual), []);
    return { value: showRational(r.value), inputs: { efficiency: showRational(r.efficiency), atMost24: r.branch === "atMost24" ? "1" : "0", factor: "1.76" } };
  },
});
