import { eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { requestSlots, requests, requestThemes } from "~/db/schema";
import { formatTime, todayIso } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { clientOptions, contactOptions } from "~/modules/clients/queries.server";
import { listAreas, listThemes, listWorkForms } from "~/modules/pool/lists.server";
import type { RequestDefaults } from "./defaults";
import { assertRequestsRead } from "./queries.server";

const toOptions = (rows: { id: string; name: string; active?: boolean }[]) =>
  rows.filter((r) => r.active !== false).map((r) => ({ value: r.id, label: r.name }));

/** The centre's lists a request form offers: forms of work, themes and areas (active ones). */
export async function requestListOptions(tx: Tx) {
  return {
    workForms: toOptions(await listWorkForms(tx)),
    themes: toOptions(await listThemes(tx)),
    areas: toOptions(await listAreas(tx)),
  };
}

/** The staff form adds clients and their contact persons. */
export async function staffRequestOptions(tx: Tx) {
  return {
    ...(await requestListOptions(tx)),
    clients: await clientOptions(tx),
    contacts: (await contactOptions(tx)).map(({ value, label }) => ({ value, label })),
  };
}

/** A saved request as the edit form fills it in: dates and times in Amsterdam. */
export async function requestDefaults(tx: Tx, actor: Actor, requestId: string) {
  assertRequestsRead(actor);
  const [row] = await tx
    .select({
      number: requests.number,
      status: requests.status,
      clientId: requests.clientId,
      contactId: requests.contactId,
      title: requests.title,
      description: requests.description,
      workFormId: requests.workFormId,
      online: requests.online,
      place: requests.place,
      areaId: requests.areaId,
      periodStart: requests.periodStart,
      periodEnd: requests.periodEnd,
      expertsNeeded: requests.expertsNeeded,
      budgetNote: requests.budgetNote,
    })
    .from(requests)
    .where(eq(requests.id, requestId));
  if (!row) throw new AppError("NOT_FOUND");
  const themeRows = await tx
    .select({ id: requestThemes.themeId })
    .from(requestThemes)
    .where(eq(requestThemes.requestId, requestId));
  const slotRows = await tx
    .select({ id: requestSlots.id, startsAt: requestSlots.startsAt, endsAt: requestSlots.endsAt })
    .from(requestSlots)
    .where(eq(requestSlots.requestId, requestId))
    .orderBy(requestSlots.startsAt, requestSlots.id);
  const { number, status, clientId, contactId, ...rest } = row;
  const defaults: RequestDefaults = {
    ...rest,
    themeIds: themeRows.map((r) => r.id),
    slots: slotRows.map((s) => ({
      id: s.id,
      date: todayIso(s.startsAt),
      start: formatTime(s.startsAt, "nl"),
      end: formatTime(s.endsAt, "nl"),
    })),
  };
  return { number, status, clientId, contactId, defaults };
}
