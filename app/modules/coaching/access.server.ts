import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { coachingAccess } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { recordAudit } from "~/modules/audit/record.server";
import { accessOf, assertStaffMember, findTrajectory } from "./readers.server";

/** Only the expert of the trajectory gives or withdraws access; to anyone else it does not exist. */
async function ownTrajectory(tx: Tx, actor: Actor, trajectoryId: string) {
  const trajectory = await findTrajectory(tx, trajectoryId);
  if ((await accessOf(tx, actor, trajectory)) !== "expert") throw new AppError("NOT_FOUND");
  return trajectory;
}

/** The expert lets a coordinator or admin of the centre read their notes, from now on. */
export async function allowReader(tx: Tx, actor: Actor, trajectoryId: string, userId: string): Promise<void> {
  const trajectory = await ownTrajectory(tx, actor, trajectoryId);
  await assertStaffMember(tx, userId, "userId");
  if (userId === trajectory.coachUserId) return;
  const [open] = await tx
    .select({ id: coachingAccess.id })
    .from(coachingAccess)
    .where(
      and(
        eq(coachingAccess.trajectoryId, trajectoryId),
        eq(coachingAccess.userId, userId),
        isNull(coachingAccess.withdrawnAt),
      ),
    );
  if (open) return;
  const [row] = await tx
    .insert(coachingAccess)
    .values({ centreId: actor.centreId, trajectoryId, userId })
    .returning({ id: coachingAccess.id });
  await recordAudit(tx, actor, { action: "create", entity: "coaching_access", entityId: row.id });
}

/** The expert takes access back; the row stays with the date, so it is clear who could read when. */
export async function withdrawReader(
  tx: Tx,
  actor: Actor,
  trajectoryId: string,
  userId: string,
): Promise<void> {
  await ownTrajectory(tx, actor, trajectoryId);
  const done = await tx
    .update(coachingAccess)
    .set({ withdrawnAt: new Date() })
    .where(
      and(
        eq(coachingAccess.trajectoryId, trajectoryId),
        eq(coachingAccess.userId, userId),
        isNull(coachingAccess.withdrawnAt),
      ),
    )
    .returning({ id: coachingAccess.id });
  for (const row of done)
    await recordAudit(tx, actor, { action: "delete", entity: "coaching_access", entityId: row.id });
}
