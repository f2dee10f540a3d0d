// The period module must count the same days on every machine. It never reads the host's time
// zone (integer day numbers, see src/period/internal/calendar.ts); this test proves it by switching
// the process's TZ (Node re-reads process.env.TZ when it is assigned, in the main thread of the
// forked test worker) through zones that break naive Date code, with a control that shows the
// switch took effect and that the naive approach (date-fns on UTC-midnight dates) would fail.
import { differenceInCalendarDays } from "date-fns";
import { afterEach, describe, expect, it } from "vitest";
import { daysInclusive } from "../../src/period/daysInclusive.js";
import { period } from "../../src/period/period.js";
import { proRate } from "../../src/period/proRate.js";

const ORIGINAL = process.env["TZ"];

function results(): unknown {
  return {
    h1: daysInclusive({ start: "2025-01-01", end: "2025-06-30" }),
    year2024: period({ kind: "year", year: 2024 }).days,
    q1: period({ kind: "quarter", year: 2025, index: 1 }),
    dec2011: daysInclusive({ start: "2011-12-01", end: "2012-01-01" }),
    proRated: proRate({ segments: [{ start: "2024-01-01", end: "2024-04-30", score: 82 }, { start: "2024-05-01", end: "2024-12-31", score: 90 }], rounding: { places: 4, mode: "halfUp" } }).score,
  };
}

describe("time-zone independence", () => {
  afterEach(() => {
    if (ORIGINAL === undefined) delete process.env["TZ"];
    else process.env["TZ"] = ORIGINAL;
  });

  it("counts the same days in UTC, Atlantic/Azores, Pacific/Apia, America/Sao_Paulo, Asia/Jakarta and America/Los_Angeles", () => {
    process.env["TZ"] = "UTC";
    const reference = results();
    expect(reference).toMatchObject({ h1: 181, year2024: 366, dec2011: 32, proRated: "87.3552" });
    for (const zone of ["Atlantic/Azores", "Pacific/Apia", "America/Sao_Paulo", "Asia/Jakarta", "America/Los_Angeles"]) {
      process.env["TZ"] = zone;
      expect(results(), zone).toEqual(reference);
    }
  });

  it("control: the zone switch takes effect, and naive date-fns on UTC-midnight dates miscounts in Atlantic/Azores", () => {
    const naive = (): number => differenceInCalendarDays(new Date("2025-06-30T00:00:00Z"), new Date("2025-01-01T00:00:00Z")) + 1;
    process.env["TZ"] = "Asia/Jakarta";
    expect(new Date(2025, 0, 1).getTimezoneOffset()).toBe(-420);
    expect(naive()).toBe(181);
    process.env["TZ"] = "Atlantic/Azores"; // UTC−1 in winter, UTC+0 in summer: the offset crosses 0
    expect(new Date(2025, 0, 1).getTimezoneOffset()).toBe(60);
    expect(naive()).toBe(182); // one day too many — the bug the integer day numbers avoid
    expect(daysInclusive({ start: "2025-01-01", end: "2025-06-30" })).toBe(181);
  });
});
