import { test as fcTest } from "@fast-check/vitest";
import { differenceInCalendarDays, parseISO } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPeriodWithin } from "../../src/period/checkPeriodWithin.js";
import { daysInclusive } from "../../src/period/daysInclusive.js";
import { period } from "../../src/period/period.js";
import { periodContains } from "../../src/period/periodContains.js";
import { periodsOf } from "../../src/period/periodsOf.js";
import { deepFreeze, expectError } from "../helpers.js";

/** A valid date text from a day offset after 1900-01-01, built with UTC Date arithmetic (an oracle independent of the library's integer arithmetic). */
const dateArb = fc.integer({ min: 0, max: 200 * 366 }).map((n) => new Date(Date.UTC(1900, 0, 1 + n)).toISOString().slice(0, 10));

describe("period", () => {
  it("labels calendar periods in Indonesian and English", () => {
    expect(period({ kind: "quarter", year: 2026, index: 2 })).toEqual({
      kind: "quarter",
      year: 2026,
      index: 2,
      start: "2026-04-01",
      end: "2026-06-30",
      days: 91,
      label: { id: "Triwulan II 2026", en: "Q2 2026" },
    });
    expect(period({ kind: "semester", year: 2026, index: 1 })).toMatchObject({ start: "2026-01-01", end: "2026-06-30", days: 181, label: { id: "Semester I 2026", en: "H1 2026" } });
    expect(period({ kind: "month", year: 2026, index: 1 })).toMatchObject({ start: "2026-01-01", end: "2026-01-31", days: 31, label: { id: "Januari 2026", en: "January 2026" } });
    expect(period({ kind: "month", year: 2026, index: 8 }).label).toEqual({ id: "Agustus 2026", en: "August 2026" });
    expect(period({ kind: "year", year: 2026 })).toMatchObject({ start: "2026-01-01", end: "2026-12-31", days: 365, index: 1, label: { id: "Tahun 2026", en: "Year 2026" } });
    expect(period({ kind: "quarter", year: 2026, index: 4 }).label).toEqual({ id: "Triwulan IV 2026", en: "Q4 2026" });
  });

  it("counts leap years right: February 2024 has 29 days, 2024 has 366, 1900 is not a leap year, 2000 is", () => {
    expect(period({ kind: "month", year: 2024, index: 2 })).toMatchObject({ end: "2024-02-29", days: 29 });
    expect(period({ kind: "month", year: 1900, index: 2 })).toMatchObject({ end: "1900-02-28", days: 28 });
    expect(period({ kind: "month", year: 2000, index: 2 })).toMatchObject({ end: "2000-02-29", days: 29 });
    expect(period({ kind: "year", year: 2024 }).days).toBe(366);
    expect(period({ kind: "semester", year: 2024, index: 1 }).days).toBe(182);
  });

  it("builds custom periods, with or without kind, with a default or given label", () => {
    expect(period({ kind: "custom", start: "2026-01-01", end: "2026-04-30" })).toEqual({
      kind: "custom",
      year: null,
      index: null,
      start: "2026-01-01",
      end: "2026-04-30",
      days: 120,
      label: { id: "1 Januari 2026 – 30 April 2026", en: "1 January 2026 – 30 April 2026" },
    });
    expect(period({ start: "2025-05-01", end: "2025-05-01" })).toMatchObject({ kind: "custom", days: 1 });
    expect(period({ kind: "custom", start: "2025-05-01", end: "2025-12-31", label: "Jabatan B" }).label).toEqual({ id: "Jabatan B", en: "Jabatan B" });
    expect(period({ kind: "custom", start: "2025-05-01", end: "2025-12-31", label: { id: "Jabatan B", en: "Position B" } }).label).toEqual({ id: "Jabatan B", en: "Position B" });
  });

  it("rejects bad periods with KinerjaError INVALID_INPUT and a path", () => {
    expectError(() => period({ kind: "custom", start: "2026-05-01", end: "2026-04-30" }), "INVALID_INPUT", "end", "end_before_start");
    expectError(() => period({ start: "2026-02-30", end: "2026-04-30" }), "INVALID_INPUT", "start");
    expectError(() => period({ start: "30/04/2026", end: "2026-04-30" }), "INVALID_INPUT", "start");
    expectError(() => period({ kind: "quarter", year: 2026, index: 5 }), "INVALID_INPUT", "index");
    expectError(() => period({ kind: "week", year: 2026, index: 1 } as never), "INVALID_INPUT", "kind");
    expectError(() => period({ kind: "month", year: 2026, index: 1, extra: 1 } as never), "INVALID_INPUT", "");
    expectError(() => period({ kind: "year", year: 2026.5 }), "INVALID_INPUT", "year");
    expectError(() => period(null as never), "INVALID_INPUT", "");
    expectError(() => period("2026" as never), "INVALID_INPUT", "");
  });

  it("periodsOf lists contiguous sub-periods covering the year", () => {
    const quarters = periodsOf({ year: 2024, kind: "quarter" });
    expect(quarters.map((q) => [q.start, q.end, q.days])).toEqual([
      ["2024-01-01", "2024-03-31", 91],
      ["2024-04-01", "2024-06-30", 91],
      ["2024-07-01", "2024-09-30", 92],
      ["2024-10-01", "2024-12-31", 92],
    ]);
    expect(periodsOf({ year: 2024, kind: "semester" }).map((p) => [p.label.id, p.days])).toEqual([
      ["Semester I 2024", 182],
      ["Semester II 2024", 184],
    ]);
    expect(periodsOf({ year: 2025, kind: "month" }).map((p) => p.days)).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(periodsOf({ year: 2025, kind: "year" })).toHaveLength(1);
    expectError(() => periodsOf({ year: 2025, kind: "custom" as never }), "INVALID_INPUT", "kind");
  });

  fcTest.prop([fc.integer({ min: 1, max: 9999 }), fc.constantFrom("month" as const, "quarter" as const, "semester" as const, "year" as const)])(
    "periodsOf: sub-periods are contiguous and their days add up to the year's 365 or 366",
    (year, kind) => {
      const ps = periodsOf({ year, kind });
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      expect(ps.reduce((a, p) => a + p.days, 0)).toBe(leap ? 366 : 365);
      expect(ps[0]?.start).toBe(`${String(year).padStart(4, "0")}-01-01`);
      expect(ps[ps.length - 1]?.end).toBe(`${String(year).padStart(4, "0")}-12-31`);
      for (let i = 1; i < ps.length; i++) expect(daysInclusive({ start: ps[i - 1]?.end ?? "", end: ps[i]?.start ?? "" })).toBe(2);
      for (const p of ps) expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    },
  );
});

describe("daysInclusive", () => {
  it("pro-rating (docs/sources.md#methods): 1 Jan–30 Apr is 120 days in 2025 and 121 in 2024; 1 May–31 Dec is 245", () => {
    expect(daysInclusive({ start: "2025-01-01", end: "2025-04-30" })).toBe(120);
    expect(daysInclusive({ start: "2024-01-01", end: "2024-04-30" })).toBe(121);
    expect(daysInclusive({ start: "2025-05-01", end: "2025-12-31" })).toBe(245);
    expect(daysInclusive({ start: "2024-05-01", end: "2024-12-31" })).toBe(245);
    expect(daysInclusive({ start: "2025-03-09", end: "2025-03-09" })).toBe(1);
  });

  it("accepts a Period as it is, and checks its days against its dates", () => {
    const q = period({ kind: "quarter", year: 2026, index: 1 });
    expect(daysInclusive(q)).toBe(90);
    expectError(() => daysInclusive({ ...q, days: 91 }), "INVALID_INPUT", "days", "days_mismatch");
  });

  it("rejects an end before the start, Feb 30, non-dates and extra keys", () => {
    expectError(() => daysInclusive({ start: "2025-05-01", end: "2025-04-30" }), "INVALID_INPUT", "end", "end_before_start");
    expectError(() => daysInclusive({ start: "2025-02-30", end: "2025-04-30" }), "INVALID_INPUT", "start");
    expectError(() => daysInclusive({ start: "2025-01-01", end: "tomorrow" }), "INVALID_INPUT", "end");
    expectError(() => daysInclusive({ start: "2025-01-01", end: "2025-1-31" }), "INVALID_INPUT", "end");
    expectError(() => daysInclusive(JSON.parse('{"start":"2025-01-01","end":"2025-01-31","__proto__":{"days":5}}') as never), "INVALID_INPUT", "", "unrecognized_keys");
  });

  fcTest.prop([dateArb, dateArb])("agrees with date-fns (local calendar days of local-midnight dates) on any two dates", (a, b) => {
    const [start, end] = a <= b ? [a, b] : [b, a];
    const oracle = differenceInCalendarDays(parseISO(end), parseISO(start)) + 1;
    expect(daysInclusive({ start, end })).toBe(oracle);
  });

  fcTest.prop([dateArb, dateArb, dateArb])("is additive: days(a..b) + days(b..c) = days(a..c) + 1", (x, y, z) => {
    const [a, b, c] = [x, y, z].sort();
    expect(daysInclusive({ start: a as string, end: b as string }) + daysInclusive({ start: b as string, end: c as string })).toBe(daysInclusive({ start: a as string, end: c as string }) + 1);
  });
});

describe("periodContains / checkPeriodWithin", () => {
  const year = period({ kind: "year", year: 2026 });

  it("a year contains its quarters and itself, not a span crossing its edge", () => {
    for (const q of periodsOf({ year: 2026, kind: "quarter" })) expect(periodContains({ outer: year, inner: q })).toBe(true);
    expect(periodContains({ outer: year, inner: year })).toBe(true);
    expect(periodContains({ outer: year, inner: { start: "2025-12-31", end: "2026-01-31" } })).toBe(false);
    expect(periodContains({ outer: year, inner: { start: "2026-12-01", end: "2027-01-01" } })).toBe(false);
    expect(periodContains({ outer: period({ kind: "quarter", year: 2026, index: 1 }), inner: year })).toBe(false);
  });

  it("checkPeriodWithin passes quietly for a period inside and throws INVALID_APPRAISAL with a path otherwise", () => {
    expect(checkPeriodWithin({ outer: year, inner: { start: "2026-04-01", end: "2026-06-30" } })).toBeUndefined();
    const e = expectError(() => checkPeriodWithin({ outer: year, inner: { start: "2025-12-01", end: "2027-01-31" } }), "INVALID_APPRAISAL", "period.start", "outside_period");
    expect(e.issues.map((i) => i.at)).toEqual(["period.start", "period.end"]);
    expectError(() => checkPeriodWithin({ outer: year, inner: { start: "2026-01-01", end: "2027-01-01" }, path: ["appraisals", 3, "period"] }), "INVALID_APPRAISAL", "appraisals[3].period.end", "outside_period");
    expectError(() => checkPeriodWithin({ outer: year, inner: { start: "2026-05-01", end: "2026-04-01" } }), "INVALID_APPRAISAL", "period.end", "end_before_start");
    expectError(() => checkPeriodWithin({ outer: year, inner: { start: "2026-02-30", end: "2026-04-01" } }), "INVALID_APPRAISAL", "period.start");
    expectError(() => checkPeriodWithin({ outer: { start: "2026-12-31", end: "2026-01-01" }, inner: year }), "INVALID_INPUT", "outer.end", "end_before_start");
    expectError(() => checkPeriodWithin({ outer: year, inner: { start: "2027-01-01", end: "2027-01-02" }, code: "INVALID_INPUT" }), "INVALID_INPUT", "period.end", "outside_period");
  });

  fcTest.prop([dateArb, dateArb, dateArb, dateArb])("contains ⇔ no error from checkPeriodWithin; inputs are not mutated", (a, b, c, d) => {
    const outer = deepFreeze(a <= b ? { start: a, end: b } : { start: b, end: a });
    const inner = deepFreeze(c <= d ? { start: c, end: d } : { start: d, end: c });
    const inside = outer.start <= inner.start && inner.end <= outer.end; // ISO dates compare as text
    expect(periodContains({ outer, inner })).toBe(inside);
    let threw = false;
    try {
      checkPeriodWithin({ outer, inner });
    } catch {
      threw = true;
    }
    expect(threw).toBe(!inside);
  });
});
