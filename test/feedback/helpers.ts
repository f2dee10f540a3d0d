// Helpers of the 360° feedback tests (not a test file itself: vitest only collects *.test.ts).
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { expect } from "vitest";
import { isKinerjaError, type KinerjaError } from "../../src/errors/kinerjaError.js";

/**
 * The decimal context of expected values: a private clone with far more digits than the library's 40
 * (never `Decimal.set`: the global constructor stays untouched).
 */
export const X = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -200, toExpPos: 200 });

/** Asserts that decimal text equals `expected` exactly, or after rounding both half-up to `places`. */
export function expectDec(actual: string | null | undefined, expected: Decimal.Value, places?: number): void {
  expect(actual, "a decimal string").toBeTypeOf("string");
  const a = new X(actual as string);
  const e = new X(expected);
  if (places === undefined) expect(a.toFixed()).toBe(e.toFixed());
  else expect(a.toDecimalPlaces(places).toFixed()).toBe(e.toDecimalPlaces(places).toFixed());
}

/** Deep-freezes a value (objects and arrays), returning it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Runs `fn`, asserts it throws a KinerjaError (never a TypeError or another error) and returns it. */
export function catchKinerja(fn: () => unknown): KinerjaError {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, "expected a KinerjaError to be thrown").toBeDefined();
  expect(isKinerjaError(thrown), `not a KinerjaError: ${String(thrown)}`).toBe(true);
  return thrown as KinerjaError;
}

/** Asserts `fn` throws INVALID_INPUT with an issue at `at` (and with `issueCode`, when given). */
export function expectInvalid(fn: () => unknown, at: string, issueCode?: string): KinerjaError {
  const e = catchKinerja(fn);
  expect(e.code).toBe("INVALID_INPUT");
  const issues = e.issues.map((i) => ({ at: i.at, code: i.code }));
  if (issueCode === undefined) expect(issues.map((i) => i.at)).toContain(at);
  else expect(issues).toContainEqual({ at, code: issueCode });
  return e;
}

/** An integer scaled down by 10^places, as decimal text built from its digits (no binary float). */
export function scaled(n: number, places: number): string {
  if (!Number.isSafeInteger(n)) throw new Error(`not a safe integer: ${n}`);
  const digits = String(Math.abs(n)).padStart(places + 1, "0");
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return n < 0 ? `-${text}` : text;
}

/** Every decimal-looking string in a JSON value, with its path. */
export function decimalsOf(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return /^-?\d+(\.\d+)?$/.test(value) ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => decimalsOf(v, `${path}[${i}]`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => decimalsOf(v, path === "" ? k : `${path}.${k}`));
  }
  return [];
}

/** A permutation of `xs` driven by fast-check (shrinks towards the identity). */
export function permutationOf<T>(xs: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length });
}

/** The element at `i`, asserting it exists. */
export function nth<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`no element ${i}`);
  return x;
}
