import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import {
  cohorts,
  grants,
  moduleProgress,
  sessionAttendance,
  trainees,
  trainingModules,
  trainingSessions,
} from "~/db/schema";
import { amsterdamToDate } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { ModuleInput, SessionInput } from "./input";
import { percentage } from "./rules";

/** One cohort's programme: facts, sessions with attendance, modules with progress, and its trainees. */
export async function cohortProgramme(tx: Tx, actor: Actor, cohortId: string) {
  assertCan(actor, "training:read");
  assertId(cohortId);
  const [cohort] = await tx
    .select({
      id: cohorts.id,
      name: cohorts.name,
      kind: cohorts.kind,
      trainingPartner: cohorts.trainingPartner,
      location: cohorts.location,
      province: cohorts.province,
      startsOn: cohorts.startsOn,
      endsOn: cohorts.endsOn,
      grant: grants.name,
    })
    .from(cohorts)
    .leftJoin(grants, eq(grants.id, cohorts.grantId))
    .where(eq(cohorts.id, cohortId));
  if (!cohort) throw new AppError("NOT_FOUND");

  const sessions = await tx
    .select({
      id: trainingSessions.id,
      startsAt: trainingSessions.startsAt,
      title: trainingSessions.title,
      present: sql<number>`count(*) filter (where ${sessionAttendance.attendance} = 'present')`.mapWith(
        Number,
      ),
      marked: count(sessionAttendance.traineeId),
    })
    .from(trainingSessions)
    .leftJoin(sessionAttendance, eq(sessionAttendance.sessionId, trainingSessions.id))
    .where(eq(trainingSessions.cohortId, cohortId))
    .groupBy(trainingSessions.id)
    .orderBy(asc(trainingSessions.startsAt));

  const modules = await tx
    .select({
      id: trainingModules.id,
      name: trainingModules.name,
      kind: trainingModules.kind,
      position: trainingModules.position,
      completed: sql<number>`count(*) filter (where ${moduleProgress.progress} = 'completed')`.mapWith(
        Number,
      ),
    })
    .from(trainingModules)
    .leftJoin(moduleProgress, eq(moduleProgress.moduleId, trainingModules.id))
    .where(eq(trainingModules.cohortId, cohortId))
    .groupBy(trainingModules.id)
    .orderBy(asc(trainingModules.position), asc(trainingModules.name));

  const people = await tx
    .select({
      id: trainees.id,
      firstName: trainees.firstName,
      lastName: trainees.lastName,
      intakeStatus: trainees.intakeStatus,
      status: trainees.status,
      present:
        sql<number>`(select count(*) from ${sessionAttendance} where ${sessionAttendance.traineeId} = ${trainees.id} and ${sessionAttendance.attendance} = 'present')`.mapWith(
          Number,
        ),
      marked:
        sql<number>`(select count(*) from ${sessionAttendance} where ${sessionAttendance.traineeId} = ${trainees.id})`.mapWith(
          Number,
        ),
      completed:
        sql<number>`(select count(*) from ${moduleProgress} where ${moduleProgress.traineeId} = ${trainees.id} and ${moduleProgress.progress} = 'completed')`.mapWith(
          Number,
        ),
    })
    .from(trainees)
    .where(eq(trainees.cohortId, cohortId))
    .orderBy(asc(trainees.lastName), asc(trainees.firstName));

  return {
    cohort,
    sessions: sessions.map((s) => ({ ...s, startsAt: s.startsAt.toISOString() })),
    modules,
    trainees: people.map((p) => ({
      id: p.id,
      name: `${p.firstName} ${p.lastName}`,
      intakeStatus: p.intakeStatus,
      status: p.status,
      attendance: percentage(p.present, p.marked),
      completed: p.completed,
    })),
  };
}

async function assertCohort(tx: Tx, cohortId: string) {
  assertId(cohortId);
  const [row] = await tx.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.id, cohortId));
  if (!row) throw new AppError("NOT_FOUND");
}

export async function addSession(tx: Tx, actor: Actor, cohortId: string, input: SessionInput) {
  assertCan(actor, "training:write");
  await assertCohort(tx, cohortId);
  const [row] = await tx
    .insert(trainingSessions)
    .values({
      centreId: actor.centreId,
      cohortId,
      startsAt: amsterdamToDate(input.sessionDate, input.sessionTime),
      title: input.sessionTitle,
    })
    .returning({ id: trainingSessions.id });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "training_session",
    entityId: row.id,
    detail: { cohortId },
  });
  return row;
}

/** Removes a session with its attendance. */
export async function removeSession(tx: Tx, actor: Actor, cohortId: string, sessionId: string) {
  assertCan(actor, "training:write");
  assertId(cohortId);
  const [row] = await tx
    .delete(trainingSessions)
    .where(and(eq(trainingSessions.id, sessionId), eq(trainingSessions.cohortId, cohortId)))
    .returning({ id: trainingSessions.id });
  if (!row) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "delete",
    entity: "training_session",
    entityId: row.id,
    detail: { cohortId },
  });
}

export async function addModule(tx: Tx, actor: Actor, cohortId: string, input: ModuleInput) {
  assertCan(actor, "training:write");
  await assertCohort(tx, cohortId);
  let position = input.modulePosition;
  if (position === undefined) {
    const [last] = await tx
      .select({ max: sql<number | null>`max(${trainingModules.position})` })
      .from(trainingModules)
      .where(eq(trainingModules.cohortId, cohortId));
    position = last?.max === null || last?.max === undefined ? 1 : Number(last.max) + 1;
  }
  const [row] = await tx
    .insert(trainingModules)
    .values({ centreId: actor.centreId, cohortId, name: input.moduleName, kind: input.moduleKind, position })
    .returning({ id: trainingModules.id });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "training_module",
    entityId: row.id,
    detail: { cohortId, kind: input.moduleKind },
  });
  return row;
}

/** Removes a module or assignment with everyone's progress on it. */
export async function removeModule(tx: Tx, actor: Actor, cohortId: string, moduleId: string) {
  assertCan(actor, "training:write");
  assertId(cohortId);
  const [row] = await tx
    .delete(trainingModules)
    .where(and(eq(trainingModules.id, moduleId), eq(trainingModules.cohortId, cohortId)))
    .returning({ id: trainingModules.id });
  if (!row) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "delete",
    entity: "training_module",
    entityId: row.id,
    detail: { cohortId },
  });
}
