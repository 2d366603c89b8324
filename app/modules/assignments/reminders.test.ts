import { describe, expect, it } from "vitest";
import { reminderStillDue } from "./reminder-rules";

const now = new Date("2026-12-01T09:00:00Z");
const tomorrow = new Date("2026-12-02T13:00:00Z");
const base = {
  assignment: "confirmed" as const,
  request: "confirmed" as const,
  sent: false,
  nextStart: tomorrow,
};

describe("a reminder when its job runs", () => {
  it("goes for a confirmed inzet of an open request, for the date it was planned for", () => {
    expect(reminderStillDue(base, tomorrow.toISOString(), now)).toBe(true);
  });

  it("does not go when the inzet or the request was cancelled, it went already, or the date moved", () => {
    expect(reminderStillDue({ ...base, assignment: "cancelled" }, tomorrow.toISOString(), now)).toBe(false);
    expect(reminderStillDue({ ...base, request: "cancelled" }, tomorrow.toISOString(), now)).toBe(false);
    expect(reminderStillDue({ ...base, sent: true }, tomorrow.toISOString(), now)).toBe(false);
    expect(reminderStillDue({ ...base, nextStart: null }, tomorrow.toISOString(), now)).toBe(false);
    const moved = new Date("2026-12-09T13:00:00Z");
    expect(reminderStillDue({ ...base, nextStart: moved }, tomorrow.toISOString(), now)).toBe(false);
  });

  it("an old reminder without its date goes only when the next date is near", () => {
    expect(reminderStillDue(base, undefined, now)).toBe(true);
    expect(reminderStillDue({ ...base, nextStart: new Date("2026-12-09T13:00:00Z") }, undefined, now)).toBe(
      false,
    );
  });
});
