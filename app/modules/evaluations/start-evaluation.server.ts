import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { assignments, clientContacts, evaluations, requests } from "~/db/schema";
import { baseUrl } from "~/lib/config.server";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { expertIdOf } from "~/modules/accounts/viewer.server";
import { clientContact } from "~/modules/assignments/request-info.server";
import { recordAudit } from "~/modules/audit/record.server";
import { composeMail, fill, mailTexts, type Recipient, type Sender } from "~/modules/mail/compose";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";
import { newToken } from "./token.server";

/** The e-mail address of the request's client contact, or null when there is none. */
export async function contactEmailOf(tx: Tx, requestId: string): Promise<string | null> {
  const [row] = await tx
    .select({ email: clientContacts.email })
    .from(requests)
    .innerJoin(clientContacts, eq(clientContacts.id, requests.contactId))
    .where(eq(requests.id, requestId));
  return row?.email || null;
}

async function requestContact(tx: Tx, requestId: string) {
  const [row] = await tx
    .select({ contactId: requests.contactId })
    .from(requests)
    .where(eq(requests.id, requestId));
  return clientContact(tx, row?.contactId ?? null);
}

/** Staff may send the link; so may the confirmed expert whose hours just completed the request. */
async function maySend(tx: Tx, actor: Actor, requestId: string): Promise<boolean> {
  if (can(actor.role, "requests:write")) return true;
  if (actor.role !== "expert") return false;
  const expertId = await expertIdOf(tx, actor.userId);
  const [row] = await tx
    .select({ id: assignments.id })
    .from(assignments)
    .where(
      and(
        eq(assignments.requestId, requestId),
        eq(assignments.expertId, expertId),
        eq(assignments.status, "confirmed"),
      ),
    );
  return Boolean(row);
}

/**
 * Starts (or sends again) the client's evaluation of a done request: a new secret link, mailed to the
 * request's client contact in the same transaction. An old link stops working when a new one is sent.
 */
export async function startEvaluation(tx: Tx, actor: Actor, requestId: string): Promise<void> {
  if (!(await maySend(tx, actor, requestId))) throw new AppError("FORBIDDEN");
  const [request] = await tx
    .select({ id: requests.id, number: requests.number, title: requests.title, status: requests.status })
    .from(requests)
    .where(eq(requests.id, requestId));
  if (!request) throw new AppError("NOT_FOUND");
  const [existing] = await tx
    .select({ id: evaluations.id, submittedAt: evaluations.submittedAt })
    .from(evaluations)
    .where(eq(evaluations.requestId, requestId))
    .for("update");
  if (existing?.submittedAt) throw new AppError("CONFLICT", "evaluations:errors.alreadyDone");
  if (request.status !== "done") throw new AppError("CONFLICT", "evaluations:errors.notDone");
  const email = await contactEmailOf(tx, requestId);
  if (!email) throw new AppError("CONFLICT", "evaluations:errors.noContact");

  const { token, hash } = newToken();
  let evaluationId = existing?.id;
  if (existing) {
    await tx
      .update(evaluations)
      .set({ tokenHash: hash, sentAt: new Date() })
      .where(eq(evaluations.id, existing.id));
  } else {
    const [row] = await tx
      .insert(evaluations)
      .values({ centreId: actor.centreId, requestId, tokenHash: hash })
      .returning({ id: evaluations.id });
    evaluationId = row.id;
  }
  await recordAudit(tx, actor, {
    action: existing ? "update" : "create",
    entity: "evaluation",
    entityId: evaluationId,
    detail: { fields: ["tokenHash", "sentAt"], requestId },
  });
  const contact = await requestContact(tx, requestId);
  await queueMail(
    tx,
    evaluationMail(
      { to: email, locale: contact?.locale ?? "nl" },
      await mailSender(tx, actor),
      contact?.name ?? "",
      request.number,
      request.title,
      token,
    ),
  );
}

function evaluationMail(
  r: Recipient,
  sender: Sender,
  contactName: string,
  number: number,
  title: string,
  token: string,
) {
  const t = mailTexts(r.locale).evaluation;
  return composeMail(r, sender, {
    subject: fill(t.subject, { number }),
    greeting: contactName
      ? fill(mailTexts(r.locale).hello.u, { name: contactName })
      : mailTexts(r.locale).hello.plain,
    blocks: [
      `${fill(t.intro, { title })}\n${t.ask}`,
      { intro: t.action, href: `${baseUrl()}/evaluatie/${token}` },
      t.note,
    ],
  });
}
