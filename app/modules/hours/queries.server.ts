import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { assignments, experts } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { assignmentForHours } from "./access.server";
import { formatEuroCents, travelModeOf } from "./rules";

/** What the hours page shows and fills in: the request, whether hours may be written, and the saved values. */
export async function hoursPage(tx: Tx, actor: Actor, assignmentId: string) {
  const a = await assignmentForHours(tx, actor, assignmentId);
  return {
    assignmentId: a.id,
    requestId: a.requestId,
    requestNumber: a.requestNumber,
    requestTitle: a.requestTitle,
    block: a.block,
    logged: a.hoursLoggedAt != null,
    values: {
      hours: a.minutesWorked == null ? "" : String(Math.floor(a.minutesWorked / 60)),
      minutes: a.minutesWorked == null ? "" : String(a.minutesWorked % 60),
      travel: travelModeOf(a),
      travelKm: a.travelKm == null ? "" : String(a.travelKm),
      travelCost: a.travelCostCents == null ? "" : formatEuroCents(a.travelCostCents),
      note: a.hoursNote ?? "",
    },
  };
}

/** Hours and travel of every confirmed expert on a request, for the coordinator. */
export async function hoursOfRequest(tx: Tx, actor: Actor, requestId: string) {
  if (!can(actor.role, "requests:read")) throw new AppError("FORBIDDEN");
  return tx
    .select({
      assignmentId: assignments.id,
      firstName: experts.firstName,
      lastName: experts.lastName,
      minutesWorked: assignments.minutesWorked,
      travelKm: assignments.travelKm,
      travelCostCents: assignments.travelCostCents,
      note: assignments.hoursNote,
      loggedAt: assignments.hoursLoggedAt,
    })
    .from(assignments)
    .innerJoin(experts, eq(experts.id, assignments.expertId))
    .where(and(eq(assignments.requestId, requestId), eq(assignments.status, "confirmed")))
    .orderBy(asc(experts.lastName), asc(experts.firstName));
}
