import { test as fcTest } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { benchmark } from "../../src/rating/benchmark.js";
import { cents, deepFreeze, expectKinerja, shuffle, shuffleKeysArb } from "./helpers.js";

const X = Decimal.clone({ precision: 60 });
const PEERS = [62, 65, 68, 70, 71, 73, 75, 78, 80, 85, 90];

describe("benchmark", () => {
  it("benchmarking (docs/sources.md#methods): unit at 80 among 11 peers — index 109.6 to the median 73, percentile rank 77.3 (B 8, E 1)", () => {
    const b = benchmark({ unit: 80, peers: PEERS });
    expect(new X(b.index).toFixed(1)).toBe("109.6");
    expect(new X(b.percentileRank).times(100).toFixed(1)).toBe("77.3");
    expect(b.index).toBe("109.5890410958904109589041095890410958904");
    expect(b.reference).toEqual({ kind: "median", value: "73" });
    expect(b.rank).toBe(3);
    expect(b.best).toEqual({ id: null, score: "90" });
    expect(b.gapToBest).toBe("10");
    expect(b.peers).toBe(11);
  });

  it("benchmarking (docs/sources.md#methods): the peers' P90 (linear) is 85 and the top-decile mean (values ≥ 85) is 87.5", () => {
    const b = benchmark({ unit: 80, peers: PEERS, reference: "topDecileMean" });
    expect(b.statistics).toMatchObject({ median: "73", p90: "85", topDecileMean: "87.5", min: "62", max: "90" });
    expect(b.reference).toEqual({ kind: "topDecileMean", value: "87.5" });
    expect(new X(b.index).toFixed(4)).toBe("91.4286"); // 80 / 87.5 × 100
  });

  it("accepts named peers and a fixed reference value", () => {
    const b = benchmark({ unit: { id: "Bappeda", score: "80" }, peers: [{ id: "Dinkes", score: 90 }, { id: "Bappeda", score: 80 }, { id: "Disdik", score: "70" }], reference: { value: 100 } });
    expect(b).toMatchObject({ unit: { id: "Bappeda", score: "80" }, index: "80", rank: 2, best: { id: "Dinkes", score: "90" }, percentileRank: "0.5" });
  });

  it("handles lower-is-better measures: the index is reference / score, 'below' means worse (higher)", () => {
    const b = benchmark({ unit: 4, peers: [2, 4, 5, 8], direction: "lower" });
    expect(b.statistics.median).toBe("4.5");
    expect(b.index).toBe("112.5"); // 100 × 4.5 / 4
    expect(b.percentileRank).toBe("0.625"); // (2 worse + 1/2) / 4
    expect(b.rank).toBe(2);
    expect(b.best.score).toBe("2");
    expect(b.gapToBest).toBe("2");
  });

  it("rejects an empty peer list and bad scores (INVALID_INPUT), and a zero reference (DIVISION_BY_ZERO)", () => {
    expectKinerja(() => benchmark({ unit: 80, peers: [] }), "INVALID_INPUT", "peers");
    expectKinerja(() => benchmark({ unit: "eighty", peers: [1] }), "INVALID_INPUT", "unit");
    expectKinerja(() => benchmark({ unit: 1, peers: [1, Number.NaN] }), "INVALID_INPUT", "peers[1]");
    expectKinerja(() => benchmark({ unit: 1, peers: [1], reference: "mode" as never }), "INVALID_INPUT", "reference");
    expectKinerja(() => benchmark({ unit: 5, peers: [0, 0, 1] }), "DIVISION_BY_ZERO", "reference");
    expectKinerja(() => benchmark({ unit: 0, peers: [1, 2], direction: "lower" }), "DIVISION_BY_ZERO", "unit");
  });

  const centsArb = fc.integer({ min: 1, max: 20000 }).map(cents);
  fcTest.prop([centsArb, fc.array(centsArb, { minLength: 1, maxLength: 30 }), shuffleKeysArb])(
    "percentile rank in [0, 1], rank in 1..n+1, index above 100 exactly when the score beats the median; invariant to peer order",
    (unit, peers, keys) => {
      const input = deepFreeze({ unit, peers });
      const b = benchmark(input);
      const pr = new X(b.percentileRank);
      expect(pr.gte(0) && pr.lte(1)).toBe(true);
      expect(b.rank).toBeGreaterThanOrEqual(1);
      expect(b.rank).toBeLessThanOrEqual(peers.length + 1);
      expect(new X(b.index).gt(100)).toBe(new X(unit).gt(b.statistics.median));
      expect(new X(b.gapToBest).gte(0)).toBe(true);
      const again = benchmark({ unit, peers: shuffle(peers, keys) });
      expect({ ...again, best: again.best.score }).toEqual({ ...b, best: b.best.score });
    },
  );
});
