import { describe, expect, it } from "vitest";
import { centreCookie } from "./account.server";

const memberships = [
  {
    centreId: "11111111-1111-4111-8111-111111111111",
    centreName: "Noord",
    centreSlug: "noord",
    role: "admin" as const,
  },
  {
    centreId: "22222222-2222-4222-8222-222222222222",
    centreName: "Oost",
    centreSlug: "oost",
    role: "coordinator" as const,
  },
];

describe("switching centre", () => {
  it("sets the centre cookie the viewer reads, only for a centre the person belongs to", () => {
    const cookie = centreCookie(memberships, memberships[1].centreId, false);
    expect(cookie).toMatch(/^centre=22222222-2222-4222-8222-222222222222; Path=\/; HttpOnly; SameSite=Lax/);
    expect(cookie).not.toContain("Secure");
    expect(centreCookie(memberships, memberships[0].centreId, true)).toContain("; Secure");
    expect(() => centreCookie(memberships, "33333333-3333-4333-8333-333333333333", false)).toThrow(
      expect.objectContaining({ code: "NOT_FOUND" }),
    );
  });
});
