import { describe, expect, it } from "vitest";
import { certifyProblem, endDateFor, intakeOutcome, keuzedeelEnd, percentage, poolProblem } from "./rules";

const all = { ownExperience: true, experienceBehind: true, motivated: true };

describe("cohort dates", () => {
  it("suggests an end 40 weeks after the start of a keuzedeel", () => {
    expect(keuzedeelEnd("2026-09-01")).toBe("2027-06-08");
    expect(keuzedeelEnd("2026-03-02")).toBe("2026-12-07");
  });
  it("keeps a given end date and gives no end for a short trajectory without one", () => {
    expect(endDateFor("keuzedeel", "2026-09-01", undefined)).toBe("2027-06-08");
    expect(endDateFor("keuzedeel", "2026-09-01", "2026-12-01")).toBe("2026-12-01");
    expect(endDateFor("region", "2026-09-01", undefined)).toBeNull();
  });
});

describe("intake", () => {
  it("needs a reason when someone is not accepted", () => {
    expect(intakeOutcome("rejected", all, "  ")).toEqual({
      error: { field: "intakeReason", key: "training:errors.reasonRequired" },
    });
    expect(intakeOutcome("rejected", all, "Nog midden in de schulden")).toEqual({ status: "candidate" });
  });
  it("accepts only with all three criteria, and then the trainee is in training", () => {
    expect(intakeOutcome("accepted", { ...all, motivated: false }, "")).toMatchObject({
      error: { key: "training:errors.criteriaMissing" },
    });
    expect(intakeOutcome("accepted", all, "")).toEqual({ status: "in_training" });
  });
});

describe("certificate and pool", () => {
  it("certifies only a trainee in training with a passed final assessment", () => {
    expect(certifyProblem({ status: "in_training", finalAssessmentPassed: null })).toBe(
      "training:errors.assessmentNotPassed",
    );
    expect(certifyProblem({ status: "in_training", finalAssessmentPassed: false })).toBe(
      "training:errors.assessmentNotPassed",
    );
    expect(certifyProblem({ status: "candidate", finalAssessmentPassed: true })).toBe(
      "training:errors.notInTraining",
    );
    expect(certifyProblem({ status: "in_training", finalAssessmentPassed: true })).toBeNull();
  });
  it("moves only a certified trainee into the pool, once", () => {
    expect(poolProblem({ status: "in_training", expertId: null })).toBe("training:errors.notCertified");
    expect(poolProblem({ status: "certified", expertId: "x" })).toBe("training:errors.alreadyInPool");
    expect(poolProblem({ status: "certified", expertId: null })).toBeNull();
  });
  it("counts a share as a whole percentage", () => {
    expect(percentage(2, 3)).toBe(67);
    expect(percentage(0, 0)).toBeNull();
  });
});
