import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { largestRemainder } from "../../src/rating/largestRemainder.js";
import { deepFreeze, expectKinerja } from "./helpers.js";

/** Shares as decimal strings from integers: `n / 10^places`. */
const shareArb = fc.tuple(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 3 })).map(([n, places]) => {
  const s = String(n).padStart(places + 1, "0");
  return places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
});
const sharesArb = fc.array(shareArb, { minLength: 1, maxLength: 8 }).filter((xs) => xs.some((x) => !/^0*\.?0*$/.test(x)));

describe("largestRemainder", () => {
  it("largest remainder (docs/sources.md#methods): N 17, shares 20/70/10 → 3/12/2 (quotas 3.4/11.9/1.7, remainders to 0.9 and 0.7)", () => {
    const r = largestRemainder({ total: 17, shares: [20, 70, 10] });
    expect(r.counts).toEqual([3, 12, 2]);
    expect(r.trace).toEqual({
      sum: "100",
      quotas: ["3.4", "11.9", "1.7"],
      floors: [3, 11, 1],
      remainders: ["0.4", "0.9", "0.7"],
      remaining: 2,
      awarded: [1, 2],
    });
  });

  it("largest remainder (docs/sources.md#methods): 0.57 × 100 floors to 57 (binary floating point gives 56)", () => {
    expect(Math.floor(0.57 * 100)).toBe(56); // the pitfall
    expect(largestRemainder({ total: 100, shares: ["0.57", "0.43"] }).counts).toEqual([57, 43]);
    expect(largestRemainder({ total: 100, shares: [0.57, 0.43] }).trace.floors).toEqual([57, 43]);
  });

  it("shares as fractions, percents or any relative numbers give the same counts", () => {
    const a = largestRemainder({ total: 17, shares: ["0.2", "0.7", "0.1"] }).counts;
    const b = largestRemainder({ total: 17, shares: [2, 7, 1] }).counts;
    expect(a).toEqual([3, 12, 2]);
    expect(b).toEqual(a);
  });

  it("breaks equal remainders by declared order: 1 place over 3 equal shares goes to the first", () => {
    const r = largestRemainder({ total: 1, shares: [1, 1, 1] });
    expect(r.counts).toEqual([1, 0, 0]);
    expect(r.trace.quotas[0]).toMatch(/^0\.3333333333/);
    expect(largestRemainder({ total: 2, shares: [1, 1, 1] }).counts).toEqual([1, 1, 0]);
  });

  it("the Alabama paradox of the method (docs/sources.md#methods): 10 → 11 people takes a place from the third share", () => {
    // Classic example: shares 6, 6, 2 — 10 seats give 4/4/2, 11 seats give 5/5/1.
    expect(largestRemainder({ total: 10, shares: [6, 6, 2] }).counts).toEqual([4, 4, 2]);
    expect(largestRemainder({ total: 11, shares: [6, 6, 2] }).counts).toEqual([5, 5, 1]);
  });

  it("apportions 0 people to zeros and never gives a place to a zero share", () => {
    expect(largestRemainder({ total: 0, shares: [1, 2] }).counts).toEqual([0, 0]);
    expect(largestRemainder({ total: 5, shares: [0, 1, 0, 1] }).counts).toEqual([0, 3, 0, 2]);
  });

  it("rejects a negative or fractional total, negative shares and all-zero shares with INVALID_INPUT and paths", () => {
    expectKinerja(() => largestRemainder({ total: -1, shares: [1] }), "INVALID_INPUT", "total");
    expectKinerja(() => largestRemainder({ total: 1.5, shares: [1] }), "INVALID_INPUT", "total");
    expectKinerja(() => largestRemainder({ total: 3, shares: [1, "-2"] }), "INVALID_INPUT", "shares[1]");
    expectKinerja(() => largestRemainder({ total: 3, shares: [0, "0.0"] }), "INVALID_INPUT", "shares");
    expectKinerja(() => largestRemainder({ total: 3, shares: [] }), "INVALID_INPUT", "shares");
    expectKinerja(() => largestRemainder({ total: 3, shares: ["abc"] }), "INVALID_INPUT", "shares[0]");
  });

  fcTest.prop([fc.integer({ min: 0, max: 5000 }), sharesArb])("the counts sum to the total and each is the floor or the ceiling of its quota", (total, shares) => {
    const r = largestRemainder(deepFreeze({ total, shares }));
    expect(r.counts.reduce((a, b) => a + b, 0)).toBe(total);
    r.counts.forEach((c, i) => {
      const floor = r.trace.floors[i] ?? -1;
      expect(c === floor || c === floor + 1).toBe(true);
    });
    expect(r.trace.awarded.length).toBe(r.trace.remaining);
  });

  fcTest.prop([fc.integer({ min: 0, max: 5000 }), sharesArb, fc.integer({ min: 2, max: 1000 })])("scaling every share by the same factor changes nothing", (total, shares, k) => {
    const scaled = shares.map((s) => {
      const [i = "0", f = ""] = s.split(".");
      // s × k exactly, as a string, via integer thousandths
      const units = BigInt(i + f.padEnd(3, "0")) * BigInt(k);
      const t = units.toString().padStart(4, "0");
      return `${t.slice(0, -3)}.${t.slice(-3)}`;
    });
    expect(largestRemainder({ total, shares: scaled }).counts).toEqual(largestRemainder({ total, shares }).counts);
  });

  fcTest.prop([fc.integer({ min: 0, max: 5000 }), sharesArb])("a larger share never gets fewer people, and equal shares differ by at most one", (total, shares) => {
    const { counts } = largestRemainder({ total, shares });
    const value = (s: string): bigint => {
      const [i = "0", f = ""] = s.split(".");
      return BigInt(i + f.padEnd(3, "0"));
    };
    for (let i = 0; i < shares.length; i++) {
      for (let j = 0; j < shares.length; j++) {
        const a = value(shares[i] ?? "0");
        const b = value(shares[j] ?? "0");
        if (a > b) expect(counts[i] ?? 0).toBeGreaterThanOrEqual(counts[j] ?? 0);
        if (a === b) expect(Math.abs((counts[i] ?? 0) - (counts[j] ?? 0))).toBeLessThanOrEqual(1);
      }
    }
  });
});
