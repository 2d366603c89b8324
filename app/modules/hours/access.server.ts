import { eq, max } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { assignments, requestSlots, requests } from "~/db/schema";
import { todayIso } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { expertIdOf } from "~/modules/accounts/viewer.server";
import { workHasStarted } from "./rules";

export type HoursBlock = "notConfirmed" | "notStarted" | "closed";

/**
 * One assignment as the hours page and the hours command see it. An expert reaches only their own
 * assignment (another one is NOT_FOUND); staff who may change requests can correct anyone's hours.
 */
export async function assignmentForHours(tx: Tx, actor: Actor, assignmentId: string, now = new Date()) {
  if (actor.role !== "expert" && !can(actor.role, "requests:write")) throw new AppError("FORBIDDEN");
  const [row] = await tx
    .select({
      id: assignments.id,
      requestId: assignments.requestId,
      expertId: assignments.expertId,
      status: assignments.status,
      minutesWorked: assignments.minutesWorked,
      travelKm: assignments.travelKm,
      travelCostCents: assignments.travelCostCents,
      hoursNote: assignments.hoursNote,
      hoursLoggedAt: assignments.hoursLoggedAt,
      requestStatus: requests.status,
      requestNumber: requests.number,
      requestTitle: requests.title,
      periodStart: requests.periodStart,
    })
    .from(assignments)
    .innerJoin(requests, eq(requests.id, assignments.requestId))
    .where(eq(assignments.id, assignmentId))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND");
  if (actor.role === "expert" && (await expertIdOf(tx, actor.userId)) !== row.expertId)
    throw new AppError("NOT_FOUND");
  const [slot] = await tx
    .select({ last: max(requestSlots.startsAt) })
    .from(requestSlots)
    .where(eq(requestSlots.requestId, row.requestId));
  const block: HoursBlock | null =
    row.status !== "confirmed"
      ? "notConfirmed"
      : row.requestStatus === "evaluated" || row.requestStatus === "cancelled"
        ? "closed"
        : !workHasStarted(slot?.last ? new Date(slot.last) : null, row.periodStart, now, todayIso(now))
          ? "notStarted"
          : null;
  return { ...row, block };
}
