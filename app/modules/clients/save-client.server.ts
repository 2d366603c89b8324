import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { clients } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { recordAudit } from "~/modules/audit/record.server";
import type { ClientInput } from "./input";

export function assertClientsWrite(actor: Actor): void {
  if (!can(actor.role, "clients:write")) throw new AppError("FORBIDDEN");
}

async function assertNameFree(tx: Tx, name: string, exceptId?: string): Promise<void> {
  const [taken] = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(exceptId ? and(eq(clients.name, name), ne(clients.id, exceptId)) : eq(clients.name, name))
    .limit(1);
  if (taken)
    throw new AppError("CONFLICT", "clients:errors.nameTaken", { name: ["clients:errors.nameTaken"] });
}

/** Adds an opdrachtgever to the centre. */
export async function createClient(tx: Tx, actor: Actor, input: ClientInput): Promise<{ id: string }> {
  assertClientsWrite(actor);
  await assertNameFree(tx, input.name);
  const [row] = await tx
    .insert(clients)
    .values({
      centreId: actor.centreId,
      name: input.name,
      sector: input.sector,
      areaId: input.areaId ?? null,
      address: input.address,
      notes: input.notes,
    })
    .returning({ id: clients.id });
  await recordAudit(tx, actor, { action: "create", entity: "client", entityId: row.id });
  return row;
}

/** Changes an opdrachtgever's details. */
export async function updateClient(
  tx: Tx,
  actor: Actor,
  input: ClientInput & { clientId: string },
): Promise<void> {
  assertClientsWrite(actor);
  await assertNameFree(tx, input.name, input.clientId);
  const updated = await tx
    .update(clients)
    .set({
      name: input.name,
      sector: input.sector,
      areaId: input.areaId ?? null,
      address: input.address,
      notes: input.notes,
    })
    .where(eq(clients.id, input.clientId))
    .returning({ id: clients.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "update",
    entity: "client",
    entityId: input.clientId,
    detail: { fields: ["name", "sector", "areaId", "address", "notes"] },
  });
}
