import { describe, expect, it } from "vitest";
import { canChangeSignup, missedLastTwo, type PastSession } from "./rules";

const s = (day: string, attended: PastSession["attended"], recorded = true): PastSession => ({
  startsAt: new Date(`${day}T14:00:00Z`),
  attended,
  recorded,
});

describe("missed the last two sessions", () => {
  it("is true only when the expert was at neither of the latest two recorded sessions", () => {
    expect(missedLastTwo([s("2026-09-01", "yes"), s("2026-10-01", "no"), s("2026-11-01", "no")])).toBe(true);
    expect(missedLastTwo([s("2026-11-01", "no"), s("2026-10-01", "yes"), s("2026-09-01", "no")])).toBe(false);
    // not signed up and nothing written for this expert counts as not there
    expect(missedLastTwo([s("2026-10-01", "unknown"), s("2026-11-01", "no")])).toBe(true);
  });

  it("needs two recorded sessions and skips sessions without attendance written down", () => {
    expect(missedLastTwo([])).toBe(false);
    expect(missedLastTwo([s("2026-11-01", "no")])).toBe(false);
    expect(
      missedLastTwo([s("2026-09-01", "no"), s("2026-10-01", "no"), s("2026-11-01", "unknown", false)]),
    ).toBe(true);
    expect(
      missedLastTwo([s("2026-09-01", "yes"), s("2026-10-01", "no"), s("2026-11-01", "unknown", false)]),
    ).toBe(false);
  });
});

describe("changing a signup", () => {
  const now = new Date("2026-12-02T12:00:00Z");
  it("is possible before the start of a session that goes ahead", () => {
    expect(canChangeSignup({ startsAt: new Date("2026-12-03T12:00:00Z"), cancelledAt: null }, now)).toBe(
      true,
    );
    expect(canChangeSignup({ startsAt: new Date("2026-12-02T11:00:00Z"), cancelledAt: null }, now)).toBe(
      false,
    );
    expect(canChangeSignup({ startsAt: new Date("2026-12-03T12:00:00Z"), cancelledAt: now }, now)).toBe(
      false,
    );
  });
});
