// Helpers of the rating tests (not a test file itself): real results built by `evaluate`.
import { compile } from "../../src/engine/compile.js";
import { evaluate } from "../../src/engine/evaluate.js";
import type { Plan } from "../../src/engine/plan.js";
import { KinerjaError, type KinerjaErrorCode } from "../../src/errors/kinerjaError.js";
import type { DistributionCurveInput } from "../../src/rating/distributionCurve.js";
import type { Result } from "../../src/schema/result.js";
import fc from "fast-check";
import { expect } from "vitest";
import { deepFreeze } from "../helpers.js";

export { deepFreeze };

/**
 * A one-indicator scheme whose final score equals the actual (target 100, ratio, no cap; final
 * rounded to 2 places) and whose band table has the five PermenPANRB 6/2022 predikat as band ids
 * (the category ids of `SE_MENPANRB_3_2023_CURVES`): < 50, [50, 70), [70, 90), [90, 110), ≥ 110.
 */
export const SCHEME = {
  id: "rating-test",
  perspectives: [{ id: "results", label: "Hasil kerja" }],
  indicators: [{ id: "skp", perspective: "results", label: "Capaian SKP", target: 100 }],
  bands: {
    table: [
      { id: "sangatKurang", label: "Sangat Kurang", max: 50 },
      { id: "kurang", label: "Kurang", min: 50, max: 70 },
      { id: "butuhPerbaikan", label: "Butuh Perbaikan", min: 70, max: 90 },
      { id: "baik", label: "Baik", min: 90, max: 110 },
      { id: "sangatBaik", label: "Sangat Baik", min: 110 },
    ],
  },
};

/** The compiled scheme (compiled once). */
export const PLAN: Plan = compile(SCHEME);

/** One employee: id, score (a decimal string or number ≥ 0), optional unit. */
export interface Person {
  readonly id: string;
  readonly score: string | number;
  readonly unit?: string;
}

/** Scores one employee with the test scheme. */
export function result(p: Person): Result {
  return evaluate(PLAN, {
    employee: p.unit === undefined ? { id: p.id } : { id: p.id, unit: p.unit },
    actuals: [{ indicator: "skp", actual: p.score }],
  });
}

/** Scores employees `E01`, `E02`, … with the given scores (and units, if given). */
export function results(scores: readonly (string | number)[], units?: readonly string[]): Result[] {
  return scores.map((score, i) => {
    const unit = units?.[i];
    return result(unit === undefined ? { id: `E${String(i + 1).padStart(2, "0")}`, score } : { id: `E${String(i + 1).padStart(2, "0")}`, score, unit });
  });
}

/** A decimal score string in [0, 150] with two places, generated from an integer (never from a float). */
export const scoreArb: fc.Arbitrary<string> = fc.integer({ min: 0, max: 15000 }).map(cents);

/** `1234` → `"12.34"`: a decimal string from an integer number of hundredths (no floating point). */
export function cents(c: number): string {
  return `${Math.trunc(c / 100)}.${String(c % 100).padStart(2, "0")}`;
}

/** A coarse score (few distinct values, so that ties are frequent): 40, 45, …, 130. */
export const coarseScoreArb: fc.Arbitrary<string> = fc.integer({ min: 8, max: 26 }).map((c) => String(c * 5));

/** Sort keys for {@link shuffle} (as many as the longest list a test generates). */
export const shuffleKeysArb: fc.Arbitrary<number[]> = fc.array(fc.nat(), { minLength: 64, maxLength: 64 });

/** Reorders a list by generated keys (a permutation driven by fast-check, so it is replayed by the seed). */
export function shuffle<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list
    .map((x, i) => ({ x, k: keys[i % keys.length] ?? 0, i }))
    .sort((a, b) => a.k - b.k || b.i - a.i)
    .map((e) => e.x);
}

/** Runs `fn`, expects a `KinerjaError` with `code` (and, if given, an issue at `at`); returns it. */
export function expectKinerja(fn: () => unknown, code: KinerjaErrorCode, at?: string): KinerjaError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(KinerjaError);
  const err = caught as KinerjaError;
  expect(err.code).toBe(code);
  if (at !== undefined) expect(err.issues.map((i) => i.at)).toContain(at);
  return err;
}

/** The five PermenPANRB 6/2022 predikat band ids of {@link SCHEME}, best → worst. */
export const BANDS = ["sangatBaik", "baik", "butuhPerbaikan", "kurang", "sangatKurang"] as const;

/** A limit of a generated curve, in whole percent (so the brute force can use integer arithmetic). */
export interface PercentLimit {
  readonly min?: number;
  readonly max?: number;
  readonly minCount?: number;
}

/** A generated curve: the bands split into adjacent categories, limits in whole percent, an optional group. */
export interface TestCurve {
  /** Bands of each category, best → worst. */
  readonly categories: readonly (readonly string[])[];
  readonly limits: readonly PercentLimit[];
  /** An optional group limit over categories `from..to`. */
  readonly group: { readonly from: number; readonly to: number; readonly limit: PercentLimit } | null;
}

/** `37` → `"0.37"`: a share string from whole percent (no floating point). */
export function percent(p: number): string {
  return p === 100 ? "1" : `0.${String(p).padStart(2, "0")}`;
}

const limitArb: fc.Arbitrary<PercentLimit> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({}) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100 }).map((max) => ({ max })) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 70 }).map((min) => ({ min })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2 }).map((minCount) => ({ minCount })) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 })).map(([a, b]) => ({ min: a, max: a + b })) },
);

/** Random curves over the five bands: 2–5 adjacent categories, random limits, sometimes a group. */
export const testCurveArb: fc.Arbitrary<TestCurve> = fc
  .tuple(fc.subarray([1, 2, 3, 4]), fc.array(limitArb, { minLength: 5, maxLength: 5 }), fc.option(fc.tuple(fc.nat(), fc.nat(), limitArb), { nil: null }))
  .map(([cuts, limits, g]) => {
    const edges = [0, ...cuts, 5];
    const categories = edges.slice(1).map((end, i) => BANDS.slice(edges[i] ?? 0, end));
    let group: TestCurve["group"] = null;
    if (g && categories.length >= 2) {
      const from = g[0] % (categories.length - 1);
      const to = from + 1 + (g[1] % (categories.length - 1 - from));
      group = { from, to, limit: g[2] };
    }
    return { categories, limits: limits.slice(0, categories.length), group };
  })
  .filter((c) => c.categories.length >= 2);

/** The curve JSON of a generated curve. */
export function curveJson(c: TestCurve): DistributionCurveInput {
  const json = (l: PercentLimit): { min?: string; max?: string; minCount?: number } => ({
    ...(l.min === undefined ? {} : { min: percent(l.min) }),
    ...(l.max === undefined ? {} : { max: percent(l.max) }),
    ...(l.minCount === undefined ? {} : { minCount: l.minCount }),
  });
  return {
    id: "generated",
    categories: c.categories.map((bands, i) => ({ id: `c${i}`, bands: [...bands], ...json(c.limits[i] ?? {}) })),
    groups: c.group ? [{ id: "g", categories: c.categories.slice(c.group.from, c.group.to + 1).map((_, j) => `c${(c.group?.from ?? 0) + j}`), ...json(c.group.limit) }] : [],
  };
}

/** Allowed head-count range of a percent limit for `n` people (ceil for minima, floor for maxima), by integer arithmetic. */
export function percentRange(l: PercentLimit, n: number): [number, number] {
  let lo = 0;
  let hi = n;
  if (l.min !== undefined) lo = Math.max(lo, Math.floor((n * l.min + 99) / 100));
  if (l.minCount !== undefined) lo = Math.max(lo, l.minCount);
  if (l.max !== undefined) hi = Math.min(hi, Math.floor((n * l.max) / 100));
  return [lo, hi];
}

/** True when category counts meet the generated curve. */
export function meets(c: TestCurve, counts: readonly number[]): boolean {
  const n = counts.reduce((a, b) => a + b, 0);
  const ok = (l: PercentLimit, count: number): boolean => {
    const [lo, hi] = percentRange(l, n);
    return count >= lo && count <= hi;
  };
  if (!c.limits.every((l, i) => ok(l, counts[i] ?? 0))) return false;
  if (c.group && !ok(c.group.limit, counts.slice(c.group.from, c.group.to + 1).reduce((a, b) => a + b, 0))) return false;
  return true;
}

/** Every way to split `n` people into `k` ordered categories. */
export function compositions(n: number, k: number): number[][] {
  if (k === 1) return [[n]];
  const out: number[][] = [];
  for (let first = 0; first <= n; first++) for (const rest of compositions(n - first, k - 1)) out.push([first, ...rest]);
  return out;
}
