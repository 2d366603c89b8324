import { describe, expect, it } from "vitest";
import { median, workingDaysBetween } from "./turnaround";

const at = (iso: string) => new Date(iso);

describe("workingDaysBetween", () => {
  it("is 0 on the same day, also late in the evening in Amsterdam", () => {
    expect(workingDaysBetween(at("2026-12-01T08:00:00Z"), at("2026-12-01T22:30:00Z"))).toBe(0);
  });
  it("counts the working days after the day it was asked", () => {
    // Tuesday → Thursday
    expect(workingDaysBetween(at("2026-12-01T09:00:00Z"), at("2026-12-03T09:00:00Z"))).toBe(2);
  });
  it("skips the weekend: Friday to Monday is one day", () => {
    expect(workingDaysBetween(at("2026-12-04T15:00:00Z"), at("2026-12-07T09:00:00Z"))).toBe(1);
  });
  it("a question from Saturday answered on Monday took one day", () => {
    expect(workingDaysBetween(at("2026-12-05T10:00:00Z"), at("2026-12-07T10:00:00Z"))).toBe(1);
  });
  it("never goes below 0", () => {
    expect(workingDaysBetween(at("2026-12-07T10:00:00Z"), at("2026-12-01T10:00:00Z"))).toBe(0);
  });
});

describe("median", () => {
  it("is null for nothing", () => expect(median([])).toBeNull());
  it("takes the middle value", () => expect(median([5, 1, 3])).toBe(3));
  it("takes the mean of the two middle values", () => expect(median([4, 1, 2, 8])).toBe(3));
});
