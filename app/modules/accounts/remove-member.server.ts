import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { memberships } from "~/db/schema";
import { AppError } from "~/lib/errors";
import { recordAudit } from "~/modules/audit/record.server";
import type { Actor } from "./actor";
import { adminCount, findMembership, requireUsersManage } from "./members.server";
import type { RemoveMemberInput } from "./members-input";

/**
 * Takes a person's access to this centre away. Their login stays (they may work for another centre),
 * and so do their pool or client records. Never yourself, never the last admin.
 */
export async function removeMember(tx: Tx, actor: Actor, input: RemoveMemberInput): Promise<void> {
  requireUsersManage(actor);
  const member = await findMembership(tx, actor, input.membershipId);
  if (member.userId === actor.userId) throw new AppError("CONFLICT", "users:errors.notYourself");
  if (member.role === "admin" && (await adminCount(tx, actor.centreId)) <= 1)
    throw new AppError("CONFLICT", "users:errors.lastAdmin");
  await tx
    .delete(memberships)
    .where(and(eq(memberships.id, member.id), eq(memberships.centreId, actor.centreId)));
  await recordAudit(tx, actor, {
    action: "delete",
    entity: "membership",
    entityId: member.id,
    detail: { role: member.role },
  });
}
