import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import {
  areas,
  assignments,
  clients,
  conflicts,
  experts,
  requestSlots,
  requests,
  requestThemes,
  themes,
  workForms,
} from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { type Candidates, failingChecks, findCandidates, type MatchTarget } from "./queries.server";
import { slotNeeds } from "./rules";

export function assertMatching(actor: Actor): void {
  if (!can(actor.role, "matching:use")) throw new AppError("FORBIDDEN");
}

/** The request as the match page shows it, and what the candidate query needs. */
async function requestFor(tx: Tx, actor: Actor, requestId: string) {
  const [row] = await tx
    .select({
      id: requests.id,
      number: requests.number,
      title: requests.title,
      status: requests.status,
      clientId: requests.clientId,
      clientName: clients.name,
      online: requests.online,
      place: requests.place,
      areaId: requests.areaId,
      areaName: areas.name,
      latE6: areas.latE6,
      lonE6: areas.lonE6,
      workFormId: requests.workFormId,
      workFormName: workForms.name,
      expertsNeeded: requests.expertsNeeded,
    })
    .from(requests)
    .leftJoin(clients, eq(clients.id, requests.clientId))
    .leftJoin(areas, eq(areas.id, requests.areaId))
    .leftJoin(workForms, eq(workForms.id, requests.workFormId))
    .where(and(eq(requests.id, requestId), eq(requests.centreId, actor.centreId)));
  if (!row) throw new AppError("NOT_FOUND");
  const slots = await tx
    .select({ startsAt: requestSlots.startsAt, endsAt: requestSlots.endsAt })
    .from(requestSlots)
    .where(eq(requestSlots.requestId, requestId))
    .orderBy(asc(requestSlots.startsAt));
  const themeRows = await tx
    .select({ id: themes.id, name: themes.name })
    .from(requestThemes)
    .innerJoin(themes, eq(themes.id, requestThemes.themeId))
    .where(eq(requestThemes.requestId, requestId))
    .orderBy(asc(themes.name));
  return { row, slots, themeIds: themeRows.map((t) => t.id), themeNames: themeRows.map((t) => t.name) };
}

function targetOf(
  actor: Actor,
  row: Awaited<ReturnType<typeof requestFor>>["row"],
  slots: { startsAt: Date; endsAt: Date }[],
  themeIds: string[],
): MatchTarget {
  return {
    centreId: actor.centreId,
    requestId: row.id,
    clientId: row.clientId,
    online: row.online,
    areaId: row.areaId,
    latE6: row.latE6,
    lonE6: row.lonE6,
    workFormId: row.workFormId,
    themeIds,
    needs: slotNeeds(slots),
  };
}

/** Before an offer: every chosen expert still passes the hard rules (the page may be out of date). */
export async function assertOfferable(tx: Tx, actor: Actor, requestId: string, expertIds: string[]) {
  assertMatching(actor);
  const { row, slots, themeIds } = await requestFor(tx, actor, requestId);
  const failing = await failingChecks(tx, targetOf(actor, row, slots, themeIds), expertIds);
  if (failing.length > 0)
    throw new AppError("CONFLICT", "matching:errors.notEligible", {
      expertId: ["matching:errors.notEligible"],
    });
}

/** Everything the match page shows: the request, the ranked pool, the excluded, the offers and conflicts. */
export async function matchPage(tx: Tx, actor: Actor, requestId: string, now = new Date()) {
  assertMatching(actor);
  const { row, slots, themeIds, themeNames } = await requestFor(tx, actor, requestId);
  const target = targetOf(actor, row, slots, themeIds);
  const candidates: Candidates = await findCandidates(tx, target, { now });
  const current = await tx
    .select({
      id: assignments.id,
      expertId: assignments.expertId,
      firstName: experts.firstName,
      lastName: experts.lastName,
      status: assignments.status,
      responseReason: assignments.responseReason,
      offeredAt: assignments.offeredAt,
    })
    .from(assignments)
    .innerJoin(experts, eq(experts.id, assignments.expertId))
    .where(eq(assignments.requestId, requestId))
    .orderBy(asc(assignments.offeredAt), asc(experts.lastName));
  const flagged = row.clientId
    ? await tx
        .select({
          id: conflicts.id,
          firstName: experts.firstName,
          lastName: experts.lastName,
          reason: conflicts.reason,
        })
        .from(conflicts)
        .innerJoin(experts, eq(experts.id, conflicts.expertId))
        .where(eq(conflicts.clientId, row.clientId))
        .orderBy(asc(experts.lastName))
    : [];
  const { latE6: _lat, lonE6: _lon, areaId: _area, workFormId: _form, ...request } = row;
  return {
    request: { ...request, themeNames, slots },
    candidates,
    assignments: current,
    conflicts: flagged,
  };
}
