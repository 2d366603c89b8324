import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { type RequestStatus, requests } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { recordAudit } from "~/modules/audit/record.server";
import { assertMove } from "./status";

/**
 * Moves a request to another state if the state machine allows it (locks the row first).
 * Used by coordinators' actions and by other modules (offers, hours, evaluations).
 */
export async function moveRequest(
  tx: Tx,
  actor: Actor | { centreId: string; userId: null },
  input: { requestId: string; to: RequestStatus; reason?: string },
): Promise<{ from: RequestStatus; to: RequestStatus }> {
  const [current] = await tx
    .select({ status: requests.status })
    .from(requests)
    .where(eq(requests.id, input.requestId))
    .for("update");
  if (!current) throw new AppError("NOT_FOUND");
  if (current.status === input.to) return { from: current.status, to: input.to };
  assertMove(current.status, input.to);
  await tx
    .update(requests)
    .set({ status: input.to, cancelReason: input.to === "cancelled" ? (input.reason ?? "") : null })
    .where(eq(requests.id, input.requestId));
  await recordAudit(tx, actor, {
    action: "status",
    entity: "request",
    entityId: input.requestId,
    detail: { from: current.status, to: input.to },
  });
  return { from: current.status, to: input.to };
}
