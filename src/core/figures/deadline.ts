// Quarter dates of a Thai fiscal year and the quarterly report deadline, as Gregorian ISO dates.
import { Quarter } from "../tracker/columns";

/** Buddhist Era year minus this is the Gregorian year. */
export const BE_OFFSET = 543;

/** Gregorian year, month (1-12) and day of a quarter's first and last day. */
interface QuarterBounds {
  readonly startYear: number;
  readonly startMonth: number;
  readonly endYear: number;
  readonly endMonth: number;
  readonly endDay: number;
}

/**
 * FY (BE) runs 1 Oct of the previous Gregorian year to 30 Sep: FY2569 = Oct 2025 – Sep 2026,
 * so Q1 lies in Gregorian year FY − 544 and Q2–Q4 in FY − 543.
 */
function quarterBounds(fiscalYear: number, quarter: Quarter): QuarterBounds {
  const endCe = fiscalYear - BE_OFFSET;
  switch (quarter) {
    case 1:
      return { startYear: endCe - 1, startMonth: 10, endYear: endCe - 1, endMonth: 12, endDay: 31 };
    case 2:
      return { startYear: endCe, startMonth: 1, endYear: endCe, endMonth: 3, endDay: 31 };
    case 3:
      return { startYear: endCe, startMonth: 4, endYear: endCe, endMonth: 6, endDay: 30 };
    case 4:
      return { startYear: endCe, startMonth: 7, endYear: endCe, endMonth: 9, endDay: 30 };
  }
}

/** ISO date of a UTC day; day overflow rolls into later months (Date.UTC does the calendar work). */
function isoDate(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  const y = String(d.getUTCFullYear()).padStart(4, "0");
  const m = String(d.getUTCMonth() + 1).padStart(2, "0");
  const dd = String(d.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${dd}`;
}

/** First and last day of quarter Q of fiscal year FY (BE), as Gregorian ISO dates. */
export function quarterDates(fiscalYear: number, quarter: Quarter): { start: string; end: string } {
  const b = quarterBounds(fiscalYear, quarter);
  return { start: isoDate(b.startYear, b.startMonth, 1), end: isoDate(b.endYear, b.endMonth, b.endDay) };
}

/** The quarter's report deadline: its last day plus `daysAfterQuarterEnd` days (Gregorian ISO date). */
export function reportDeadline(fiscalYear: number, quarter: Quarter, daysAfterQuarterEnd: number): string {
  const b = quarterBounds(fiscalYear, quarter);
  return isoDate(b.endYear, b.endMonth, b.endDay + daysAfterQuarterEnd);
}
