import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { grantPilots, pilotParticipants } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { ParticipantInput } from "./input";

export async function assertPilot(tx: Tx, pilotId: string) {
  assertId(pilotId);
  const [pilot] = await tx
    .select({ id: grantPilots.id, name: grantPilots.name })
    .from(grantPilots)
    .where(eq(grantPilots.id, pilotId));
  if (!pilot) throw new AppError("NOT_FOUND");
  return pilot;
}

/** Adds a professional to a pilot's measurement; the same address twice is refused. */
export async function addParticipant(
  tx: Tx,
  actor: Actor,
  input: ParticipantInput & { pilotId: string },
): Promise<{ id: string }> {
  assertCan(actor, "pilots:manage");
  await assertPilot(tx, input.pilotId);
  const [row] = await tx
    .insert(pilotParticipants)
    .values({
      centreId: actor.centreId,
      pilotId: input.pilotId,
      name: input.name,
      email: input.email.toLowerCase(),
      organisation: input.organisation,
      clientReference: input.clientReference,
    })
    .onConflictDoNothing()
    .returning({ id: pilotParticipants.id });
  if (!row)
    throw new AppError("INVALID", "validation.invalid", {
      participantEmail: ["pilots:errors.participantTwice"],
    });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "pilot_participant",
    entityId: row.id,
    detail: { pilotId: input.pilotId, fields: ["name", "email", "organisation", "clientReference"] },
  });
  return row;
}

/** Removes a professional and their answers (they count no more). */
export async function removeParticipant(
  tx: Tx,
  actor: Actor,
  input: { pilotId: string; participantId: string },
): Promise<void> {
  assertCan(actor, "pilots:manage");
  assertId(input.pilotId);
  assertId(input.participantId);
  const removed = await tx
    .delete(pilotParticipants)
    .where(and(eq(pilotParticipants.id, input.participantId), eq(pilotParticipants.pilotId, input.pilotId)))
    .returning({ id: pilotParticipants.id });
  if (removed.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "delete",
    entity: "pilot_participant",
    entityId: input.participantId,
    detail: { pilotId: input.pilotId },
  });
}
