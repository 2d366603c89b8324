import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "~/db/client.server";
import { memberships, type Role } from "~/db/schema";
import { addMember } from "~/modules/centres/create-centre.server";
import type { Actor } from "./actor";
import { existingUser } from "./add-staff-member.server";

type Scope = Actor & { db: Db; run<T>(fn: (tx: Tx) => Promise<T>): Promise<T> };

/**
 * How an expert or client contact whom a centre adds gets their login:
 * - `new`: the address has no login anywhere; it is made now (no password: they sign in with a code);
 * - `here`: they already have this role in this centre; the record is linked to that login;
 * - `elsewhere`: they have a login in another centre (or another role there); nothing changes for
 *   them until they accept an invitation (issue 14.4: nobody is put into a centre without saying yes).
 */
export type LoginPlan = { kind: "new" } | { kind: "here"; userId: string } | { kind: "elsewhere" };

/** Looks the address up (outside the tenant: it only answers which of the three it is). */
export async function planMemberLogin(scope: Scope, email: string, role: Role): Promise<LoginPlan> {
  const known = await existingUser(scope.db, email.toLowerCase());
  if (!known) return { kind: "new" };
  const [member] = await scope.run((tx) =>
    tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.userId, known), eq(memberships.centreId, scope.centreId))),
  );
  return member?.role === role ? { kind: "here", userId: known } : { kind: "elsewhere" };
}

/** What the caller links and sends: the login to put on the record now, or an invitation to send. */
export type MemberLogin = { userId: string | null; invite: boolean };

/**
 * Prepares the login of an expert or contact person who needs one (`person`; undefined: no login
 * wanted): made now for a new address, the existing one for a member here; for someone from
 * elsewhere no login (`invite`: the caller sends the invitation in the transaction that writes the
 * record, so the record's id is in it).
 */
export async function prepareMemberLogin(
  scope: Scope,
  person: { name: string; email: string; role: Role } | undefined,
): Promise<MemberLogin> {
  if (!person) return { userId: null, invite: false };
  const plan = await planMemberLogin(scope, person.email, person.role);
  if (plan.kind === "here") return { userId: plan.userId, invite: false };
  if (plan.kind === "elsewhere") return { userId: null, invite: true };
  const { userId } = await addMember(scope.db, { centreId: scope.centreId, ...person });
  return { userId, invite: false };
}
