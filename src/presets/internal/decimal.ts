import { Decimal } from "decimal.js";
import type { RoundingMode } from "../../index.js";

/**
 * The presets' private decimal context (40 significant digits, half-up): a clone, so the presets never
 * touch or depend on the global `Decimal` configuration.
 */
export const D: Decimal.Constructor = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });

/** A decimal of the presets' context. */
export type D = Decimal;

/** decimal.js rounding constants of kinerja's rounding modes. */
const MODES: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  halfUp: Decimal.ROUND_HALF_UP,
  halfEven: Decimal.ROUND_HALF_EVEN,
  halfDown: Decimal.ROUND_HALF_DOWN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
};

/** A decimal of the presets' context from validated decimal text (or a safe integer). */
export function dec(value: string | number): D {
  return new D(typeof value === "number" ? String(value) : value);
}

/** Rounds to `places` decimals with a kinerja rounding mode. */
export function roundTo(value: D, places: number, mode: RoundingMode): D {
  return value.toDecimalPlaces(places, MODES[mode]);
}

/**
 * Plain decimal text (no exponent, no negative zero). With `places`, exactly that many decimals
 * (the value must already be rounded to them).
 */
export function text(value: D, places?: number): string {
  if (value.isZero()) return places === undefined || places === 0 ? "0" : `0.${"0".repeat(places)}`;
  return places === undefined ? value.toFixed() : value.toFixed(places);
}
