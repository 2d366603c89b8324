import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { cleanText, queryOf, slugParam, uuidField, uuidParam } from "./params";

const statusOf = (run: () => unknown) => {
  try {
    run();
    return "ok";
  } catch (error) {
    return error instanceof AppError ? error.init.status : "other";
  }
};

describe("route parameters", () => {
  it("a $…Id that is not a uuid is a 404", () => {
    for (const bad of ["not-a-uuid", "", undefined, "1 or 1=1", "00000000-0000-0000-0000-00000000000\0"])
      expect(statusOf(() => uuidParam(bad))).toBe(404);
    expect(uuidParam("0E8C5F3A-1B2C-4D5E-8F90-A1B2C3D4E5F6")).toBe("0e8c5f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6");
  });

  it("a slug with a NUL byte or other characters is a 404", () => {
    expect(statusOf(() => slugParam("demo\0"))).toBe(404);
    expect(statusOf(() => slugParam("../x"))).toBe(404);
    expect(slugParam("centrum-utrecht")).toBe("centrum-utrecht");
  });

  it("a remove button without an id is a 400", () => {
    const form = new FormData();
    form.set("intent", "removePilot");
    expect(statusOf(() => uuidField(form, "pilotId"))).toBe(400);
    form.set("pilotId", "abc");
    expect(statusOf(() => uuidField(form, "pilotId"))).toBe(400);
  });

  it("search text loses control characters", () => {
    expect(cleanText("ja\0n ")).toBe("ja n");
    expect(queryOf("http://t/pool?search=a%00b&status=")).toEqual({ search: "a b" });
  });
});
