import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { assignments } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { signInLink } from "~/modules/accounts/sign-in-link.server";
import { recordAudit } from "~/modules/audit/record.server";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";
import { moveRequest } from "~/modules/requests/set-status.server";
import { filledMail } from "./mails";
import { expertContact, offerCounts, requestInfo } from "./request-info.server";

/**
 * When enough experts said yes (accepted + confirmed reaches the number needed), the offers still
 * open are "vervuld": those experts get a short thank-you mail.
 */
export async function fillIfEnough(tx: Tx, actor: Actor, requestId: string): Promise<number> {
  const info = await requestInfo(tx, requestId);
  const counts = await offerCounts(tx, requestId);
  if (counts.accepted + counts.confirmed < info.expertsNeeded) return 0;
  const sender = counts.open.length ? await mailSender(tx, actor) : null;
  for (const offer of counts.open) {
    await tx
      .update(assignments)
      .set({ status: "filled", respondedAt: new Date() })
      .where(eq(assignments.id, offer.id));
    await recordAudit(tx, actor, {
      action: "status",
      entity: "assignment",
      entityId: offer.id,
      detail: { to: "filled" },
    });
    const expert = await expertContact(tx, offer.expertId);
    if (expert?.email && sender)
      await queueMail(
        tx,
        filledMail(
          { to: expert.email, locale: expert.locale },
          sender,
          expert.firstName,
          info,
          signInLink(expert.email, `/agenda/${offer.id}`, sender.centreSlug),
        ),
      );
  }
  return counts.open.length;
}

/**
 * After a "no", a withdrawal or a cancelled offer: the request steps back to where it now is —
 * "voorgesteld" while offers or yeses remain, otherwise "in behandeling".
 */
export async function reopenRequest(tx: Tx, actor: Actor, requestId: string): Promise<void> {
  const info = await requestInfo(tx, requestId);
  const counts = await offerCounts(tx, requestId);
  const anyLeft = counts.open.length + counts.accepted + counts.confirmed > 0;
  if (info.status === "confirmed" && counts.confirmed < info.expertsNeeded) {
    await moveRequest(tx, actor, { requestId, to: anyLeft ? "proposed" : "in_progress" });
  } else if (info.status === "proposed" && !anyLeft) {
    await moveRequest(tx, actor, { requestId, to: "in_progress" });
  }
}
