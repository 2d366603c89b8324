import { describe, expect, it } from "vitest";
import { noteAccess } from "./note-access";

const trajectory = { coachUserId: "coach", expertUserId: "expert", allowedUserIds: ["allowed"] };

describe("who reads coaching notes", () => {
  it("lets the coach, the expert and an allowed staff member read", () => {
    expect(noteAccess({ userId: "coach", role: "coordinator" }, trajectory)).toBe("coach");
    expect(noteAccess({ userId: "expert", role: "expert" }, trajectory)).toBe("expert");
    expect(noteAccess({ userId: "allowed", role: "coordinator" }, trajectory)).toBe("allowed");
    expect(noteAccess({ userId: "allowed", role: "admin" }, trajectory)).toBe("allowed");
  });

  it("gives nobody else anything, an admin included", () => {
    expect(noteAccess({ userId: "other", role: "coordinator" }, trajectory)).toBe("none");
    expect(noteAccess({ userId: "other", role: "admin" }, trajectory)).toBe("none");
    expect(noteAccess({ userId: "other", role: "expert" }, trajectory)).toBe("none");
    expect(noteAccess({ userId: "allowed", role: "client_contact" }, trajectory)).toBe("none");
    expect(noteAccess({ userId: "allowed", role: "funder" }, trajectory)).toBe("none");
    expect(noteAccess({ userId: "expert", role: "coordinator" }, { ...trajectory, expertUserId: null })).toBe(
      "none",
    );
  });
});
