import { and, eq, ne } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "~/db/client.server";
import { coachingTrajectories, experts } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { TrajectoryInput, trajectoryStatusInput } from "./input";
import { assertStaffMember, findTrajectory } from "./readers.server";

/** What a command gets: the form's values (the purpose may be left out). */
type TrajectoryValues = Omit<TrajectoryInput, "purpose"> & { purpose?: string };

/** One active trajectory per expert: another active one (not `exceptId`) is a conflict on `field`. */
async function assertNoOtherActive(tx: Tx, expertId: string, field: string, exceptId?: string) {
  const [running] = await tx
    .select({ id: coachingTrajectories.id })
    .from(coachingTrajectories)
    .where(
      and(
        eq(coachingTrajectories.expertId, expertId),
        eq(coachingTrajectories.status, "active"),
        exceptId ? ne(coachingTrajectories.id, exceptId) : undefined,
      ),
    );
  if (running)
    throw new AppError("CONFLICT", "coaching:errors.alreadyActive", {
      [field]: ["coaching:errors.alreadyActive"],
    });
}

async function assertExpert(tx: Tx, expertId: string): Promise<void> {
  const [row] = await tx.select({ id: experts.id }).from(experts).where(eq(experts.id, expertId));
  if (!row) throw new AppError("INVALID", "validation.invalid", { expertId: ["validation.choose"] });
}

/** Starts a trajectory for an expert with a coach; one active trajectory per expert. */
export async function createTrajectory(
  tx: Tx,
  actor: Actor,
  input: TrajectoryValues,
): Promise<{ id: string }> {
  assertCan(actor, "coaching:manage");
  await assertExpert(tx, input.expertId);
  await assertStaffMember(tx, input.coachUserId, "coachUserId");
  await assertNoOtherActive(tx, input.expertId, "expertId");
  const [row] = await tx
    .insert(coachingTrajectories)
    .values({
      centreId: actor.centreId,
      expertId: input.expertId,
      coachUserId: input.coachUserId,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      purpose: input.purpose ?? "",
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
  input: Omit<TrajectoryValues, "expertId"> & z.infer<typeof trajectoryStatusInput>,
): Promise<void> {
  assertCan(actor, "coaching:manage");
  const trajectory = await findTrajectory(tx, trajectoryId);
  await assertStaffMember(tx, input.coachUserId, "coachUserId");
  if (input.status === "active") await assertNoOtherActive(tx, trajectory.expertId, "status", trajectoryId);
  await tx
    .update(coachingTrajectories)
    .set({
      coachUserId: input.coachUserId,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      ...(input.purpose === undefined ? {} : { purpose: input.purpose }),
      status: input.status,
    })
    .where(eq(coachingTrajectories.id, trajectoryId));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "coaching_trajectory",
    entityId: trajectoryId,
    detail: { fields: ["coachUserId", "startsOn", "endsOn", "purpose", "status"] },
  });
}

/** Ends a trajectory today (the end date stays when it was set and is not later than today). */
export async function endTrajectory(
  tx: Tx,
  actor: Actor,
  trajectoryId: string,
  today: string,
): Promise<void> {
  assertCan(actor, "coaching:manage");
  const trajectory = await findTrajectory(tx, trajectoryId);
  if (trajectory.status === "ended") return;
  const endsOn =
    trajectory.endsOn && trajectory.endsOn <= today
      ? trajectory.endsOn
      : today < trajectory.startsOn
        ? trajectory.startsOn
        : today;
  await tx
    .update(coachingTrajectories)
    .set({ status: "ended", endsOn })
    .where(eq(coachingTrajectories.id, trajectoryId));
  await recordAudit(tx, actor, {
    action: "status",
    entity: "coaching_trajectory",
    entityId: trajectoryId,
    detail: { status: "ended" },
  });
}
