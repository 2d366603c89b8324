import { and, eq, ne, sql } from "drizzle-orm";
import { queryRows, type Tx } from "~/db/client.server";
import { experts } from "~/db/schema";
import { AppError } from "~/lib/errors";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { inviteToCentre } from "~/modules/accounts/invitations.server";
import { prepareMemberLogin } from "~/modules/accounts/member-login.server";
import type { Scope } from "~/modules/accounts/viewer.server";
import type { ExpertInput } from "./input";
import { createExpert, updateExpert } from "./save-expert.server";

type Runner = Pick<Scope, "userId" | "centreId" | "role" | "db" | "run">;

const taken = (key: string) => new AppError("CONFLICT", key, { email: [key] });

/**
 * Checks, before anything is written, whether the expert needs a new login and whether the e-mail
 * address is free: not another expert's in this centre, not a staff member's or client contact's here.
 */
export async function loginPlan(
  tx: Tx,
  actor: Runner,
  input: { email?: string; expertId?: string },
): Promise<{ needsLogin: boolean }> {
  assertCan(actor, "pool:write");
  let hasLogin = false;
  if (input.expertId) {
    assertId(input.expertId);
    const [current] = await tx
      .select({ userId: experts.userId })
      .from(experts)
      .where(eq(experts.id, input.expertId));
    if (!current) throw new AppError("NOT_FOUND");
    hasLogin = current.userId !== null;
  }
  if (!input.email) return { needsLogin: false };
  const others = input.expertId
    ? and(sql`lower(${experts.email}) = ${input.email}`, ne(experts.id, input.expertId))
    : sql`lower(${experts.email}) = ${input.email}`;
  const [double] = await tx.select({ id: experts.id }).from(experts).where(others).limit(1);
  if (double) throw taken("pool:errors.emailTaken");
  if (hasLogin) return { needsLogin: false };
  const roles = await queryRows<{ role: string }>(
    tx,
    sql`select m.role from memberships m join "user" u on u.id = m.user_id where lower(u.email) = ${input.email}`,
  );
  if (roles.some((r) => r.role !== "expert")) throw taken("pool:errors.emailOtherRole");
  return { needsLogin: true };
}

/**
 * Creates or updates an expert; when they have an e-mail address and no login yet, they get one
 * (role expert, no password: they sign in with a code by e-mail). A new login is made first, on the
 * system connection, and the expert with all links after in one tenant transaction (if that fails,
 * the login stays behind without an expert record: it gives access to nothing). Someone who already
 * has a login in another centre gets an invitation instead, sent in that same transaction; the
 * record is theirs once they accept (`invited: true`).
 */
export async function saveExpert(
  scope: Runner,
  input: ExpertInput,
  expertId?: string,
): Promise<{ id: string; invited: boolean }> {
  assertCan(scope, "pool:write");
  const plan = await scope.run((tx) => loginPlan(tx, scope, { email: input.email, expertId }));
  const name = `${input.firstName} ${input.lastName}`;
  const email = plan.needsLogin ? input.email : undefined;
  const { userId, invite } = await prepareMemberLogin(
    scope,
    email ? { name, email, role: "expert" } : undefined,
  );
  return scope.run(async (tx) => {
    const { id } = expertId
      ? await updateExpert(tx, scope, { ...input, id: expertId, userId })
      : await createExpert(tx, scope, { ...input, userId });
    if (email && invite) await inviteToCentre(tx, scope, { email, role: "expert", expertId: id });
    return { id, invited: invite };
  });
}
