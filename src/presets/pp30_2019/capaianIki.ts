import * as z from "zod/mini";
import { DecimalInputSchema, KinerjaError, issue, parseInput, rational, showRational, traceEntry, type TraceEntry, type Rational } from "../../index.js";

/** `normal`: higher is better; `special` (kondisi khusus): lower is better, e.g. time. */
export type IkiCondition = "normal" | "special";

/** The capaian of one IKI with the target used and the formula name. */
export interface CapaianParts {
  readonly value: Rational;
  /** The target used (the single target, or the range bound that applied; null inside a range). */
  readonly used: Rational | null;
  readonly formula: string;
}

/**
 * Capaian IKI of PermenPANRB 8/2021 (PermenPANRB 8/2021 Lampiran, verified, docs/sources.md#pp-30-2019) on decimals: normal `R / T × 100`;
 * special `(1 + (1 − R / T)) × 100`; with a range target, the upper bound when R is above it, the lower
 * bound when below, and 100 inside.
 */
export function capaianParts(condition: IkiCondition, realisasi: Rational, target: Rational | null, range: { min: Rational; max: Rational } | null, at: readonly (string | number)[] = []): CapaianParts {
  let t: Rational;
  if (range !== null) {
    if (realisasi.gte(range.min) && realisasi.lte(range.max)) return { value: rational(100), used: null, formula: "pp30.capaianInsideRange" };
    t = realisasi.gt(range.max) ? range.max : range.min;
  } else if (target === null) {
    throw new KinerjaError("INVALID_INPUT", "capaian IKI needs a target or a range", [issue([...at, "target"], "missing_target", "no target")]);
  } else t = target;
  if (t.isZero()) throw new KinerjaError("ZERO_TARGET", "capaian IKI over a target of 0 is undefined", [issue([...at, "target"], "zero_target", "target is 0")]);
  const ratio = realisasi.div(t);
  return condition === "normal"
    ? { value: ratio.times(100), used: t, formula: "pp30.capaianNormal" }
    : { value: rational(2).minus(ratio).times(100), used: t, formula: "pp30.capaianSpecial" };
}

const Range = z.strictObject({ min: DecimalInputSchema, max: DecimalInputSchema }).check(z.refine((r) => rational(r.min).lte(rational(r.max)), { message: "the range's min must not exceed its max", path: ["max"] }));

/** Input of {@link capaianIki}. */
export const CapaianIkiInputSchema = z.strictObject({
    realisasi: DecimalInputSchema,
    /** A single target (or give `range`). */
    target: z.optional(DecimalInputSchema),
    /** A range target `[min, max]` (e.g. 80–90 %, or 7–8 months). */
    range: z.optional(Range),
    condition: z._default(z.enum(["normal", "special"]), "normal"),
  }).check(z.refine((v) => (v.target === undefined) !== (v.range === undefined), { message: "give target or range (one of them)", path: ["target"] }));

/** Input of {@link capaianIki} as written in JSON. */
export type CapaianIkiInput = z.input<typeof CapaianIkiInputSchema>;

/** Result of {@link capaianIki}. */
export interface CapaianIki {
  /** Capaian in percent (exact). */
  readonly value: string;
  readonly trace: readonly TraceEntry[];
}

/**
 * Capaian IKI (percent) of PermenPANRB 8/2021 (PermenPANRB 8/2021 Lampiran, docs/sources.md#pp-30-2019): normal `R / T × 100 %`; special
 * (lower is better) `(1 + (1 − R / T)) × 100 %`; a range target uses its upper bound above it, its lower
 * bound below it, and gives 100 % inside.
 *
 * @param input - `{ realisasi, target | range, condition? }`
 * @returns the capaian and its trace
 * @throws `KinerjaError` `ZERO_TARGET` for a target (bound) of 0; `INVALID_INPUT` for bad input
 * @example
 * ```ts
 * capaianIki({ realisasi: 70, range: { min: 80, max: 90 } }).value;                       // "87.5"
 * capaianIki({ realisasi: 9, range: { min: 7, max: 8 }, condition: "special" }).value;   // "87.5"
 * ```
 */
export function capaianIki(input: CapaianIkiInput): CapaianIki {
  const v = parseInput(CapaianIkiInputSchema, input, { what: "capaian IKI input" });
  const realisasi = rational(v.realisasi);
  const range = v.range ? { min: rational(v.range.min), max: rational(v.range.max) } : null;
  const p = capaianParts(v.condition, realisasi, v.target === undefined ? null : rational(v.target), range);
  const inputs: Record<string, Rational> = { realisasi };
  if (p.used !== null) inputs["target"] = p.used;
  if (range !== null) Object.assign(inputs, { rangeMin: range.min, rangeMax: range.max });
  return { value: showRational(p.value), trace: [traceEntry({ at: "value", formula: p.formula, value: p.value, inputs })] };
}
