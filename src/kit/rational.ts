import { rational as exact, Rational, type Value as RationalInput } from "../math/rational.js";
import { issue } from "../errors/kinerjaError.js";
import { throwIfAny } from "./guard.js";

// `RationalInput` is the core's own `Value` (what `rational` and the arithmetic methods read): one type,
// so that the methods of the exported class and `rational` name the same one.
export { Rational, type RationalInput };

/**
 * An exact rational number from decimal text, a finite number or a rational — kinerja's exact number,
 * the one the engine's stages and the presets compute with. Its methods (`plus minus times div cmp eq lt
 * lte gt gte isZero isNegative isInteger neg abs floor toNumber toFixed`) never lose a digit; show it with
 * {@link showRational}, round it with {@link roundRational}. A number is read through its shortest text,
 * so `0.1` is exactly one tenth (docs/concepts.md, "Exact numbers").
 *
 * @param value - decimal text, a finite number, or a `Rational` (returned as it is)
 * @returns the exact value
 * @throws `KinerjaError` `INVALID_INPUT` for text that is not a decimal, a number that is not finite, or
 *   anything else
 * @example
 * ```ts
 * rational("1").div(3).times(3).eq(1);          // true (no digit lost)
 * showRational(rational("0.1").plus("0.2"));   // "0.3"
 * ```
 */
export function rational(value: RationalInput): Rational {
  if (typeof value !== "string" && typeof value !== "number" && !(value instanceof Rational)) {
    throwIfAny("rational", [issue(["value"], "invalid_type", "must be decimal text, a finite number or a Rational / harus teks desimal, bilangan hingga, atau Rational")]);
  }
  return exact(value);
}
