// Helpers of the 360° feedback tests (not a test file itself: vitest only collects *.test.ts).
import fc from "fast-check";
import { expect } from "vitest";
import type { KinerjaError } from "../../src/errors/kinerjaError.js";
import { X, catchKinerja, deepFreeze, expectDec, nth, scaled } from "../helpers.js";

export { X, catchKinerja, deepFreeze, expectDec, nth, scaled };

/** Asserts `fn` throws INVALID_INPUT with an issue at `at` (and with `issueCode`, when given). */
export function expectInvalid(fn: () => unknown, at: string, issueCode?: string): KinerjaError {
  const e = catchKinerja(fn);
  expect(e.code).toBe("INVALID_INPUT");
  const issues = e.issues.map((i) => ({ at: i.at, code: i.code }));
  if (issueCode === undefined) expect(issues.map((i) => i.at)).toContain(at);
  else expect(issues).toContainEqual({ at, code: issueCode });
  return e;
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

