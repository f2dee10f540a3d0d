import { show, type Dec } from "../../math/decimal.js";
import type { RoundingRule } from "../../math/round.js";
import type { TraceEntry } from "../../schema/result.js";

/**
 * A trace entry of a computed number: where it is in the result, its formula and named inputs.
 * A rounded value is written with exactly `places` decimals (as the engine writes it).
 */
export function entry(
  at: string,
  formula: string,
  value: Dec,
  inputs: Readonly<Record<string, Dec | string | number>>,
  rounding?: { readonly rule: RoundingRule; readonly exact: Dec },
  clamp?: { readonly by: "cap" | "floor"; readonly unclamped: Dec },
): TraceEntry {
  const shown: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) shown[k] = typeof v === "string" ? v : typeof v === "number" ? String(v) : show(v);
  const base = { at, formula, value: show(value, rounding?.rule.places), inputs: shown };
  const rounded = rounding === undefined ? base : { ...base, rounding: { places: rounding.rule.places, mode: rounding.rule.mode, exact: show(rounding.exact) } };
  return clamp === undefined ? rounded : { ...rounded, clamp: { by: clamp.by, unclamped: show(clamp.unclamped) } };
}
