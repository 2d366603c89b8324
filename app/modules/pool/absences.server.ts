import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { type ExpertStatus, expertAbsences, experts } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { AbsenceInput } from "./input";

async function assertExpert(tx: Tx, expertId: string) {
  assertId(expertId);
  const [row] = await tx
    .select({ id: experts.id, status: experts.status })
    .from(experts)
    .where(eq(experts.id, expertId))
    .for("update");
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** Records a period the expert is away (dates inclusive). */
export async function addAbsence(
  tx: Tx,
  actor: Actor,
  input: AbsenceInput & { expertId: string },
): Promise<{ id: string }> {
  assertCan(actor, "pool:write");
  await assertExpert(tx, input.expertId);
  const [row] = await tx
    .insert(expertAbsences)
    .values({
      centreId: actor.centreId,
      expertId: input.expertId,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      reason: input.reason ?? "",
    })
    .returning({ id: expertAbsences.id });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "expert_absence",
    entityId: row.id,
    detail: { expertId: input.expertId },
  });
  return row;
}

export async function removeAbsence(
  tx: Tx,
  actor: Actor,
  input: { expertId: string; absenceId: string },
): Promise<void> {
  assertCan(actor, "pool:write");
  assertId(input.expertId);
  assertId(input.absenceId);
  const removed = await tx
    .delete(expertAbsences)
    .where(and(eq(expertAbsences.id, input.absenceId), eq(expertAbsences.expertId, input.expertId)))
    .returning({ id: expertAbsences.id });
  if (removed.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "delete",
    entity: "expert_absence",
    entityId: input.absenceId,
    detail: { expertId: input.expertId },
  });
}

/** Moves an expert to another status (any status may follow any other: the pool is not a workflow). */
export async function changeExpertStatus(
  tx: Tx,
  actor: Actor,
  input: { expertId: string; status: ExpertStatus },
): Promise<{ from: ExpertStatus; to: ExpertStatus }> {
  assertCan(actor, "pool:write");
  const current = await assertExpert(tx, input.expertId);
  if (current.status !== input.status) {
    await tx
      .update(experts)
      .set({ status: input.status, updatedAt: new Date() })
      .where(eq(experts.id, input.expertId));
    await recordAudit(tx, actor, {
      action: "status",
      entity: "expert",
      entityId: input.expertId,
      detail: { from: current.status, to: input.status },
    });
  }
  return { from: current.status, to: input.status };
}
