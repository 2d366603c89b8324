import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { assignments } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { signInLink } from "~/modules/accounts/sign-in-link.server";
import { recordAudit } from "~/modules/audit/record.server";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";
import { cancelToClient, datesChangedToClient } from "./client-calendar.server";
import { datesChangedExpertMail, requestCancelledExpertMail } from "./mails";
import { planReminder } from "./reminders.server";
import { expertContact, type RequestInfo, requestInfo } from "./request-info.server";

/** The inzet that is still going: asked, said yes, or confirmed. */
const active = ["offered", "accepted", "confirmed"] as const;

async function activeAssignments(tx: Tx, requestId: string) {
  return tx
    .select({ id: assignments.id, expertId: assignments.expertId, status: assignments.status })
    .from(assignments)
    .where(and(eq(assignments.requestId, requestId), inArray(assignments.status, [...active])))
    .for("update");
}

/**
 * The request was cancelled: every offer and inzet still going ends ("cancelled"), each expert and the
 * client's contact get a mail, and the client's calendar events are cancelled. The reminder job sees
 * the cancelled inzet when it runs and sends nothing. The reason stays on the request, not in mail.
 */
export async function endAssignmentsOfRequest(tx: Tx, actor: Actor, requestId: string): Promise<number> {
  const info = await requestInfo(tx, requestId);
  const rows = await activeAssignments(tx, requestId);
  const sender = await mailSender(tx, actor);
  for (const row of rows) {
    await tx
      .update(assignments)
      .set({ status: "cancelled", respondedAt: new Date() })
      .where(eq(assignments.id, row.id));
    await recordAudit(tx, actor, {
      action: "status",
      entity: "assignment",
      entityId: row.id,
      detail: { from: row.status, to: "cancelled", because: "request_cancelled" },
    });
    const expert = await expertContact(tx, row.expertId);
    if (expert?.email)
      await queueMail(
        tx,
        requestCancelledExpertMail(
          { to: expert.email, locale: expert.locale },
          sender,
          expert.firstName,
          info,
        ),
      );
  }
  await cancelToClient(tx, actor, requestId);
  return rows.length;
}

const sameTimes = (a: RequestInfo["slots"], b: RequestInfo["slots"]) =>
  a.length === b.length &&
  a.every(
    (s, i) =>
      s.id === b[i].id &&
      s.startsAt.getTime() === b[i].startsAt.getTime() &&
      s.endsAt.getTime() === b[i].endsAt.getTime(),
  );

/**
 * The dates of a request changed (moved, added or dropped). The experts still on it get the new dates,
 * confirmed ones a reminder for their new first date, and the client's calendar gets updates (same UID,
 * higher SEQUENCE) and cancellations. `before` is requestInfo's slots from before the change.
 */
export async function afterDatesChanged(
  tx: Tx,
  actor: Actor,
  input: { requestId: string; before: RequestInfo["slots"] },
): Promise<void> {
  const info = await requestInfo(tx, input.requestId);
  if (sameTimes(input.before, info.slots)) return;
  const sender = await mailSender(tx, actor);
  const now = new Date();
  const nextStart = (slots: RequestInfo["slots"]) => slots.find((s) => s.startsAt > now)?.startsAt.getTime();
  const firstMoved = nextStart(input.before) !== nextStart(info.slots);
  for (const row of await activeAssignments(tx, input.requestId)) {
    const expert = await expertContact(tx, row.expertId);
    if (expert?.email)
      await queueMail(
        tx,
        datesChangedExpertMail(
          { to: expert.email, locale: expert.locale },
          sender,
          expert.firstName,
          info,
          signInLink(expert.email, `/agenda/${row.id}`, sender.centreSlug),
        ),
      );
    if (row.status === "confirmed" && firstMoved) {
      await tx.update(assignments).set({ reminderSentAt: null }).where(eq(assignments.id, row.id));
      await planReminder(tx, { centreId: actor.centreId, assignmentId: row.id, slots: info.slots });
    }
  }
  await datesChangedToClient(tx, actor, {
    requestId: input.requestId,
    before: input.before,
    confirmed: info.status === "confirmed",
  });
}
