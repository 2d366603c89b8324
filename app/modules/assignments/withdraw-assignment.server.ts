import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { assignments } from "~/db/schema";
import { baseUrl } from "~/lib/config.server";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { recordAudit } from "~/modules/audit/record.server";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";
import { ownAssignment } from "./access.server";
import { withdrawalToClient } from "./client-calendar.server";
import { withdrawnMail } from "./mails";
import { reasonLabels, reasonText } from "./reasons";
import { coordinatorEmails, expertContact, requestInfo } from "./request-info.server";
import { reopenRequest } from "./settle.server";

/** The expert cannot come after all: the inzet is withdrawn, the request reopens, the coordinators get a mail. */
export async function withdrawAssignment(
  tx: Tx,
  actor: Actor,
  input: { assignmentId: string; reason: string; note?: string },
): Promise<void> {
  const row = await ownAssignment(tx, actor, input.assignmentId);
  if (row.status !== "accepted" && row.status !== "confirmed")
    throw new AppError("CONFLICT", "agenda:errors.notActive");
  await tx
    .update(assignments)
    .set({
      status: "withdrawn",
      respondedAt: new Date(),
      responseReason: reasonText(input.reason, input.note),
    })
    .where(eq(assignments.id, row.id));
  await recordAudit(tx, actor, {
    action: "status",
    entity: "assignment",
    entityId: row.id,
    detail: { from: row.status, to: "withdrawn", reason: input.reason },
  });
  await reopenRequest(tx, actor, row.requestId);
  const info = await requestInfo(tx, row.requestId);
  const expert = await expertContact(tx, row.expertId);
  const reason = [reasonLabels[input.reason] ?? input.reason, input.note].filter(Boolean).join(" — ");
  const link = `${baseUrl()}/requests/${row.requestId}/match`;
  const sender = await mailSender(tx, { centreId: actor.centreId });
  for (const to of await coordinatorEmails(tx, actor.centreId))
    await queueMail(tx, withdrawnMail(to, sender, expert?.firstName ?? "", info, reason, link));
  if (row.status === "confirmed")
    await withdrawalToClient(tx, { centreId: actor.centreId, userId: null }, row.requestId);
}
