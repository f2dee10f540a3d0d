import { describe, expect, it } from "vitest";
import { isKinerjaError } from "../../src/errors/kinerjaError.js";
import {
  addWorkingDays,
  annualPredikat,
  complaintIndicators,
  curveOfOrganisation,
  evaluationDocument,
  explainEvaluationDocument,
  leaderAppraisal,
  leaderScheme,
  organisationPredikat,
  organisationScheme,
  pace,
  rollUpGoals,
  workingDaysBetween,
} from "../../src/index.js";

const garbage: readonly unknown[] = [undefined, null, 5, "x", [], {}, JSON.parse('{"__proto__": {"polluted": true}}'), { constructor: { prototype: {} } }];
const calls: Readonly<Record<string, (x: unknown) => unknown>> = {
  organisationScheme: (x) => organisationScheme(x as never),
  organisationPredikat: (x) => organisationPredikat(x as never),
  leaderScheme: (x) => leaderScheme(x as never),
  leaderAppraisal: (x) => leaderAppraisal(x as never),
  annualPredikat: (x) => annualPredikat(x as never),
  pace: (x) => pace(x as never),
  rollUpGoals: (x) => rollUpGoals(x as never),
  complaintIndicators: (x) => complaintIndicators(x as never),
  evaluationDocument: (x) => evaluationDocument(x as never),
  explainEvaluationDocument: (x) => explainEvaluationDocument(x as never),
  addWorkingDays: (x) => addWorkingDays(x as never),
  workingDaysBetween: (x) => workingDaysBetween(x as never),
  curveOfOrganisation: (x) => curveOfOrganisation(x as never),
};

describe("bad input to the cycle functions fails with KinerjaError, never a TypeError", () => {
  for (const [name, call] of Object.entries(calls)) {
    it(name, () => {
      for (const x of garbage) {
        let thrown: unknown;
        try {
          call(x);
        } catch (e) {
          thrown = e;
        }
        expect(isKinerjaError(thrown), `${name}(${JSON.stringify(x)}) threw ${String(thrown)}`).toBe(true);
      }
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    });
  }

  it("an evaluation document with a result that is not a full kinerja result", () => {
    const doc = { employee: { id: "E" }, period: { label: "Triwulan I", start: "2025-01-01", end: "2025-03-31" }, rows: [] };
    expect(() => evaluationDocument({ ...doc, result: { kind: "kinerja.result" } as never })).toThrow(/INVALID_INPUT/);
    const rendered = evaluationDocument(doc);
    const { period: _period, ...withoutPeriod } = rendered;
    expect(() => explainEvaluationDocument(withoutPeriod as never)).toThrow(/INVALID_INPUT/);
    expect(() => explainEvaluationDocument({ ...rendered, rows: [{ rhk: "x" }] } as never)).toThrow(/INVALID_INPUT/);
    expect(explainEvaluationDocument(rendered)).toContain("Triwulan I");
  });
});
