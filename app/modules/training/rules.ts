import type { CohortKind, IntakeStatus, TraineeStatus } from "~/db/values";

/** The keuzedeel ervaringsdeskundigheid takes 40 weeks. */
export const KEUZEDEEL_WEEKS = 40;

/** The suggested end date of a keuzedeel: 40 weeks after the start (an ISO date). */
export function keuzedeelEnd(startsOn: string): string {
  const date = new Date(`${startsOn}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + KEUZEDEEL_WEEKS * 7);
  return date.toISOString().slice(0, 10);
}

/** The end date as saved: given, or for a keuzedeel 40 weeks after the start; null when it is missing. */
export function endDateFor(kind: CohortKind, startsOn: string, endsOn: string | undefined): string | null {
  if (endsOn) return endsOn;
  return kind === "keuzedeel" ? keuzedeelEnd(startsOn) : null;
}

export type IntakeCriteria = { ownExperience: boolean; experienceBehind: boolean; motivated: boolean };

/** Accepting asks for all three criteria of the seeds: own experience, having it behind them, motivation. */
export function meetsCriteria(c: IntakeCriteria): boolean {
  return c.ownExperience && c.experienceBehind && c.motivated;
}

/** What an intake decision does to the trainee's status; the key of the message when it is not allowed. */
export function intakeOutcome(
  decision: IntakeStatus,
  criteria: IntakeCriteria,
  reason: string,
): { status: TraineeStatus } | { error: { field: string; key: string } } {
  if (decision === "rejected" && reason.trim() === "")
    return { error: { field: "intakeReason", key: "training:errors.reasonRequired" } };
  if (decision === "accepted" && !meetsCriteria(criteria))
    return { error: { field: "intakeStatus", key: "training:errors.criteriaMissing" } };
  return { status: decision === "accepted" ? "in_training" : "candidate" };
}

/** The intake can be changed until someone is in training. */
export function intakeOpen(status: TraineeStatus): boolean {
  return status === "candidate";
}

/** Who may get the certificate: in training, with a passed final assessment. Else the message key. */
export function certifyProblem(t: {
  status: TraineeStatus;
  finalAssessmentPassed: boolean | null;
}): string | null {
  if (t.status !== "in_training") return "training:errors.notInTraining";
  if (t.finalAssessmentPassed !== true) return "training:errors.assessmentNotPassed";
  return null;
}

/** Who may move into the pool: certified and not there yet. Else the message key. */
export function poolProblem(t: { status: TraineeStatus; expertId: string | null }): string | null {
  if (t.expertId) return "training:errors.alreadyInPool";
  if (t.status !== "certified") return "training:errors.notCertified";
  return null;
}

/** Share of a part in a whole as a whole percentage, or null when there is nothing to count. */
export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}
