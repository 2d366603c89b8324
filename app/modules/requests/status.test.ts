import { describe, expect, it } from "vitest";
import { requestStatuses } from "~/db/schema";
import { AppError } from "~/lib/errors";
import { assertMove, canMove, nextStatuses } from "./status";

describe("request states", () => {
  it("walks the happy path from new to evaluated", () => {
    const path = ["new", "in_progress", "proposed", "confirmed", "done", "evaluated"] as const;
    for (let i = 0; i < path.length - 1; i++) expect(canMove(path[i], path[i + 1])).toBe(true);
  });
  it("cancels only what is not finished", () => {
    expect(canMove("confirmed", "cancelled")).toBe(true);
    expect(canMove("done", "cancelled")).toBe(false);
    expect(canMove("evaluated", "cancelled")).toBe(false);
  });
  it("ends in evaluated or cancelled", () => {
    expect(nextStatuses("evaluated")).toEqual([]);
    expect(nextStatuses("cancelled")).toEqual([]);
  });
  it("never moves to the same state and refuses a jump with CONFLICT", () => {
    for (const s of requestStatuses) expect(canMove(s, s)).toBe(false);
    expect(() => assertMove("new", "done")).toThrow(AppError);
  });
});
