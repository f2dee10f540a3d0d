import { KinerjaError, issue, parseFormulaInput, rational, roundRational, showRational, type FormulaInput, type FormulaOutput, type FormulaPlugin, type Rational } from "../../index.js";
import { capaianParts, type IkiCondition } from "./capaianIki.js";
import { ladder } from "./nilaiCapaianIki.js";

function param(params: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(params, key) ? params[key] : undefined;
}

function achievementOf(condition: IkiCondition, raw: FormulaInput): FormulaOutput {
  const input = parseFormulaInput(raw, { what: `${condition === "normal" ? "pp30.iki" : "pp30.ikiSpecial"} formula input` });
  const p = input.params;
  const min = param(p, "min");
  const max = param(p, "max");
  if ((min === undefined) !== (max === undefined)) {
    throw new KinerjaError("INVALID_SCHEME", "a range target needs both params.min and params.max", [issue(["method", "params"], "invalid_range", "give min and max")]);
  }
  const range = min !== undefined && max !== undefined ? { min: rational(min), max: rational(max) } : null;
  if (range !== null && range.min.gt(range.max)) {
    throw new KinerjaError("INVALID_SCHEME", "a range target's min exceeds its max", [issue(["method", "params", "max"], "invalid_range", "min > max")]);
  }
  const parts = capaianParts(condition, rational(input.actual), input.target === null ? null : rational(input.target), range);
  const exact = param(p, "exact") === "1";
  const placesText = param(p, "capaianPlaces") ?? "0";
  const places = Number(placesText);
  if (!exact && (!Number.isInteger(places) || places < 0 || places > 20)) {
    throw new KinerjaError("INVALID_SCHEME", "params.capaianPlaces must be a whole number 0–20", [issue(["method", "params", "capaianPlaces"], "invalid_places", placesText)]);
  }
  const c: Rational = exact ? parts.value : roundRational(parts.value, { places, mode: "halfUp" });
  const r = ladder(c, param(p, "maximal") === "1");
  const inputs: Record<string, string> = { capaian: showRational(parts.value), capaianRead: showRational(c) };
  if (parts.used !== null) inputs["targetUsed"] = showRational(parts.used);
  inputs[`category.${r.category}`] = "1";
  return { value: showRational(r.value), inputs };
}

/**
 * The formula plugin `pp30.iki`: nilai capaian IKI of a **normal** IKI (higher is better), PermenPANRB
 * 8/2021 (PermenPANRB 8/2021 Lampiran, docs/sources.md#pp-30-2019) — capaian `R / T × 100` (range targets by `params.min`/`params.max`),
 * rounded to `params.capaianPlaces` (default 0, whole percent; `params.exact: 1` keeps it exact), then the
 * nilai ladder (109 at 100 %, 120 above 110 %, or at 100 % with `params.maximal: 1`).
 */
export const ikiFormula: FormulaPlugin = Object.freeze({ name: "pp30.iki", achievement: (input: FormulaInput) => achievementOf("normal", input) });

/**
 * The formula plugin `pp30.ikiSpecial`: as {@link ikiFormula} for an IKI in the **special** condition
 * (lower is better, e.g. time): capaian `(1 + (1 − R / T)) × 100`.
 */
export const ikiSpecialFormula: FormulaPlugin = Object.freeze({ name: "pp30.ikiSpecial", achievement: (input: FormulaInput) => achievementOf("special", input) });
