// Rater leniency / severity correction by mean-centring (src/feedback/leniencyCorrection.ts), leniency correction (docs/sources.md#methods).
import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leniencyCorrection, type LeniencyRatingInput } from "../../src/feedback/leniencyCorrection.js";
import { X, deepFreeze, expectDec, expectInvalid, permutationOf } from "./helpers.js";

/** leniency correction (docs/sources.md#methods): severe rater S gave [3, 2, 4, 3] (4 to X); lenient rater L gave [5, 4, 5, 4] (4 to Y). */
const BATCH: LeniencyRatingInput[] = [
  ...[3, 2, 4, 3].map((value, i) => ({ rater: "S", ratee: ["A", "B", "X", "C"][i] ?? "", value })),
  ...[5, 4, 5, 4].map((value, i) => ({ rater: "L", ratee: ["D", "Y", "E", "F"][i] ?? "", value })),
];
const corrected = (r: ReturnType<typeof leniencyCorrection>, ratee: string): string | null | undefined => r.ratings.find((x) => x.ratee === ratee)?.corrected;

describe("leniencyCorrection", () => {
  it("recomputed vector (leniency mean-centring): 4 from rater mean 3.0 / 4.5, grand 3.75 → 4.75 / 3.25", () => {
    const r = leniencyCorrection({ ratings: BATCH, minRatees: 4 });
    expectDec(r.grandMean, "3.75");
    expectDec(corrected(r, "X"), "4.75");
    expectDec(corrected(r, "Y"), "3.25");
    expect(r.raters).toEqual([
      { rater: "L", n: 4, ratees: 4, mean: "4.5", applied: true, shift: "-0.75" },
      { rater: "S", n: 4, ratees: 4, mean: "3", applied: true, shift: "0.75" },
    ]);
  });

  it("leniency correction (docs/sources.md#methods) [design choice]: only raters with at least minRatees (default 5) distinct ratees are corrected", () => {
    const r = leniencyCorrection({ ratings: BATCH });
    expect(r.minRatees).toBe(5);
    expect(r.raters.every((x) => !x.applied && x.shift === "0")).toBe(true);
    expect(r.ratings.map((x) => x.corrected)).toEqual(r.ratings.map((x) => x.value));
    // a rater with 4 ratees is corrected at minRatees 4, the other one (3 ratees) is not
    const partial = leniencyCorrection({ ratings: BATCH.slice(0, 7), minRatees: 4 });
    expect(partial.raters.map((x) => [x.rater, x.applied])).toEqual([["L", false], ["S", true]]);
  });

  it("corrected values are clamped to the scale by default (marked), and may leave it with clamp: false", () => {
    const ratings = [
      ...[1, 1, 1, 5].map((value, i) => ({ rater: "S", ratee: `e${i}`, value })),
      ...[5, 5, 5, 5].map((value, i) => ({ rater: "L", ratee: `e${i}`, value })),
    ];
    const r = leniencyCorrection({ ratings, minRatees: 4 });
    // grand 3.5, S's mean 2 → shift +1.5: 5 → 6.5, clamped to 5
    const top = r.ratings[3];
    expect(top).toEqual({ rater: "S", ratee: "e3", competency: null, value: "5", corrected: "5", clamped: true });
    expectDec(leniencyCorrection({ ratings, minRatees: 4, clamp: false }).ratings[3]?.corrected, "6.5");
  });

  it("N/A answers are excluded from the means and passed through uncorrected", () => {
    const r = leniencyCorrection({ ratings: [...BATCH, { rater: "S", ratee: "Z", value: "na" }], minRatees: 4 });
    expectDec(r.grandMean, "3.75");
    expect(r.raters.find((x) => x.rater === "S")).toMatchObject({ n: 4, ratees: 4, mean: "3" });
    expect(r.ratings[8]).toEqual({ rater: "S", ratee: "Z", competency: null, value: null, corrected: null, clamped: false });
  });

  it("competencies: a rater may rate one ratee on several competencies; distinct ratees are counted", () => {
    const ratings = ["a", "b"].flatMap((competency) => BATCH.map((r) => ({ ...r, competency })));
    const r = leniencyCorrection({ ratings, minRatees: 4 });
    expect(r.raters.map((x) => [x.n, x.ratees])).toEqual([[8, 4], [8, 4]]);
    expectDec(r.ratings.find((x) => x.ratee === "X" && x.competency === "b")?.corrected, "4.75");
  });

  it("rejects no ratings, an answer off the scale, and a rater rating one ratee twice (on one competency)", () => {
    expectInvalid(() => leniencyCorrection({ ratings: [] }), "ratings", "too_small");
    expectInvalid(() => leniencyCorrection({ ratings: [...BATCH, { rater: "S", ratee: "Q", value: 7 }] }), "ratings[8].value", "off_scale");
    expectInvalid(() => leniencyCorrection({ ratings: [...BATCH, { rater: "S", ratee: "X", value: 3 }] }), "ratings[8].ratee", "duplicate_rating");
    expectInvalid(() => leniencyCorrection({ ratings: BATCH, minRatees: 0 }), "minRatees");
  });

  it("all N/A: no grand mean, nothing corrected", () => {
    const r = leniencyCorrection({ ratings: [{ rater: "S", ratee: "A", value: null }] });
    expect(r).toEqual({
      grandMean: null,
      minRatees: 5,
      raters: [{ rater: "S", n: 0, ratees: 0, mean: null, applied: false, shift: "0" }],
      ratings: [{ rater: "S", ratee: "A", competency: null, value: null, corrected: null, clamped: false }],
    });
  });

  // A complete design: every rater rates every ratee once. Counts 1, 2, 4 or 5 keep every mean terminating (exact).
  const balancedArb = fc
    .tuple(fc.constantFrom(1, 2, 4, 5), fc.constantFrom(1, 2, 4, 5))
    .chain(([raters, ratees]) => fc.array(fc.integer({ min: 1, max: 5 }), { minLength: raters * ratees, maxLength: raters * ratees }).map((v) => ({ raters, ratees, v })));

  fcTest.prop([balancedArb])("leniency correction (docs/sources.md#methods): in a complete design mean-centring leaves every ratee's mean unchanged", ({ raters, ratees, v }) => {
    const ratings = v.map((value, i) => ({ rater: `r${Math.floor(i / ratees)}`, ratee: `e${i % ratees}`, value }));
    const r = leniencyCorrection({ ratings, minRatees: 1, clamp: false });
    for (let e = 0; e < ratees; e++) {
      const rows = r.ratings.filter((x) => x.ratee === `e${e}`);
      const before = rows.reduce((acc, x) => acc.plus(x.value ?? 0), new X(0)).div(raters);
      const after = rows.reduce((acc, x) => acc.plus(x.corrected ?? 0), new X(0)).div(raters);
      expect(after.toFixed()).toBe(before.toFixed());
    }
  });

  fcTest.prop([balancedArb])("after correction every corrected rater's mean equals the grand mean (clamp off)", ({ ratees, v }) => {
    const ratings = v.map((value, i) => ({ rater: `r${Math.floor(i / ratees)}`, ratee: `e${i % ratees}`, value }));
    const r = leniencyCorrection({ ratings, minRatees: 1, clamp: false });
    for (const rater of r.raters) {
      const rows = r.ratings.filter((x) => x.rater === rater.rater);
      expect(rows.reduce((acc, x) => acc.plus(x.corrected ?? 0), new X(0)).div(rows.length).toFixed()).toBe(new X(r.grandMean ?? 0).toFixed());
    }
  });

  fcTest.prop([balancedArb.chain((b) => fc.tuple(fc.constant(b), permutationOf(b.v.map((_, i) => i))))])(
    "the correction of each rating does not depend on the order of the batch, and the input is not mutated",
    ([{ ratees, v }, order]) => {
      const ratings = v.map((value, i) => ({ rater: `r${Math.floor(i / ratees)}`, ratee: `e${i % ratees}`, value }));
      const a = leniencyCorrection({ ratings, minRatees: 2 });
      const b = leniencyCorrection({ ratings: deepFreeze(order.map((i) => ratings[i] as LeniencyRatingInput)), minRatees: 2 });
      expect(b.raters).toEqual(a.raters);
      expect(b.grandMean).toBe(a.grandMean);
      order.forEach((i, j) => expect(b.ratings[j]).toEqual(a.ratings[i]));
    },
  );
});
