import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KinerjaError } from "../../src/errors/kinerjaError.js";
import { complaintIndicators, SP4N_LAPOR_DEADLINES } from "../../src/organisation/complaints.js";
import { addWorkingDays, workingDaysBetween } from "../../src/period/workingDays.js";

// OC-5: synthetic holiday list for the test (not a real calendar): Monday 6 October 2025.
const calendar = { holidays: ["2025-10-06"] };

describe("working days on a caller-supplied calendar (receipt is day 0)", () => {
  it("OC-5 (computed): received Thu 2 Oct 2025 → 2 working days Tue 7, 3 Wed 8, 5 Fri 10, 14 Thu 23 Oct", () => {
    expect([2, 3, 5, 14].map((days) => addWorkingDays({ from: "2025-10-02", days, calendar }))).toEqual(["2025-10-07", "2025-10-08", "2025-10-10", "2025-10-23"]);
    expect(addWorkingDays({ from: "2025-10-02", days: 0, calendar })).toBe("2025-10-02");
    // without the holiday, Monday counts
    expect(addWorkingDays({ from: "2025-10-02", days: 2 })).toBe("2025-10-06");
  });
  it("a six-day week (only Sunday off) is data too", () => {
    expect(addWorkingDays({ from: "2025-10-02", days: 2, calendar: { weekend: [0] } })).toBe("2025-10-04");
  });
  fcTest.prop([fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 200 })])("workingDaysBetween(from, addWorkingDays(from, n)) = n", (offset, n) => {
    const from = new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);
    const to = addWorkingDays({ from, days: n, calendar: { holidays: ["2024-12-25", "2025-01-01", "2025-03-31"] } });
    expect(workingDaysBetween({ from, to, calendar: { holidays: ["2024-12-25", "2025-01-01", "2025-03-31"] } })).toBe(n);
  });
  it("rejects a malformed date", () => {
    expect(() => addWorkingDays({ from: "2025-02-30", days: 1 })).toThrow(KinerjaError);
  });
});

describe("complaintIndicators (SP4N-LAPOR deadlines as stated by KemenPANRB: 3 / 5 / 14 / 60 days)", () => {
  it("default deadlines", () => {
    expect(SP4N_LAPOR_DEADLINES).toEqual({ firstResponse: 3, kinds: { information: 5, dispute: 14, fieldCheck: 60 } });
  });
  it("OC-5: an information request closed Mon 13 Oct is one working day late; open complaints past the deadline count as misses", () => {
    const r = complaintIndicators({
      asOf: "2025-10-31",
      calendar,
      complaints: [
        { id: "L1", kind: "information", received: "2025-10-02", firstResponse: "2025-10-03", closed: "2025-10-13" },
        { id: "L2", kind: "information", received: "2025-10-02", firstResponse: "2025-10-08", closed: "2025-10-10" },
        { id: "L3", kind: "dispute", received: "2025-10-02", firstResponse: "2025-10-07" },
        { id: "L4", kind: "fieldCheck", received: "2025-10-20" },
        { id: "L5", kind: "information", received: "2025-11-03" },
      ],
    });
    expect(r.complaints.map((c) => [c.id, c.deadline, c.status, c.daysLate])).toEqual([
      ["L1", "2025-10-10", "late", 1],
      ["L2", "2025-10-10", "onTime", 0],
      ["L3", "2025-10-23", "overdue", 6],
      ["L4", "2026-01-12", "open", 0],
    ]);
    // on time: L2 of L1, L2, L3 → 33.33 %
    expect(r.onTimeRate?.slice(0, 7)).toBe("33.3333");
    // first responses: L1 1 day, L2 3 days, L3 2 days; L4 has 9 working days without one → a miss → 3 of 4
    expect(r.firstResponseRate).toBe("75");
    expect(r.medianFirstResponseDays).toBe("2");
    expect(r.backlog).toEqual({ open: 2, overdue: 1 });
    expect(r.warnings.map((w) => w.code)).toEqual(["after_as_of"]);
  });
  it("rejects a kind without deadline (also inherited names) and a closing before receipt", () => {
    const base = { asOf: "2025-10-31", complaints: [{ id: "x", kind: "information", received: "2025-10-02" }] };
    expect(() => complaintIndicators({ ...base, complaints: [{ id: "x", kind: "constructor", received: "2025-10-02" }] })).toThrow(KinerjaError);
    expect(() => complaintIndicators({ ...base, complaints: [{ id: "x", kind: "information", received: "2025-10-02", closed: "2025-10-01" }] })).toThrow(KinerjaError);
    expect(complaintIndicators({ ...base, complaints: [] }).onTimeRate).toBeNull();
  });
});

describe("complaintIndicators properties", () => {
  const day = (n: number): string => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
  fcTest.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }), fc.constantFrom("information", "dispute", "fieldCheck")), { maxLength: 30 })])(
    "rates lie in [0, 100]; the backlog is the open complaints; closing an overdue complaint late never raises the on-time rate",
    (items) => {
      const complaints = items.map(([r, c, kind], i) => ({ id: `c${i}`, kind, received: day(r), ...(c === undefined ? {} : { closed: day(r + c) }) }));
      const asOf = "2025-12-31";
      const r = complaintIndicators({ asOf, complaints });
      for (const x of [r.onTimeRate, r.firstResponseRate]) if (x !== null) expect(Number(x) >= 0 && Number(x) <= 100).toBe(true);
      expect(r.backlog.open).toBe(r.complaints.filter((c) => c.status === "open" || c.status === "overdue").length);
      const overdue = r.complaints.find((c) => c.status === "overdue");
      if (overdue !== undefined && r.onTimeRate !== null) {
        const closedLate = complaintIndicators({ asOf, complaints: complaints.map((c) => (c.id === overdue.id ? { ...c, closed: asOf } : c)) });
        expect(Number(closedLate.onTimeRate)).toBeLessThanOrEqual(Number(r.onTimeRate));
      }
    },
  );
});
