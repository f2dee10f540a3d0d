import { describe, expect, test } from "vitest";
import { SAKIP_COMPONENTS, sakipPredikat, sakipScore, type SakipAnswer, type SakipScoreInput } from "../../src/presets/sakip88_2021/index.js";
import { expectDec, expectError, X } from "../helpers.js";

const all = (a: SakipAnswer) => ({ keberadaan: [a], kualitas: [a], pemanfaatan: [a] });
const uniform = (a: SakipAnswer): SakipScoreInput => ({ components: { perencanaan: all(a), pengukuran: all(a), pelaporan: all(a), evaluasiInternal: all(a) } });

describe("SAKIP, PermenPANRB 88/2021", () => {
  test("PermenPANRB 88/2021: component weights 30/30/15/25, sub-weights 20/30/50 % of each", () => {
    expect(SAKIP_COMPONENTS.map((c) => c.weight)).toEqual(["30", "30", "15", "25"]);
    for (const c of SAKIP_COMPONENTS) {
      const s = c.subComponents;
      expect(new X(s.keberadaan).plus(s.kualitas).plus(s.pemanfaatan).eq(c.weight)).toBe(true);
      expect(new X(s.keberadaan).div(c.weight).eq("0.2") && new X(s.kualitas).div(c.weight).eq("0.3")).toBe(true);
    }
  });
  test.each([
    ["AA", "100.00", "AA"],
    ["A", "90.00", "A"],
    ["BB", "80.00", "BB"],
    ["B", "70.00", "B"],
    ["CC", "60.00", "CC"],
    ["C", "50.00", "C"],
    ["D", "30.00", "D"],
    ["E", "0.00", "D"],
  ] as const)("PermenPANRB 88/2021 [C]: every criterion %s → total %s → predikat %s (lower bounds exclusive: a total exactly on an edge takes the band below it)", (answer, total, band) => {
    const r = sakipScore(uniform(answer));
    expect([r.score, r.predikat.id]).toEqual([total, band]);
  });
  test.each([
    ["90", "A"],
    ["90.01", "AA"],
    ["80", "BB"],
    ["80.01", "A"],
    ["50", "C"],
    ["30", "D"],
    ["30.01", "C"],
    ["0", "D"],
  ])("PermenPANRB 88/2021 boundary %s → %s", (score, band) => {
    expect(sakipPredikat({ score }).id).toBe(band);
  });
  test("PermenPANRB 88/2021 [C]: weighted criterion mean and contributions (t-SEMAR audit-table)", () => {
    const input = uniform("A");
    const r = sakipScore({
      components: { ...input.components, perencanaan: { keberadaan: ["AA", "B"], kualitas: [{ answer: "BB", weight: 3 }, { answer: "C", weight: 1 }], pemanfaatan: { score: 64 } } },
    });
    const perencanaan = r.components[0];
    expectDec(perencanaan?.subComponents[0]?.score, 85); // (100 + 70) / 2
    expectDec(perencanaan?.subComponents[1]?.score, new X(3 * 80 + 50).div(4)); // 72.5
    // 85 × 6/100 + 72.5 × 9/100 + 64 × 15/100 = 5.1 + 6.525 + 9.6
    expectDec(perencanaan?.score, "21.225");
    expectDec(r.total, new X("21.225").plus(new X(90).times(70).div(100)));
    expect(r.predikat.id).toBe("A"); // 84.225
  });
  test("invalid input is INVALID_INPUT with a path", () => {
    expectError(() => sakipScore({ components: { ...uniform("A").components, pelaporan: { keberadaan: ["Z" as SakipAnswer], kualitas: ["A"], pemanfaatan: ["A"] } } }), "INVALID_INPUT", "components.pelaporan.keberadaan");
    expectError(() => sakipPredikat({ score: 101 }), "INVALID_INPUT", "score");
  });
});
