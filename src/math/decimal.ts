import { Decimal } from "decimal.js";
import { KinerjaError, issue } from "../errors/kinerjaError.js";

/**
 * The private decimal context: an independent clone, so kinerja never touches (or is affected by)
 * the global `Decimal` configuration of the host application.
 * 40 significant digits; values are only rounded where a rounding policy says so.
 */
export const Dec: Decimal.Constructor = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -100,
  toExpPos: 100,
});

/** A decimal value of the private context. */
export type Dec = Decimal;

/** Zero, one and one hundred in the private context. */
export const ZERO: Dec = new Dec(0);
/** One. */
export const ONE: Dec = new Dec(1);
/** One hundred. */
export const HUNDRED: Dec = new Dec(100);

/** Converts a validated decimal input (number or decimal string) to a decimal of the private context. */
export function toDec(value: string | number | Dec): Dec {
  if (typeof value === "number") return new Dec(String(value));
  return new Dec(value);
}

/** Exact division; throws `DIVISION_BY_ZERO` (with the given path) instead of returning Infinity/NaN. */
export function div(a: Dec, b: Dec, path: readonly (string | number)[] = []): Dec {
  if (b.isZero()) {
    throw new KinerjaError("DIVISION_BY_ZERO", "a formula would divide by zero", [
      issue(path, "division_by_zero", `cannot divide ${show(a)} by zero`),
    ]);
  }
  return a.div(b);
}

/** The larger of two decimals. */
export function max(a: Dec, b: Dec): Dec {
  return a.gte(b) ? a : b;
}

/** The smaller of two decimals. */
export function min(a: Dec, b: Dec): Dec {
  return a.lte(b) ? a : b;
}

/**
 * Plain decimal text of a value, never in exponent notation, without a negative zero.
 * With `places`, exactly that many decimals (trailing zeros kept; the value must already be rounded).
 */
export function show(value: Dec, places?: number): string {
  if (value.isZero()) return places === undefined || places === 0 ? "0" : `0.${"0".repeat(places)}`;
  return places === undefined ? value.toFixed() : value.toFixed(places);
}
