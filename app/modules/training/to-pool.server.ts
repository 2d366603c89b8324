import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { trainees } from "~/db/schema";
import { AppError } from "~/lib/errors";
import { assertCan, assertId } from "~/modules/accounts/guard";
import type { Scope } from "~/modules/accounts/viewer.server";
import { recordAudit } from "~/modules/audit/record.server";
import { addMember } from "~/modules/centres/create-centre.server";
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
 * an expert login like the pool gives one (checked first, made on the owner connection); the
 * expert, the link and the audit line are written in one tenant transaction.
 */
export async function moveToPool(scope: Runner, traineeId: string): Promise<{ expertId: string }> {
  assertCan(scope, "training:write");
  assertCan(scope, "pool:write");
  const plan = await scope.run(async (tx) => {
    const trainee = await readyTrainee(tx, traineeId, false);
    const email = trainee.email?.toLowerCase() ?? undefined;
    return { trainee, email, ...(await loginPlan(tx, scope, { email })) };
  });
  let userId: string | null = null;
  if (plan.needsLogin && plan.email) {
    ({ userId } = await addMember(scope.db, {
      centreId: scope.centreId,
      name: `${plan.trainee.firstName} ${plan.trainee.lastName}`,
      email: plan.email,
      role: "expert",
    }));
  }
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
    return { expertId: expert.id };
  });
}
