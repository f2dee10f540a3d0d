// Shared helpers of the test suite (not a test file itself: vitest only collects *.test.ts).
import { Decimal } from "decimal.js";
import { expect } from "vitest";
import {
  KinerjaError,
  evaluate,
  isKinerjaError,
  type AppraisalInput,
  type IndicatorResult,
  type Result,
  type RoundingMode,
  type SchemeInput,
  type TraceEntry,
} from "../src/index.js";

/** An indicator as written in a scheme. */
export type IndicatorInput = SchemeInput["indicators"][number];
/** A decimal as a scheme or appraisal accepts it. */
export type DecimalIn = number | string;

/**
 * The decimal context of the expected values: a private clone with far more digits than the
 * library's (40), so that an expected value is never the victim of the rounding it checks.
 * (Never `Decimal.set`: the global constructor stays untouched.)
 */
export const X = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -200, toExpPos: 200 });

/** decimal.js rounding constants of the library's rounding modes (docs/sources.md#methods). */
export const MODES: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  halfUp: Decimal.ROUND_HALF_UP,
  halfEven: Decimal.ROUND_HALF_EVEN,
  halfDown: Decimal.ROUND_HALF_DOWN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
};

/**
 * Asserts that the decimal text `actual` equals `expected`: exactly (trailing zeros ignored), or,
 * with `places`, after rounding both half-up to that many places (for non-terminating values).
 */
export function expectDec(actual: string | null | undefined, expected: Decimal.Value, places?: number): void {
  expect(actual, "a decimal string").toBeTypeOf("string");
  const a = new X(actual as string);
  const e = new X(expected);
  if (places === undefined) expect(a.toFixed()).toBe(e.toFixed());
  else expect(a.toDecimalPlaces(places).toFixed()).toBe(e.toDecimalPlaces(places).toFixed());
}

/** An integer scaled down by 10^places, as decimal text built from the integer's digits (no binary float). */
export function scaled(n: number, places: number): string {
  if (!Number.isSafeInteger(n)) throw new Error(`not a safe integer: ${n}`);
  const digits = String(Math.abs(n)).padStart(places + 1, "0");
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return n < 0 ? `-${text}` : text;
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
  expect(thrown, String(thrown)).not.toBeInstanceOf(TypeError);
  expect(isKinerjaError(thrown), `not a KinerjaError: ${String(thrown)}`).toBe(true);
  expect(thrown).toBeInstanceOf(KinerjaError);
  return thrown as KinerjaError;
}

/** Asserts the error has `code` and an issue at `at` (and with `issueCode`, when given). */
export function expectError(fn: () => unknown, code: KinerjaError["code"], at: string, issueCode?: string): KinerjaError {
  const e = catchKinerja(fn);
  expect(e.code).toBe(code);
  const issues = e.issues.map((i) => ({ at: i.at, code: i.code }));
  if (issueCode === undefined) expect(issues.map((i) => i.at)).toContain(at);
  else expect(issues).toContainEqual({ at, code: issueCode });
  return e;
}

/** A one-perspective, one-indicator scheme around the indicator fields given. */
export function scheme1(ind: Omit<IndicatorInput, "id" | "label" | "perspective">, extra: Partial<SchemeInput> = {}): SchemeInput {
  return { id: "one", perspectives: [{ id: "p", label: "P" }], indicators: [{ id: "k", label: "K", perspective: "p", ...ind }], ...extra };
}

/** The appraisal of employee E1 with one actual for indicator `k`. */
export function appraisal1(actual: DecimalIn | null, row: { target?: DecimalIn; baseline?: DecimalIn } = {}): AppraisalInput {
  return { employee: { id: "E1" }, actuals: [{ indicator: "k", actual, ...row }] };
}

/** Evaluates a one-indicator scheme. */
export function run1(
  ind: Omit<IndicatorInput, "id" | "label" | "perspective">,
  actual: DecimalIn | null,
  row: { target?: DecimalIn; baseline?: DecimalIn } = {},
  extra: Partial<SchemeInput> = {},
): Result {
  return evaluate(scheme1(ind, extra), appraisal1(actual, row));
}

/** The indicator result of a one-indicator scheme. */
export function one(
  ind: Omit<IndicatorInput, "id" | "label" | "perspective">,
  actual: DecimalIn | null,
  row: { target?: DecimalIn; baseline?: DecimalIn } = {},
  extra: Partial<SchemeInput> = {},
): IndicatorResult {
  return first(run1(ind, actual, row, extra).indicators);
}

/** The first element of a list, asserting there is one. */
export function first<T>(xs: readonly T[]): T {
  const x = xs[0];
  if (x === undefined) throw new Error("empty list");
  return x;
}

/** The element at `i`, asserting it exists. */
export function nth<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`no element ${i}`);
  return x;
}

/** The result object with the given id, asserting it exists. */
export function byId<T extends { readonly id: string }>(xs: readonly T[], id: string): T {
  const x = xs.find((v) => v.id === id);
  if (x === undefined) throw new Error(`no '${id}'`);
  return x;
}

/** The trace entry at `at`, asserting there is exactly one. */
export function traceAt(r: Result, at: string): TraceEntry {
  const found = r.trace.filter((e) => e.at === at);
  expect(found, `trace entries at ${at}`).toHaveLength(1);
  return found[0] as TraceEntry;
}

/** Fields of a result that hold text which is not a number (ids, labels, codes, dates, messages). */
const TEXT_KEYS = new Set([
  "kind",
  "id",
  "label",
  "scheme",
  "appraisal",
  "employee",
  "period",
  "perspective",
  "objective",
  "unit",
  "status",
  "direction",
  "method",
  "clamped",
  "warnings",
  "band",
  "trace",
]);

const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * Every number in a result (outside the trace and the text fields), as `[path, value]` with the path
 * written as the trace writes it: `indicators[2].score`, `final.score`, `coverage`.
 */
export function numbersOf(r: Result): [string, string][] {
  const out: [string, string][] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === "string") {
      if (NUMBER_TEXT.test(v)) out.push([path, v]);
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${path}[${i}]`));
      return;
    }
    if (typeof v === "object" && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (TEXT_KEYS.has(k)) continue;
        walk(x, path === "" ? k : `${path}.${k}`);
      }
    }
  };
  walk(r, "");
  return out;
}

/** Reads the value at a trace path such as `indicators[2].score` from a result. */
export function valueAt(r: Result, at: string): unknown {
  let v: unknown = r;
  for (const part of at.split(/\.|(?=\[)/)) {
    const m = /^\[(\d+)\]$/.exec(part);
    if (typeof v !== "object" || v === null) return undefined;
    v = m ? (v as unknown[])[Number(m[1])] : (v as Record<string, unknown>)[part];
  }
  return v;
}

/** Asserts every number of a result has a trace entry at its path with the same value, and every trace entry points at a number. */
export function expectFullyTraced(r: Result): void {
  const byAt = new Map<string, TraceEntry[]>();
  for (const e of r.trace) byAt.set(e.at, [...(byAt.get(e.at) ?? []), e]);
  const numbers = numbersOf(r);
  expect(numbers.length).toBeGreaterThan(0);
  for (const [path, value] of numbers) {
    const entries = byAt.get(path) ?? [];
    expect(entries.map((e) => e.value), `trace entry for ${path}`).toEqual([value]);
  }
  for (const e of r.trace) expect(valueAt(r, e.at), `number at ${e.at}`).toBe(e.value);
}

/** A copy of a JSON value (for before/after comparisons). */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}

/** The outcome of a call, for comparing two paths: its JSON, or the KinerjaError's code and issues. */
export function outcome(f: () => unknown): string {
  try {
    return JSON.stringify(f());
  } catch (e) {
    if (!isKinerjaError(e)) throw e;
    return JSON.stringify({ error: e.code, issues: e.issues });
  }
}

/** The eight raters of the generated 360° appraisals: supervisor, self, three peers, three subordinates. */
export const RATERS = [
  ["atasan", "supervisor"],
  ["diri", "self"],
  ["p1", "peer"],
  ["p2", "peer"],
  ["p3", "peer"],
  ["s1", "subordinate"],
  ["s2", "subordinate"],
  ["s3", "subordinate"],
] as const;
