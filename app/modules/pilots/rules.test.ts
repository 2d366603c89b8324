import { describe, expect, it } from "vitest";
import {
  mayReword,
  mean,
  missingStatements,
  openAfter,
  questionnaireState,
  statementResult,
  toSend,
} from "./rules";

describe("pilot rules", () => {
  it("takes the mean to one decimal", () => {
    expect(mean([])).toBeNull();
    expect(mean([2, 3, 3])).toBe(2.7);
    expect(mean([4, 5])).toBe(4.5);
  });

  it("shows means and the change only for groups of the limit or more", () => {
    const full = statementResult([2, 2, 3, 3, 2], [4, 4, 5, 4, 3], 5);
    expect(full.before).toEqual({ value: 2.4, suppressed: false });
    expect(full.after).toEqual({ value: 4, suppressed: false });
    expect(full.change).toEqual({ value: 1.6, suppressed: false });
    expect(full.n.before).toEqual({ value: 5, suppressed: false });

    const small = statementResult([2, 2, 3, 3, 2], [4, 4, 5], 5);
    expect(small.before.suppressed).toBe(false);
    expect(small.after).toEqual({ value: null, suppressed: true });
    expect(small.change).toEqual({ value: null, suppressed: true });
    expect(small.n.after).toEqual({ value: null, suppressed: true });

    const nothingAfter = statementResult([3, 3, 3, 3, 3], [], 5);
    expect(nothingAfter.after).toEqual({ value: null, suppressed: false });
    expect(nothingAfter.change).toEqual({ value: null, suppressed: false });
    // a lower limit set by the centre
    expect(statementResult([1, 2], [3, 4], 2).change).toEqual({ value: 2, suppressed: false });
  });

  it("lets a statement be reworded only while nobody answered it", () => {
    expect(mayReword(0)).toBe(true);
    expect(mayReword(1)).toBe(false);
  });

  it("knows the questionnaire's state and whom to send it to", () => {
    expect(questionnaireState(undefined)).toBe("not_sent");
    expect(questionnaireState({ sentAt: new Date(), answeredAt: null })).toBe("sent");
    expect(questionnaireState({ sentAt: new Date(), answeredAt: new Date() })).toBe("answered");
    const people = [
      { id: "a", states: { before: "answered", after: "not_sent" } },
      { id: "b", states: { before: "sent", after: "sent" } },
      { id: "c", states: { before: "not_sent", after: "answered" } },
    ] as const;
    expect(toSend(people, "before").map((p) => p.id)).toEqual(["c"]);
    expect(toSend(people, "after").map((p) => p.id)).toEqual(["a"]);
    expect(openAfter(people).map((p) => p.id)).toEqual(["a", "b"]);
  });

  it("finds statements left unanswered or out of range", () => {
    const scores = new Map([
      ["s1", 3],
      ["s2", 7],
    ]);
    expect(missingStatements(["s1", "s2", "s3"], scores)).toEqual(["s2", "s3"]);
  });
});
