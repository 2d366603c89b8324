import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "~/db/client.server";
import { grantFunders, grants, memberships } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { existingUser } from "~/modules/accounts/add-staff-member.server";
import { createLogin } from "~/modules/accounts/auth.server";
import { inviteToCentre } from "~/modules/accounts/invitations.server";
import { recordAudit } from "~/modules/audit/record.server";
import { requireGrantsManage } from "./access.server";

type Run = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

/**
 * Gives a person of a funder access to one grant's figures. A new e-mail address gets a login
 * without password (they sign in with a code by e-mail) and the role funder in this centre. Someone
 * who already works in this centre with another role is refused: a funder account sees aggregates
 * only, and we never change a staff member's role from here. Someone with a login elsewhere (another
 * centre) gets an invitation: the membership and the link exist once they accept it. The membership,
 * the link and the audit line are written in one transaction.
 */
export async function addFunder(
  scope: Actor & { db: Db; run: Run },
  grantId: string,
  input: { funderPerson: string; funderEmail: string },
): Promise<{ userId: string; invited: false } | { invitationId: string; invited: true }> {
  requireGrantsManage(scope);
  // whether the address has a login in any centre: asked outside the tenant (see existingUser)
  const existingId = await existingUser(scope.db, input.funderEmail);
  const known = await scope.run(async (tx) => {
    const [grant] = await tx.select({ id: grants.id }).from(grants).where(eq(grants.id, grantId));
    if (!grant) throw new AppError("NOT_FOUND");
    if (!existingId) return undefined;
    const existing = { id: existingId };
    const [member] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.userId, existing.id), eq(memberships.centreId, scope.centreId)));
    if (member && member.role !== "funder")
      throw new AppError("CONFLICT", "grants:errors.notFunder", { funderEmail: ["grants:errors.notFunder"] });
    return { userId: existing.id, member: Boolean(member) };
  });
  if (known && !known.member) {
    const { invitationId } = await scope.run((tx) =>
      inviteToCentre(tx, scope, { email: input.funderEmail, role: "funder", grantId }),
    );
    return { invitationId, invited: true };
  }
  const userId =
    known?.userId ?? (await createLogin(scope.db, { name: input.funderPerson, email: input.funderEmail })).id;
  return scope.run(async (tx) => {
    if (!known?.member)
      await tx
        .insert(memberships)
        .values({ centreId: scope.centreId, userId, role: "funder" })
        .onConflictDoNothing();
    await tx.insert(grantFunders).values({ centreId: scope.centreId, grantId, userId }).onConflictDoNothing();
    await recordAudit(tx, scope, {
      action: "create",
      entity: "grant_funder",
      entityId: grantId,
      detail: { newLogin: !known, newMembership: !known?.member },
    });
    return { userId, invited: false as const };
  });
}

/** Takes a funder's access to one grant away (their login and membership stay). */
export async function removeFunder(tx: Tx, actor: Actor, grantId: string, userId: string): Promise<void> {
  requireGrantsManage(actor);
  const removed = await tx
    .delete(grantFunders)
    .where(and(eq(grantFunders.grantId, grantId), eq(grantFunders.userId, userId)))
    .returning({ id: grantFunders.userId });
  if (removed.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, { action: "delete", entity: "grant_funder", entityId: grantId });
}
