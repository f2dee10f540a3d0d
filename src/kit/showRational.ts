import { showRational as show, type Rational } from "../math/rational.js";
import { checkPlaces, checkRational, throwIfAny } from "./guard.js";

/**
 * The canonical decimal text of an exact value, as every number in a kinerja result is written: plain
 * notation (never an exponent), never a negative zero; every digit of a value that ends within 40
 * significant digits, else 40 significant digits rounded half-up. With `places`, exactly that many
 * decimals (give a value already rounded to them, e.g. by {@link roundRational}: the digits past them
 * are rounded half-up).
 *
 * @param value - the value (a `Rational`)
 * @param places - decimals to write, a whole number 0–20 (trailing zeros kept); leave out for all digits
 * @returns decimal text
 * @throws `KinerjaError` `INVALID_INPUT` when `value` is not a `Rational` or `places` is not 0–20
 * @example
 * ```ts
 * showRational(rational("87.4"), 2);  // "87.40"
 * showRational(rational(1).div(3));   // "0.3333333333333333333333333333333333333333"
 * showRational(rational("-0"));       // "0"
 * ```
 */
export function showRational(value: Rational, places?: number | undefined): string {
  throwIfAny("showRational", [...checkRational(value, ["value"]), ...(places === undefined ? [] : checkPlaces(places, ["places"]))]);
  return show(value, places);
}
