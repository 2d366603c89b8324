import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "~/db/client.server";
import { clientContacts, clients, memberships, user } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { inviteToCentre } from "~/modules/accounts/invitations.server";
import { prepareMemberLogin } from "~/modules/accounts/member-login.server";
import { recordAudit } from "~/modules/audit/record.server";
import type { ContactInput } from "./input";
import { assertClientsWrite } from "./save-client.server";

/** Adds a contact person to a client. */
export async function addContact(
  tx: Tx,
  actor: Actor,
  input: ContactInput & { clientId: string },
): Promise<{ id: string }> {
  assertClientsWrite(actor);
  const [client] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId));
  if (!client) throw new AppError("NOT_FOUND");
  const [row] = await tx
    .insert(clientContacts)
    .values({
      centreId: actor.centreId,
      clientId: input.clientId,
      name: input.name,
      email: input.email,
      phone: input.phone,
      jobTitle: input.jobTitle,
    })
    .returning({ id: clientContacts.id });
  await recordAudit(tx, actor, { action: "create", entity: "client_contact", entityId: row.id });
  return row;
}

/** Changes a contact person's details. */
export async function updateContact(
  tx: Tx,
  actor: Actor,
  input: ContactInput & { clientId: string; contactId: string },
): Promise<void> {
  assertClientsWrite(actor);
  const updated = await tx
    .update(clientContacts)
    .set({ name: input.name, email: input.email, phone: input.phone, jobTitle: input.jobTitle })
    .where(and(eq(clientContacts.id, input.contactId), eq(clientContacts.clientId, input.clientId)))
    .returning({ id: clientContacts.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "update",
    entity: "client_contact",
    entityId: input.contactId,
    detail: { fields: ["name", "email", "phone", "jobTitle"] },
  });
}

/** Removes a contact person. Their login (if any) keeps no access: the membership goes too. */
export async function removeContact(
  tx: Tx,
  actor: Actor,
  input: { clientId: string; contactId: string },
): Promise<void> {
  assertClientsWrite(actor);
  const [removed] = await tx
    .delete(clientContacts)
    .where(and(eq(clientContacts.id, input.contactId), eq(clientContacts.clientId, input.clientId)))
    .returning({ userId: clientContacts.userId });
  if (!removed) throw new AppError("NOT_FOUND");
  if (removed.userId) {
    await tx
      .delete(memberships)
      .where(and(eq(memberships.userId, removed.userId), eq(memberships.role, "client_contact")));
  }
  await recordAudit(tx, actor, { action: "delete", entity: "client_contact", entityId: input.contactId });
}

type ScopeLike = Actor & { db: Db; run<T>(fn: (tx: Tx) => Promise<T>): Promise<T> };

/**
 * Gives a contact person a login (role client_contact, no password: they sign in with a code by
 * e-mail). Refuses when the address already belongs to someone with another role in this centre.
 * Someone with a login in another centre gets an invitation instead (`invited: true`): the contact
 * person is linked to their login once they accept.
 */
export async function giveContactLogin(
  scope: ScopeLike,
  input: { clientId: string; contactId: string },
): Promise<{ invited: boolean }> {
  assertClientsWrite(scope);
  const contact = await scope.run(async (tx) => {
    const [row] = await tx
      .select({ name: clientContacts.name, email: clientContacts.email, userId: clientContacts.userId })
      .from(clientContacts)
      .where(and(eq(clientContacts.id, input.contactId), eq(clientContacts.clientId, input.clientId)));
    if (!row) throw new AppError("NOT_FOUND");
    if (row.userId) throw new AppError("CONFLICT", "clients:errors.hasLogin");
    const [other] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .innerJoin(user, eq(user.id, memberships.userId))
      .where(eq(user.email, row.email.toLowerCase()));
    if (other && other.role !== "client_contact") throw new AppError("CONFLICT", "clients:errors.emailInUse");
    return row;
  });
  const { userId, invite } = await prepareMemberLogin(scope, {
    name: contact.name,
    email: contact.email,
    role: "client_contact",
  });
  await scope.run(async (tx) => {
    if (invite)
      await inviteToCentre(tx, scope, {
        email: contact.email,
        role: "client_contact",
        clientContactId: input.contactId,
      });
    else await tx.update(clientContacts).set({ userId }).where(eq(clientContacts.id, input.contactId));
    await recordAudit(tx, scope, {
      action: "update",
      entity: "client_contact",
      entityId: input.contactId,
      detail: { fields: ["login"], invited: invite },
    });
  });
  return { invited: invite };
}
