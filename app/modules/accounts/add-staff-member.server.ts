import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "~/db/client.server";
import { memberships, user } from "~/db/schema";
import { AppError } from "~/lib/errors";
import { recordAudit } from "~/modules/audit/record.server";
import type { Actor } from "./actor";
import { createLogin } from "./auth.server";
import { requireUsersManage } from "./members.server";
import type { AddStaffInput } from "./members-input";

type Run = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

async function existingUser(tx: Tx, email: string): Promise<string | undefined> {
  const [row] = await tx.select({ id: user.id }).from(user).where(eq(user.email, email));
  return row?.id;
}

/**
 * Adds an admin or coordinator. A new e-mail address gets a login (as the database owner, like
 * `addMember` in modules/centres): with the first password, or without one (sign-in by code).
 * A known address (someone from another centre) keeps their own login and password.
 * The membership and its audit line are written in one transaction.
 */
export async function addStaffMember(
  scope: Actor & { db: Db; run: Run },
  input: AddStaffInput,
): Promise<{ membershipId: string }> {
  requireUsersManage(scope);
  const found = await scope.run(async (tx) => {
    const userId = await existingUser(tx, input.email);
    if (!userId) return undefined;
    const [member] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.centreId, scope.centreId)));
    if (member)
      throw new AppError("CONFLICT", "users:errors.alreadyMember", { email: ["users:errors.alreadyMember"] });
    return userId;
  });
  const userId =
    found ??
    (await createLogin(scope.db, { name: input.name, email: input.email, password: input.password })).id;
  return scope.run(async (tx) => {
    const [row] = await tx
      .insert(memberships)
      .values({ centreId: scope.centreId, userId, role: input.role })
      .returning({ id: memberships.id });
    await recordAudit(tx, scope, {
      action: "create",
      entity: "membership",
      entityId: row.id,
      detail: {
        role: input.role,
        password: Boolean(input.password && !found),
        existingLogin: Boolean(found),
      },
    });
    return { membershipId: row.id };
  });
}
