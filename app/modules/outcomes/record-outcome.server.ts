import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { outcomes } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { OutcomeInput } from "./input";
import { assertOwnRow, assertTraineeExists } from "./timeline.server";

/** Adds a dated situation to a trainee's timeline ("outcomes:write"). Employer and hours only for a job. */
export async function addOutcome(
  tx: Tx,
  actor: Actor,
  traineeId: string,
  input: OutcomeInput,
): Promise<string> {
  assertCan(actor, "outcomes:write");
  await assertTraineeExists(tx, traineeId);
  const job = input.kind === "paid_job" || input.kind === "volunteer";
  const [row] = await tx
    .insert(outcomes)
    .values({
      centreId: actor.centreId,
      traineeId,
      kind: input.kind,
      startsOn: input.startsOn,
      employer: job ? (input.employer ?? null) : null,
      hoursPerWeek: job ? (input.hoursPerWeek ?? null) : null,
      sector: input.sector ?? null,
      note: input.note ?? "",
      source: input.source,
    })
    .returning({ id: outcomes.id });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "outcome",
    entityId: row.id,
    detail: { traineeId, kind: input.kind, source: input.source },
  });
  return row.id;
}

export async function removeOutcome(
  tx: Tx,
  actor: Actor,
  traineeId: string,
  outcomeId: string,
): Promise<void> {
  assertCan(actor, "outcomes:write");
  await assertTraineeExists(tx, traineeId);
  await assertOwnRow(tx, outcomes, traineeId, outcomeId);
  await tx.delete(outcomes).where(eq(outcomes.id, outcomeId));
  await recordAudit(tx, actor, {
    action: "delete",
    entity: "outcome",
    entityId: outcomeId,
    detail: { traineeId },
  });
}
