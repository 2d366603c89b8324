import { describe, expect, it } from "vitest";
import { amsterdamToDate } from "~/lib/dates";
import {
  areaAccepted,
  availabilityBit,
  dayPartOf,
  haversineKm,
  needMask,
  overlaps,
  slotNeeds,
  whyExcluded,
} from "./rules";

describe("hard rules of matching", () => {
  it("splits the day at 12 and 17 hours", () => {
    expect([dayPartOf(9), dayPartOf(11), dayPartOf(12), dayPartOf(16), dayPartOf(17), dayPartOf(21)]).toEqual(
      ["morning", "morning", "afternoon", "afternoon", "evening", "evening"],
    );
  });

  it("reads a slot in Amsterdam time, also in summer time", () => {
    const winter = amsterdamToDate("2026-12-01", "11:30"); // Tuesday
    const summer = amsterdamToDate("2026-07-04", "17:00"); // Saturday
    const [a, b] = slotNeeds([
      { startsAt: winter, endsAt: new Date(winter.getTime() + 3_600_000) },
      { startsAt: summer, endsAt: new Date(summer.getTime() + 3_600_000) },
    ]);
    expect(a).toMatchObject({ day: "2026-12-01", weekday: 2, dayPart: "morning" });
    expect(b).toMatchObject({ day: "2026-07-04", weekday: 6, dayPart: "evening" });
  });

  it("measures the distance between Groningen and Assen as about 25 km", () => {
    const groningen = { latE6: 53_219_383, lonE6: 6_566_502 };
    const assen = { latE6: 52_992_753, lonE6: 6_564_228 };
    expect(Math.round(haversineKm(groningen, assen))).toBe(25);
  });

  it("accepts an area by online work, home area, chosen areas or travel limit", () => {
    const base = {
      online: false,
      acceptsOnline: true,
      requestAreaId: "assen",
      homeAreaId: "groningen",
      acceptedAreaIds: [] as string[],
      distanceKm: 25,
      maxTravelKm: 10,
    };
    expect(areaAccepted(base)).toBe(false);
    expect(areaAccepted({ ...base, online: true })).toBe(true);
    expect(areaAccepted({ ...base, online: true, acceptsOnline: false })).toBe(false);
    expect(areaAccepted({ ...base, acceptedAreaIds: ["assen"] })).toBe(true);
    expect(areaAccepted({ ...base, maxTravelKm: 30 })).toBe(true);
    expect(areaAccepted({ ...base, homeAreaId: "assen" })).toBe(true);
    expect(areaAccepted({ ...base, requestAreaId: null })).toBe(true);
  });

  it("sees a double booking only when times overlap", () => {
    const at = (h: number) => new Date(Date.UTC(2026, 11, 1, h));
    expect(overlaps({ startsAt: at(9), endsAt: at(11) }, { startsAt: at(10), endsAt: at(12) })).toBe(true);
    expect(overlaps({ startsAt: at(9), endsAt: at(11) }, { startsAt: at(11), endsAt: at(12) })).toBe(false);
  });

  it("names every rule that fails, in a fixed order", () => {
    const all = { active: true, present: true, available: true, area: true, noConflict: true, free: true };
    expect(whyExcluded(all)).toEqual([]);
    expect(whyExcluded({ ...all, free: false, active: false })).toEqual(["active", "free"]);
  });
});

describe("availability mask", () => {
  it("gives each weekday and day part its own bit, as the database trigger does", () => {
    expect(availabilityBit(1, "morning")).toBe(1);
    expect(availabilityBit(1, "evening")).toBe(4);
    expect(availabilityBit(7, "evening")).toBe(1 << 20);
    expect(
      needMask([
        { weekday: 2, dayPart: "afternoon" },
        { weekday: 2, dayPart: "afternoon" },
      ]),
    ).toBe(1 << 4);
    expect(needMask([])).toBe(0);
  });
});
