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

describe("Amsterdam time on the daylight-saving days", () => {
  const utc = (day: string, time: string) => amsterdamToDate(day, time).toISOString();
  it("29 March 2026: before, in and after the hour that does not exist", () => {
    expect(utc("2026-03-29", "01:30")).toBe("2026-03-29T00:30:00.000Z"); // CET
    expect(utc("2026-03-29", "02:30")).toBe("2026-03-29T01:30:00.000Z"); // moves on to 03:30 CEST
    expect(utc("2026-03-29", "03:30")).toBe("2026-03-29T01:30:00.000Z"); // CEST
  });
  it("25 October 2026: the hour that happens twice is read as the first one", () => {
    expect(utc("2026-10-25", "01:30")).toBe("2026-10-24T23:30:00.000Z"); // CEST
    expect(utc("2026-10-25", "02:30")).toBe("2026-10-25T00:30:00.000Z"); // first 02:30, CEST
    expect(utc("2026-10-25", "03:30")).toBe("2026-10-25T02:30:00.000Z"); // CET
  });
  it("the day of an instant around the change is the Amsterdam day", () => {
    expect(todayIso(new Date("2026-10-24T22:30:00Z"))).toBe("2026-10-25");
    expect(todayIso(new Date("2026-03-28T23:30:00Z"))).toBe("2026-03-29");
  });
});
