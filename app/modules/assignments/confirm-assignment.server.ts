import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { assignments } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { signInLink } from "~/modules/accounts/sign-in-link.server";
import { recordAudit } from "~/modules/audit/record.server";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";
import { moveRequest } from "~/modules/requests/set-status.server";
import { confirmedFirstNames, confirmToClient } from "./client-calendar.server";
import { agendaUid } from "./ics";
import { cancelledOfferMail, confirmedExpertMail, whereText } from "./mails";
import { planReminder } from "./reminders.server";
import { expertContact, lockAssignment, type RequestInfo, requestInfo } from "./request-info.server";
import { fillIfEnough, reopenRequest } from "./settle.server";

function assertMatching(actor: Actor) {
  if (!can(actor.role, "matching:use")) throw new AppError("FORBIDDEN");
}

/** The expert's own calendar download: one event per date, UIDs from the assignment and the slot. */
export function agendaEvents(info: RequestInfo, assignmentId: string) {
  return info.slots.map((slot) => ({
    uid: agendaUid(assignmentId, slot.id),
    title: info.title,
    description: `Aanvraag ${info.number}. ${info.description}`.trim(),
    location: whereText(info),
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
  }));
}

/**
 * The coordinator confirms an expert who said yes. When enough are confirmed, the request is
 * "bevestigd" and the client's contact gets a confirmation with a calendar file.
 */
export async function confirmAssignment(
  tx: Tx,
  actor: Actor,
  input: { assignmentId: string },
): Promise<void> {
  assertMatching(actor);
  const row = await lockAssignment(tx, input.assignmentId);
  if (row.status !== "accepted") throw new AppError("CONFLICT", "matching:errors.notAccepted");
  await tx
    .update(assignments)
    .set({ status: "confirmed", confirmedAt: new Date() })
    .where(eq(assignments.id, row.id));
  await recordAudit(tx, actor, {
    action: "status",
    entity: "assignment",
    entityId: row.id,
    detail: { to: "confirmed" },
  });
  const info = await requestInfo(tx, row.requestId);
  const expert = await expertContact(tx, row.expertId);
  const sender = await mailSender(tx, actor);
  if (expert?.email)
    await queueMail(
      tx,
      confirmedExpertMail(
        { to: expert.email, locale: expert.locale },
        sender,
        expert.firstName,
        info,
        signInLink(expert.email, `/agenda/${row.id}`, sender.centreSlug),
      ),
    );
  await planReminder(tx, { centreId: actor.centreId, assignmentId: row.id, slots: info.slots });

  const firstNames = await confirmedFirstNames(tx, row.requestId);
  if (firstNames.length < info.expertsNeeded) return;
  await fillIfEnough(tx, actor, row.requestId);
  await moveRequest(tx, actor, { requestId: row.requestId, to: "confirmed" });
  await confirmToClient(tx, actor, row.requestId);
}

/** The coordinator withdraws an offer (open or said yes to, not yet confirmed); the expert gets a short mail. */
export async function cancelOffer(tx: Tx, actor: Actor, input: { assignmentId: string }): Promise<void> {
  assertMatching(actor);
  const row = await lockAssignment(tx, input.assignmentId);
  if (row.status !== "offered" && row.status !== "accepted")
    throw new AppError("CONFLICT", "matching:errors.notOpen");
  await tx.update(assignments).set({ status: "cancelled" }).where(eq(assignments.id, row.id));
  await recordAudit(tx, actor, {
    action: "status",
    entity: "assignment",
    entityId: row.id,
    detail: { to: "cancelled" },
  });
  const info = await requestInfo(tx, row.requestId);
  const expert = await expertContact(tx, row.expertId);
  if (expert?.email)
    await queueMail(
      tx,
      cancelledOfferMail(
        { to: expert.email, locale: expert.locale },
        await mailSender(tx, actor),
        expert.firstName,
        info,
      ),
    );
  await reopenRequest(tx, actor, row.requestId);
}
