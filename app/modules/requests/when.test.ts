import { describe, expect, it } from "vitest";
import { checkWhen, formatSubmitter, parseSubmitter, rowCount, slotInstants } from "./when";

const base = { slots: [], online: true };

describe("when and where of a request", () => {
  it("needs a date or a period", () => {
    expect(checkWhen(base)).toEqual([{ path: ["when"], message: "requests:errors.whenMissing" }]);
    expect(checkWhen({ ...base, periodStart: "2026-03-01", periodEnd: "2026-03-31" })).toEqual([]);
  });
  it("wants the end after the start, in a row and in a period", () => {
    const issues = checkWhen({
      ...base,
      slots: [{ date: "2026-03-04", start: "14:00", end: "13:00" }],
      periodStart: "2026-04-10",
      periodEnd: "2026-04-01",
    });
    expect(issues.map((i) => i.path.join("."))).toEqual(["slots.0.end", "periodEnd"]);
  });
  it("ignores empty rows and asks for the missing parts of a half-filled row", () => {
    const issues = checkWhen({ ...base, slots: [{}, { date: "2026-02-30", start: "9:00" }] });
    expect(issues.map((i) => `${i.path.join(".")}=${i.message}`)).toEqual([
      "slots.1.date=validation.date",
      "slots.1.start=validation.time",
      "slots.1.end=validation.required",
    ]);
  });
  it("needs a place when not online", () => {
    const issues = checkWhen({ ...base, online: false, periodStart: "2026-03-01", periodEnd: "2026-03-01" });
    expect(issues).toEqual([{ path: ["place"], message: "requests:errors.placeMissing" }]);
  });
  it("turns Amsterdam local times into instants, in winter and summer time", () => {
    const [winter, summer] = slotInstants([
      { date: "2026-01-15", start: "10:00", end: "12:00" },
      { date: "2026-07-15", start: "10:00", end: "12:00" },
    ]);
    expect(winter.startsAt.toISOString()).toBe("2026-01-15T09:00:00.000Z");
    expect(summer.endsAt.toISOString()).toBe("2026-07-15T10:00:00.000Z");
  });
  it("shows three rows at least, one more on request", () => {
    expect(rowCount(0, false)).toBe(3);
    expect(rowCount(3, true)).toBe(4);
    expect(rowCount(5, false)).toBe(5);
  });
  it("keeps the sender's details line by line", () => {
    const s = {
      organisation: "Gemeente\nX",
      name: "An",
      email: "an@x.nl",
      phone: "",
      sector: "municipality",
    };
    expect(parseSubmitter(formatSubmitter(s))).toEqual({ ...s, organisation: "Gemeente X" });
  });
});

describe("slots on the daylight-saving days", () => {
  it("a night session 01:00–03:00 on 25 October 2026 lasts three hours, on 29 March one", () => {
    const hours = (date: string) => {
      const [slot] = slotInstants([{ date, start: "01:00", end: "03:00" }]);
      return (slot.endsAt.getTime() - slot.startsAt.getTime()) / 3_600_000;
    };
    expect(hours("2026-10-25")).toBe(3);
    expect(hours("2026-03-29")).toBe(1);
    expect(
      slotInstants([{ date: "2026-03-29", start: "10:00", end: "12:00" }])[0].startsAt.toISOString(),
    ).toBe("2026-03-29T08:00:00.000Z");
  });
});
