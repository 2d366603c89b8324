import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { clients, policyPhaseChanges, policyTrajectories } from "~/db/schema";
import { todayIso } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { NewTrajectoryInput, PhaseInput, TrajectoryInput } from "./input";

/** The municipality must be one of this centre's clients (a foreign key alone would accept another's). */
async function assertClient(tx: Tx, clientId: string): Promise<void> {
  const [row] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, clientId));
  if (!row) throw new AppError("INVALID", "validation.invalid", { clientId: ["validation.choose"] });
}

const details = (input: TrajectoryInput) => ({
  clientId: input.clientId,
  topic: input.topic,
  description: input.description,
  startedOn: input.startedOn,
  nextStep: input.nextStep,
  nextStepOn: input.nextStepOn ?? null,
});

/** Starts a policy trajectory with a municipality, in the phase it is in now. */
export async function createTrajectory(
  tx: Tx,
  actor: Actor,
  input: NewTrajectoryInput,
): Promise<{ id: string }> {
  assertCan(actor, "policy:manage");
  await assertClient(tx, input.clientId);
  const [row] = await tx
    .insert(policyTrajectories)
    .values({ centreId: actor.centreId, ...details(input), phase: input.phase, phaseSince: todayIso() })
    .returning({ id: policyTrajectories.id });
  await tx.insert(policyPhaseChanges).values({
    centreId: actor.centreId,
    trajectoryId: row.id,
    fromPhase: null,
    toPhase: input.phase,
    changedBy: actor.userId,
  });
  await recordAudit(tx, actor, { action: "create", entity: "policy_trajectory", entityId: row.id });
  return row;
}

/** Changes a trajectory's details (the phase changes with `movePhase`). */
export async function updateTrajectory(
  tx: Tx,
  actor: Actor,
  input: TrajectoryInput & { trajectoryId: string },
): Promise<void> {
  assertCan(actor, "policy:manage");
  assertId(input.trajectoryId);
  await assertClient(tx, input.clientId);
  const updated = await tx
    .update(policyTrajectories)
    .set(details(input))
    .where(eq(policyTrajectories.id, input.trajectoryId))
    .returning({ id: policyTrajectories.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "update",
    entity: "policy_trajectory",
    entityId: input.trajectoryId,
    detail: { fields: Object.keys(details(input)) },
  });
}

/** Moves a trajectory to another phase, or ends (or reopens) it; the history keeps who and when. */
export async function movePhase(
  tx: Tx,
  actor: Actor,
  input: PhaseInput & { trajectoryId: string },
): Promise<{ moved: boolean }> {
  assertCan(actor, "policy:manage");
  assertId(input.trajectoryId);
  const [current] = await tx
    .select({ phase: policyTrajectories.phase, endedOn: policyTrajectories.endedOn })
    .from(policyTrajectories)
    .where(eq(policyTrajectories.id, input.trajectoryId));
  if (!current) throw new AppError("NOT_FOUND");
  const moved = current.phase !== input.phase;
  const ended = Boolean(input.ended);
  const endChanged = ended !== Boolean(current.endedOn);
  await tx
    .update(policyTrajectories)
    .set({
      phase: input.phase,
      ...(moved ? { phaseSince: todayIso() } : {}),
      ...(endChanged ? { endedOn: ended ? todayIso() : null } : {}),
    })
    .where(eq(policyTrajectories.id, input.trajectoryId));
  if (moved || endChanged || input.note)
    await tx.insert(policyPhaseChanges).values({
      centreId: actor.centreId,
      trajectoryId: input.trajectoryId,
      fromPhase: current.phase,
      toPhase: input.phase,
      note: input.note,
      changedBy: actor.userId,
    });
  await recordAudit(tx, actor, {
    action: "update",
    entity: "policy_trajectory",
    entityId: input.trajectoryId,
    detail: { fields: ["phase", "endedOn"], from: current.phase, to: input.phase },
  });
  return { moved };
}
