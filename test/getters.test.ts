// A getter (or proxy trap) that throws inside a scheme or an appraisal is bad input like any other:
// evaluate and score answer with a KinerjaError (found by the fuzz harness).
import { describe, expect, test } from "vitest";
import { compile, evaluate, explainEvaluationDocument, formatLabel, formatScore, KinerjaError, score, validateAppraisal, validateScheme, type AppraisalInput, type SchemeInput } from "../src/index.js";

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

describe("throwing getters in the readers and validators (found by the fuzz harness)", () => {
  const expectUnreadable = (run: () => unknown): void => {
    try {
      run();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(KinerjaError);
      expect((e as KinerjaError).code).toBe("INVALID_INPUT");
      expect((e as KinerjaError).issues.map((i) => i.code)).toContain("unreadable");
    }
  };

  test("formatLabel, formatScore and explainEvaluationDocument: INVALID_INPUT, unreadable (the value or the options)", () => {
    expectUnreadable(() => formatScore("87.5", throwing({ places: 1 }, "places")));
    expectUnreadable(() => formatLabel(throwing({ id: "Baik", en: "Good" }, "en")));
    expectUnreadable(() => formatLabel({ id: "Baik" }, throwing({ locale: "en" as const }, "locale")));
    expectUnreadable(() => explainEvaluationDocument(throwing({}, "employee") as never));
    expectUnreadable(() => explainEvaluationDocument({} as never, throwing({ locale: "en" as const }, "locale")));
  });

  test("validateAppraisal and validateScheme: no throw, one 'unreadable' issue with its id/en message", () => {
    const a = validateAppraisal({ employee: { id: "E" }, actuals: [throwing({ indicator: "k", actual: 1 }, "actual")] });
    const s = validateScheme({ ...scheme, perspectives: [throwing({ id: "p", label: "P" }, "label")] });
    for (const v of [a, s]) {
      expect(v.success).toBe(false);
      if (v.success) continue;
      expect(v.issues.map((i) => i.code)).toEqual(["unreadable"]);
      expect(v.issues[0]?.message.en).toContain("cannot be read");
      expect(v.issues[0]?.message.id).toContain("tidak dapat dibaca");
    }
  });

  test("validateScheme reports a node whose id has the wrong type once, by its shape, not by checks that echo the value", () => {
    const v = validateScheme({ ...scheme, perspectives: [{ id: Number.POSITIVE_INFINITY as never, label: "P" }] });
    expect(v.success).toBe(false);
    if (v.success) return;
    expect(v.issues.filter((i) => i.at === "perspectives[0].id").map((i) => i.code)).toEqual(["invalid_type"]);
    // The indicator still names the perspective 'p', which is gone: that is a real finding and stays.
    expect(v.issues.map((i) => i.at)).toContain("indicators[0].perspective");
    expect(JSON.stringify(v.issues.map((i) => i.params))).not.toContain("Infinity");
    expect(v.issues.map((i) => i.at)).not.toContain("perspectives[0]");
  });
});
