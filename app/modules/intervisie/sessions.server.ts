import { and, eq, isNotNull } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { intervisieMembers, intervisieSessions, intervisieSignups } from "~/db/schema";
import { amsterdamToDate } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import { assertStaffMember } from "~/modules/coaching/readers.server";
import { assertGroup } from "./groups.server";
import type { AttendanceInput, SessionInput } from "./input";
import { planSessionReminder } from "./reminders.server";

async function fieldsOf(tx: Tx, input: SessionInput) {
  if (input.facilitatorUserId) await assertStaffMember(tx, input.facilitatorUserId, "facilitatorUserId");
  return {
    startsAt: amsterdamToDate(input.day, input.from),
    endsAt: amsterdamToDate(input.day, input.until),
    online: Boolean(input.online),
    place: input.online ? "" : input.place,
    onlineLink: input.online ? input.onlineLink : "",
    method: input.method,
    facilitatorUserId: input.facilitatorUserId || null,
    facilitatorName: input.facilitatorUserId ? "" : input.facilitatorName,
  };
}

/** Plans a session of a group, and its reminder the day before. */
export async function planSession(
  tx: Tx,
  actor: Actor,
  input: SessionInput & { groupId: string },
): Promise<{ id: string }> {
  assertCan(actor, "intervisie:manage");
  await assertGroup(tx, input.groupId);
  const fields = await fieldsOf(tx, input);
  const [row] = await tx
    .insert(intervisieSessions)
    .values({ centreId: actor.centreId, groupId: input.groupId, ...fields })
    .returning({ id: intervisieSessions.id });
  await planSessionReminder(tx, actor.centreId, row.id, fields.startsAt);
  await recordAudit(tx, actor, {
    action: "create",
    entity: "intervisie_session",
    entityId: row.id,
    detail: { fields: Object.keys(fields) },
  });
  return row;
}

export async function sessionRow(tx: Tx, sessionId: string) {
  assertId(sessionId);
  const [row] = await tx
    .select({
      id: intervisieSessions.id,
      groupId: intervisieSessions.groupId,
      startsAt: intervisieSessions.startsAt,
      cancelledAt: intervisieSessions.cancelledAt,
    })
    .from(intervisieSessions)
    .where(eq(intervisieSessions.id, sessionId));
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** Changes a session; a new day plans a new reminder (the old one finds the day changed and sends nothing). */
export async function updateSession(
  tx: Tx,
  actor: Actor,
  input: SessionInput & { sessionId: string },
): Promise<void> {
  assertCan(actor, "intervisie:manage");
  const current = await sessionRow(tx, input.sessionId);
  if (current.cancelledAt) throw new AppError("CONFLICT", "intervisie:errors.cancelled");
  const fields = await fieldsOf(tx, input);
  await tx.update(intervisieSessions).set(fields).where(eq(intervisieSessions.id, input.sessionId));
  await planSessionReminder(tx, actor.centreId, input.sessionId, fields.startsAt);
  await recordAudit(tx, actor, {
    action: "update",
    entity: "intervisie_session",
    entityId: input.sessionId,
    detail: { fields: Object.keys(fields) },
  });
}

/** Cancels a session: it stays in the list as cancelled, and no reminder goes out. */
export async function cancelSession(tx: Tx, actor: Actor, sessionId: string): Promise<void> {
  assertCan(actor, "intervisie:manage");
  const current = await sessionRow(tx, sessionId);
  if (current.cancelledAt) return;
  await tx
    .update(intervisieSessions)
    .set({ cancelledAt: new Date() })
    .where(eq(intervisieSessions.id, sessionId));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "intervisie_session",
    entityId: sessionId,
    detail: { fields: ["cancelledAt"] },
  });
}

/**
 * Writes down who was there: the experts ticked were (members or signed up), every other member and
 * signed-up expert was not. Only for a session that has begun and was not cancelled. Not inzet: it is
 * only recorded.
 */
export async function recordAttendance(
  tx: Tx,
  actor: Actor,
  input: AttendanceInput & { sessionId: string },
  now: Date = new Date(),
): Promise<void> {
  assertCan(actor, "intervisie:manage");
  const session = await sessionRow(tx, input.sessionId);
  if (session.cancelledAt) throw new AppError("CONFLICT", "intervisie:errors.cancelled");
  if (session.startsAt > now) throw new AppError("CONFLICT", "intervisie:errors.notYet");
  const members = await tx
    .select({ expertId: intervisieMembers.expertId })
    .from(intervisieMembers)
    .where(eq(intervisieMembers.groupId, session.groupId));
  const signedUp = await tx
    .select({ expertId: intervisieSignups.expertId })
    .from(intervisieSignups)
    .where(and(eq(intervisieSignups.sessionId, session.id), isNotNull(intervisieSignups.signedUpAt)));
  const everyone = new Set([...members, ...signedUp].map((r) => r.expertId));
  const present = new Set(input.present);
  for (const id of present)
    if (!everyone.has(id))
      throw new AppError("INVALID", "validation.invalid", { present: ["validation.invalid"] });
  for (const expertId of everyone) {
    const attended = present.has(expertId) ? ("yes" as const) : ("no" as const);
    await tx
      .insert(intervisieSignups)
      .values({ centreId: actor.centreId, sessionId: session.id, expertId, attended })
      .onConflictDoUpdate({
        target: [intervisieSignups.sessionId, intervisieSignups.expertId],
        set: { attended },
      });
  }
  await tx
    .update(intervisieSessions)
    .set({ attendanceRecordedAt: now })
    .where(eq(intervisieSessions.id, session.id));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "intervisie_session",
    entityId: session.id,
    detail: { fields: ["attended"], present: present.size, absent: everyone.size - present.size },
  });
}
