import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import {
  auditLog,
  coachingAccess,
  coachingNotes,
  coachingTrajectories,
  experts,
  memberships,
  user,
} from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import { type NoteAccess, noteAccess } from "./note-access";

export type TrajectoryRow = typeof coachingTrajectories.$inferSelect & { expertUserId: string | null };

/** A trajectory of this centre with the login of its expert, or NOT_FOUND. */
export async function findTrajectory(tx: Tx, trajectoryId: string): Promise<TrajectoryRow> {
  assertId(trajectoryId);
  const [row] = await tx
    .select({ trajectory: coachingTrajectories, expertUserId: experts.userId })
    .from(coachingTrajectories)
    .innerJoin(experts, eq(experts.id, coachingTrajectories.expertId))
    .where(eq(coachingTrajectories.id, trajectoryId));
  if (!row) throw new AppError("NOT_FOUND");
  return { ...row.trajectory, expertUserId: row.expertUserId };
}

/** The staff members the expert allows now (given and not withdrawn). */
export async function allowedReaders(tx: Tx, trajectoryId: string) {
  return tx
    .select({ userId: coachingAccess.userId, name: user.name, givenAt: coachingAccess.givenAt })
    .from(coachingAccess)
    .innerJoin(user, eq(user.id, coachingAccess.userId))
    .where(and(eq(coachingAccess.trajectoryId, trajectoryId), isNull(coachingAccess.withdrawnAt)))
    .orderBy(asc(user.name));
}

/** How the actor may read this trajectory's notes (see note-access.ts). */
export async function accessOf(tx: Tx, actor: Actor, trajectory: TrajectoryRow): Promise<NoteAccess> {
  const allowed = await allowedReaders(tx, trajectory.id);
  return noteAccess(actor, {
    coachUserId: trajectory.coachUserId,
    expertUserId: trajectory.expertUserId,
    allowedUserIds: allowed.map((a) => a.userId),
  });
}

export type CoachingNote = {
  id: string;
  text: string;
  authorName: string | null;
  createdAt: Date;
  expertReflection: string;
  reflectedAt: Date | null;
};

/**
 * The notes of a trajectory for a reader the rule lets in; each note read writes a line in the audit
 * trail (read_private, entity coaching_note) with the trajectory, the expert and the reader's role,
 * so the expert's read log and a person's /account/reads can find it (with the reader's reason, if any).
 */
export async function readNotes(
  tx: Tx,
  actor: Actor,
  trajectory: TrajectoryRow,
  reason?: string | null,
): Promise<CoachingNote[]> {
  const access = await accessOf(tx, actor, trajectory);
  if (access === "none") throw new AppError("FORBIDDEN");
  const notes = await tx
    .select({
      id: coachingNotes.id,
      text: coachingNotes.text,
      authorName: user.name,
      createdAt: coachingNotes.createdAt,
      expertReflection: coachingNotes.expertReflection,
      reflectedAt: coachingNotes.reflectedAt,
    })
    .from(coachingNotes)
    .leftJoin(user, eq(user.id, coachingNotes.authorUserId))
    .where(eq(coachingNotes.trajectoryId, trajectory.id))
    .orderBy(desc(coachingNotes.createdAt));
  for (const note of notes) {
    await recordAudit(tx, actor, {
      action: "read_private",
      entity: "coaching_note",
      entityId: note.id,
      detail: {
        trajectoryId: trajectory.id,
        expertId: trajectory.expertId,
        role: actor.role,
        access,
        ...(reason ? { reason } : {}),
      },
    });
  }
  return notes;
}

export type NoteRead = { at: Date; name: string | null; role: string; notes: number };

/** Who read the notes of a trajectory and when (one line per reader per moment), newest first. */
export async function noteReadLog(tx: Tx, trajectoryId: string, limit = 50): Promise<NoteRead[]> {
  const rows = await tx
    .select({
      at: auditLog.at,
      name: user.name,
      role: sql<string>`${auditLog.detail}->>'role'`,
      notes: sql<number>`count(*)::int`,
    })
    .from(auditLog)
    .leftJoin(user, eq(user.id, auditLog.userId))
    .where(
      and(
        eq(auditLog.entity, "coaching_note"),
        eq(auditLog.action, "read_private"),
        sql`${auditLog.detail}->>'trajectoryId' = ${trajectoryId}`,
      ),
    )
    .groupBy(auditLog.at, user.name, auditLog.userId, sql`${auditLog.detail}->>'role'`)
    .orderBy(desc(auditLog.at))
    .limit(limit);
  return rows;
}

/** The coordinators and admins of the centre (coaches, and who an expert may allow). */
export async function staffOfCentre(tx: Tx, exceptUserIds: readonly string[] = []) {
  const rows = await tx
    .select({ userId: user.id, name: user.name, role: memberships.role })
    .from(memberships)
    .innerJoin(user, eq(user.id, memberships.userId))
    .where(inArray(memberships.role, ["coordinator", "admin"]))
    .orderBy(asc(user.name));
  return rows.filter((r) => !exceptUserIds.includes(r.userId));
}

export async function assertStaffMember(tx: Tx, userId: string, field: string): Promise<void> {
  const staff = await staffOfCentre(tx);
  if (!staff.some((s) => s.userId === userId))
    throw new AppError("INVALID", "validation.invalid", { [field]: ["validation.choose"] });
}
