import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { conflicts, experts, requests } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { recordAudit } from "~/modules/audit/record.server";
import { assertMatching } from "./match-page.server";

/** Flags that this expert should not work for the client of this request; matching then leaves them out. */
export async function setConflict(
  tx: Tx,
  actor: Actor,
  input: { requestId: string; expertId: string; reason: string },
): Promise<void> {
  assertMatching(actor);
  const [request] = await tx
    .select({ clientId: requests.clientId })
    .from(requests)
    .where(eq(requests.id, input.requestId));
  if (!request) throw new AppError("NOT_FOUND");
  if (!request.clientId) throw new AppError("CONFLICT", "matching:errors.noClient");
  const [expert] = await tx.select({ id: experts.id }).from(experts).where(eq(experts.id, input.expertId));
  if (!expert) throw new AppError("INVALID", "errors.INVALID", { expertId: ["validation.choose"] });
  const [row] = await tx
    .insert(conflicts)
    .values({
      centreId: actor.centreId,
      expertId: input.expertId,
      clientId: request.clientId,
      reason: input.reason,
      createdBy: actor.userId,
    })
    .onConflictDoUpdate({ target: [conflicts.expertId, conflicts.clientId], set: { reason: input.reason } })
    .returning({ id: conflicts.id });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "conflict",
    entityId: row.id,
    detail: { fields: ["reason"] },
  });
}

export async function removeConflict(tx: Tx, actor: Actor, input: { conflictId: string }): Promise<void> {
  assertMatching(actor);
  const [row] = await tx
    .delete(conflicts)
    .where(eq(conflicts.id, input.conflictId))
    .returning({ id: conflicts.id });
  if (!row) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, { action: "delete", entity: "conflict", entityId: row.id });
}
