// A getter (or proxy trap) that throws inside a scheme or an appraisal is bad input like any other:
// evaluate and score answer with a KinerjaError (found by the fuzz harness).
import { describe, expect, test } from "vitest";
import { compile, evaluate, KinerjaError, score, type AppraisalInput, type SchemeInput } from "../src/index.js";

const scheme: SchemeInput = { id: "s", perspectives: [{ id: "p", label: "P" }], indicators: [{ id: "k", perspective: "p", label: "K", target: 100 }] };
const throwing = <T extends object>(base: T, key: string): T =>
  Object.defineProperty({ ...base }, key, {
    enumerable: true,
    get() {
      throw new Error("boom");
    },
  });

describe("throwing getters", () => {
  const appraisal: AppraisalInput = { employee: { id: "E" }, actuals: [{ indicator: "k", actual: 90 }] };
  const plan = compile(scheme);

  test("in the appraisal: INVALID_APPRAISAL, unreadable, from evaluate and from score", () => {
    const bad = throwing(appraisal, "actuals");
    for (const run of [() => evaluate(plan, bad), () => score(plan, bad)]) {
      try {
        run();
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(KinerjaError);
        expect((e as KinerjaError).code).toBe("INVALID_APPRAISAL");
        expect((e as KinerjaError).issues[0]?.code).toBe("unreadable");
      }
    }
  });

  test("in the scheme (even on its kind): INVALID_SCHEME", () => {
    for (const key of ["indicators", "kind"]) {
      const bad = throwing(scheme, key);
      for (const run of [() => evaluate(bad, appraisal), () => score(bad, appraisal), () => compile(bad)]) {
        expect(run).toThrow(KinerjaError);
      }
    }
  });
});

describe("options given with a plan", () => {
  const plan = compile(scheme);
  const appraisal: AppraisalInput = { employee: { id: "E" }, actuals: [{ indicator: "k", actual: 90 }] };
  test("are checked, not ignored: evaluate(plan, a, 42) and score(plan, a, 'x') are INVALID_INPUT", () => {
    for (const run of [() => evaluate(plan, appraisal, 42 as never), () => score(plan, appraisal, "x" as never), () => evaluate(plan, appraisal, { bogus: 1 } as never)]) {
      try {
        run();
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(KinerjaError);
        expect((e as KinerjaError).code).toBe("INVALID_INPUT");
      }
    }
    expect(evaluate(plan, appraisal, {}).final.score).toBe("90.00");
    expect(score(plan, appraisal, { formulas: [] }).final.score).toBe("90.00");
  });
});
