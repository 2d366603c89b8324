import type { Tx } from "~/db/client.server";
import { auditLog } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";

export type AuditAction =
  | "create"
  | "update"
  | "delete"
  | "read_private"
  | "export"
  | "status"
  | "login"
  | "restore";

/**
 * Writes one line to the audit trail in the same transaction as the change, so a change without
 * its line cannot happen. `detail` holds field names and states, never the personal data itself.
 */
export async function recordAudit(
  tx: Tx,
  actor: Actor | { centreId: string; userId: null },
  entry: { action: AuditAction; entity: string; entityId?: string | null; detail?: Record<string, unknown> },
): Promise<void> {
  await tx.insert(auditLog).values({
    centreId: actor.centreId,
    userId: actor.userId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    detail: entry.detail ?? {},
  });
}
