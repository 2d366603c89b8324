import { and, asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import {
  areas,
  assignments,
  clients,
  experts,
  memberships,
  requestSlots,
  requests,
  user,
  workForms,
} from "~/db/schema";
import { AppError } from "~/lib/errors";

/** The facts about a request that offers, mails and the calendar file show (no private notes). */
export async function requestInfo(tx: Tx, requestId: string) {
  const [row] = await tx
    .select({
      id: requests.id,
      number: requests.number,
      title: requests.title,
      description: requests.description,
      status: requests.status,
      online: requests.online,
      place: requests.place,
      areaName: areas.name,
      clientName: clients.name,
      workFormName: workForms.name,
      expertsNeeded: requests.expertsNeeded,
      contactId: requests.contactId,
    })
    .from(requests)
    .leftJoin(areas, eq(areas.id, requests.areaId))
    .leftJoin(clients, eq(clients.id, requests.clientId))
    .leftJoin(workForms, eq(workForms.id, requests.workFormId))
    .where(eq(requests.id, requestId));
  if (!row) throw new AppError("NOT_FOUND");
  const slots = await tx
    .select({ startsAt: requestSlots.startsAt, endsAt: requestSlots.endsAt })
    .from(requestSlots)
    .where(eq(requestSlots.requestId, requestId))
    .orderBy(asc(requestSlots.startsAt));
  return { ...row, slots };
}

export type RequestInfo = Awaited<ReturnType<typeof requestInfo>>;

/** How many experts said yes or were confirmed, and which offers are still open. */
export async function offerCounts(tx: Tx, requestId: string) {
  const rows = await tx
    .select({ id: assignments.id, status: assignments.status, expertId: assignments.expertId })
    .from(assignments)
    .where(eq(assignments.requestId, requestId));
  return {
    accepted: rows.filter((r) => r.status === "accepted").length,
    confirmed: rows.filter((r) => r.status === "confirmed").length,
    open: rows.filter((r) => r.status === "offered"),
  };
}

/** One assignment with its expert's contact facts, locked for the change that follows. */
export async function lockAssignment(tx: Tx, assignmentId: string) {
  const [row] = await tx
    .select({
      id: assignments.id,
      requestId: assignments.requestId,
      expertId: assignments.expertId,
      status: assignments.status,
    })
    .from(assignments)
    .where(eq(assignments.id, assignmentId))
    .for("update");
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

export async function expertContact(tx: Tx, expertId: string) {
  const [row] = await tx
    .select({ firstName: experts.firstName, email: experts.email })
    .from(experts)
    .where(eq(experts.id, expertId));
  return row;
}

/** E-mail addresses of the centre's coordinators (or its admins, when it has no coordinator). */
export async function coordinatorEmails(tx: Tx, centreId: string): Promise<string[]> {
  const rows = await tx
    .select({ email: user.email, role: memberships.role })
    .from(memberships)
    .innerJoin(user, eq(user.id, memberships.userId))
    .where(and(eq(memberships.centreId, centreId), inArray(memberships.role, ["coordinator", "admin"])));
  const coordinators = rows.filter((r) => r.role === "coordinator");
  return (coordinators.length ? coordinators : rows).map((r) => r.email);
}
