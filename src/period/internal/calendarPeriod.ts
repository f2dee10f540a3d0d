import type { Period } from "../periodRange.js";
import { dateText, daysInMonth, inclusiveDays, monthName } from "./calendar.js";

/** The calendar kinds of period. */
export type CalendarKind = "month" | "quarter" | "semester" | "year";

const ROMAN = ["I", "II", "III", "IV"] as const;

/** The first and last month (1–12) of a calendar period. */
function months(kind: CalendarKind, index: number): [number, number] {
  switch (kind) {
    case "month":
      return [index, index];
    case "quarter":
      return [3 * index - 2, 3 * index];
    case "semester":
      return [6 * index - 5, 6 * index];
    case "year":
      return [1, 12];
  }
}

/** Labels of a calendar period. */
function calendarLabel(kind: CalendarKind, year: number, index: number): { id: string; en: string } {
  const roman = ROMAN[index - 1] ?? String(index);
  switch (kind) {
    case "month": {
      const name = monthName(index);
      return { id: `${name.id} ${year}`, en: `${name.en} ${year}` };
    }
    case "quarter":
      return { id: `Triwulan ${roman} ${year}`, en: `Q${index} ${year}` };
    case "semester":
      return { id: `Semester ${roman} ${year}`, en: `H${index} ${year}` };
    case "year":
      return { id: `Tahun ${year}`, en: `Year ${year}` };
  }
}

/** Builds the {@link Period} of a calendar kind (inputs already validated). */
export function calendarPeriod(kind: CalendarKind, year: number, index: number): Period {
  const [first, last] = months(kind, index);
  const start = dateText(year, first, 1);
  const end = dateText(year, last, daysInMonth(year, last));
  return { kind, year, index, start, end, days: inclusiveDays(start, end), label: calendarLabel(kind, year, index) };
}

