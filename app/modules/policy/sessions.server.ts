import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { policyAttendance, policyParticipants, policySessions } from "~/db/schema";
import { amsterdamToDate } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { SessionInput } from "./input";
import { assertTrajectory } from "./participants.server";

/**
 * Records a session of a trajectory and which participating experts were there. Each attendance row
 * is one inzet moment (expert_id, the session's starts_at) for the fair spread of work.
 */
export async function addSession(
  tx: Tx,
  actor: Actor,
  input: SessionInput & { trajectoryId: string },
): Promise<{ id: string }> {
  assertCan(actor, "policy:manage");
  await assertTrajectory(tx, input.trajectoryId);
  const attended = [...new Set(input.attended)];
  if (attended.length > 0) {
    const known = await tx
      .select({ expertId: policyParticipants.expertId })
      .from(policyParticipants)
      .where(
        and(
          eq(policyParticipants.trajectoryId, input.trajectoryId),
          inArray(policyParticipants.expertId, attended),
        ),
      );
    if (known.length !== attended.length)
      throw new AppError("INVALID", "validation.invalid", { attended: ["validation.invalid"] });
  }
  const [row] = await tx
    .insert(policySessions)
    .values({
      centreId: actor.centreId,
      trajectoryId: input.trajectoryId,
      startsAt: amsterdamToDate(input.day, input.from),
      endsAt: amsterdamToDate(input.day, input.until),
      online: Boolean(input.online),
      place: input.online ? "" : input.place,
      subject: input.subject,
    })
    .returning({ id: policySessions.id });
  if (attended.length > 0)
    await tx
      .insert(policyAttendance)
      .values(attended.map((expertId) => ({ centreId: actor.centreId, sessionId: row.id, expertId })));
  await recordAudit(tx, actor, {
    action: "create",
    entity: "policy_session",
    entityId: row.id,
    detail: { fields: ["startsAt", "endsAt", "place", "subject"], attended: attended.length },
  });
  return row;
}

/** Removes a session that was recorded by mistake (with its attendance). */
export async function deleteSession(
  tx: Tx,
  actor: Actor,
  input: { trajectoryId: string; id: string },
): Promise<void> {
  assertCan(actor, "policy:manage");
  await assertTrajectory(tx, input.trajectoryId);
  const rows = await tx
    .delete(policySessions)
    .where(and(eq(policySessions.id, input.id), eq(policySessions.trajectoryId, input.trajectoryId)))
    .returning({ id: policySessions.id });
  if (rows.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, { action: "delete", entity: "policy_session", entityId: input.id });
}
