import { describe, expect, it } from "vitest";
import { allSlots, changedFields, likePattern, parseSlot, slotKey, splitLanguages, toE6 } from "./rules";

describe("pool rules", () => {
  it("reads availability checkboxes back and refuses anything else", () => {
    expect(parseSlot("1-morning")).toEqual({ weekday: 1, dayPart: "morning" });
    expect(parseSlot("7-evening")).toEqual({ weekday: 7, dayPart: "evening" });
    expect(parseSlot("8-morning")).toBeNull();
    expect(parseSlot("1-night")).toBeNull();
    expect(slotKey({ weekday: 3, dayPart: "afternoon" })).toBe("3-afternoon");
    expect(allSlots()).toHaveLength(21);
  });

  it("splits languages on commas, trims and drops doubles", () => {
    expect(splitLanguages(" Nederlands, Engels , ,nederlands,Arabisch")).toEqual([
      "Nederlands",
      "Engels",
      "Arabisch",
    ]);
    expect(splitLanguages(undefined)).toEqual([]);
  });

  it("stores degrees as micro-degrees", () => {
    expect(toE6(52.090737)).toBe(52090737);
    expect(toE6(-0.5)).toBe(-500000);
    expect(toE6(undefined)).toBeNull();
  });

  it("names only the fields that changed, lists compared as sets", () => {
    expect(
      changedFields(
        { firstName: "Anna", themeIds: ["a", "b"], phone: null },
        { firstName: "Anna", themeIds: ["b", "a"], phone: "0612345678" },
      ),
    ).toEqual(["phone"]);
  });

  it("matches % and _ in a search text literally", () => {
    expect(likePattern("50%_x")).toBe("%50\\%\\_x%");
  });
});
