import { Decimal } from "decimal.js";
import { roundText, type RoundingMode } from "../../index.js";

/**
 * The presets' private decimal context (40 significant digits, half-up): a clone, so the presets never
 * touch or depend on the global `Decimal` configuration.
 */
export const D: Decimal.Constructor = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });

/** A decimal of the presets' context. */
export type D = Decimal;


/** A decimal of the presets' context from validated decimal text (or a safe integer). */
export function dec(value: string | number): D {
  return new D(typeof value === "number" ? String(value) : value);
}

/** Rounds to `places` decimals with a kinerja rounding mode (the same rounding a scheme's policy applies). */
export function roundTo(value: D, places: number, mode: RoundingMode): D {
  return new D(roundText(value.toFixed(), { places, mode }));
}

/**
 * Plain decimal text (no exponent, no negative zero). With `places`, exactly that many decimals
 * (the value must already be rounded to them).
 */
export function text(value: D, places?: number): string {
  if (value.isZero()) return places === undefined || places === 0 ? "0" : `0.${"0".repeat(places)}`;
  return places === undefined ? value.toFixed() : value.toFixed(places);
}
