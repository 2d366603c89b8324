import { describe, expect, it } from "vitest";
import { buildIcs, slotUid } from "./ics";

const event = (uid: string, day: string, sequence = 0) => ({
  uid,
  sequence,
  title: "Workshop armoede",
  description: "Met Fatima en Jan",
  location: "Stadhuis Assen",
  startsAt: new Date(`${day}T13:00:00Z`),
  endsAt: new Date(`${day}T15:00:00Z`),
});
const organizer = { name: "Centrum Drenthe", email: "info@centrum.example" };

describe("calendar file", () => {
  it("has one event per date, with title, place and UTC times", () => {
    const text = buildIcs([event("a@tandem", "2026-12-01"), event("b@tandem", "2026-12-08")]);
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain("SUMMARY:Workshop armoede");
    expect(text).toContain("LOCATION:Stadhuis Assen");
    expect(text).toContain("DTSTART:20261201T130000Z");
    expect(text).toContain("Met Fatima en Jan");
    expect(text).not.toMatch(/METHOD:(REQUEST|CANCEL)/);
  });

  it("an invitation is METHOD:REQUEST from the centre as ORGANIZER, with the slot's UID", () => {
    const uid = slotUid("5b7f6c1e-0000-4000-8000-000000000001");
    const text = buildIcs([event(uid, "2026-12-01")], { method: "REQUEST", organizer });
    expect(text).toContain("METHOD:REQUEST");
    expect(text).toContain(`UID:${uid}`);
    expect(text).toContain("SEQUENCE:0");
    expect(text).toMatch(/ORGANIZER;CN="?Centrum Drenthe"?:mailto:info@centrum\.example/i);
    expect(text).toContain("STATUS:CONFIRMED");
  });

  it("a cancellation keeps the UID, raises the SEQUENCE and says CANCEL", () => {
    const text = buildIcs([event("slot-x@tandem", "2026-12-01", 2)], { method: "CANCEL", organizer });
    expect(text).toContain("METHOD:CANCEL");
    expect(text).toContain("UID:slot-x@tandem");
    expect(text).toContain("SEQUENCE:2");
    expect(text).toContain("STATUS:CANCELLED");
  });

  it("refuses to make an empty calendar file", () => {
    expect(() => buildIcs([])).toThrow();
  });
});
