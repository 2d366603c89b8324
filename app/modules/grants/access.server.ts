import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { grantFunders, grants } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";

/** Staff who manage grants; everyone else FORBIDDEN. */
export function requireGrantsManage(actor: Actor): void {
  if (!can(actor.role, "grants:manage")) throw new AppError("FORBIDDEN");
}

/** Whether the actor sees figures per person (staff) or aggregates with small groups hidden (funders). */
export function isFunder(actor: Actor): boolean {
  return actor.role === "funder";
}

/** The ids of the grants a funder is linked to (an empty list for anyone else). */
export async function funderGrantIds(tx: Tx, actor: Actor): Promise<string[]> {
  const rows = await tx
    .select({ id: grantFunders.grantId })
    .from(grantFunders)
    .where(eq(grantFunders.userId, actor.userId));
  return rows.map((r) => r.id);
}

/**
 * A grant the actor may see the figures of: staff with impact:read see every grant of their centre,
 * a funder only the grants they are linked to. Others: FORBIDDEN. Unknown (or another centre's): NOT_FOUND.
 */
export async function requireGrantAccess(tx: Tx, actor: Actor, grantId: string): Promise<void> {
  if (!can(actor.role, "impact:read")) throw new AppError("FORBIDDEN");
  const [grant] = await tx.select({ id: grants.id }).from(grants).where(eq(grants.id, grantId));
  if (!grant) throw new AppError("NOT_FOUND");
  if (!isFunder(actor)) return;
  const [link] = await tx
    .select({ id: grantFunders.grantId })
    .from(grantFunders)
    .where(and(eq(grantFunders.grantId, grantId), eq(grantFunders.userId, actor.userId)));
  if (!link) throw new AppError("NOT_FOUND");
}
