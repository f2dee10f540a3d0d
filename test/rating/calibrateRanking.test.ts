// calibrate's ranking among equal final scores and its check of unique employee ids, as documented on
// calibrate: score (higher first), then the declared tie-break keys, then the employee id ascending in
// code-unit order (so "E10" ranks before "E2", and "Z" before "a"), never the runtime's locale.
import { describe, expect, it } from "vitest";
import { calibrate } from "../../src/rating/calibrate.js";
import { expectKinerja, result } from "./helpers.js";

// One category that takes every band: nobody moves, so the assignments show the ranking alone.
const ONE = { id: "one", categories: [{ id: "all", bands: ["sangatBaik", "baik", "butuhPerbaikan", "kurang", "sangatKurang"] }] };

describe("calibrate: ranking of equal scores", () => {
  const people = [
    { id: "a", score: 95 },
    { id: "E2", score: 95 },
    { id: "Z", score: 95 },
    { id: "E10", score: 95 },
    { id: "B", score: 100 },
    { id: "C", score: 60 },
  ];
  const rs = people.map(result);

  it("without tie-break keys: by employee id in code-unit order (digits < upper case < lower case)", () => {
    const cal = calibrate(rs, { curve: ONE });
    // 100 first, then the four 95s ordered "E10" < "E2" < "Z" < "a" (code units 0x31 < 0x32, 0x45 < 0x5A < 0x61), then 60.
    expect(cal.assignments.map((a) => [a.employee, a.rank])).toEqual([
      ["B", 1],
      ["E10", 2],
      ["E2", 3],
      ["Z", 4],
      ["a", 5],
      ["C", 6],
    ]);
    expect(cal.moved).toBe(0);
  });

  it("a declared key decides first among equal scores (employee id descending reverses the 95s only)", () => {
    const cal = calibrate(rs, { curve: ONE, tieBreak: [{ by: "employee", order: "desc" }] });
    expect(cal.assignments.map((a) => a.employee)).toEqual(["B", "a", "Z", "E2", "E10", "C"]);
  });

  it("the ranking does not depend on the order of the input", () => {
    const forward = calibrate(rs, { curve: ONE }).assignments;
    expect(calibrate([...rs].reverse(), { curve: ONE }).assignments).toEqual(forward);
  });

  it("a repeated employee id is INVALID_INPUT at the repeat, naming the first occurrence", () => {
    const dup = [result({ id: "X", score: 80 }), result({ id: "Y", score: 70 }), result({ id: "X", score: 90 })];
    const e = expectKinerja(() => calibrate(dup, { curve: ONE }), "INVALID_INPUT", "results[2].employee.id");
    expect(e.issues.map((i) => i.message)).toEqual(["employee 'X' also appears at results[0]"]);
  });
});
