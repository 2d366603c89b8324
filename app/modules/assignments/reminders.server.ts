import { and, eq, sql } from "drizzle-orm";
import { type Db, inCentre, type Tx } from "~/db/client.server";
import { assignments, auditLog } from "~/db/schema";
import { baseUrl } from "~/lib/config.server";
import { amsterdamToDate, todayIso } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { recordAudit } from "~/modules/audit/record.server";
import { registerJob, scheduleJob } from "~/modules/jobs/runner.server";
import { queueMail } from "~/modules/mail/queue.server";
import { ownAssignment } from "./access.server";
import { reminderMail } from "./mails";
import { expertContact, requestInfo } from "./request-info.server";

export const reminderKind = "assignment.reminder";

/** When the reminder goes: 10:00 in Amsterdam the day before the first slot (or now, if that has passed). */
export function reminderTime(firstStart: Date, now: Date = new Date()): Date | null {
  if (firstStart <= now) return null;
  const dayBefore = new Date(`${todayIso(firstStart)}T12:00:00Z`);
  dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
  const at = amsterdamToDate(dayBefore.toISOString().slice(0, 10), "10:00");
  return at < now ? now : at;
}

/** Plans the reminder of a confirmed inzet, once per assignment. */
export async function planReminder(
  tx: Tx,
  input: { centreId: string; assignmentId: string; slots: { startsAt: Date }[] },
  now: Date = new Date(),
): Promise<void> {
  const first = input.slots[0]?.startsAt;
  const runAt = first ? reminderTime(first, now) : null;
  if (!runAt) return;
  await scheduleJob(tx, {
    kind: reminderKind,
    runAt,
    payload: { centreId: input.centreId, assignmentId: input.assignmentId },
    dedupeKey: `${reminderKind}:${input.assignmentId}`,
  });
}

/** The job: mails the expert the day before, if the inzet is still confirmed and no reminder went yet. */
export async function sendReminder(db: Db, payload: Record<string, unknown>): Promise<void> {
  const centreId = String(payload.centreId);
  const assignmentId = String(payload.assignmentId);
  await inCentre(db, centreId, async (tx) => {
    const [row] = await tx
      .select({
        status: assignments.status,
        requestId: assignments.requestId,
        expertId: assignments.expertId,
        sent: assignments.reminderSentAt,
      })
      .from(assignments)
      .where(eq(assignments.id, assignmentId))
      .for("update");
    if (row?.status !== "confirmed" || row.sent) return;
    const info = await requestInfo(tx, row.requestId);
    const expert = await expertContact(tx, row.expertId);
    if (expert?.email)
      await queueMail(
        tx,
        reminderMail(expert.email, expert.firstName, info, `${baseUrl()}/agenda/${assignmentId}`),
      );
    await tx.update(assignments).set({ reminderSentAt: new Date() }).where(eq(assignments.id, assignmentId));
    await recordAudit(
      tx,
      { centreId, userId: null },
      {
        action: "update",
        entity: "assignment",
        entityId: assignmentId,
        detail: { fields: ["reminderSentAt"] },
      },
    );
  });
}

registerJob(reminderKind, sendReminder);

/** "Ik kom": the expert confirms they will come; kept as a line in the audit trail. */
export async function confirmComing(tx: Tx, actor: Actor, input: { assignmentId: string }): Promise<void> {
  const row = await ownAssignment(tx, actor, input.assignmentId);
  if (row.status !== "confirmed") throw new AppError("CONFLICT", "agenda:errors.notActive");
  if (await saidComing(tx, row.id)) return;
  await recordAudit(tx, actor, {
    action: "update",
    entity: "assignment",
    entityId: row.id,
    detail: { coming: true },
  });
}

export async function saidComing(tx: Tx, assignmentId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, "assignment"),
        eq(auditLog.entityId, assignmentId),
        sql`${auditLog.detail} ->> 'coming' = 'true'`,
      ),
    )
    .limit(1);
  return Boolean(row);
}
