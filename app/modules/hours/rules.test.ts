import { describe, expect, it } from "vitest";
import {
  allHoursIn,
  formatEuroCents,
  formatMinutes,
  parseEuroCents,
  travelModeOf,
  workHasStarted,
} from "./rules";

describe("euro amounts typed the Dutch way", () => {
  it("reads a comma or a point as the decimal sign", () => {
    expect(parseEuroCents("12,50")).toBe(1250);
    expect(parseEuroCents("12.5")).toBe(1250);
    expect(parseEuroCents("€ 7")).toBe(700);
    expect(parseEuroCents("0,05")).toBe(5);
  });
  it("refuses what is not an amount", () => {
    for (const wrong of ["", "twaalf", "12,505", "-3", "1.250,00", "12,"])
      expect(parseEuroCents(wrong)).toBeNull();
  });
  it("shows cents and minutes as people read them", () => {
    expect(formatEuroCents(1250)).toBe("12,50");
    expect(formatEuroCents(5)).toBe("0,05");
    expect(formatMinutes(95)).toBe("1:35");
  });
});

describe("when hours may be written", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  it("waits for the last date to start", () => {
    expect(workHasStarted(new Date("2026-03-10T11:00:00Z"), null, now, "2026-03-10")).toBe(true);
    expect(workHasStarted(new Date("2026-03-11T09:00:00Z"), null, now, "2026-03-10")).toBe(false);
  });
  it("uses the start of the period when there are no dates", () => {
    expect(workHasStarted(null, "2026-03-01", now, "2026-03-10")).toBe(true);
    expect(workHasStarted(null, "2026-04-01", now, "2026-03-10")).toBe(false);
    expect(workHasStarted(null, null, now, "2026-03-10")).toBe(false);
  });
});

describe("a request is done", () => {
  it("when every confirmed expert wrote hours", () => {
    expect(allHoursIn([{ hoursLoggedAt: new Date() }, { hoursLoggedAt: new Date() }])).toBe(true);
    expect(allHoursIn([{ hoursLoggedAt: new Date() }, { hoursLoggedAt: null }])).toBe(false);
    expect(allHoursIn([])).toBe(false);
  });
  it("knows how the expert travelled", () => {
    expect(travelModeOf({ travelKm: 12, travelCostCents: null })).toBe("km");
    expect(travelModeOf({ travelKm: null, travelCostCents: 450 })).toBe("public");
    expect(travelModeOf({ travelKm: null, travelCostCents: null })).toBe("none");
  });
});
