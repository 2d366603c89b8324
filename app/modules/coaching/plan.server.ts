import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "~/db/client.server";
import { coachingGoals, coachingMeetings } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { goalInput, goalStatusInput, meetingInput } from "./input";
import { findTrajectory } from "./readers.server";

/** A goal the expert works on. */
export async function addGoal(tx: Tx, actor: Actor, trajectoryId: string, input: z.infer<typeof goalInput>) {
  assertCan(actor, "coaching:manage");
  await findTrajectory(tx, trajectoryId);
  const [row] = await tx
    .insert(coachingGoals)
    .values({ centreId: actor.centreId, trajectoryId, text: input.text })
    .returning({ id: coachingGoals.id });
  await recordAudit(tx, actor, { action: "create", entity: "coaching_goal", entityId: row.id });
  return row;
}

/** A goal reached, dropped, or open again. */
export async function setGoalStatus(
  tx: Tx,
  actor: Actor,
  trajectoryId: string,
  input: z.infer<typeof goalStatusInput>,
): Promise<void> {
  assertCan(actor, "coaching:manage");
  await findTrajectory(tx, trajectoryId);
  const done = await tx
    .update(coachingGoals)
    .set({ status: input.status })
    .where(and(eq(coachingGoals.id, input.goalId), eq(coachingGoals.trajectoryId, trajectoryId)))
    .returning({ id: coachingGoals.id });
  if (done.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "status",
    entity: "coaching_goal",
    entityId: input.goalId,
    detail: { status: input.status },
  });
}

/** A meeting, planned or held, with what was agreed. */
export async function addMeeting(
  tx: Tx,
  actor: Actor,
  trajectoryId: string,
  input: z.infer<typeof meetingInput>,
) {
  assertCan(actor, "coaching:manage");
  await findTrajectory(tx, trajectoryId);
  const [row] = await tx
    .insert(coachingMeetings)
    .values({ centreId: actor.centreId, trajectoryId, meetsOn: input.meetsOn, agreed: input.agreed })
    .returning({ id: coachingMeetings.id });
  await recordAudit(tx, actor, { action: "create", entity: "coaching_meeting", entityId: row.id });
  return row;
}
