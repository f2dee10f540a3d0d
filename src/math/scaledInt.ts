/**
 * Exact decimal arithmetic on scaled integers (`BigInt` × 10^−scale), for small helpers that should
 * not carry decimal.js into a browser bundle (e.g. `largestRemainder`). The results are the ones the
 * private decimal context (src/math/decimal.ts) gives: {@link SIGNIFICANT_DIGITS} significant digits,
 * ties rounded away from zero (`ROUND_HALF_UP`), plain text without exponent.
 */

/**
 * Significant digits of a rounded quotient or sum: the precision of kinerja's decimal context (40).
 * A test checks that both stay equal.
 */
export const SIGNIFICANT_DIGITS = 40;

/** A decimal as an integer and a scale: `value × 10^−scale`. */
export interface Scaled {
  /** The digits as an integer (negative for a negative number). */
  readonly value: bigint;
  /** How many of the digits are decimals (≥ 0). */
  readonly scale: number;
}

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Reads plain decimal text (`"-12.50"`, `"3"`, `"0.001"`; no exponent, no `+`) exactly.
 * @throws `RangeError` for any other text (callers pass validated, canonical decimal text)
 */
export function parseScaled(text: string): Scaled {
  const m = PLAIN.exec(text);
  if (m === null) throw new RangeError(`not plain decimal text: ${JSON.stringify(text)}`);
  const digits = BigInt(`${m[2] ?? "0"}${m[3] ?? ""}`);
  return { value: m[1] === "-" ? -digits : digits, scale: (m[3] ?? "").length };
}

/** Plain decimal text of `value × 10^−scale`: no exponent, no trailing zeros after the point, `"0"` for zero (never `"-0"`). */
export function formatScaled(value: bigint, scale: number): string {
  if (value === 0n) return "0";
  const negative = value < 0n;
  let digits = (negative ? -value : value).toString();
  let s = scale;
  if (s < 0) {
    digits += "0".repeat(-s);
    s = 0;
  }
  digits = digits.padStart(s + 1, "0");
  const whole = digits.slice(0, digits.length - s);
  const fraction = digits.slice(digits.length - s).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}`;
}

/** The values brought to their largest scale, so that they compare and add as integers. */
export function toCommonScale(values: readonly Scaled[]): { readonly values: bigint[]; readonly scale: number } {
  const scale = Math.max(0, ...values.map((v) => v.scale));
  return { values: values.map((v) => v.value * 10n ** BigInt(scale - v.scale)), scale };
}

const digitCount = (n: bigint): number => (n < 0n ? -n : n).toString().length;

/**
 * `value × 10^−scale` rounded to `digits` significant digits, ties away from zero, as a new
 * {@link Scaled} (the scale may shrink, or go negative for large integers).
 */
export function roundSignificant(x: Scaled, digits: number = SIGNIFICANT_DIGITS): Scaled {
  const drop = digitCount(x.value) - digits;
  if (x.value === 0n || drop <= 0) return x;
  const negative = x.value < 0n;
  const magnitude = negative ? -x.value : x.value;
  const unit = 10n ** BigInt(drop);
  let kept = magnitude / unit;
  if ((magnitude % unit) * 2n >= unit) kept += 1n;
  return { value: negative ? -kept : kept, scale: x.scale - drop };
}

/**
 * The quotient `a / b` of two integers to `digits` significant digits, ties away from zero, as plain
 * decimal text (what `new Dec(a).div(b)` shows in kinerja's decimal context).
 * @throws `RangeError` when `b` is zero
 */
export function divideSignificant(a: bigint, b: bigint, digits: number = SIGNIFICANT_DIGITS): string {
  if (b === 0n) throw new RangeError("division by zero");
  if (a === 0n) return "0";
  const negative = a < 0n !== b < 0n;
  const n = a < 0n ? -a : a;
  const d = b < 0n ? -b : b;
  // Enough decimals that the truncated quotient has more than `digits` digits; the first dropped digit
  // (exact under truncation) decides a tie-away-from-zero rounding, the rest cannot change it.
  const scale = Math.max(0, digits + 1 - (digitCount(n) - digitCount(d)) + 1);
  const truncated = (n * 10n ** BigInt(scale)) / d;
  const drop = digitCount(truncated) - digits;
  let value = truncated;
  let s = scale;
  if (drop > 0) {
    const unit = 10n ** BigInt(drop);
    value = truncated / unit;
    if ((truncated / 10n ** BigInt(drop - 1)) % 10n >= 5n) value += 1n;
    s -= drop;
  }
  return formatScaled(negative ? -value : value, s);
}
