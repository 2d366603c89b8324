import { and, asc, count, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { memberships, type Role, user } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "./actor";
import { can } from "./permissions";

/** One row of the users page: no password, session or secret ever leaves the module. */
export type MemberRow = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  twoFactorEnabled: boolean;
  isYou: boolean;
};

export function requireUsersManage(actor: Actor): void {
  if (!can(actor.role, "users:manage")) throw new AppError("FORBIDDEN");
}

/** Everyone with a login in the actor's centre, staff first, then by name. */
export async function listMembers(tx: Tx, actor: Actor): Promise<MemberRow[]> {
  requireUsersManage(actor);
  const rows = await tx
    .select({
      membershipId: memberships.id,
      userId: memberships.userId,
      name: user.name,
      email: user.email,
      role: memberships.role,
      twoFactorEnabled: user.twoFactorEnabled,
    })
    .from(memberships)
    .innerJoin(user, eq(user.id, memberships.userId))
    .where(eq(memberships.centreId, actor.centreId))
    .orderBy(asc(memberships.role), asc(user.name));
  return rows.map((r) => ({
    ...r,
    twoFactorEnabled: Boolean(r.twoFactorEnabled),
    isYou: r.userId === actor.userId,
  }));
}

/**
 * A membership of the actor's centre, or NOT_FOUND. Checked here as well as by row-level security:
 * no centre changes another centre's membership.
 */
export async function findMembership(tx: Tx, actor: Actor, membershipId: string) {
  const [row] = await tx
    .select({ id: memberships.id, userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.id, membershipId), eq(memberships.centreId, actor.centreId)))
    .for("update");
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

export async function adminCount(tx: Tx, centreId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.centreId, centreId), eq(memberships.role, "admin")));
  return Number(row?.n ?? 0);
}
