import type { RequestStatus } from "~/db/schema";
import { amsterdamToDate, todayIso } from "~/lib/dates";
import type { DemoContext, DemoRows } from "./build";
import { demoLogins } from "./logins";
import { audiences, cancelReasons, declineReasons, quotes, requestTopics, wentWell } from "./people";
import type { Random } from "./random";

export const REQUESTS = 80;
const DAY = 24 * 60 * 60 * 1000;

/** How many requests of each state: every state occurs, most work is open or finished. */
export const stateCounts: Record<RequestStatus, number> = {
  new: 10,
  in_progress: 12,
  proposed: 10,
  confirmed: 14,
  done: 10,
  evaluated: 16,
  cancelled: 8,
};

/** Requests over every state, with slots, and assignments and evaluations that match the state. */
export function addRequests(rand: Random, ctx: DemoContext, rows: DemoRows) {
  const { centreId, today } = ctx;
  const states = Object.entries(stateCounts).flatMap(([s, n]) =>
    Array<RequestStatus>(n).fill(s as RequestStatus),
  );
  const order = rand.sample(states, REQUESTS);
  const working = rows.experts.filter((e) => e.status === "active" || e.status === "certified");
  const creator = ctx.userIds[demoLogins[1].email];
  order.forEach((status, i) => {
    const id = rand.uuid();
    const client = rows.clients[i % rows.clients.length];
    const contact = rows.clientContacts.find((c) => c.clientId === client.id);
    const form = rand.pick(ctx.workForms);
    const past = status === "done" || status === "evaluated" || (status === "cancelled" && rand.chance(0.5));
    const day = new Date(today.getTime() + (past ? -rand.int(3, 200) : rand.int(4, 100)) * DAY);
    // morning, afternoon or evening on the clock in Amsterdam, summer and winter alike
    const start = amsterdamToDate(todayIso(day), rand.pick(["09:30", "13:30", "18:30"]));
    const end = new Date(start.getTime() + rand.pick([90, 120, 180]) * 60_000);
    const needed = rand.chance(0.2) ? 2 : 1;
    const online = rand.chance(0.15);
    const createdAt = new Date(Math.min(start.getTime(), today.getTime()) - rand.int(10, 60) * DAY);
    const fromForm = status === "new" && rand.chance(0.4);
    rows.requests.push({
      id,
      centreId,
      number: i + 1,
      clientId: client.id,
      contactId: contact?.id,
      workFormId: form.id,
      title: `${capital(form.name)}: ${rand.pick(requestTopics)}`,
      description: `Wij zoeken een ervaringsdeskundige voor ${rand.pick(audiences)}. Graag iemand die open vertelt en vragen beantwoordt.`,
      online,
      place: online ? "" : (client.address ?? ""),
      areaId: online ? null : client.areaId,
      expertsNeeded: needed,
      status,
      cancelReason: status === "cancelled" ? rand.pick(cancelReasons) : null,
      source: fromForm ? "public_form" : "staff",
      submittedBy: fromForm ? contact?.name : null,
      createdBy: fromForm ? null : creator,
      createdAt,
      updatedAt: createdAt,
    });
    for (const themeId of rand.sample(ctx.themeIds, rand.int(1, 2)))
      rows.requestThemes.push({ centreId, requestId: id, themeId });
    rows.requestSlots.push({ id: rand.uuid(), centreId, requestId: id, startsAt: start, endsAt: end });
    addAssignments(rand, ctx, rows, { id, status, needed, createdAt, end, index: i }, working);
  });
}

function addAssignments(
  rand: Random,
  ctx: DemoContext,
  rows: DemoRows,
  request: { id: string; status: RequestStatus; needed: number; createdAt: Date; end: Date; index: number },
  working: DemoRows["experts"],
) {
  const { centreId } = ctx;
  const { status, needed } = request;
  if (status === "new") return;
  const chosen = rand.sample(working.slice(2), needed + 1);
  if (request.index % 6 === 0) chosen.unshift(working[0]);
  if (request.index % 6 === 3) chosen.unshift(working[1]);
  const offeredAt = new Date(request.createdAt.getTime() + 2 * DAY);
  const respondedAt = new Date(offeredAt.getTime() + DAY);
  const base = (expert: (typeof working)[number]) => ({
    id: rand.uuid(),
    centreId,
    requestId: request.id,
    expertId: expert.id!,
    offeredBy: ctx.userIds[demoLogins[1].email],
    offeredAt,
  });
  // one expert said no first, on about a third of the requests that got that far
  if (status !== "in_progress" && rand.chance(0.3))
    rows.assignments.push({
      ...base(chosen[needed]),
      status: "declined",
      respondedAt,
      responseReason: rand.pick(declineReasons),
    });
  chosen.slice(0, needed).forEach((expert) => {
    const row = { ...base(expert) };
    switch (status) {
      case "in_progress":
        rows.assignments.push({ ...row, status: "offered" });
        return;
      case "proposed":
        rows.assignments.push({ ...row, status: "accepted", respondedAt });
        return;
      case "confirmed":
        rows.assignments.push({
          ...row,
          status: "confirmed",
          respondedAt,
          confirmedAt: new Date(respondedAt.getTime() + DAY),
        });
        return;
      case "done":
      case "evaluated": {
        const km = rand.pick([0, 8, 15, 24, 37, 52]);
        rows.assignments.push({
          ...row,
          status: "confirmed",
          respondedAt,
          confirmedAt: new Date(respondedAt.getTime() + DAY),
          minutesWorked: rand.pick([90, 120, 150, 180, 240]),
          travelKm: km,
          travelCostCents: km * 23,
          hoursLoggedAt: new Date(request.end.getTime() + rand.int(1, 4) * DAY),
        });
        return;
      }
      case "cancelled":
        if (rand.chance(0.5)) rows.assignments.push({ ...row, status: "cancelled", respondedAt });
        return;
    }
  });
  if (status === "evaluated" || (status === "done" && rand.chance(0.5))) {
    const sentAt = new Date(request.end.getTime() + 5 * DAY);
    const submitted = status === "evaluated";
    const quote = submitted && rand.chance(0.5) ? rand.pick(quotes) : null;
    rows.evaluations.push({
      id: rand.uuid(),
      centreId,
      requestId: request.id,
      tokenHash: `${rand.uuid()}${rand.uuid()}`.replaceAll("-", ""),
      sentAt,
      score: submitted ? rand.pick([3, 4, 4, 5, 5, 5]) : null,
      wentWell: submitted ? rand.pick(wentWell) : null,
      quote,
      quotePublic: Boolean(quote) && rand.chance(0.6),
      submittedAt: submitted ? new Date(sentAt.getTime() + rand.int(1, 10) * DAY) : null,
    });
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
