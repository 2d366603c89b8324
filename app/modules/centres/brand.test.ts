import { describe, expect, it } from "vitest";
import { colourProblem, contrastWithWhite, logoType } from "./brand";

describe("a centre's colour", () => {
  it("accepts a dark colour and refuses one white text cannot be read on", () => {
    expect(colourProblem("#1c4f8a")).toBeNull();
    expect(colourProblem("#ffcc00")).toBe("contrast");
    expect(colourProblem("blue")).toBe("format");
    expect(contrastWithWhite("#000000")).toBeCloseTo(21, 0);
  });
});

describe("a logo", () => {
  it("is recognised by its bytes, not its name", () => {
    expect(logoType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(logoType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(logoType(new TextEncoder().encode("<svg onload=alert(1)>"))).toBeNull();
  });
});
