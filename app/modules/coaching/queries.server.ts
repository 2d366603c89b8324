import { and, asc, desc, eq, gte, ne, sql } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { coachingGoals, coachingMeetings, coachingTrajectories, experts, user } from "~/db/schema";
import { todayIso } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan } from "~/modules/accounts/guard";
import { expertIdOf } from "~/modules/accounts/viewer.server";
import { openGate, type ReadGate } from "~/modules/privacy/read-reason.server";
import {
  accessOf,
  allowedReaders,
  findTrajectory,
  noteReadLog,
  readNotes,
  staffOfCentre,
  type TrajectoryRow,
} from "./readers.server";

/** The trajectories of the centre for staff: no note contents here, for anyone. */
export async function listTrajectories(tx: Tx, actor: Actor) {
  assertCan(actor, "coaching:manage");
  const nextMeeting = sql<string | null>`(select min(${coachingMeetings.meetsOn}) from ${coachingMeetings}
    where ${coachingMeetings.trajectoryId} = ${coachingTrajectories.id} and ${coachingMeetings.meetsOn} >= ${todayIso()})`;
  return tx
    .select({
      id: coachingTrajectories.id,
      expertName: sql<string>`${experts.firstName} || ' ' || ${experts.lastName}`,
      coachName: user.name,
      status: coachingTrajectories.status,
      startsOn: coachingTrajectories.startsOn,
      nextMeeting,
      goalsReached: sql<number>`(select count(*)::int from ${coachingGoals}
        where ${coachingGoals.trajectoryId} = ${coachingTrajectories.id} and ${coachingGoals.status} = 'reached')`,
      goalsTotal: sql<number>`(select count(*)::int from ${coachingGoals}
        where ${coachingGoals.trajectoryId} = ${coachingTrajectories.id} and ${coachingGoals.status} <> 'dropped')`,
    })
    .from(coachingTrajectories)
    .innerJoin(experts, eq(experts.id, coachingTrajectories.expertId))
    .innerJoin(user, eq(user.id, coachingTrajectories.coachUserId))
    .orderBy(asc(coachingTrajectories.status), asc(experts.lastName), asc(experts.firstName));
}

async function plan(tx: Tx, trajectoryId: string) {
  const goals = await tx
    .select({ id: coachingGoals.id, text: coachingGoals.text, status: coachingGoals.status })
    .from(coachingGoals)
    .where(eq(coachingGoals.trajectoryId, trajectoryId))
    .orderBy(asc(coachingGoals.createdAt));
  const meetings = await tx
    .select({ id: coachingMeetings.id, meetsOn: coachingMeetings.meetsOn, agreed: coachingMeetings.agreed })
    .from(coachingMeetings)
    .where(eq(coachingMeetings.trajectoryId, trajectoryId))
    .orderBy(desc(coachingMeetings.meetsOn));
  return { goals, meetings };
}

async function facts(tx: Tx, trajectory: TrajectoryRow) {
  const [row] = await tx
    .select({
      expertName: sql<string>`${experts.firstName} || ' ' || ${experts.lastName}`,
      coachName: user.name,
    })
    .from(experts)
    .innerJoin(user, eq(user.id, trajectory.coachUserId))
    .where(eq(experts.id, trajectory.expertId));
  return {
    id: trajectory.id,
    expertId: trajectory.expertId,
    coachUserId: trajectory.coachUserId,
    startsOn: trajectory.startsOn,
    endsOn: trajectory.endsOn,
    purpose: trajectory.purpose,
    status: trajectory.status,
    expertName: row?.expertName ?? "",
    coachName: row?.coachName ?? "",
  };
}

/**
 * A trajectory for staff: the notes only when the rule lets the viewer in and the gate is open (a reason
 * given, when the centre asks one); only then are they read, and the read is logged.
 */
export async function trajectoryDetail(
  tx: Tx,
  actor: Actor,
  trajectoryId: string,
  gate: ReadGate = openGate,
) {
  assertCan(actor, "coaching:manage");
  const trajectory = await findTrajectory(tx, trajectoryId);
  const access = await accessOf(tx, actor, trajectory);
  const notes = access === "none" || !gate.open ? null : await readNotes(tx, actor, trajectory, gate.reason);
  return {
    trajectory: await facts(tx, trajectory),
    ...(await plan(tx, trajectoryId)),
    access,
    notes,
    allowed: await allowedReaders(tx, trajectoryId),
    /** Who read the notes: for the coach only (the expert sees it on their own page). */
    log: access === "coach" ? await noteReadLog(tx, trajectoryId) : null,
  };
}

/** A trajectory's facts for the edit form, without its notes (so opening the form reads none). */
export async function trajectoryForEdit(tx: Tx, actor: Actor, trajectoryId: string) {
  assertCan(actor, "coaching:manage");
  return facts(tx, await findTrajectory(tx, trajectoryId));
}

/** Experts to start a trajectory for: in the pool (not stopped) and without an active trajectory. */
export async function expertOptions(tx: Tx, actor: Actor) {
  assertCan(actor, "coaching:manage");
  return tx
    .select({ id: experts.id, name: sql<string>`${experts.firstName} || ' ' || ${experts.lastName}` })
    .from(experts)
    .where(
      and(
        ne(experts.status, "stopped"),
        sql`not exists (select 1 from ${coachingTrajectories} where ${coachingTrajectories.expertId} = ${experts.id}
          and ${coachingTrajectories.status} = 'active')`,
      ),
    )
    .orderBy(asc(experts.firstName), asc(experts.lastName));
}

/** The expert's own trajectory: the active one, else the latest; null when there is none. */
async function latestOwnTrajectory(tx: Tx, actor: Actor): Promise<TrajectoryRow | null> {
  const expertId = await expertIdOf(tx, actor.userId);
  const [latest] = await tx
    .select({ id: coachingTrajectories.id })
    .from(coachingTrajectories)
    .where(eq(coachingTrajectories.expertId, expertId))
    .orderBy(asc(coachingTrajectories.status), desc(coachingTrajectories.startsOn))
    .limit(1);
  return latest ? findTrajectory(tx, latest.id) : null;
}

/** The id of the expert's own trajectory (for their forms), or NOT_FOUND. */
export async function myTrajectoryId(tx: Tx, actor: Actor): Promise<string> {
  const trajectory = await latestOwnTrajectory(tx, actor);
  if (!trajectory) throw new AppError("NOT_FOUND");
  return trajectory.id;
}

/** The expert's own trajectory (the active one, else the latest), with notes, readers and the read log. */
export async function myCoaching(tx: Tx, actor: Actor) {
  const trajectory = await latestOwnTrajectory(tx, actor);
  if (!trajectory) return null;
  const notes = await readNotes(tx, actor, trajectory);
  const allowed = await allowedReaders(tx, trajectory.id);
  const candidates = await staffOfCentre(tx, [trajectory.coachUserId, ...allowed.map((a) => a.userId)]);
  const log = (await noteReadLog(tx, trajectory.id)).filter((r) => r.role !== "expert");
  return {
    trajectory: await facts(tx, trajectory),
    ...(await plan(tx, trajectory.id)),
    notes,
    allowed,
    candidates,
    log,
  };
}

/** Whether the expert has a trajectory (for a link on the agenda), without reading a note. */
export async function hasTrajectory(tx: Tx, actor: Actor): Promise<boolean> {
  const expertId = await expertIdOf(tx, actor.userId);
  const [row] = await tx
    .select({ id: coachingTrajectories.id })
    .from(coachingTrajectories)
    .where(and(eq(coachingTrajectories.expertId, expertId), gte(coachingTrajectories.startsOn, "1900-01-01")))
    .limit(1);
  return Boolean(row);
}

/** Coaches to choose from on the staff form. */
export const coachOptions = (tx: Tx) => staffOfCentre(tx);

/** For the expert's pool page: their coaching trajectories (active first), without the notes. */
export async function trajectoriesOfExpert(tx: Tx, actor: Actor, expertId: string) {
  assertCan(actor, "coaching:manage");
  return tx
    .select({
      id: coachingTrajectories.id,
      status: coachingTrajectories.status,
      startsOn: coachingTrajectories.startsOn,
    })
    .from(coachingTrajectories)
    .where(eq(coachingTrajectories.expertId, expertId))
    .orderBy(asc(coachingTrajectories.status), desc(coachingTrajectories.startsOn));
}
