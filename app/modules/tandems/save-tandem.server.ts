import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { clientContacts, clients, experts, tandems } from "~/db/schema";
import { todayIso } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { StopInput, TandemInput } from "./input";
import { planEvaluationReminder } from "./reminders.server";
import { closingDate, nextActions } from "./rules";
import type { TandemStatus } from "./values";

/** The client, the expert and the contact must be this centre's, and the contact must work at the client. */
async function assertParties(tx: Tx, input: TandemInput): Promise<void> {
  const [client] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId));
  if (!client) throw new AppError("INVALID", "validation.invalid", { clientId: ["validation.choose"] });
  const [expert] = await tx.select({ id: experts.id }).from(experts).where(eq(experts.id, input.expertId));
  if (!expert) throw new AppError("INVALID", "validation.invalid", { expertId: ["validation.choose"] });
  if (input.contactId) {
    const [contact] = await tx
      .select({ id: clientContacts.id })
      .from(clientContacts)
      .where(and(eq(clientContacts.id, input.contactId), eq(clientContacts.clientId, input.clientId)));
    if (!contact)
      throw new AppError("INVALID", "tandems:errors.contactNotAtClient", {
        contactId: ["tandems:errors.contactNotAtClient"],
      });
  }
}

const details = (input: TandemInput) => ({
  clientId: input.clientId,
  expertId: input.expertId,
  contactId: input.contactId ?? null,
  // a contact record holds the professional's name and e-mail; typed ones only without it
  professionalName: input.contactId ? "" : input.professionalName,
  professionalEmail: input.contactId ? "" : input.professionalEmail,
  professionalRole: input.contactId ? "" : input.professionalRole,
  purpose: input.purpose,
  startsOn: input.startsOn,
  endsOn: input.endsOn,
});

/** Starts a tandem as planned (or running, when it starts today or earlier). */
export async function createTandem(tx: Tx, actor: Actor, input: TandemInput): Promise<{ id: string }> {
  assertCan(actor, "tandems:manage");
  await assertParties(tx, input);
  const status: TandemStatus = input.startsOn <= todayIso() ? "active" : "planned";
  const [row] = await tx
    .insert(tandems)
    .values({ centreId: actor.centreId, ...details(input), status, createdBy: actor.userId })
    .returning({ id: tandems.id });
  await planEvaluationReminder(tx, actor.centreId, row.id, input.endsOn);
  await recordAudit(tx, actor, { action: "create", entity: "tandem", entityId: row.id });
  return row;
}

/** Changes a tandem's people, purpose or dates. */
export async function updateTandem(
  tx: Tx,
  actor: Actor,
  input: TandemInput & { tandemId: string },
): Promise<void> {
  assertCan(actor, "tandems:manage");
  assertId(input.tandemId);
  await assertParties(tx, input);
  const updated = await tx
    .update(tandems)
    .set(details(input))
    .where(eq(tandems.id, input.tandemId))
    .returning({ id: tandems.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND");
  await planEvaluationReminder(tx, actor.centreId, input.tandemId, input.endsOn);
  await recordAudit(tx, actor, {
    action: "update",
    entity: "tandem",
    entityId: input.tandemId,
    detail: { fields: Object.keys(details(input)) },
  });
}

/** Moves a tandem on: start it, end it (today, or on its end date if that passed), or stop it early. */
export async function moveTandem(
  tx: Tx,
  actor: Actor,
  input: { tandemId: string; to: "start" | "end" | "stop" } & Partial<StopInput>,
): Promise<void> {
  assertCan(actor, "tandems:manage");
  assertId(input.tandemId);
  const [current] = await tx
    .select({ status: tandems.status, endsOn: tandems.endsOn })
    .from(tandems)
    .where(eq(tandems.id, input.tandemId));
  if (!current) throw new AppError("NOT_FOUND");
  if (!nextActions(current.status).includes(input.to))
    throw new AppError("CONFLICT", "tandems:errors.notNow");
  const today = todayIso();
  const change =
    input.to === "start"
      ? { status: "active" as const }
      : input.to === "end"
        ? { status: "ended" as const, endsOn: closingDate(current.endsOn, today) }
        : {
            status: "stopped" as const,
            endsOn: closingDate(current.endsOn, today),
            stopReason: input.reason ?? "",
          };
  await tx.update(tandems).set(change).where(eq(tandems.id, input.tandemId));
  if ("endsOn" in change && change.endsOn)
    await planEvaluationReminder(tx, actor.centreId, input.tandemId, change.endsOn);
  await recordAudit(tx, actor, {
    action: "status",
    entity: "tandem",
    entityId: input.tandemId,
    detail: { from: current.status, to: change.status },
  });
}
