import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { assignments, requests } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { recordAudit } from "~/modules/audit/record.server";
import { contactEmailOf, startEvaluation } from "~/modules/evaluations/start-evaluation.server";
import { moveRequest } from "~/modules/requests/set-status.server";
import { assignmentForHours } from "./access.server";
import type { HoursInput } from "./input";
import { allHoursIn } from "./rules";

export type RecordHoursResult = { requestDone: boolean; evaluationSent: boolean };

/**
 * The expert writes hours and travel for a confirmed assignment that has started (staff may correct
 * them). When every confirmed expert of the request has written hours, the request is done and the
 * client contact gets the evaluation link — all in the same transaction.
 */
export async function recordHours(
  tx: Tx,
  actor: Actor,
  input: HoursInput & { assignmentId: string },
  now = new Date(),
): Promise<RecordHoursResult> {
  const assignment = await assignmentForHours(tx, actor, input.assignmentId, now);
  if (assignment.block) throw new AppError("CONFLICT", `hours:blocked.${assignment.block}`);
  await tx
    .update(assignments)
    .set({
      minutesWorked: input.minutesWorked,
      travelKm: input.travelKm,
      travelCostCents: input.travelCostCents,
      hoursNote: input.note,
      hoursLoggedAt: assignment.hoursLoggedAt ?? now,
    })
    .where(eq(assignments.id, assignment.id));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "assignment",
    entityId: assignment.id,
    detail: { fields: ["minutesWorked", "travelKm", "travelCostCents", "hoursNote"] },
  });

  const confirmed = await tx
    .select({ hoursLoggedAt: assignments.hoursLoggedAt })
    .from(assignments)
    .where(and(eq(assignments.requestId, assignment.requestId), eq(assignments.status, "confirmed")));
  const [request] = await tx
    .select({ status: requests.status })
    .from(requests)
    .where(eq(requests.id, assignment.requestId));
  if (request?.status !== "confirmed" || !allHoursIn(confirmed))
    return { requestDone: request?.status === "done", evaluationSent: false };

  await moveRequest(tx, actor, { requestId: assignment.requestId, to: "done" });
  if (!(await contactEmailOf(tx, assignment.requestId))) return { requestDone: true, evaluationSent: false };
  await startEvaluation(tx, actor, assignment.requestId);
  return { requestDone: true, evaluationSent: true };
}
