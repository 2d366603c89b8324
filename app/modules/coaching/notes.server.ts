import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "~/db/client.server";
import { coachingNotes } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { recordAudit } from "~/modules/audit/record.server";
import type { noteInput, reflectionInput } from "./input";
import { accessOf, findTrajectory } from "./readers.server";

/** The coach writes a note; nobody else does (an allowed reader only reads). */
export async function addNote(tx: Tx, actor: Actor, trajectoryId: string, input: z.infer<typeof noteInput>) {
  const trajectory = await findTrajectory(tx, trajectoryId);
  if ((await accessOf(tx, actor, trajectory)) !== "coach") throw new AppError("FORBIDDEN");
  const [row] = await tx
    .insert(coachingNotes)
    .values({ centreId: actor.centreId, trajectoryId, authorUserId: actor.userId, text: input.text })
    .returning({ id: coachingNotes.id });
  await recordAudit(tx, actor, { action: "create", entity: "coaching_note", entityId: row.id });
  return row;
}

/** The expert writes (or rewrites) their reflection on a note of their own trajectory. */
export async function reflectOnNote(
  tx: Tx,
  actor: Actor,
  trajectoryId: string,
  input: z.infer<typeof reflectionInput>,
): Promise<void> {
  const trajectory = await findTrajectory(tx, trajectoryId);
  if ((await accessOf(tx, actor, trajectory)) !== "expert") throw new AppError("NOT_FOUND");
  const done = await tx
    .update(coachingNotes)
    .set({ expertReflection: input.reflection, reflectedAt: new Date() })
    .where(and(eq(coachingNotes.id, input.noteId), eq(coachingNotes.trajectoryId, trajectoryId)))
    .returning({ id: coachingNotes.id });
  if (done.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "update",
    entity: "coaching_note",
    entityId: input.noteId,
    detail: { fields: ["expertReflection"] },
  });
}
