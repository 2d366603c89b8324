import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { assignments, clientContacts, experts } from "~/db/schema";
import { baseUrl } from "~/lib/config.server";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { recordAudit } from "~/modules/audit/record.server";
import { queueMail } from "~/modules/mail/queue.server";
import { moveRequest } from "~/modules/requests/set-status.server";
import { buildIcs } from "./ics";
import { cancelledOfferMail, clientConfirmationMail, confirmedExpertMail, whereText } from "./mails";
import { planReminder } from "./reminders.server";
import { expertContact, lockAssignment, type RequestInfo, requestInfo } from "./request-info.server";
import { fillIfEnough, reopenRequest } from "./settle.server";

function assertMatching(actor: Actor) {
  if (!can(actor.role, "matching:use")) throw new AppError("FORBIDDEN");
}

/** First names of the confirmed experts of a request (what the client may know). */
async function confirmedFirstNames(tx: Tx, requestId: string): Promise<string[]> {
  const rows = await tx
    .select({ firstName: experts.firstName })
    .from(assignments)
    .innerJoin(experts, eq(experts.id, assignments.expertId))
    .where(and(eq(assignments.requestId, requestId), eq(assignments.status, "confirmed")));
  return rows.map((r) => r.firstName).sort((a, b) => a.localeCompare(b, "nl"));
}

export function requestIcs(info: RequestInfo, firstNames: string[]): string {
  return buildIcs({
    uid: info.id,
    title: info.title,
    description: firstNames.length
      ? `Aanvraag ${info.number}. Ervaringsdeskundigen: ${firstNames.join(", ")}.`
      : `Aanvraag ${info.number}. ${info.description}`.trim(),
    location: whereText(info),
    slots: info.slots,
  });
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
  if (expert?.email)
    await queueMail(
      tx,
      confirmedExpertMail(expert.email, expert.firstName, info, `${baseUrl()}/agenda/${row.id}`),
    );
  await planReminder(tx, { centreId: actor.centreId, assignmentId: row.id, slots: info.slots });

  const firstNames = await confirmedFirstNames(tx, row.requestId);
  if (firstNames.length < info.expertsNeeded) return;
  await fillIfEnough(tx, actor, row.requestId);
  await moveRequest(tx, actor, { requestId: row.requestId, to: "confirmed" });
  if (!info.contactId) return;
  const [contact] = await tx
    .select({ name: clientContacts.name, email: clientContacts.email })
    .from(clientContacts)
    .where(eq(clientContacts.id, info.contactId));
  if (contact)
    await queueMail(
      tx,
      clientConfirmationMail(contact.email, contact.name, info, firstNames, requestIcs(info, firstNames)),
    );
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
  if (expert?.email) await queueMail(tx, cancelledOfferMail(expert.email, expert.firstName, info));
  await reopenRequest(tx, actor, row.requestId);
}
