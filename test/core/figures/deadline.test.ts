// Quarter dates of a Thai fiscal year and the report deadline, as Gregorian ISO dates.
import { quarterDates, reportDeadline } from "../../../src/core/figures/deadline";

describe("quarterDates", () => {
  it("places FY2569 from October 2025 to September 2026", () => {
    expect(quarterDates(2569, 1)).toEqual({ start: "2025-10-01", end: "2025-12-31" });
    expect(quarterDates(2569, 2)).toEqual({ start: "2026-01-01", end: "2026-03-31" });
    expect(quarterDates(2569, 3)).toEqual({ start: "2026-04-01", end: "2026-06-30" });
    expect(quarterDates(2569, 4)).toEqual({ start: "2026-07-01", end: "2026-09-30" });
  });
});

describe("reportDeadline", () => {
  it.each([
    [1, "2026-01-30"],
    [2, "2026-04-30"],
    [3, "2026-07-30"],
    [4, "2026-10-30"],
  ] as const)("FY2569 Q%i + 30 days is %s", (q, expected) => {
    expect(reportDeadline(2569, q, 30)).toBe(expected);
  });

  it("is the quarter's last day with 0 days", () => {
    expect(reportDeadline(2569, 2, 0)).toBe("2026-03-31");
  });

  it("crosses February by the calendar: leap and common years", () => {
    // FY2571 Q1 ends 2027-12-31; 2028 is a leap year, 2027 is not.
    expect(reportDeadline(2571, 1, 60)).toBe("2028-02-29");
    expect(reportDeadline(2570, 1, 60)).toBe("2027-03-01");
    expect(reportDeadline(2571, 1, 59)).toBe("2028-02-28");
    // 2100 CE (FY2643 Q1 ends 2099-12-31) is not a leap year; 2000 CE (FY2543) is.
    expect(reportDeadline(2643, 1, 60)).toBe("2100-03-01");
    expect(reportDeadline(2543, 1, 60)).toBe("2000-02-29");
  });

  it("rolls over the year end", () => {
    expect(reportDeadline(2569, 4, 100)).toBe("2027-01-08"); // 2026-09-30 + 100
  });
});
