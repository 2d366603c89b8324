import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { assignments } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { recordAudit } from "~/modules/audit/record.server";
import { ownAssignment } from "./access.server";
import { reasonText } from "./reasons";
import { fillIfEnough, reopenRequest } from "./settle.server";

/** The expert says yes to an offer. When that makes enough people, the other open offers are filled. */
export async function acceptOffer(tx: Tx, actor: Actor, input: { assignmentId: string }): Promise<void> {
  const row = await ownAssignment(tx, actor, input.assignmentId);
  if (row.status !== "offered") throw new AppError("CONFLICT", "agenda:errors.notOpen");
  await tx
    .update(assignments)
    .set({ status: "accepted", respondedAt: new Date(), responseReason: null })
    .where(eq(assignments.id, row.id));
  await recordAudit(tx, actor, {
    action: "status",
    entity: "assignment",
    entityId: row.id,
    detail: { to: "accepted" },
  });
  await fillIfEnough(tx, actor, row.requestId);
}

/** The expert says no, with a reason from a short list and an optional note. */
export async function declineOffer(
  tx: Tx,
  actor: Actor,
  input: { assignmentId: string; reason: string; note?: string },
): Promise<void> {
  const row = await ownAssignment(tx, actor, input.assignmentId);
  if (row.status !== "offered") throw new AppError("CONFLICT", "agenda:errors.notOpen");
  await tx
    .update(assignments)
    .set({
      status: "declined",
      respondedAt: new Date(),
      responseReason: reasonText(input.reason, input.note),
    })
    .where(eq(assignments.id, row.id));
  await recordAudit(tx, actor, {
    action: "status",
    entity: "assignment",
    entityId: row.id,
    detail: { to: "declined", reason: input.reason },
  });
  await reopenRequest(tx, actor, row.requestId);
}
