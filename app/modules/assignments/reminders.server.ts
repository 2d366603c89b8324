import { and, eq, sql } from "drizzle-orm";
import { type Db, inCentre, type Tx } from "~/db/client.server";
import { assignments, auditLog } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { signInLink } from "~/modules/accounts/sign-in-link.server";
import { recordAudit } from "~/modules/audit/record.server";
import { registerJob, scheduleJob } from "~/modules/jobs/runner.server";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";
import { ownAssignment } from "./access.server";
import { reminderMail } from "./mails";
import { reminderStillDue, reminderTime } from "./reminder-rules";
import { expertContact, requestInfo } from "./request-info.server";

export const reminderKind = "assignment.reminder";

/** Plans the reminder of a confirmed inzet, once per assignment. */
export async function planReminder(
  tx: Tx,
  input: { centreId: string; assignmentId: string; slots: { startsAt: Date }[] },
  now: Date = new Date(),
): Promise<void> {
  const first = input.slots.find((s) => s.startsAt > now)?.startsAt;
  const runAt = first ? reminderTime(first, now) : null;
  if (!first || !runAt) return;
  await scheduleJob(tx, {
    kind: reminderKind,
    runAt,
    payload: { centreId: input.centreId, assignmentId: input.assignmentId, startsAt: first.toISOString() },
    dedupeKey: `${reminderKind}:${input.assignmentId}:${first.toISOString()}`,
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
    if (!row) return;
    const info = await requestInfo(tx, row.requestId);
    const now = new Date();
    const next = info.slots.find((s) => s.startsAt > now)?.startsAt ?? null;
    const state = { assignment: row.status, request: info.status, sent: Boolean(row.sent), nextStart: next };
    const plannedFor = typeof payload.startsAt === "string" ? payload.startsAt : undefined;
    if (!reminderStillDue(state, plannedFor, now)) return;
    const expert = await expertContact(tx, row.expertId);
    if (expert?.email) {
      const sender = await mailSender(tx, { centreId });
      await queueMail(
        tx,
        reminderMail(
          { to: expert.email, locale: expert.locale },
          sender,
          expert.firstName,
          { ...info, slots: info.slots.filter((s) => s.startsAt > now) },
          signInLink(expert.email, `/agenda/${assignmentId}`, sender.centreSlug),
        ),
      );
    }
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
