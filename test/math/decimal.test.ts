// The private decimal context of the modules still on decimal.js (src/math/decimal.ts): its own clone
// (the global Decimal untouched), exact division with a path for the error, max/min and the plain text.
import { Decimal } from "decimal.js";
import { describe, expect, test } from "vitest";
import { Dec, HUNDRED, ONE, ZERO, div, max, min, show, toDec } from "../../src/math/decimal.js";
import { expectError } from "../helpers.js";

describe("the private decimal context", () => {
  test("40 significant digits, half-up, plain notation far out; the global Decimal is another constructor", () => {
    expect(Dec).not.toBe(Decimal);
    expect(Dec.precision).toBe(40);
    expect(Dec.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(new Dec(2).div(3).toString()).toBe("0.6666666666666666666666666666666666666667");
    expect(new Dec("1e99").toString()).toBe(`1${"0".repeat(99)}`);
    expect(new Dec("1e-99").toString()).toBe(`0.${"0".repeat(98)}1`);
    expect(new Dec("1e100").toString()).toBe("1e+100");
    expect([ZERO, ONE, HUNDRED].map((d) => d.toString())).toEqual(["0", "1", "100"]);
  });
  test("toDec reads numbers through their shortest text, and text and decimals as they are", () => {
    expect(toDec(0.1).toString()).toBe("0.1");
    // −0 read through its text is plain 0 (decimal.js keeps the sign of the number −0).
    expect(toDec(-0).isNegative()).toBe(false);
    expect(new Dec(-0).isNegative()).toBe(true);
    expect(toDec("84.985").toString()).toBe("84.985");
    const d = new Dec("1.5");
    expect(toDec(d).eq(d)).toBe(true);
  });
  test("div divides exactly and refuses zero with the caller's path", () => {
    expect(div(new Dec(1), new Dec(8)).toString()).toBe("0.125");
    const e = expectError(() => div(new Dec(7), new Dec(0), ["actuals", 2]), "DIVISION_BY_ZERO", "actuals[2]", "division_by_zero");
    expect([e.message.includes("a formula would divide by zero"), e.issues[0]?.message]).toEqual([true, "cannot divide 7 by zero"]);
    expectError(() => div(new Dec(7), new Dec("-0")), "DIVISION_BY_ZERO", "", "division_by_zero");
  });
  test("max and min, ties included", () => {
    const a = new Dec(2);
    const b = new Dec(3);
    expect([max(a, b), max(b, a), min(a, b), min(b, a)].map(String)).toEqual(["3", "3", "2", "2"]);
    const c = new Dec("2.0");
    expect(max(a, c)).toBe(a);
    expect(min(a, c)).toBe(a);
  });
  test("show: plain text, no negative zero, exactly the places asked", () => {
    expect(show(new Dec("-0"))).toBe("0");
    expect(show(new Dec("-0"), 2)).toBe("0.00");
    expect(show(new Dec(0), 0)).toBe("0");
    expect(show(new Dec("1e-7"))).toBe("0.0000001");
    expect(show(new Dec("2.5"), 3)).toBe("2.500");
    expect(show(new Dec("-2.5"))).toBe("-2.5");
  });
});
