import { describe, expect, it } from "vitest";
import { can } from "./permissions";

describe("role permissions", () => {
  it("lets coordinators read private notes but not manage users", () => {
    expect(can("coordinator", "notes:read")).toBe(true);
    expect(can("coordinator", "users:manage")).toBe(false);
  });
  it("keeps experts and client contacts out of the pool and its notes", () => {
    for (const role of ["expert", "client_contact"] as const) {
      expect(can(role, "pool:read")).toBe(false);
      expect(can(role, "notes:read")).toBe(false);
      expect(can(role, "requests:read")).toBe(false);
    }
  });
});
