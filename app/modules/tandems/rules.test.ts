import { describe, expect, it } from "vitest";
import { closingDate, isOver, mayEvaluate, mayWriteLog, nextActions, sidesToEvaluate } from "./rules";

describe("tandem rules", () => {
  it("offer start and stop to a planned tandem, end and stop to a running one, nothing after", () => {
    expect(nextActions("planned")).toEqual(["start", "stop"]);
    expect(nextActions("active")).toEqual(["end", "stop"]);
    expect(nextActions("ended")).toEqual([]);
    expect(nextActions("stopped")).toEqual([]);
  });

  it("call a running tandem over once its end date has passed", () => {
    expect(isOver({ status: "active", endsOn: "2026-12-01" }, "2026-12-01")).toBe(false);
    expect(isOver({ status: "active", endsOn: "2026-12-01" }, "2026-12-02")).toBe(true);
    expect(isOver({ status: "ended", endsOn: "2027-01-01" }, "2026-12-02")).toBe(true);
  });

  it("let each side evaluate once, after the end, and never a tandem that never started", () => {
    const tandem = { status: "active" as const, startsOn: "2026-09-01", endsOn: "2026-12-01" };
    expect(mayEvaluate(tandem, "2026-11-30", false)).toBe(false);
    expect(mayEvaluate(tandem, "2026-12-02", false)).toBe(true);
    expect(mayEvaluate(tandem, "2026-12-02", true)).toBe(false);
    expect(mayEvaluate({ ...tandem, status: "planned" }, "2026-12-02", false)).toBe(false);
    expect(mayEvaluate({ ...tandem, status: "stopped" }, "2026-10-02", false)).toBe(true);
  });

  it("close the log of a stopped tandem", () => {
    expect(mayWriteLog("active")).toBe(true);
    expect(mayWriteLog("ended")).toBe(true);
    expect(mayWriteLog("stopped")).toBe(false);
  });

  it("say which sides still owe an evaluation and when a tandem closed", () => {
    expect(sidesToEvaluate(["expert"])).toEqual(["professional"]);
    expect(sidesToEvaluate([])).toEqual(["expert", "professional"]);
    expect(closingDate("2027-01-01", "2026-12-02")).toBe("2026-12-02");
    expect(closingDate("2026-11-01", "2026-12-02")).toBe("2026-11-01");
  });
});
