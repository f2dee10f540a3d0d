// What the stages say when an appraisal does not fit its scheme: the code, the path and the message of
// each issue (docs/errors.md: stable codes, paths into the input, messages that name the culprit).
import { describe, expect, test } from "vitest";
import { evaluate, score, type AppraisalInput, type SchemeInput } from "../src/index.js";
import { expectError } from "./helpers.js";

const scheme: SchemeInput = {
  id: "s",
  period: { start: "2026-01-01", end: "2026-12-31" },
  perspectives: [{ id: "p", label: "P" }],
  indicators: [{ id: "a", perspective: "p", label: "A", target: 10 }, { id: "b", perspective: "p", label: "B", target: 10 }],
  additions: [{ id: "tugas", label: "Tugas", fact: "tugasTambahan" }],
};
const appraisal = (extra: Partial<AppraisalInput> = {}): AppraisalInput => ({
  employee: { id: "E" },
  actuals: [{ indicator: "a", actual: 5 }, { indicator: "b", actual: 6 }],
  ...extra,
});
/** The message of the issue at `at`, from evaluate and (the same) from score. */
function messageAt(s: SchemeInput, a: AppraisalInput, code: string, at: string): string {
  const e = expectError(() => evaluate(s, a), code as never, at);
  const f = expectError(() => score(s, a), code as never, at);
  expect(f.message).toBe(e.message);
  return e.issues.find((i) => i.at === at)?.message ?? "";
}

describe("an appraisal that does not fit the scheme", () => {
  test("unknown and repeated indicators, repeated facts", () => {
    const bad = appraisal({ actuals: [{ indicator: "zz", actual: 1 }, { indicator: "a", actual: 1 }, { indicator: "a", actual: 2 }], facts: [{ id: "f", value: 1 }, { id: "f", value: 2 }] });
    expect(messageAt(scheme, bad, "INVALID_APPRAISAL", "actuals[0].indicator")).toBe("unknown indicator 'zz'");
    expect(messageAt(scheme, bad, "INVALID_APPRAISAL", "actuals[2].indicator")).toBe("indicator 'a' is listed twice");
    expect(messageAt(scheme, bad, "INVALID_APPRAISAL", "facts[1].id")).toBe("fact 'f' is listed twice");
    expect(expectError(() => evaluate(scheme, bad), "INVALID_APPRAISAL", "facts[1].id").message).toContain("the appraisal does not fit the scheme");
  });
  test("a period that ends before it starts, or lies outside the scheme's", () => {
    expect(messageAt(scheme, appraisal({ period: { start: "2026-07-01", end: "2026-06-30" } }), "INVALID_APPRAISAL", "period.end")).toBe("the period ends before it starts");
    expect(messageAt(scheme, appraisal({ period: { start: "2025-07-01", end: "2026-06-30" } }), "INVALID_APPRAISAL", "period")).toBe(
      "the appraisal's period 2025-07-01–2026-06-30 lies outside the scheme's period 2026-01-01–2026-12-31",
    );
  });
  test("missing actuals: the policy 'fail', and no actual at all", () => {
    const missing = appraisal({ actuals: [{ indicator: "a", actual: null }] });
    const e = expectError(() => evaluate({ ...scheme, missing: { policy: "fail" } }, missing), "MISSING_ACTUAL", "actuals[0].actual", "missing_actual");
    expect(e.message).toContain("actuals are missing and the scheme's missing-data policy is 'fail'");
    expect(e.issues.map((i) => [i.at, i.message])).toEqual([
      ["actuals[0].actual", "no actual for indicator 'a'"],
      ["actuals", "no actual for indicator 'b'"],
    ]);
    const none = expectError(() => evaluate(scheme, missing), "INSUFFICIENT_COVERAGE", "actuals[0].actual", "missing_actual");
    expect(none.message).toContain("no indicator has an actual");
  });
  test("an addition's fact that is not a number", () => {
    const a = appraisal({ facts: [{ id: "x", value: 1 }, { id: "tugasTambahan", value: "lots" }] });
    const e = expectError(() => evaluate(scheme, a), "INVALID_APPRAISAL", "facts[1].value", "invalid_type");
    expect([e.message.includes("fact 'tugasTambahan' must be a number"), e.issues[0]?.message]).toEqual([true, "addition 'tugas' needs a number"]);
  });
});
