import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { memberships } from "~/db/schema";
import { AppError } from "~/lib/errors";
import { recordAudit } from "~/modules/audit/record.server";
import type { Actor } from "./actor";
import { adminCount, findMembership, requireUsersManage } from "./members.server";
import type { ChangeRoleInput } from "./members-input";

/**
 * Makes a staff member admin or coordinator. Experts and client contacts keep their role (their
 * login belongs to their pool or client record). The last admin cannot step down.
 */
export async function changeMemberRole(tx: Tx, actor: Actor, input: ChangeRoleInput): Promise<void> {
  requireUsersManage(actor);
  const member = await findMembership(tx, actor, input.membershipId);
  if (member.role !== "admin" && member.role !== "coordinator")
    throw new AppError("CONFLICT", "users:errors.notStaff");
  if (member.role === input.role) return;
  if (member.role === "admin" && (await adminCount(tx, actor.centreId)) <= 1)
    throw new AppError("CONFLICT", "users:errors.lastAdmin");
  await tx
    .update(memberships)
    .set({ role: input.role })
    .where(and(eq(memberships.id, member.id), eq(memberships.centreId, actor.centreId)));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "membership",
    entityId: member.id,
    detail: { fields: ["role"], from: member.role, to: input.role },
  });
}
