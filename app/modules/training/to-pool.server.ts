import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { trainees } from "~/db/schema";
import { AppError } from "~/lib/errors";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { inviteToCentre } from "~/modules/accounts/invitations.server";
import { prepareMemberLogin } from "~/modules/accounts/member-login.server";
import type { Scope } from "~/modules/accounts/viewer.server";
import { recordAudit } from "~/modules/audit/record.server";
import { loginPlan } from "~/modules/pool/expert-login.server";
import { createExpert } from "~/modules/pool/save-expert.server";
import { poolProblem } from "./rules";

type Runner = Pick<Scope, "userId" | "centreId" | "role" | "db" | "run">;

async function readyTrainee(tx: Tx, traineeId: string, lock: boolean) {
  assertId(traineeId);
  const query = tx
    .select({
      firstName: trainees.firstName,
      lastName: trainees.lastName,
      email: trainees.email,
      phone: trainees.phone,
      status: trainees.status,
      certifiedOn: trainees.certifiedOn,
      expertId: trainees.expertId,
    })
    .from(trainees)
    .where(eq(trainees.id, traineeId));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError("NOT_FOUND");
  const problem = poolProblem(row);
  if (problem) throw new AppError("CONFLICT", problem);
  return row;
}

/**
 * "Naar de pool": a certified trainee becomes an expert (status certified) with one action. The
 * trainee row stays (training history) and points at the expert. With an e-mail address they get
 * an expert login like the pool gives one (checked first, made on the system connection; someone
 * with a login in another centre gets an invitation instead); the expert, the link, the invitation
 * and the audit line are written in one tenant transaction.
 */
export async function moveToPool(
  scope: Runner,
  traineeId: string,
): Promise<{ expertId: string; invited: boolean }> {
  assertCan(scope, "training:write");
  assertCan(scope, "pool:write");
  const plan = await scope.run(async (tx) => {
    const trainee = await readyTrainee(tx, traineeId, false);
    const email = trainee.email?.toLowerCase() ?? undefined;
    return { trainee, email, ...(await loginPlan(tx, scope, { email })) };
  });
  const name = `${plan.trainee.firstName} ${plan.trainee.lastName}`;
  const email = plan.needsLogin ? plan.email : undefined;
  const { userId, invite } = await prepareMemberLogin(
    scope,
    email ? { name, email, role: "expert" } : undefined,
  );
  return scope.run(async (tx) => {
    const trainee = await readyTrainee(tx, traineeId, true);
    const expert = await createExpert(tx, scope, {
      firstName: trainee.firstName,
      lastName: trainee.lastName,
      email: trainee.email?.toLowerCase() ?? undefined,
      phone: trainee.phone ?? undefined,
      status: "certified",
      certifiedOn: trainee.certifiedOn ?? undefined,
      themeIds: [],
      workFormIds: [],
      areaIds: [],
      acceptsOnline: false,
      availability: [],
      userId,
    });
    await tx
      .update(trainees)
      .set({ expertId: expert.id, updatedAt: new Date() })
      .where(eq(trainees.id, traineeId));
    await recordAudit(tx, scope, {
      action: "update",
      entity: "trainee",
      entityId: traineeId,
      detail: { fields: ["expertId"], movedToPool: true, login: Boolean(userId) },
    });
    if (email && invite) await inviteToCentre(tx, scope, { email, role: "expert", expertId: expert.id });
    return { expertId: expert.id, invited: invite };
  });
}
