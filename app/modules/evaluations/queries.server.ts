import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { clientContacts, clients, evaluations, requests } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";

/** The request, its client contact and the evaluation (if any) for the coordinator's evaluation page. */
export async function evaluationOfRequest(tx: Tx, actor: Actor, requestId: string) {
  if (!can(actor.role, "requests:read")) throw new AppError("FORBIDDEN");
  const [request] = await tx
    .select({
      id: requests.id,
      number: requests.number,
      title: requests.title,
      status: requests.status,
      clientName: clients.name,
      contactName: clientContacts.name,
    })
    .from(requests)
    .leftJoin(clients, eq(clients.id, requests.clientId))
    .leftJoin(clientContacts, eq(clientContacts.id, requests.contactId))
    .where(eq(requests.id, requestId));
  if (!request) throw new AppError("NOT_FOUND");
  const [evaluation] = await tx
    .select({
      sentAt: evaluations.sentAt,
      submittedAt: evaluations.submittedAt,
      score: evaluations.score,
      wentWell: evaluations.wentWell,
      quote: evaluations.quote,
      quotePublic: evaluations.quotePublic,
    })
    .from(evaluations)
    .where(eq(evaluations.requestId, requestId));
  return { request, evaluation: evaluation ?? null };
}
