import { asc, eq, sql } from "drizzle-orm";
import { queryRows, type Tx } from "~/db/client.server";
import {
  type AssignmentStatus,
  areas,
  assignments,
  clientContacts,
  clients,
  experts,
  type RequestStatus,
  requestSlots,
  requests,
  requestThemes,
  themes,
  workForms,
} from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { parseSubmitter } from "./when";

export function assertRequestsRead(actor: Actor): void {
  if (!can(actor.role, "requests:read")) throw new AppError("FORBIDDEN");
}

export type RequestFilters = {
  status?: RequestStatus;
  clientId?: string;
  from?: string;
  to?: string;
  search?: string;
};

export type RequestListRow = {
  id: string;
  number: number;
  title: string;
  status: RequestStatus;
  client: string | null;
  linked: boolean;
  firstSlot: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  expertsNeeded: number;
};

/** The request list with filters: state, client, a period the work falls in, and a search word. */
/** Requests per page on the coordinator's list. */
export const REQUESTS_PAGE_SIZE = 50;

function requestWhere(filters: RequestFilters) {
  const where = [sql`true`];
  if (filters.status) where.push(sql`r.status = ${filters.status}`);
  if (filters.clientId) where.push(sql`r.client_id = ${filters.clientId}`);
  if (filters.from || filters.to) {
    const from = filters.from ?? "0001-01-01";
    const to = filters.to ?? "9999-12-31";
    where.push(sql`(exists (select 1 from request_slots s where s.request_id = r.id
      and (s.starts_at at time zone 'Europe/Amsterdam')::date between ${from}::date and ${to}::date)
      or (r.period_start <= ${to}::date and r.period_end >= ${from}::date))`);
  }
  const search = filters.search?.trim();
  if (search) {
    const like = `%${search.replace(/[%_\\]/g, "\\$&")}%`;
    where.push(sql`(r.title ilike ${like} or c.name ilike ${like} or r.submitted_by ilike ${like}
      or r.number::text = ${search})`);
  }
  return sql.join(where, sql` and `);
}

/** How many requests match the filters (for the page links). */
export async function countRequests(tx: Tx, actor: Actor, filters: RequestFilters): Promise<number> {
  assertRequestsRead(actor);
  const [row] = await queryRows<{ n: number | string }>(
    tx,
    sql`select count(*) as n from requests r left join clients c on c.id = r.client_id where ${requestWhere(filters)}`,
  );
  return Number(row?.n ?? 0);
}

/** One page of the requests that match the filters, newest first. */
export async function listRequests(
  tx: Tx,
  actor: Actor,
  filters: RequestFilters,
  page = 1,
): Promise<RequestListRow[]> {
  assertRequestsRead(actor);
  const rows = await queryRows<
    Omit<RequestListRow, "linked" | "firstSlot"> & {
      firstSlot: Date | string | null;
      submittedBy: string | null;
    }
  >(
    tx,
    sql`select r.id, r.number, r.title, r.status, c.name as client, r.submitted_by as "submittedBy",
      (select min(s.starts_at) from request_slots s where s.request_id = r.id) as "firstSlot",
      r.period_start::text as "periodStart", r.period_end::text as "periodEnd",
      r.experts_needed as "expertsNeeded"
    from requests r left join clients c on c.id = r.client_id
    where ${requestWhere(filters)}
    order by r.number desc
    limit ${REQUESTS_PAGE_SIZE} offset ${(Math.max(1, page) - 1) * REQUESTS_PAGE_SIZE}`,
  );
  return rows.map(({ submittedBy, ...r }) => ({
    ...r,
    number: Number(r.number),
    expertsNeeded: Number(r.expertsNeeded),
    linked: r.client !== null,
    client: r.client ?? parseSubmitter(submittedBy)?.organisation ?? null,
    firstSlot: r.firstSlot ? new Date(r.firstSlot).toISOString() : null,
  }));
}

async function requestThemesOf(tx: Tx, requestId: string) {
  return tx
    .select({ id: themes.id, name: themes.name })
    .from(requestThemes)
    .innerJoin(themes, eq(themes.id, requestThemes.themeId))
    .where(eq(requestThemes.requestId, requestId))
    .orderBy(asc(themes.name));
}

async function slotsOf(tx: Tx, requestId: string) {
  const rows = await tx
    .select({ startsAt: requestSlots.startsAt, endsAt: requestSlots.endsAt })
    .from(requestSlots)
    .where(eq(requestSlots.requestId, requestId))
    .orderBy(asc(requestSlots.startsAt));
  return rows.map((s) => ({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() }));
}

/** The status history from the audit trail: from, to, when and by whom. */
async function historyOf(tx: Tx, requestId: string) {
  const rows = await queryRows<{
    at: Date | string;
    detail: { from?: string; to?: string };
    by: string | null;
  }>(
    tx,
    sql`select a.at, a.detail, u.name as by from audit_log a left join "user" u on u.id = a.user_id
      where a.entity = 'request' and a.entity_id = ${requestId} and a.action = 'status'
      order by a.at, a.id`,
  );
  return rows.map((r) => ({
    at: new Date(r.at).toISOString(),
    from: (r.detail.from ?? null) as RequestStatus | null,
    to: (r.detail.to ?? null) as RequestStatus | null,
    by: r.by,
  }));
}

/** Everything the request page shows: the request, its dates and themes, its inzet and its history. */
export async function getRequest(tx: Tx, actor: Actor, requestId: string) {
  assertRequestsRead(actor);
  const [request] = await tx
    .select({
      id: requests.id,
      number: requests.number,
      title: requests.title,
      description: requests.description,
      status: requests.status,
      cancelReason: requests.cancelReason,
      source: requests.source,
      submittedBy: requests.submittedBy,
      clientId: requests.clientId,
      client: clients.name,
      contactId: requests.contactId,
      contactName: clientContacts.name,
      contactEmail: clientContacts.email,
      contactPhone: clientContacts.phone,
      workFormId: requests.workFormId,
      workForm: workForms.name,
      online: requests.online,
      place: requests.place,
      areaId: requests.areaId,
      area: areas.name,
      periodStart: requests.periodStart,
      periodEnd: requests.periodEnd,
      expertsNeeded: requests.expertsNeeded,
      budgetNote: requests.budgetNote,
      createdAt: requests.createdAt,
    })
    .from(requests)
    .leftJoin(clients, eq(clients.id, requests.clientId))
    .leftJoin(clientContacts, eq(clientContacts.id, requests.contactId))
    .leftJoin(workForms, eq(workForms.id, requests.workFormId))
    .leftJoin(areas, eq(areas.id, requests.areaId))
    .where(eq(requests.id, requestId));
  if (!request) throw new AppError("NOT_FOUND");
  const inzet = await tx
    .select({
      id: assignments.id,
      firstName: experts.firstName,
      lastName: experts.lastName,
      status: assignments.status,
      reason: assignments.responseReason,
    })
    .from(assignments)
    .innerJoin(experts, eq(experts.id, assignments.expertId))
    .where(eq(assignments.requestId, requestId))
    .orderBy(asc(experts.firstName), asc(experts.lastName));
  const { submittedBy, createdAt, ...rest } = request;
  return {
    request: { ...rest, createdAt: createdAt.toISOString(), submitter: parseSubmitter(submittedBy) },
    themes: await requestThemesOf(tx, requestId),
    slots: await slotsOf(tx, requestId),
    assignments: inzet.map((a) => ({
      id: a.id,
      expert: `${a.firstName} ${a.lastName}`,
      status: a.status as AssignmentStatus,
      reason: a.reason,
    })),
    history: await historyOf(tx, requestId),
  };
}
