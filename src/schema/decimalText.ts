// Decimal text as the input schemas read it, without zod: the canonical form, the magnitude limit and the
// messages, shared by the decimal schemas (primitives.ts) and the functions that validate a small input by
// hand (largestRemainder), which thereby bundle no schema library.
import { rational } from "../math/rational.js";
import { DECIMAL_TEXT, LIMITS } from "../concepts/vocabulary.js";

const LIMIT = rational(LIMITS.decimalMagnitude);

/** @internal The messages of a decimal input's problems. */
export const DECIMAL_MESSAGES = {
  notDecimal: 'must be a decimal number such as 87.5 or "87.5"',
  notFinite: "must be a finite number",
  tooLarge: "must be a finite number smaller than 10^15 in magnitude",
  negative: "must not be negative",
} as const;

/** @internal True when `value` is decimal text kinerja reads exactly (e.g. `"87.5"`, `"-0.25"`, `"1e-7"`). */
export function isDecimalText(value: string): boolean {
  return DECIMAL_TEXT.test(value);
}

/**
 * @internal The canonical text of decimal text (or of a finite number's `String`), or null when its
 * magnitude is 10^15 or more.
 */
export function boundedDecimal(text: string): string | null {
  const exact = canonical(text);
  return rational(exact).abs().gte(LIMIT) ? null : exact;
}

/** @internal Canonical decimal text of a validated decimal string (no exponent, no leading +, no trailing dot). */
export function canonical(text: string): string {
  let t = text.replace(/^\+/, "");
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(t);
  if (!m) return t;
  const sign = m[1] ?? "";
  let intPart = m[2] ?? "";
  let frac = m[3] ?? "";
  const exp = Number(m[4] ?? "0");
  let digits = intPart + frac;
  let point = intPart.length + exp;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  intPart = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  frac = digits.slice(point).replace(/0+$/, "");
  if (intPart === "") intPart = "0";
  t = frac === "" ? intPart : `${intPart}.${frac}`;
  if (/^0(\.0*)?$/.test(t)) return "0";
  return sign + t;
}
