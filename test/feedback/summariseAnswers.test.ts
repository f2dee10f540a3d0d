// Summary of the answers to one item, N/A excluded and counted (src/feedback/summariseAnswers.ts), N/A answers (docs/sources.md#methods).
import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summariseAnswers } from "../../src/feedback/summariseAnswers.js";
import { deepFreeze, expectDec, expectInvalid, permutationOf } from "./helpers.js";

describe("summariseAnswers", () => {
  it("recomputed vector (N/A): [4, N/A, 5, 3] → 4.0 over n = 3 (N/A excluded from numerator and denominator)", () => {
    const s = summariseAnswers({ answers: [4, null, 5, 3] });
    expect(s.n).toBe(3);
    expect(s.na).toBe(1);
    expect(s.total).toBe(4);
    expectDec(s.mean, "4.0");
    expectDec(s.naRate, "0.25");
    expectDec(s.percent, 75);
  });

  it("N/A answers (docs/sources.md#methods): the string \"na\" is N/A too; treating N/A as 0 would have given 3.0, which kinerja never does", () => {
    const s = summariseAnswers({ answers: [4, "na", 5, 3] });
    expectDec(s.mean, 4);
    expect(s.mean).not.toBe("3");
  });

  it("all N/A: no mean and no percent, the N/A rate is 1", () => {
    expect(summariseAnswers({ answers: ["na", null] })).toEqual({ n: 0, na: 2, total: 2, naRate: "1", mean: null, percent: null });
    expect(summariseAnswers({ answers: [] })).toEqual({ n: 0, na: 0, total: 0, naRate: null, mean: null, percent: null });
  });

  it("Likert conversion (docs/sources.md#methods) on another scale: proportional conversion of mean 3.4 on 1–5 is 68", () => {
    expectDec(summariseAnswers({ answers: [3, 4, 3, 4, 3], conversion: "proportional" }).percent, 68);
  });

  it("rejects an answer off the scale, a fraction on a whole-number scale, and a malformed answer, with their paths", () => {
    expectInvalid(() => summariseAnswers({ answers: [4, 6] }), "answers[1]", "off_scale");
    expectInvalid(() => summariseAnswers({ answers: [4, 3.5] }), "answers[1]", "off_scale");
    expectInvalid(() => summariseAnswers({ answers: [4, "x"] }), "answers[1]", "invalid_answer");
    expectInvalid(() => summariseAnswers({ answers: [true as never] }), "answers[0]", "invalid_answer");
  });

  fcTest.prop([fc.array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null)), { maxLength: 30 }).chain((xs) => fc.tuple(fc.constant(xs), permutationOf(xs)))])(
    "the summary does not depend on the order of the answers, and the input is not mutated",
    ([answers, shuffled]) => {
      expect(summariseAnswers({ answers: deepFreeze(shuffled) })).toEqual(summariseAnswers({ answers }));
    },
  );
});
