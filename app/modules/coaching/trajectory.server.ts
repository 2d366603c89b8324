import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "~/db/client.server";
import { coachingTrajectories, experts } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { TrajectoryInput, trajectoryStatusInput } from "./input";
import { assertStaffMember, findTrajectory } from "./readers.server";

async function assertExpert(tx: Tx, expertId: string): Promise<void> {
  const [row] = await tx.select({ id: experts.id }).from(experts).where(eq(experts.id, expertId));
  if (!row) throw new AppError("INVALID", "validation.invalid", { expertId: ["validation.choose"] });
}

/** Starts a trajectory for an expert with a coach; one active trajectory per expert. */
export async function createTrajectory(
  tx: Tx,
  actor: Actor,
  input: TrajectoryInput,
): Promise<{ id: string }> {
  assertCan(actor, "coaching:manage");
  await assertExpert(tx, input.expertId);
  await assertStaffMember(tx, input.coachUserId, "coachUserId");
  const [running] = await tx
    .select({ id: coachingTrajectories.id })
    .from(coachingTrajectories)
    .where(and(eq(coachingTrajectories.expertId, input.expertId), eq(coachingTrajectories.status, "active")));
  if (running)
    throw new AppError("CONFLICT", "coaching:errors.alreadyActive", {
      expertId: ["coaching:errors.alreadyActive"],
    });
  const [row] = await tx
    .insert(coachingTrajectories)
    .values({
      centreId: actor.centreId,
      expertId: input.expertId,
      coachUserId: input.coachUserId,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
    })
    .returning({ id: coachingTrajectories.id });
  await recordAudit(tx, actor, { action: "create", entity: "coaching_trajectory", entityId: row.id });
  return row;
}

/** Changes the coach, the dates or the status (ended / active again). */
export async function updateTrajectory(
  tx: Tx,
  actor: Actor,
  trajectoryId: string,
  input: Omit<TrajectoryInput, "expertId"> & z.infer<typeof trajectoryStatusInput>,
): Promise<void> {
  assertCan(actor, "coaching:manage");
  await findTrajectory(tx, trajectoryId);
  await assertStaffMember(tx, input.coachUserId, "coachUserId");
  await tx
    .update(coachingTrajectories)
    .set({
      coachUserId: input.coachUserId,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      status: input.status,
    })
    .where(eq(coachingTrajectories.id, trajectoryId));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "coaching_trajectory",
    entityId: trajectoryId,
    detail: { fields: ["coachUserId", "startsOn", "endsOn", "status"] },
  });
}
