// Properties of the JPM, the yearly JP and the development plan: bounds, monotonicity (a higher assessed
// level never lowers the JPM; more training never lowers the JP), invariance to input order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { developmentHours, developmentPlan, jobPersonMatch, type JobPersonMatchInput } from "../../src/index.js";

type Comp = JobPersonMatchInput["competencies"][number];
const competency = (i: number) =>
  fc.record({ group: fc.constantFrom("technical" as const, "managerial" as const, "socioCultural" as const), standard: fc.integer({ min: 1, max: 5 }), achieved: fc.integer({ min: 0, max: 6 }) }).map((c): Comp => ({ id: `c${i}`, ...c }));
const competencies = fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => competency(i))));
const weights = fc.record({ technical: fc.integer({ min: 1, max: 100 }), managerialSocioCultural: fc.integer({ min: 1, max: 100 }) });
/** Both groups present, so both weights may be positive. */
const both = (cs: Comp[]): Comp[] => [...cs, { id: "tx", group: "technical", standard: 3, achieved: 2 }, { id: "mx", group: "managerial", standard: 3, achieved: 2 }];

describe("development properties", () => {
  it("JPM: capped at 100 %, never lower when one assessed level rises, independent of the competency order", () => {
    fc.assert(
      fc.property(competencies, weights, fc.nat(), (cs, w, k) => {
        const list = both(cs);
        const base = jobPersonMatch({ competencies: list, weights: w });
        expect(Number(base.exact)).toBeLessThanOrEqual(100);
        expect(Number(base.exact)).toBeGreaterThanOrEqual(0);
        const i = k % list.length;
        const raised = list.map((c, j) => (j === i ? { ...c, achieved: Number(c.achieved) + 1 } : c));
        const up = jobPersonMatch({ competencies: raised, weights: w });
        expect(Number(up.exact)).toBeGreaterThanOrEqual(Number(base.exact));
        expect(jobPersonMatch({ competencies: [...list].reverse(), weights: w })).toEqual(base);
      }),
    );
  });

  it("JP: adding a record of the year never lowers the JP; the record order does not matter", () => {
    const rec = fc.record({ minutes: fc.integer({ min: 0, max: 2000 }), month: fc.integer({ min: 1, max: 12 }), kind: fc.constantFrom("classical", "eLearning") });
    fc.assert(
      fc.property(fc.array(rec, { maxLength: 8 }), rec, (list, extra) => {
        const records = list.map((r, i) => ({ id: `r${i}`, kind: r.kind, completed: `2025-${String(r.month).padStart(2, "0")}-15`, minutes: r.minutes }));
        const opts = { year: 2025, minutesPerJpByKind: { eLearning: 60 } };
        const base = developmentHours({ ...opts, records });
        const more = developmentHours({ ...opts, records: [...records, { id: "extra", kind: extra.kind, completed: "2025-06-01", minutes: extra.minutes }] });
        expect(Number(more.exact)).toBeGreaterThanOrEqual(Number(base.exact));
        const reversed = developmentHours({ ...opts, records: [...records].reverse() });
        expect({ ...reversed, counted: [...reversed.counted].sort() }).toEqual({ ...base, counted: [...base.counted].sort() });
      }),
    );
  });

  it("development plan: independent of the order of its inputs", () => {
    fc.assert(
      fc.property(competencies, fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 5 }), (cs, gaps) => {
        const feedbackGaps = gaps.map((g, i) => ({ competency: `f${i}`, gap: String(g / 10), kind: g >= 10 ? ("blindSpot" as const) : ("aligned" as const) }));
        const a = developmentPlan({ employee: "E", competencyGaps: cs, feedbackGaps, jpShortfall: "3" });
        const b = developmentPlan({ employee: "E", competencyGaps: [...cs].reverse(), feedbackGaps: [...feedbackGaps].reverse(), jpShortfall: "3" });
        expect(b.items).toEqual(a.items);
      }),
    );
  });
});
