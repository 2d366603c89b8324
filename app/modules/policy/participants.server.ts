import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { policyParticipants, policyTrajectories } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import { assertActiveExpert } from "~/modules/pool/active-expert.server";

export async function assertTrajectory(tx: Tx, trajectoryId: string): Promise<void> {
  assertId(trajectoryId);
  const [row] = await tx
    .select({ id: policyTrajectories.id })
    .from(policyTrajectories)
    .where(eq(policyTrajectories.id, trajectoryId));
  if (!row) throw new AppError("NOT_FOUND");
}

/** Adds an active pool expert to a trajectory (once). */
export async function addParticipant(
  tx: Tx,
  actor: Actor,
  input: { trajectoryId: string; expertId: string },
): Promise<void> {
  assertCan(actor, "policy:manage");
  await assertTrajectory(tx, input.trajectoryId);
  await assertActiveExpert(tx, input.expertId);
  const rows = await tx
    .insert(policyParticipants)
    .values({ centreId: actor.centreId, trajectoryId: input.trajectoryId, expertId: input.expertId })
    .onConflictDoNothing()
    .returning({ id: policyParticipants.id });
  if (rows.length === 0) return;
  await recordAudit(tx, actor, {
    action: "create",
    entity: "policy_participant",
    entityId: rows[0].id,
    detail: { fields: ["trajectoryId", "expertId"] },
  });
}

/** Takes an expert off a trajectory (their attendance stays: it happened). */
export async function removeParticipant(
  tx: Tx,
  actor: Actor,
  input: { trajectoryId: string; expertId: string },
): Promise<void> {
  assertCan(actor, "policy:manage");
  await assertTrajectory(tx, input.trajectoryId);
  const rows = await tx
    .delete(policyParticipants)
    .where(
      and(
        eq(policyParticipants.trajectoryId, input.trajectoryId),
        eq(policyParticipants.expertId, input.expertId),
      ),
    )
    .returning({ id: policyParticipants.id });
  if (rows.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, { action: "delete", entity: "policy_participant", entityId: rows[0].id });
}
