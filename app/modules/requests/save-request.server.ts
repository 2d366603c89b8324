import { eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import {
  areas,
  centres,
  clientContacts,
  clients,
  requestSlots,
  requests,
  requestThemes,
  themes,
  workForms,
} from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { afterDatesChanged } from "~/modules/assignments/end-assignments.server";
import { requestInfo } from "~/modules/assignments/request-info.server";
import { recordAudit } from "~/modules/audit/record.server";
import type { OwnRequestInput } from "./input";
import { slotInstants } from "./when";

type Who = Actor | { centreId: string; userId: null };

/** What, when and where, plus who it is for: the shape every way of creating a request ends in. */
export type RequestValues = OwnRequestInput & {
  clientId: string | null;
  contactId?: string | null;
  source?: "staff" | "public_form";
  submittedBy?: string | null;
};

export function assertRequestsWrite(actor: Actor): void {
  if (!can(actor.role, "requests:write")) throw new AppError("FORBIDDEN");
}

const invalidField = (field: string) =>
  new AppError("INVALID", "errors.INVALID", { [field]: ["validation.invalid"] });

/** Every id the form sent must exist in this centre (foreign keys alone do not look at the centre). */
async function checkReferences(tx: Tx, v: RequestValues): Promise<void> {
  if (v.clientId) {
    const [found] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, v.clientId));
    if (!found) throw invalidField("clientId");
  }
  if (v.contactId) {
    const [found] = await tx
      .select({ clientId: clientContacts.clientId })
      .from(clientContacts)
      .where(eq(clientContacts.id, v.contactId));
    if (!found || found.clientId !== v.clientId)
      throw new AppError("INVALID", "errors.INVALID", { contactId: ["requests:errors.contactOtherClient"] });
  }
  if (v.workFormId) {
    const [found] = await tx
      .select({ id: workForms.id })
      .from(workForms)
      .where(eq(workForms.id, v.workFormId));
    if (!found) throw invalidField("workFormId");
  }
  if (v.areaId) {
    const [found] = await tx.select({ id: areas.id }).from(areas).where(eq(areas.id, v.areaId));
    if (!found) throw invalidField("areaId");
  }
  const themeIds = [...new Set(v.themeIds)];
  if (themeIds.length > 0) {
    const found = await tx.select({ id: themes.id }).from(themes).where(inArray(themes.id, themeIds));
    if (found.length !== themeIds.length) throw invalidField("themeIds");
  }
}

function columns(v: RequestValues) {
  return {
    clientId: v.clientId,
    contactId: v.contactId ?? null,
    workFormId: v.workFormId ?? null,
    title: v.title,
    description: v.description,
    online: v.online,
    place: v.online ? "" : v.place,
    areaId: v.areaId ?? null,
    periodStart: v.periodStart || null,
    periodEnd: v.periodEnd || null,
    expertsNeeded: v.expertsNeeded,
    budgetNote: v.budgetNote,
  };
}

async function writeThemes(tx: Tx, centreId: string, requestId: string, v: RequestValues) {
  const themeIds = [...new Set(v.themeIds)];
  if (themeIds.length > 0)
    await tx.insert(requestThemes).values(themeIds.map((themeId) => ({ centreId, requestId, themeId })));
}

/**
 * Writes the dates the form sent. A row that carries the id of one of this request's dates updates that
 * date in place (its calendar event keeps its UID); other rows are new dates; dates no row names are
 * removed. Ids of another request's dates are ignored, so a form cannot move them.
 */
async function writeSlots(tx: Tx, centreId: string, requestId: string, v: RequestValues) {
  const slots = slotInstants(v.slots.map((s) => s ?? {}));
  const existing = await tx
    .select({ id: requestSlots.id })
    .from(requestSlots)
    .where(eq(requestSlots.requestId, requestId));
  const own = new Set(existing.map((s) => s.id));
  const kept = new Set<string>();
  const fresh: { startsAt: Date; endsAt: Date }[] = [];
  for (const slot of slots) {
    if (slot.id && own.has(slot.id) && !kept.has(slot.id)) {
      kept.add(slot.id);
      await tx
        .update(requestSlots)
        .set({ startsAt: slot.startsAt, endsAt: slot.endsAt })
        .where(eq(requestSlots.id, slot.id));
    } else fresh.push({ startsAt: slot.startsAt, endsAt: slot.endsAt });
  }
  const dropped = [...own].filter((id) => !kept.has(id));
  if (dropped.length > 0) await tx.delete(requestSlots).where(inArray(requestSlots.id, dropped));
  if (fresh.length > 0)
    await tx.insert(requestSlots).values(fresh.map((s) => ({ centreId, requestId, ...s })));
}

/**
 * Inserts a request with its themes and dates and gives it the centre's next number, all in the
 * caller's transaction. No role check: the callers below and the public form check who may.
 */
export async function insertRequestWithChildren(
  tx: Tx,
  who: Who,
  v: RequestValues,
): Promise<{ id: string; number: number }> {
  await checkReferences(tx, v);
  const [seq] = await tx
    .update(centres)
    .set({ requestSeq: sql`${centres.requestSeq} + 1` })
    .where(eq(centres.id, who.centreId))
    .returning({ number: centres.requestSeq });
  if (!seq) throw new AppError("NOT_FOUND");
  const [row] = await tx
    .insert(requests)
    .values({
      centreId: who.centreId,
      number: seq.number,
      ...columns(v),
      status: "new",
      source: v.source ?? "staff",
      submittedBy: v.submittedBy ?? null,
      createdBy: who.userId,
    })
    .returning({ id: requests.id, number: requests.number });
  await writeThemes(tx, who.centreId, row.id, v);
  await writeSlots(tx, who.centreId, row.id, v);
  await recordAudit(tx, who, {
    action: "create",
    entity: "request",
    entityId: row.id,
    detail: { source: v.source ?? "staff" },
  });
  return row;
}

/** A coordinator registers a request. */
export function createRequest(tx: Tx, actor: Actor, v: RequestValues) {
  assertRequestsWrite(actor);
  return insertRequestWithChildren(tx, actor, { ...v, source: "staff" });
}

/**
 * A coordinator changes a request; its themes and dates become what the form sent. When dates moved,
 * came or went, the experts on it and the client's calendar hear of it (afterDatesChanged).
 */
export async function updateRequest(
  tx: Tx,
  actor: Actor,
  v: RequestValues & { requestId: string },
): Promise<void> {
  assertRequestsWrite(actor);
  const [current] = await tx
    .select({ status: requests.status })
    .from(requests)
    .where(eq(requests.id, v.requestId))
    .for("update");
  if (!current) throw new AppError("NOT_FOUND");
  if (current.status === "cancelled" || current.status === "evaluated")
    throw new AppError("CONFLICT", "requests:errors.closed");
  await checkReferences(tx, v);
  const before = (await requestInfo(tx, v.requestId)).slots;
  await tx.update(requests).set(columns(v)).where(eq(requests.id, v.requestId));
  await tx.delete(requestThemes).where(eq(requestThemes.requestId, v.requestId));
  await writeThemes(tx, actor.centreId, v.requestId, v);
  await writeSlots(tx, actor.centreId, v.requestId, v);
  await recordAudit(tx, actor, {
    action: "update",
    entity: "request",
    entityId: v.requestId,
    detail: { fields: Object.keys(columns(v)).concat("themes", "slots") },
  });
  await afterDatesChanged(tx, actor, { requestId: v.requestId, before });
}
