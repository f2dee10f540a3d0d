import { KinerjaError, issue } from "../errors/kinerjaError.js";

// Exact rational numbers for the scoring stages. A value is `n / d` in lowest terms with `d > 0`, held
// in two safe integers while it fits and in two BigInts when it does not; every operation is exact, so a
// rounding, a band edge or a threshold is decided on the true value. Texts follow the project's decimal
// convention: plain notation, and at most 40 significant digits (rounded half-up) for a value whose
// decimal expansion is longer or does not end (docs/concepts.md, "Exact numbers").

/** The most significant digits a text shows. */
export const TEXT_DIGITS = 40;

const MAX = Number.MAX_SAFE_INTEGER;
const safe = (x: number): boolean => x <= MAX && x >= -MAX;

function gcd(a: number, b: number): number {
  a = a < 0 ? -a : a;
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** The gcd of `a` and `b > 0` (the only caller, `fromBig`, passes a positive denominator). */
function gcdBig(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

const SAFE_BIG = BigInt(MAX);

/**
 * An exact rational number. Immutable; build one with {@link rational}. The method names follow
 * decimal.js so the stages read like ordinary arithmetic: `a.plus(b).div(c)`.
 */
export class Rational {
  /** Numerator and denominator while they are safe integers (`big` is then null). */
  readonly n: number;
  readonly d: number;
  /** Numerator and denominator when they are not. */
  readonly big: { readonly n: bigint; readonly d: bigint } | null;

  /** @internal Use {@link rational}; the arguments must already be in lowest terms with d > 0. */
  constructor(n: number, d: number, big: { readonly n: bigint; readonly d: bigint } | null) {
    this.n = n;
    this.d = d;
    this.big = big;
  }

  /** `this + o`. */
  plus(v: Value): Rational {
    const o = of(v);
    if (this.big === null && o.big === null) {
      if (this.d === o.d) {
        const s = this.n + o.n;
        if (safe(s)) return small(s, this.d);
      } else {
        const a = this.n * o.d;
        const b = o.n * this.d;
        const d = this.d * o.d;
        const s = a + b;
        if (safe(a) && safe(b) && safe(d) && safe(s)) return small(s, d);
      }
    }
    const x = bigOf(this);
    const y = bigOf(o);
    return fromBig(x.n * y.d + y.n * x.d, x.d * y.d);
  }

  /** `this − o`. */
  minus(v: Value): Rational {
    return this.plus(of(v).neg());
  }

  /** `this × o`. */
  times(v: Value): Rational {
    const o = of(v);
    if (this.big === null && o.big === null) {
      if (this.n === 0 || o.n === 0) return ZERO;
      const g1 = gcd(this.n, o.d);
      const g2 = gcd(o.n, this.d);
      const n = (this.n / g1) * (o.n / g2);
      const d = (this.d / g2) * (o.d / g1);
      if (safe(n) && safe(d)) return new Rational(n, d, null);
    }
    const x = bigOf(this);
    const y = bigOf(o);
    return fromBig(x.n * y.n, x.d * y.d);
  }

  /** `this ÷ o`; dividing by zero throws `DIVISION_BY_ZERO` (the stages check first and give a path). */
  div(v: Value): Rational {
    const o = of(v);
    if (o.isZero()) throw new KinerjaError("DIVISION_BY_ZERO", "a formula would divide by zero", [issue([], "division_by_zero", `cannot divide ${this.toFixed()} by zero`)]);
    if (o.big === null) return this.times(o.n < 0 ? new Rational(-o.d, -o.n, null) : new Rational(o.d, o.n, null));
    const y = o.big;
    return this.times(y.n < 0n ? fromBig(-y.d, -y.n) : fromBig(y.d, y.n));
  }

  /** `−this`. */
  neg(): Rational {
    if (this.n === 0 && this.big === null) return this;
    return this.big === null ? new Rational(-this.n, this.d, null) : new Rational(0, 1, { n: -this.big.n, d: this.big.d });
  }

  /** `|this|`. */
  abs(): Rational {
    return this.isNegative() ? this.neg() : this;
  }

  /** −1, 0 or 1 as `this` is below, equal to or above `o`. */
  cmp(v: Value): -1 | 0 | 1 {
    const o = of(v);
    if (this.big === null && o.big === null) {
      if (this.d === o.d) return this.n < o.n ? -1 : this.n > o.n ? 1 : 0;
      const a = this.n * o.d;
      const b = o.n * this.d;
      if (safe(a) && safe(b)) return a < b ? -1 : a > b ? 1 : 0;
    }
    const x = bigOf(this);
    const y = bigOf(o);
    const a = x.n * y.d;
    const b = y.n * x.d;
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** Same as {@link cmp}. */
  comparedTo(v: Value): -1 | 0 | 1 {
    return this.cmp(v);
  }
  /** `this = o`. */
  eq(v: Value): boolean {
    return this.cmp(v) === 0;
  }
  /** `this < o`. */
  lt(v: Value): boolean {
    return this.cmp(v) < 0;
  }
  /** `this ≤ o`. */
  lte(v: Value): boolean {
    return this.cmp(v) <= 0;
  }
  /** `this > o`. */
  gt(v: Value): boolean {
    return this.cmp(v) > 0;
  }
  /** `this ≥ o`. */
  gte(v: Value): boolean {
    return this.cmp(v) >= 0;
  }
  /** `this = 0`. */
  isZero(): boolean {
    return this.big === null ? this.n === 0 : false;
  }
  /** `this < 0`. */
  isNegative(): boolean {
    return this.big === null ? this.n < 0 : this.big.n < 0n;
  }
  /** A whole number. */
  isInteger(): boolean {
    return this.big === null ? this.d === 1 : this.big.d === 1n;
  }

  /** The largest whole number ≤ `this`. */
  floor(): Rational {
    if (this.big === null) {
      if (this.d === 1) return this;
      return new Rational(floorDiv(this.n, this.d).q, 1, null);
    }
    const { q } = floorDivBig(this.big.n, this.big.d);
    return fromBig(q, 1n);
  }

  /** The nearest double (for display sizes and statistics that are not decided by it). */
  toNumber(): number {
    return this.big === null ? this.n / this.d : Number(this.big.n) / Number(this.big.d);
  }

  /**
   * Plain decimal text. Without `places`: every digit of a terminating value with at most 40 significant
   * digits, else 40 significant digits rounded half-up. With `places`: exactly that many decimals,
   * rounded half-up (trailing zeros kept).
   */
  toFixed(places?: number): string {
    if (places !== undefined) return fixed(this, places);
    if (this.big === null && this.d === 1) return String(this.n);
    return significant(this);
  }

  /** Same as `toFixed()`. */
  toString(): string {
    return this.toFixed();
  }
}

const ZERO = new Rational(0, 1, null);

/** What the arithmetic methods accept: a rational, a finite number or decimal text. */
export type Value = Rational | number | string;

const of = (v: Value): Rational => (typeof v === "object" ? v : rational(v));

/** Builds `n / d` from safe integers (d > 0: every caller's denominator is a product of denominators or a power of ten), reducing to lowest terms. */
function small(n: number, d: number): Rational {
  if (n === 0) return ZERO;
  const g = gcd(n, d);
  return g === 1 ? new Rational(n, d, null) : new Rational(n / g, d / g, null);
}

function bigOf(x: Rational): { readonly n: bigint; readonly d: bigint } {
  return x.big ?? { n: BigInt(x.n), d: BigInt(x.d) };
}

/**
 * Builds `n / d` from BigInts (d > 0: a product of denominators, a power of ten, 1, or in `div` the
 * divisor's numerator with its sign moved to the numerator), reducing and going back to safe integers
 * when they fit.
 */
function fromBig(n: bigint, d: bigint): Rational {
  if (n === 0n) return ZERO;
  const g = gcdBig(n, d);
  if (g !== 1n) {
    n /= g;
    d /= g;
  }
  if (n <= SAFE_BIG && n >= -SAFE_BIG && d <= SAFE_BIG) return new Rational(Number(n), Number(d), null);
  return new Rational(0, 1, { n, d });
}

/**
 * Floor division of a safe integer `a` by a safe integer `b > 0`. The double quotient `a / b` is within
 * half an ulp of `k ± j/b` (`k` its integer part, `1 ≤ j < b`) and never rounds onto an integer (that
 * would need `j/b < k·2^-53`, so `|a| ≥ 2^53`): its truncation is the exact truncated quotient, and
 * `q · b` (|q · b| ≤ |a|) and the remainder are exact.
 */
function floorDiv(a: number, b: number): { q: number; r: number } {
  const q = Math.trunc(a / b);
  const r = a - q * b;
  return r < 0 ? { q: q - 1, r: r + b } : { q, r };
}

function floorDivBig(a: bigint, b: bigint): { q: bigint; r: bigint } {
  let q = a / b;
  let r = a % b;
  if (r < 0n) {
    q -= 1n;
    r += b;
  }
  return { q, r };
}

const POW10: readonly bigint[] = Array.from({ length: 64 }, (_, i) => 10n ** BigInt(i));
const pow10 = (k: number): bigint => POW10[k] ?? 10n ** BigInt(k);

/** `|q| / 10^scale` as plain text with the sign given, trailing zeros of the fraction removed when `strip`. */
function place(negative: boolean, q: bigint, scale: number, strip: boolean): string {
  let digits = q.toString();
  let s: string;
  if (scale <= 0) s = digits + "0".repeat(-scale);
  else {
    if (digits.length <= scale) digits = "0".repeat(scale - digits.length + 1) + digits;
    let frac = digits.slice(digits.length - scale);
    const int = digits.slice(0, digits.length - scale);
    if (strip) frac = frac.replace(/0+$/, "");
    s = frac.length > 0 ? `${int}.${frac}` : int;
  }
  return negative && /[1-9]/.test(s) ? `-${s}` : s;
}

/** Text with at most {@link TEXT_DIGITS} significant digits (exact when the value fits in them). */
function significant(x: Rational): string {
  const { n, d } = bigOf(x);
  const negative = n < 0n;
  const a = negative ? -n : n;
  // Estimate the decimal exponent of a/d from digit counts, then correct it: 10^(e) ≤ a/d < 10^(e+1).
  let e = a.toString().length - d.toString().length;
  if (e >= 0 ? a < d * pow10(e) : a * pow10(-e) < d) e -= 1;
  // Scale so that the quotient has TEXT_DIGITS digits: q = floor(a · 10^s / d), s = TEXT_DIGITS − 1 − e.
  const s = TEXT_DIGITS - 1 - e;
  const num = s >= 0 ? a * pow10(s) : a;
  const den = s >= 0 ? d : d * pow10(-s);
  let q = num / den;
  const r = num % den;
  if (r === 0n) {
    // Exact in 40 digits: print without trailing zeros.
    return place(negative, q, s, true);
  }
  if (2n * r >= den) q += 1n;
  return place(negative, q, s, true);
}

/** Text with exactly `places` decimals, rounded half-up. */
function fixed(x: Rational, places: number): string {
  const { n, d } = bigOf(x);
  const negative = n < 0n;
  const a = negative ? -n : n;
  const num = a * pow10(places);
  let q = num / d;
  const r = num % d;
  if (2n * r >= d && r !== 0n) q += 1n;
  return place(negative, q, places, false);
}

const NUMBER_TEXT = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Parses decimal text (`"87.5"`, `"-1e-3"`) or a finite number (read through its shortest text, as
 * decimal.js reads it) into an exact rational. Throws `INVALID_INPUT` for anything else; inputs reach the
 * stages validated, so this is a guard.
 */
export function rational(value: string | number | Rational): Rational {
  if (value instanceof Rational) return value;
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return value === 0 ? ZERO : new Rational(value, 1, null);
    if (!Number.isFinite(value)) throw notDecimal(String(value));
    return parse(String(value));
  }
  return parse(value);
}

function notDecimal(text: string): KinerjaError {
  return new KinerjaError("INVALID_INPUT", "not a decimal number", [issue([], "invalid_decimal", `'${text.slice(0, 40)}' is not a decimal number`)]);
}

/** The whole numbers 0–100 (ratings, percents), built once: reading them allocates nothing. */
const SMALL: readonly Rational[] = Array.from({ length: 101 }, (_, i) => (i === 0 ? ZERO : new Rational(i, 1, null)));

function parse(text: string): Rational {
  // Plain decimal text of at most 15 digits (what the schemas' canonical form mostly is): no regex.
  const len = text.length;
  if (len > 0 && len <= 16) {
    let i = text.charCodeAt(0) === 45 ? 1 : 0;
    let v = 0;
    let scale = -1;
    let digits = 0;
    for (; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        v = v * 10 + (c - 48);
        digits++;
        if (scale >= 0) scale++;
      } else if (c === 46 && scale < 0) scale = 0;
      else break;
    }
    if (i === len && digits > 0 && digits <= 15 && scale !== 0) {
      const negative = text.charCodeAt(0) === 45;
      if (scale <= 0) return !negative && v <= 100 ? (SMALL[v] as Rational) : v === 0 ? ZERO : new Rational(negative ? -v : v, 1, null);
      return small(negative ? -v : v, 10 ** scale);
    }
  }
  const m = NUMBER_TEXT.exec(text);
  const int = m?.[2] ?? "";
  const frac = m?.[3] ?? "";
  if (m === null || int.length + frac.length === 0) throw notDecimal(text);
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 100_000) throw notDecimal(text);
  const digits = (int + frac).replace(/^0+/, "");
  const negative = m[1] === "-";
  if (digits.length === 0) return ZERO;
  const scale = frac.length - exp;
  if (digits.length <= 15 && scale >= 0 && scale <= 15) {
    const v = Number(digits);
    return small(negative ? -v : v, 10 ** scale);
  }
  const v = BigInt(digits) * (negative ? -1n : 1n);
  return scale >= 0 ? fromBig(v, pow10(scale)) : fromBig(v * pow10(-scale), 1n);
}

/** Zero. */
export const R0: Rational = ZERO;
/** One. */
export const R1: Rational = new Rational(1, 1, null);
/** Two. */
export const R2: Rational = new Rational(2, 1, null);
/** One hundred. */
export const R100: Rational = new Rational(100, 1, null);

/** Exact division with a path for the error: `DIVISION_BY_ZERO` instead of Infinity. */
export function divide(a: Rational, b: Rational, path: readonly (string | number)[] = []): Rational {
  if (b.isZero()) {
    throw new KinerjaError("DIVISION_BY_ZERO", "a formula would divide by zero", [issue(path, "division_by_zero", `cannot divide ${a.toFixed()} by zero`)]);
  }
  return a.div(b);
}

/** The larger of two values. */
export const maxOf = (a: Rational, b: Rational): Rational => (a.gte(b) ? a : b);
/** The smaller of two values. */
export const minOf = (a: Rational, b: Rational): Rational => (a.lte(b) ? a : b);

/**
 * Plain decimal text of a value (the project's `show`): never an exponent, never a negative zero; with
 * `places`, exactly that many decimals (the value should already be rounded to them).
 */
export function showRational(value: Rational, places?: number): string {
  if (value.isZero()) return places === undefined || places === 0 ? "0" : `0.${"0".repeat(places)}`;
  return value.toFixed(places);
}

/**
 * Where `value · 10^places` lies past its floor `q` (see `Fraction` in `round.ts`), with `q`:
 * the integer arithmetic of a rounding rule, exact.
 */
export function scaledParts(value: Rational, places: number): { readonly q: bigint | number; readonly cmpHalf: -1 | 0 | 1 | null; readonly negative: boolean } {
  if (value.big === null) {
    const p = 10 ** places;
    const m = value.n * p;
    if (places <= 15 && safe(m)) {
      const { q, r } = floorDiv(m, value.d);
      if (r === 0) return { q, cmpHalf: null, negative: value.n < 0 };
      const twice = 2 * r;
      return { q, cmpHalf: twice < value.d ? -1 : twice > value.d ? 1 : 0, negative: value.n < 0 };
    }
  }
  const { n, d } = bigOf(value);
  const { q, r } = floorDivBig(n * pow10(places), d);
  if (r === 0n) return { q, cmpHalf: null, negative: n < 0n };
  const twice = 2n * r;
  return { q, cmpHalf: twice < d ? -1 : twice > d ? 1 : 0, negative: n < 0n };
}

/** `k / 10^places` as a rational. */
export function fromScaled(k: bigint | number, places: number): Rational {
  if (typeof k === "number" && safe(k) && places <= 15) return small(k, 10 ** places);
  return fromBig(BigInt(k), pow10(places));
}
