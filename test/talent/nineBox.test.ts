// The 9-box numberings of the PermenPANRB 3/2020 talent matrix: the KemenPANRB talent-management deck
// (potensi on Y, kinerja on X, numbered along the anti-diagonals) and the two other conventions found in
// public implementations (potensi-major, kinerja-major). Expected boxes written from those grids.
import { describe, expect, it } from "vitest";
import { DEFAULT_TALENT_POOL, NINE_BOX_NUMBERINGS, TALENT_LEVELS, nineBox, type NineBoxConvention, type TalentLevel } from "../../src/index.js";
import { expectError } from "../helpers.js";

const CONVENTIONS: NineBoxConvention[] = ["kemenpan", "potentialMajor", "performanceMajor"];

describe("nineBox — one person, three numbers (talent-management deck and public apps)", () => {
  it.each([
    // [kinerja, potensi, kemenpan, potentialMajor, performanceMajor]
    ["medium", "high", 7, 8, 6], // P
    ["high", "low", 6, 3, 7], // Q
    ["low", "high", 4, 7, 3], // R
    ["low", "low", 1, 1, 1],
    ["medium", "medium", 5, 5, 5],
    ["high", "high", 9, 9, 9],
    ["low", "medium", 2, 4, 2],
    ["medium", "low", 3, 2, 4],
    ["high", "medium", 8, 6, 8],
  ] as const)("kinerja %s × potensi %s → %i / %i / %i", (performance, potential, k, p, f) => {
    expect(nineBox({ performance, potential })).toEqual({ box: k, numbering: "kemenpan" });
    expect(nineBox({ performance, potential, numbering: "potentialMajor" }).box).toBe(p);
    expect(nineBox({ performance, potential, numbering: "performanceMajor" }).box).toBe(f);
  });

  it("every numbering uses each box 1–9 once", () => {
    for (const c of CONVENTIONS) {
      const boxes = TALENT_LEVELS.flatMap((k) => TALENT_LEVELS.map((p) => NINE_BOX_NUMBERINGS[c][k][p])).sort((a, b) => a - b);
      expect(boxes).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
  });

  it("'boxes 7–9' are different people in each numbering: only (tinggi, tinggi) is in all three", () => {
    const sets = CONVENTIONS.map((c) => TALENT_LEVELS.flatMap((k) => TALENT_LEVELS.filter((p) => NINE_BOX_NUMBERINGS[c][k][p] >= 7).map((p) => `${k}/${p}`)));
    const common = (sets[0] as string[]).filter((x) => sets.every((s) => s.includes(x)));
    expect(common).toEqual(["high/high"]);
  });

  it("the default pool is the Kemenpan boxes 7, 8 and 9 as level pairs", () => {
    expect(DEFAULT_TALENT_POOL.map((p) => nineBox(p).box).sort()).toEqual([7, 8, 9]);
  });

  it("a custom numbering is data; a number used twice is rejected with its path", () => {
    const boxes = { low: { low: 1, medium: 2, high: 3 }, medium: { low: 4, medium: 5, high: 6 }, high: { low: 7, medium: 8, high: 9 } };
    expect(nineBox({ performance: "high", potential: "low", numbering: { id: "mine", boxes } })).toEqual({ box: 7, numbering: "mine" });
    expectError(() => nineBox({ performance: "high", potential: "low", numbering: { id: "bad", boxes: { ...boxes, high: { low: 1, medium: 8, high: 9 } } } }), "INVALID_INPUT", "numbering.boxes.high.low", "duplicate_box");
    expectError(() => nineBox({ performance: "top" as TalentLevel, potential: "low" }), "INVALID_INPUT", "performance");
  });
});
