import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { clientContacts, clients, requests, type Sector, sectors } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { endAssignmentsOfRequest } from "~/modules/assignments/end-assignments.server";
import { recordAudit } from "~/modules/audit/record.server";
import { assertRequestsWrite } from "./save-request.server";
import { moveRequest } from "./set-status.server";
import { parseSubmitter } from "./when";

/** A coordinator picks up a new request: nieuw → in behandeling. */
export async function takeRequest(tx: Tx, actor: Actor, input: { requestId: string }) {
  assertRequestsWrite(actor);
  return moveRequest(tx, actor, { requestId: input.requestId, to: "in_progress" });
}

/**
 * A coordinator cancels a request; the reason is required and shown on the request. Its offers and
 * inzet end, the experts and the client's contact hear it, and the client's calendar events are cancelled.
 */
export async function cancelRequest(tx: Tx, actor: Actor, input: { requestId: string; reason: string }) {
  assertRequestsWrite(actor);
  const reason = input.reason.trim();
  if (reason.length < 3)
    throw new AppError("INVALID", "errors.INVALID", { reason: ["requests:errors.reasonMissing"] });
  const moved = await moveRequest(tx, actor, { requestId: input.requestId, to: "cancelled", reason });
  if (moved.from !== moved.to) await endAssignmentsOfRequest(tx, actor, input.requestId);
  return moved;
}

async function unlinkedRequest(tx: Tx, requestId: string) {
  const [row] = await tx
    .select({ clientId: requests.clientId, submittedBy: requests.submittedBy })
    .from(requests)
    .where(eq(requests.id, requestId))
    .for("update");
  if (!row) throw new AppError("NOT_FOUND");
  if (row.clientId) throw new AppError("CONFLICT", "requests:errors.alreadyLinked");
  return row;
}

/** Links a request that came in through the public form to an existing client. */
export async function linkRequestToClient(
  tx: Tx,
  actor: Actor,
  input: { requestId: string; clientId: string },
): Promise<void> {
  assertRequestsWrite(actor);
  const row = await unlinkedRequest(tx, input.requestId);
  const [client] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId));
  if (!client) throw new AppError("INVALID", "errors.INVALID", { clientId: ["validation.choose"] });
  const submitter = parseSubmitter(row.submittedBy);
  let contactId: string | null = null;
  if (submitter?.email) {
    const [contact] = await tx
      .select({ id: clientContacts.id })
      .from(clientContacts)
      .where(and(eq(clientContacts.clientId, input.clientId), eq(clientContacts.email, submitter.email)));
    contactId = contact?.id ?? null;
  }
  await tx
    .update(requests)
    .set({ clientId: input.clientId, contactId })
    .where(eq(requests.id, input.requestId));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "request",
    entityId: input.requestId,
    detail: { fields: ["clientId", "contactId"] },
  });
}

/** Creates a client (and its contact person) from what the public-form sender filled in, and links it. */
export async function createClientFromRequest(
  tx: Tx,
  actor: Actor,
  input: { requestId: string },
): Promise<{ clientId: string }> {
  assertRequestsWrite(actor);
  const row = await unlinkedRequest(tx, input.requestId);
  const submitter = parseSubmitter(row.submittedBy);
  if (!submitter?.organisation) throw new AppError("CONFLICT", "requests:errors.noSubmitter");
  const [taken] = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(eq(clients.name, submitter.organisation));
  if (taken) throw new AppError("CONFLICT", "requests:errors.clientExists");
  const sector: Sector = (sectors as readonly string[]).includes(submitter.sector)
    ? (submitter.sector as Sector)
    : "other";
  const [client] = await tx
    .insert(clients)
    .values({ centreId: actor.centreId, name: submitter.organisation, sector })
    .returning({ id: clients.id });
  let contactId: string | null = null;
  if (submitter.name && submitter.email) {
    const [contact] = await tx
      .insert(clientContacts)
      .values({
        centreId: actor.centreId,
        clientId: client.id,
        name: submitter.name,
        email: submitter.email,
        phone: submitter.phone,
      })
      .returning({ id: clientContacts.id });
    contactId = contact.id;
    await recordAudit(tx, actor, { action: "create", entity: "client_contact", entityId: contact.id });
  }
  await tx.update(requests).set({ clientId: client.id, contactId }).where(eq(requests.id, input.requestId));
  await recordAudit(tx, actor, { action: "create", entity: "client", entityId: client.id });
  await recordAudit(tx, actor, {
    action: "update",
    entity: "request",
    entityId: input.requestId,
    detail: { fields: ["clientId", "contactId"] },
  });
  return { clientId: client.id };
}
