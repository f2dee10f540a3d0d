// Self–other gaps: blind spots and hidden strengths (src/feedback/selfOtherGap.ts), self–other gap (docs/sources.md#methods), docs/concepts.md.
import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateFeedback, type FeedbackRatingInput } from "../../src/feedback/aggregateFeedback.js";
import { selfOtherGap, type GapItemInput } from "../../src/feedback/selfOtherGap.js";
import { X, deepFreeze, expectDec, expectInvalid, nth, permutationOf, scaled } from "./helpers.js";

/** group-weighted and pooled means (docs/sources.md#methods) data with self 4.5 (a continuous 1–5 scale, so that 4.5 is a valid answer). */
const RATINGS: FeedbackRatingInput[] = [
  { rater: "me", group: "self", competency: "c", value: 4.5 },
  { rater: "m", group: "supervisor", competency: "c", value: 3 },
  ...[4, 4, 3].map((value, i) => ({ rater: `p${i}`, group: "peer" as const, competency: "c", value })),
  ...[3, 3, 4, 3].map((value, i) => ({ rater: `d${i}`, group: "subordinate" as const, competency: "c", value })),
];

describe("selfOtherGap", () => {
  it("recomputed vector (gap): self 4.5, pooled others 3.375 → +1.125, a blind spot at θ = 1.0 (the default on 1–5), not at θ = 1.67", () => {
    const d = selfOtherGap({ competencies: [{ competency: "c", self: 4.5, others: "3.375" }] });
    expect(d.threshold).toBe("1");
    expect(d.items).toEqual([{ competency: "c", self: "4.5", others: "3.375", gap: "1.125", kind: "blindSpot" }]);
    expect(d.blindSpots).toEqual(["c"]);
    const primalogik = selfOtherGap({ competencies: [{ competency: "c", self: 4.5, others: "3.375" }], threshold: "1.67" });
    expect(nth(primalogik.items, 0).kind).toBe("aligned");
    expect(primalogik.blindSpots).toEqual([]);
  });

  it("self–other gap (docs/sources.md#methods): from aggregateFeedback — pooled others by default (+1.125), equal-group others +1.194", () => {
    const feedback = aggregateFeedback({ competencies: ["c"], ratings: RATINGS, scale: { min: 1, max: 5 } });
    const pooled = selfOtherGap({ feedback });
    expectDec(nth(pooled.items, 0).gap, "1.125");
    expect(pooled.threshold).toBe("1");
    const equal = selfOtherGap({ feedback, others: "equalGroup" });
    expectDec(nth(equal.items, 0).gap, "1.194", 3);
    expect(nth(equal.items, 0).kind).toBe("blindSpot");
  });

  it("a hidden strength when others − self ≥ θ; aligned in between; null when self or others is missing", () => {
    const d = selfOtherGap({
      competencies: [
        { competency: "a", self: 2, others: "3.5" },
        { competency: "b", self: 3, others: "3.9" },
        { competency: "c", self: null, others: 4 },
        { competency: "e", self: 4, others: 3 },
      ],
    });
    expect(d.items.map((i) => [i.competency, i.gap, i.kind])).toEqual([
      ["a", "-1.5", "hiddenStrength"],
      ["b", "-0.9", "aligned"],
      ["c", null, null],
      ["e", "1", "blindSpot"],
    ]);
    expect(d.hiddenStrengths).toEqual(["a"]);
    expect(d.blindSpots).toEqual(["e"]);
  });

  it("docs/concepts.md: θ is scale-relative — a quarter of the range by default (1.5 on 1–7, 25 on percent), or a share, or points", () => {
    expect(selfOtherGap({ competencies: [], scale: "likert7" }).threshold).toBe("1.5");
    expect(selfOtherGap({ competencies: [], scale: "percent" }).threshold).toBe("25");
    expect(selfOtherGap({ competencies: [], scale: "likert4", thresholdShare: "0.5" }).threshold).toBe("1.5");
    expect(selfOtherGap({ competencies: [], threshold: 2 }).threshold).toBe("2");
  });

  it("self–other gap (docs/sources.md#methods) (Qualtrics): the lists hold the top 5 by default, largest gap first, ties by id; top is configurable", () => {
    const competencies: GapItemInput[] = ["g", "f", "e", "d", "c", "b", "a"].map((competency, i) => ({ competency, self: 5, others: i < 2 ? 2 : 3 }));
    const d = selfOtherGap({ competencies });
    expect(d.blindSpots).toEqual(["f", "g", "a", "b", "c"]);
    expect(d.items.filter((i) => i.kind === "blindSpot")).toHaveLength(7);
    expect(selfOtherGap({ competencies, top: 2 }).blindSpots).toEqual(["f", "g"]);
    const hidden = selfOtherGap({ competencies: competencies.map((c) => ({ ...c, self: c.others, others: c.self })), top: 3 });
    expect(hidden.hiddenStrengths).toEqual(["f", "g", "a"]);
  });

  it("rejects a score off the scale (with its path), both threshold forms, a zero threshold, duplicate competencies", () => {
    expectInvalid(() => selfOtherGap({ competencies: [{ competency: "c", self: 6, others: 3 }] }), "competencies[0].self", "off_scale");
    expectInvalid(() => selfOtherGap({ competencies: [{ competency: "c", self: 3, others: 0 }] }), "competencies[0].others", "off_scale");
    expectInvalid(() => selfOtherGap({ competencies: [], threshold: 1, thresholdShare: "0.25" }), "thresholdShare", "conflicting_options");
    expectInvalid(() => selfOtherGap({ competencies: [], threshold: 0 }), "threshold");
    expectInvalid(() => selfOtherGap({ competencies: [{ competency: "c", self: 3, others: 3 }, { competency: "c", self: 3, others: 3 }] }), "competencies[1].competency", "duplicate_id");
    expectInvalid(() => selfOtherGap({ feedback: { settings: {} } as never }), "feedback.settings.scale");
  });
});

const itemsArb = fc.uniqueArray(
  fc.record({ id: fc.integer({ min: 0, max: 99 }), self: fc.integer({ min: 100, max: 500 }), others: fc.integer({ min: 100, max: 500 }) }),
  { selector: (x) => x.id, maxLength: 12 },
);
const toItems = (xs: readonly { id: number; self: number; others: number }[]): GapItemInput[] =>
  xs.map((x) => ({ competency: `c${x.id}`, self: scaled(x.self, 2), others: scaled(x.others, 2) }));

fcTest.prop([itemsArb])("swapping self and others negates every gap and swaps blind spots with hidden strengths", (xs) => {
  const d = selfOtherGap({ competencies: toItems(xs) });
  const swapped = selfOtherGap({ competencies: toItems(xs.map((x) => ({ ...x, self: x.others, others: x.self }))) });
  swapped.items.forEach((it, i) => expect(new X(it.gap ?? "0").toFixed()).toBe(new X(d.items[i]?.gap ?? "0").neg().toFixed()));
  expect(swapped.blindSpots).toEqual(d.hiddenStrengths);
  expect(swapped.hiddenStrengths).toEqual(d.blindSpots);
});

fcTest.prop([itemsArb.chain((xs) => fc.tuple(fc.constant(xs), permutationOf(xs))), fc.integer({ min: 0, max: 6 })])(
  "the lists do not depend on the order of the competencies, hold at most top entries, and the input is not mutated",
  ([xs, shuffled], top) => {
    const a = selfOtherGap({ competencies: toItems(xs), top });
    const b = selfOtherGap(deepFreeze({ competencies: toItems(shuffled), top }));
    expect(b.blindSpots).toEqual(a.blindSpots);
    expect(b.hiddenStrengths).toEqual(a.hiddenStrengths);
    expect(a.blindSpots.length).toBeLessThanOrEqual(top);
    expect(a.hiddenStrengths.length).toBeLessThanOrEqual(top);
  },
);
