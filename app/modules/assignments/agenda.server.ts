import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { type AssignmentStatus, areas, assignments, clients, requestSlots, requests } from "~/db/schema";
import { todayIso } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { expertIdOf } from "~/modules/accounts/viewer.server";
import { ownAssignment } from "./access.server";
import { agendaEvents } from "./confirm-assignment.server";
import { buildIcs } from "./ics";
import { saidComing } from "./reminders.server";
import { requestInfo } from "./request-info.server";

export type AgendaItem = {
  id: string;
  status: AssignmentStatus;
  title: string;
  clientName: string | null;
  online: boolean;
  place: string;
  areaName: string | null;
  slots: { startsAt: Date; endsAt: Date }[];
  hoursLogged: boolean;
  /** what the expert wrote down (null until then) */
  minutesWorked: number | null;
  /** a past confirmed inzet without hours: show the link to fill them in */
  canLogHours: boolean;
};

/** Which list an inzet belongs in on the expert's agenda. */
export function agendaGroup(
  item: Pick<AgendaItem, "status" | "slots">,
  now: Date,
): "offers" | "upcoming" | "past" {
  if (item.status === "offered") return "offers";
  const last = item.slots.at(-1)?.endsAt;
  const active = item.status === "accepted" || item.status === "confirmed";
  if (active && (!last || last >= now)) return "upcoming";
  return "past";
}

/** The expert's own agenda: open offers, then upcoming inzet, then what is past. Never other experts. */
export async function listAgenda(tx: Tx, actor: Actor, now: Date = new Date()) {
  if (!can(actor.role, "own:assignments")) throw new AppError("FORBIDDEN");
  const expertId = await expertIdOf(tx, actor.userId);
  const rows = await tx
    .select({
      id: assignments.id,
      status: assignments.status,
      requestId: assignments.requestId,
      hoursLoggedAt: assignments.hoursLoggedAt,
      minutesWorked: assignments.minutesWorked,
      requestStatus: requests.status,
      title: requests.title,
      clientName: clients.name,
      online: requests.online,
      place: requests.place,
      areaName: areas.name,
    })
    .from(assignments)
    .innerJoin(requests, eq(requests.id, assignments.requestId))
    .leftJoin(clients, eq(clients.id, requests.clientId))
    .leftJoin(areas, eq(areas.id, requests.areaId))
    .where(and(eq(assignments.expertId, expertId), ne(assignments.status, "cancelled")))
    .orderBy(asc(assignments.offeredAt));
  const slots = rows.length
    ? await tx
        .select({
          requestId: requestSlots.requestId,
          startsAt: requestSlots.startsAt,
          endsAt: requestSlots.endsAt,
        })
        .from(requestSlots)
        .where(inArray(requestSlots.requestId, [...new Set(rows.map((r) => r.requestId))]))
        .orderBy(asc(requestSlots.startsAt))
    : [];
  const items: AgendaItem[] = rows
    .filter((row) => !(row.status === "offered" && row.requestStatus === "cancelled"))
    .map((row) => ({
      id: row.id,
      status: row.status,
      title: row.title,
      clientName: row.clientName,
      online: row.online,
      place: row.place,
      areaName: row.areaName,
      slots: slots
        .filter((s) => s.requestId === row.requestId)
        .map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt })),
      hoursLogged: row.hoursLoggedAt !== null,
      minutesWorked: row.minutesWorked,
      canLogHours: false,
    }));
  const first = (i: AgendaItem) => i.slots[0]?.startsAt.getTime() ?? Number.MAX_SAFE_INTEGER;
  const groups = { offers: [] as AgendaItem[], upcoming: [] as AgendaItem[], past: [] as AgendaItem[] };
  for (const item of items) {
    const group = agendaGroup(item, now);
    item.canLogHours = item.status === "confirmed" && group === "past" && !item.hoursLogged;
    groups[group].push(item);
  }
  groups.offers.sort((a, b) => first(a) - first(b));
  groups.upcoming.sort((a, b) => first(a) - first(b));
  groups.past.sort((a, b) => first(b) - first(a));
  return { ...groups, totals: agendaTotals(groups.past, now) };
}

/** Hours written this month and this year (Amsterdam), and how many times the expert did an inzet this year. */
export function agendaTotals(past: Pick<AgendaItem, "status" | "slots" | "minutesWorked">[], now: Date) {
  const today = todayIso(now);
  const totals = { monthMinutes: 0, yearMinutes: 0, yearCount: 0 };
  for (const item of past) {
    const day = item.slots[0] ? todayIso(item.slots[0].startsAt) : null;
    if (item.status !== "confirmed" || !day || day.slice(0, 4) !== today.slice(0, 4)) continue;
    totals.yearCount += 1;
    totals.yearMinutes += item.minutesWorked ?? 0;
    if (day.slice(0, 7) === today.slice(0, 7)) totals.monthMinutes += item.minutesWorked ?? 0;
  }
  return totals;
}

/** One inzet as the expert sees it: what, where, when, for whom, what is asked. */
export async function agendaItem(tx: Tx, actor: Actor, assignmentId: string, now: Date = new Date()) {
  const row = await ownAssignment(tx, actor, assignmentId);
  const [extra] = await tx
    .select({
      hoursLoggedAt: assignments.hoursLoggedAt,
      minutesWorked: assignments.minutesWorked,
      responseReason: assignments.responseReason,
    })
    .from(assignments)
    .where(eq(assignments.id, row.id));
  const info = await requestInfo(tx, row.requestId);
  const item: AgendaItem = {
    id: row.id,
    status: row.status,
    title: info.title,
    clientName: info.clientName,
    online: info.online,
    place: info.place,
    areaName: info.areaName,
    slots: info.slots.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt })),
    hoursLogged: extra.hoursLoggedAt !== null,
    minutesWorked: extra.minutesWorked,
    canLogHours: false,
  };
  const group = agendaGroup(item, now);
  item.canLogHours = row.status === "confirmed" && group === "past" && !item.hoursLogged;
  return {
    ...item,
    number: info.number,
    description: info.description,
    workFormName: info.workFormName,
    expertsNeeded: info.expertsNeeded,
    group,
    coming: row.status === "confirmed" ? await saidComing(tx, row.id) : false,
  };
}

/** The calendar file of a confirmed inzet, for the expert's own agenda. */
export async function agendaIcs(tx: Tx, actor: Actor, assignmentId: string) {
  const row = await ownAssignment(tx, actor, assignmentId);
  if (row.status !== "confirmed") throw new AppError("NOT_FOUND");
  const info = await requestInfo(tx, row.requestId);
  if (info.slots.length === 0) throw new AppError("NOT_FOUND");
  return { number: info.number, text: buildIcs(agendaEvents(info, row.id)) };
}
