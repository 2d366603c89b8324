import { describe, expect, it } from "vitest";
import { amsterdamHour, amsterdamToDate, amsterdamWeekday, todayIso } from "./dates";

describe("Amsterdam time", () => {
  it("turns a local winter time into UTC (CET, +1)", () => {
    expect(amsterdamToDate("2026-01-15", "14:30").toISOString()).toBe("2026-01-15T13:30:00.000Z");
  });
  it("turns a local summer time into UTC (CEST, +2)", () => {
    expect(amsterdamToDate("2026-07-01", "09:00").toISOString()).toBe("2026-07-01T07:00:00.000Z");
  });
  it("gives the local weekday and hour", () => {
    const at = new Date("2026-11-22T23:30:00Z"); // Monday 00:30 in Amsterdam
    expect(amsterdamWeekday(at)).toBe(1);
    expect(amsterdamHour(at)).toBe(0);
    expect(todayIso(at)).toBe("2026-11-23");
  });
});
