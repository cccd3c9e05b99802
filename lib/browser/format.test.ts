import { describe, expect, it } from "vitest";
import { formatCount, formatDateTime, formatDateTimeUtc, plural } from "./format";
import { formatTimeOfDay } from "./format-time-of-day";

describe("one way to write numbers and dates", () => {
  it("writes counts with a thousands separator, whatever the machine's language", () => {
    expect(formatCount(2000)).toBe("2,000");
    expect(formatCount(0)).toBe("0");
    expect(plural(2000, "row")).toBe("2,000 rows");
    expect(plural(1, "row")).toBe("1 row");
  });

  it("writes a moment as 'Mar 5, 2026, 2:07 PM' in the local time zone, from epoch ms or a Date", () => {
    const moment = new Date(2026, 2, 5, 14, 7);
    expect(formatDateTime(moment)).toMatch(/^Mar 5, 2026, 2:07\sPM$/);
    expect(formatDateTime(moment.getTime())).toBe(formatDateTime(moment));
  });

  it("writes a server's rendering in UTC, and says so", () => {
    expect(formatDateTimeUtc(Date.UTC(2026, 2, 5, 14, 7))).toMatch(/^Mar 5, 2026, 2:07\sPM UTC$/);
  });

  it("writes a time of today with seconds ('10:42:05 AM'), and of another day with its date", () => {
    const morning = new Date(2026, 2, 5, 10, 42, 5).getTime();
    expect(formatTimeOfDay(morning, new Date(2026, 2, 5, 18, 0).getTime())).toMatch(/^10:42:05\sAM$/);
    expect(formatTimeOfDay(morning, new Date(2026, 2, 6, 9, 0).getTime())).toBe(formatDateTime(morning));
  });
});
