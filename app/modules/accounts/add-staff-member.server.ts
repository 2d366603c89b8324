import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "~/db/client.server";
import { memberships, user } from "~/db/schema";
import { AppError } from "~/lib/errors";
import { recordAudit } from "~/modules/audit/record.server";
import type { Actor } from "./actor";
import { createLogin } from "./auth.server";
import { inviteToCentre } from "./invitations.server";
import { requireUsersManage } from "./members.server";
import type { AddStaffInput } from "./members-input";
import { assertStrongPassword } from "./password-strength.server";

type Run = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

export type AddStaffResult =
  | { membershipId: string; invited: false }
  | { invitationId: string; invited: true };

/**
 * Whether an address already has a login, in any centre. Runs outside the tenant (the users table is
 * visible to a centre only for its own members): it only answers yes or no, and decides invite or create.
 */
export async function existingUser(tx: Tx | Db, email: string): Promise<string | undefined> {
  const [row] = await tx.select({ id: user.id }).from(user).where(eq(user.email, email));
  return row?.id;
}

/**
 * Adds an admin or coordinator. A new e-mail address gets a login (as the database owner, like
 * `addMember` in modules/centres) with its first password, checked against common passwords, and the
 * membership. A known address (someone with a login here or in another centre) gets an invitation
 * by mail instead: the membership exists only once they accept it, signed in (invitations.server.ts).
 */
export async function addStaffMember(
  scope: Actor & { db: Db; run: Run },
  input: AddStaffInput,
): Promise<AddStaffResult> {
  requireUsersManage(scope);
  const known = await existingUser(scope.db, input.email);
  const found = await scope.run(async (tx) => {
    const userId = known;
    if (!userId) return undefined;
    const [member] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.centreId, scope.centreId)));
    if (member)
      throw new AppError("CONFLICT", "users:errors.alreadyMember", { email: ["users:errors.alreadyMember"] });
    return userId;
  });
  if (found) {
    const { invitationId } = await scope.run((tx) =>
      inviteToCentre(tx, scope, { email: input.email, role: input.role }),
    );
    return { invitationId, invited: true };
  }
  if (!input.password)
    throw new AppError("INVALID", "users:errors.passwordNeeded", {
      password: ["users:errors.passwordNeeded"],
    });
  await assertStrongPassword(input.password, "password", [input.name, input.email]);
  const userId = (
    await createLogin(scope.db, { name: input.name, email: input.email, password: input.password })
  ).id;
  return scope.run(async (tx) => {
    const [row] = await tx
      .insert(memberships)
      .values({ centreId: scope.centreId, userId, role: input.role })
      .returning({ id: memberships.id });
    await recordAudit(tx, scope, {
      action: "create",
      entity: "membership",
      entityId: row.id,
      detail: { role: input.role, password: true },
    });
    return { membershipId: row.id, invited: false as const };
  });
}
