import { and, asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import {
  areas,
  assignments,
  clientContacts,
  clients,
  experts,
  memberships,
  requestSlots,
  requests,
  user,
  workForms,
} from "~/db/schema";
import { isLocale, type Locale } from "~/i18n/resources";
import { AppError } from "~/lib/errors";

const localeOr = (value: string | null | undefined): Locale => (isLocale(value) ? value : "nl");

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
    .select({
      id: requestSlots.id,
      startsAt: requestSlots.startsAt,
      endsAt: requestSlots.endsAt,
      calendarSequence: requestSlots.calendarSequence,
      calendarSentAt: requestSlots.calendarSentAt,
    })
    .from(requestSlots)
    .where(eq(requestSlots.requestId, requestId))
    .orderBy(asc(requestSlots.startsAt), asc(requestSlots.id));
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

/** An expert's first name, address and language (from their login; Dutch without one). */
export async function expertContact(tx: Tx, expertId: string) {
  const [row] = await tx
    .select({ firstName: experts.firstName, email: experts.email, locale: user.locale })
    .from(experts)
    .leftJoin(user, eq(user.id, experts.userId))
    .where(eq(experts.id, expertId));
  return row && { ...row, locale: localeOr(row.locale) };
}

/** The client's contact person of a request: name, address and language. */
export async function clientContact(tx: Tx, contactId: string | null) {
  if (!contactId) return undefined;
  const [row] = await tx
    .select({ name: clientContacts.name, email: clientContacts.email, locale: user.locale })
    .from(clientContacts)
    .leftJoin(user, eq(user.id, clientContacts.userId))
    .where(eq(clientContacts.id, contactId));
  return row && { ...row, locale: localeOr(row.locale) };
}

/** E-mail addresses of the centre's coordinators (or its admins, when it has no coordinator). */
export async function coordinatorEmails(tx: Tx, centreId: string): Promise<{ to: string; locale: Locale }[]> {
  const rows = await tx
    .select({ email: user.email, role: memberships.role, locale: user.locale })
    .from(memberships)
    .innerJoin(user, eq(user.id, memberships.userId))
    .where(and(eq(memberships.centreId, centreId), inArray(memberships.role, ["coordinator", "admin"])));
  const coordinators = rows.filter((r) => r.role === "coordinator");
  return (coordinators.length ? coordinators : rows).map((r) => ({
    to: r.email,
    locale: localeOr(r.locale),
  }));
}
