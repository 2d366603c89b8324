import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { cohorts, sessionAttendance, trainees, trainingSessions } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import { invalidField } from "./guard";
import type { Attendance } from "./input";

/** Who is on a session's list: everyone accepted at intake (also those who stopped or finished later). */
const onTheList = eq(trainees.intakeStatus, "accepted");

/** A session with the trainees of its cohort and what is recorded for each. */
export async function attendanceSheet(tx: Tx, actor: Actor, cohortId: string, sessionId: string) {
  assertCan(actor, "training:read");
  assertId(cohortId);
  assertId(sessionId);
  const [session] = await tx
    .select({
      id: trainingSessions.id,
      title: trainingSessions.title,
      startsAt: trainingSessions.startsAt,
      cohortId: cohorts.id,
      cohortName: cohorts.name,
    })
    .from(trainingSessions)
    .innerJoin(cohorts, eq(cohorts.id, trainingSessions.cohortId))
    .where(and(eq(trainingSessions.id, sessionId), eq(trainingSessions.cohortId, cohortId)));
  if (!session) throw new AppError("NOT_FOUND");
  const rows = await tx
    .select({
      id: trainees.id,
      firstName: trainees.firstName,
      lastName: trainees.lastName,
      status: trainees.status,
      attendance: sessionAttendance.attendance,
    })
    .from(trainees)
    .leftJoin(
      sessionAttendance,
      and(eq(sessionAttendance.traineeId, trainees.id), eq(sessionAttendance.sessionId, sessionId)),
    )
    .where(and(eq(trainees.cohortId, cohortId), onTheList))
    .orderBy(asc(trainees.lastName), asc(trainees.firstName));
  return {
    session: { ...session, startsAt: session.startsAt.toISOString() },
    trainees: rows.map((r) => ({
      id: r.id,
      name: `${r.firstName} ${r.lastName}`,
      status: r.status,
      attendance: r.attendance,
    })),
  };
}

/** Saves the whole list at once (one transaction): a row per trainee with a choice. */
export async function saveAttendance(
  tx: Tx,
  actor: Actor,
  cohortId: string,
  sessionId: string,
  marks: { traineeId: string; attendance: Attendance }[],
): Promise<{ saved: number }> {
  assertCan(actor, "training:write");
  assertId(cohortId);
  assertId(sessionId);
  const [session] = await tx
    .select({ id: trainingSessions.id })
    .from(trainingSessions)
    .where(and(eq(trainingSessions.id, sessionId), eq(trainingSessions.cohortId, cohortId)));
  if (!session) throw new AppError("NOT_FOUND");
  const chosen = new Map(marks.map((m) => [m.traineeId, m.attendance]));
  const ids = [...chosen.keys()];
  if (ids.length === 0) throw invalidField("form", "training:errors.nothingChosen");
  const known = await tx
    .select({ id: trainees.id })
    .from(trainees)
    .where(and(inArray(trainees.id, ids), eq(trainees.cohortId, cohortId), onTheList));
  if (known.length !== ids.length) throw invalidField("form", "validation.invalid");
  await tx
    .insert(sessionAttendance)
    .values(
      ids.map((traineeId) => ({
        centreId: actor.centreId,
        sessionId,
        traineeId,
        attendance: chosen.get(traineeId) as Attendance,
      })),
    )
    .onConflictDoUpdate({
      target: [sessionAttendance.sessionId, sessionAttendance.traineeId],
      set: { attendance: sql`excluded.attendance` },
    });
  const tally = { present: 0, absent: 0, excused: 0 };
  for (const value of chosen.values()) tally[value] += 1;
  await recordAudit(tx, actor, {
    action: "update",
    entity: "session_attendance",
    entityId: sessionId,
    detail: { cohortId, ...tally },
  });
  return { saved: ids.length };
}
