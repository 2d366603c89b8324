import { describe, expect, it } from "vitest";
import { buildIcs } from "./ics";

describe("calendar file", () => {
  it("has one event per slot, with title, place and UTC times", () => {
    const text = buildIcs({
      uid: "abc",
      title: "Workshop armoede",
      description: "Met Fatima en Jan",
      location: "Stadhuis Assen",
      slots: [
        { startsAt: new Date("2026-12-01T13:00:00Z"), endsAt: new Date("2026-12-01T15:00:00Z") },
        { startsAt: new Date("2026-12-08T13:00:00Z"), endsAt: new Date("2026-12-08T15:00:00Z") },
      ],
    });
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain("SUMMARY:Workshop armoede");
    expect(text).toContain("LOCATION:Stadhuis Assen");
    expect(text).toContain("DTSTART:20261201T130000Z");
    expect(text).toContain("Met Fatima en Jan");
  });
});
