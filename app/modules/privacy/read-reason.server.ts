import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { centres } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";

/** Whether the centre asks a reader of private notes for a reason first (shown to the person in /account/reads). */
export async function readReasonAsked(tx: Tx, centreId: string): Promise<boolean> {
  const [row] = await tx.select({ ask: centres.askReadReason }).from(centres).where(eq(centres.id, centreId));
  return row?.ask ?? false;
}

/** Privacy staff choose whether readers of private notes give a reason. */
export async function setReadReason(tx: Tx, actor: Actor, ask: boolean): Promise<void> {
  assertCan(actor, "privacy:manage");
  await tx.update(centres).set({ askReadReason: ask }).where(eq(centres.id, actor.centreId));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "centre",
    entityId: actor.centreId,
    detail: { askReadReason: ask },
  });
}
