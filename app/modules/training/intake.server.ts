import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { cohorts, trainees } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import { invalidField } from "./guard";
import type { CandidateInput, IntakeInput } from "./input";
import { intakeOpen, intakeOutcome } from "./rules";

function decided(input: IntakeInput) {
  const reason = input.intakeReason ?? "";
  const outcome = intakeOutcome(input.intakeStatus, input, reason);
  if ("error" in outcome) throw invalidField(outcome.error.field, outcome.error.key);
  return {
    ownExperience: input.ownExperience,
    experienceBehind: input.experienceBehind,
    motivated: input.motivated,
    intakeStatus: input.intakeStatus,
    intakeReason: reason,
    status: outcome.status,
  };
}

/** Adds a candidate to a cohort with their intake; accepted means in training straight away. */
export async function addCandidate(
  tx: Tx,
  actor: Actor,
  cohortId: string,
  input: CandidateInput,
): Promise<{ id: string }> {
  assertCan(actor, "training:write");
  assertId(cohortId);
  const [cohort] = await tx.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.id, cohortId));
  if (!cohort) throw new AppError("NOT_FOUND");
  const intake = decided(input);
  const [row] = await tx
    .insert(trainees)
    .values({
      centreId: actor.centreId,
      cohortId,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email ?? null,
      phone: input.phone ?? null,
      province: input.province ?? null,
      situationBefore: input.situationBefore ?? null,
      benefitBefore: input.benefitBefore ?? null,
      ...intake,
    })
    .returning({ id: trainees.id });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "trainee",
    entityId: row.id,
    detail: { cohortId, intakeStatus: intake.intakeStatus, status: intake.status },
  });
  return row;
}

/** Records the intake criteria and decision of a candidate who is not in training yet. */
export async function decideIntake(tx: Tx, actor: Actor, traineeId: string, input: IntakeInput) {
  assertCan(actor, "training:write");
  assertId(traineeId);
  const [before] = await tx
    .select({ status: trainees.status, intakeStatus: trainees.intakeStatus })
    .from(trainees)
    .where(eq(trainees.id, traineeId))
    .for("update");
  if (!before) throw new AppError("NOT_FOUND");
  if (!intakeOpen(before.status)) throw new AppError("CONFLICT", "training:errors.intakeClosed");
  const intake = decided(input);
  await tx
    .update(trainees)
    .set({ ...intake, updatedAt: new Date() })
    .where(eq(trainees.id, traineeId));
  await recordAudit(tx, actor, {
    action: "status",
    entity: "trainee",
    entityId: traineeId,
    detail: {
      intakeStatus: [before.intakeStatus, intake.intakeStatus],
      status: [before.status, intake.status],
    },
  });
}
