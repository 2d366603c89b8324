import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import {
  cohorts,
  moduleProgress,
  sessionAttendance,
  trainees,
  trainingModules,
  trainingSessions,
} from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import { openGate, type ReadGate } from "~/modules/privacy/read-reason.server";
import { shownBenefit } from "./benefit.server";
import { invalidField } from "./guard";
import type { AssessmentInput, MilestonesInput, Progress } from "./input";
import { certifyProblem } from "./rules";

/**
 * A trainee's page: facts, intake, module progress, attendance, portfolio, assessment, certificate. The
 * benefit before the training shows only through an open gate (the centre may ask a reason first).
 */
export async function traineeRecord(tx: Tx, actor: Actor, traineeId: string, gate: ReadGate = openGate) {
  assertCan(actor, "training:read");
  assertId(traineeId);
  const [row] = await tx
    .select({
      id: trainees.id,
      cohortId: trainees.cohortId,
      cohortName: cohorts.name,
      expertId: trainees.expertId,
      firstName: trainees.firstName,
      lastName: trainees.lastName,
      email: trainees.email,
      phone: trainees.phone,
      province: trainees.province,
      ownExperience: trainees.ownExperience,
      experienceBehind: trainees.experienceBehind,
      motivated: trainees.motivated,
      intakeStatus: trainees.intakeStatus,
      intakeReason: trainees.intakeReason,
      status: trainees.status,
      situationBefore: trainees.situationBefore,
      benefitBefore: trainees.benefitBefore,
      lifeStoryOn: trainees.lifeStoryOn,
      reflectionOn: trainees.reflectionOn,
      placementOn: trainees.placementOn,
      finalAssessmentOn: trainees.finalAssessmentOn,
      finalAssessmentPassed: trainees.finalAssessmentPassed,
      certifiedOn: trainees.certifiedOn,
      stoppedOn: trainees.stoppedOn,
      stoppedReason: trainees.stoppedReason,
    })
    .from(trainees)
    .innerJoin(cohorts, eq(cohorts.id, trainees.cohortId))
    .where(eq(trainees.id, traineeId));
  if (!row) throw new AppError("NOT_FOUND");
  const benefit = await shownBenefit(tx, actor, traineeId, row.benefitBefore, gate);
  const modules = await tx
    .select({
      id: trainingModules.id,
      name: trainingModules.name,
      kind: trainingModules.kind,
      progress: moduleProgress.progress,
      completedOn: moduleProgress.completedOn,
    })
    .from(trainingModules)
    .leftJoin(
      moduleProgress,
      and(eq(moduleProgress.moduleId, trainingModules.id), eq(moduleProgress.traineeId, traineeId)),
    )
    .where(eq(trainingModules.cohortId, row.cohortId))
    .orderBy(asc(trainingModules.position), asc(trainingModules.name));
  const attendance = await tx
    .select({
      title: trainingSessions.title,
      startsAt: trainingSessions.startsAt,
      value: sessionAttendance.attendance,
    })
    .from(trainingSessions)
    .leftJoin(
      sessionAttendance,
      and(eq(sessionAttendance.sessionId, trainingSessions.id), eq(sessionAttendance.traineeId, traineeId)),
    )
    .where(eq(trainingSessions.cohortId, row.cohortId))
    .orderBy(asc(trainingSessions.startsAt));
  return {
    ...row,
    ...benefit,
    modules: modules.map((m) => ({ ...m, progress: m.progress ?? ("not_started" as Progress) })),
    attendance: attendance.map((a) => ({ ...a, startsAt: a.startsAt.toISOString() })),
  };
}

async function lockTrainee(tx: Tx, traineeId: string) {
  assertId(traineeId);
  const [row] = await tx
    .select({
      cohortId: trainees.cohortId,
      status: trainees.status,
      intakeStatus: trainees.intakeStatus,
      finalAssessmentPassed: trainees.finalAssessmentPassed,
    })
    .from(trainees)
    .where(eq(trainees.id, traineeId))
    .for("update");
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** Progress can be kept for those accepted at intake. */
async function lockAccepted(tx: Tx, traineeId: string) {
  const row = await lockTrainee(tx, traineeId);
  if (row.intakeStatus !== "accepted") throw new AppError("CONFLICT", "training:errors.notAccepted");
  return row;
}

/** Saves progress on every module of the cohort at once. */
export async function saveProgress(
  tx: Tx,
  actor: Actor,
  traineeId: string,
  rows: { moduleId: string; progress: Progress; completedOn: string | null }[],
) {
  assertCan(actor, "training:write");
  const trainee = await lockAccepted(tx, traineeId);
  const chosen = new Map(rows.map((r) => [r.moduleId, r]));
  if (chosen.size === 0) return;
  const known = await tx
    .select({ id: trainingModules.id })
    .from(trainingModules)
    .where(
      and(inArray(trainingModules.id, [...chosen.keys()]), eq(trainingModules.cohortId, trainee.cohortId)),
    );
  if (known.length !== chosen.size) throw invalidField("form", "validation.invalid");
  await tx
    .insert(moduleProgress)
    .values([...chosen.values()].map((r) => ({ centreId: actor.centreId, traineeId, ...r })))
    .onConflictDoUpdate({
      target: [moduleProgress.moduleId, moduleProgress.traineeId],
      set: { progress: sql`excluded.progress`, completedOn: sql`excluded.completed_on` },
    });
  const tally = { not_started: 0, in_progress: 0, completed: 0 };
  for (const r of chosen.values()) tally[r.progress] += 1;
  await recordAudit(tx, actor, {
    action: "update",
    entity: "module_progress",
    entityId: traineeId,
    detail: tally,
  });
}

export async function saveMilestones(tx: Tx, actor: Actor, traineeId: string, input: MilestonesInput) {
  assertCan(actor, "training:write");
  await lockAccepted(tx, traineeId);
  const values = {
    lifeStoryOn: input.lifeStoryOn ?? null,
    reflectionOn: input.reflectionOn ?? null,
    placementOn: input.placementOn ?? null,
  };
  await tx
    .update(trainees)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(trainees.id, traineeId));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "trainee",
    entityId: traineeId,
    detail: { fields: Object.keys(values).filter((k) => values[k as keyof typeof values] !== null) },
  });
}

export async function saveAssessment(tx: Tx, actor: Actor, traineeId: string, input: AssessmentInput) {
  assertCan(actor, "training:write");
  const trainee = await lockAccepted(tx, traineeId);
  if (trainee.status === "certified") throw new AppError("CONFLICT", "training:errors.alreadyCertified");
  const passed = input.finalAssessmentPassed === "yes";
  await tx
    .update(trainees)
    .set({ finalAssessmentOn: input.finalAssessmentOn, finalAssessmentPassed: passed, updatedAt: new Date() })
    .where(eq(trainees.id, traineeId));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "trainee",
    entityId: traineeId,
    detail: { fields: ["finalAssessmentOn", "finalAssessmentPassed"], passed },
  });
}

/** The mbo certificate: only after a passed final assessment. */
export async function certify(tx: Tx, actor: Actor, traineeId: string, certifiedOn: string) {
  assertCan(actor, "training:write");
  const trainee = await lockTrainee(tx, traineeId);
  const problem = certifyProblem(trainee);
  if (problem) throw invalidField("certifiedOn", problem);
  await tx
    .update(trainees)
    .set({ status: "certified", certifiedOn, updatedAt: new Date() })
    .where(eq(trainees.id, traineeId));
  await recordAudit(tx, actor, {
    action: "status",
    entity: "trainee",
    entityId: traineeId,
    detail: { status: [trainee.status, "certified"] },
  });
}

/** Stops a trainee's training with a date and a reason; their history stays. */
export async function stopTraining(
  tx: Tx,
  actor: Actor,
  traineeId: string,
  input: { stoppedOn: string; stoppedReason: string },
) {
  assertCan(actor, "training:write");
  const trainee = await lockTrainee(tx, traineeId);
  if (trainee.status !== "in_training") throw new AppError("CONFLICT", "training:errors.notInTraining");
  await tx
    .update(trainees)
    .set({
      status: "stopped",
      stoppedOn: input.stoppedOn,
      stoppedReason: input.stoppedReason,
      updatedAt: new Date(),
    })
    .where(eq(trainees.id, traineeId));
  await recordAudit(tx, actor, {
    action: "status",
    entity: "trainee",
    entityId: traineeId,
    detail: { status: [trainee.status, "stopped"] },
  });
}
