import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { tandemEvaluations, tandems } from "~/db/schema";
import { todayIso } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { recordAudit } from "~/modules/audit/record.server";
import type { EvaluationInput } from "./input";
import { mayEvaluate } from "./rules";
import { sideOf } from "./side.server";

/** The expert or the professional evaluates the tandem, once, after its end. Staff read it. */
export async function evaluateTandem(
  tx: Tx,
  actor: Actor,
  input: EvaluationInput & { tandemId: string },
): Promise<void> {
  const side = await sideOf(tx, actor, input.tandemId);
  if (side === "staff") throw new AppError("FORBIDDEN");
  const [tandem] = await tx
    .select({ status: tandems.status, startsOn: tandems.startsOn, endsOn: tandems.endsOn })
    .from(tandems)
    .where(eq(tandems.id, input.tandemId));
  const [done] = await tx
    .select({ id: tandemEvaluations.id })
    .from(tandemEvaluations)
    .where(and(eq(tandemEvaluations.tandemId, input.tandemId), eq(tandemEvaluations.side, side)));
  if (!mayEvaluate(tandem, todayIso(), Boolean(done)))
    throw new AppError("CONFLICT", done ? "tandems:errors.evaluated" : "tandems:errors.notOver");
  const inserted = await tx
    .insert(tandemEvaluations)
    .values({
      centreId: actor.centreId,
      tandemId: input.tandemId,
      side,
      score: input.score,
      comment: input.comment,
      authorId: actor.userId,
    })
    .onConflictDoNothing()
    .returning({ id: tandemEvaluations.id });
  if (inserted.length === 0) throw new AppError("CONFLICT", "tandems:errors.evaluated");
  await recordAudit(tx, actor, {
    action: "create",
    entity: "tandem_evaluation",
    entityId: inserted[0].id,
    detail: { tandemId: input.tandemId, side, fields: ["score", "comment"] },
  });
}
