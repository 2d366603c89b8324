import { describe, expect, it } from "vitest";
import { formatShown, suppressCount, suppressShare } from "./suppress";

describe("small-group suppression", () => {
  it("hides counts below the limit and shows counts at or above it", () => {
    expect(suppressCount(4, 5)).toEqual({ value: null, suppressed: true });
    expect(suppressCount(0, 5)).toEqual({ value: null, suppressed: true });
    expect(suppressCount(5, 5)).toEqual({ value: 5, suppressed: false });
    expect(suppressCount(44, 5)).toEqual({ value: 44, suppressed: false });
  });

  it("hides a share when its count or its total is small", () => {
    expect(suppressShare(9.1, 4, 44, 5).suppressed).toBe(true);
    expect(suppressShare(80, 4, 5, 5).suppressed).toBe(true);
    expect(suppressShare(100, 4, 4, 5).suppressed).toBe(true);
    expect(suppressShare(45.5, 20, 44, 5)).toEqual({ value: 45.5, suppressed: false });
  });

  it("follows the centre's own limit", () => {
    expect(suppressCount(9, 10).suppressed).toBe(true);
    expect(suppressCount(3, 3).suppressed).toBe(false);
  });

  it("writes hidden numbers as <limit and shares with a Dutch comma", () => {
    expect(formatShown(suppressCount(2, 5), 5, "nl")).toBe("<5");
    expect(formatShown(suppressShare(45.5, 20, 44, 5), 5, "nl", true)).toBe("45,5%");
    expect(formatShown(suppressShare(45.5, 20, 44, 5), 5, "en", true)).toBe("45.5%");
  });
});
