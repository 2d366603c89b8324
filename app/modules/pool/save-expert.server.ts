import { eq, inArray } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import {
  areas,
  expertAreas,
  expertAvailability,
  experts,
  expertThemes,
  expertWorkForms,
  themes,
  workForms,
} from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { ExpertInput } from "./input";
import { linksOf } from "./queries.server";
import { changedFields, parseSlot, type Slot, slotKey, splitLanguages } from "./rules";

/** The input as stored: optional texts become "" or null, languages an array, slots parsed. */
function stored(input: ExpertInput) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email ?? null,
    phone: input.phone ?? null,
    status: input.status,
    certifiedOn: input.certifiedOn ?? null,
    homeAreaId: input.homeAreaId ?? null,
    maxTravelKm: input.maxTravelKm ?? null,
    acceptsOnline: input.acceptsOnline,
    languages: splitLanguages(input.languages),
    profileText: input.profileText ?? "",
    privateNotes: input.privateNotes ?? "",
  };
}

function uniqueSlots(values: string[]): Slot[] {
  const slots = new Map<string, Slot>();
  for (const value of values) {
    const slot = parseSlot(value);
    if (slot) slots.set(slotKey(slot), slot);
  }
  return [...slots.values()];
}

/** Every chosen theme, form of work and area must be one of this centre's (row-level security hides others). */
async function assertKnownIds(tx: Tx, input: ExpertInput): Promise<void> {
  const fields: Record<string, string[]> = {};
  const check = async (
    name: string,
    table: typeof themes | typeof workForms | typeof areas,
    ids: string[],
  ) => {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return;
    const found = await tx.select({ id: table.id }).from(table).where(inArray(table.id, wanted));
    if (found.length !== wanted.length) fields[name] = ["validation.invalid"];
  };
  await check("themeIds", themes, input.themeIds);
  await check("workFormIds", workForms, input.workFormIds);
  await check("areaIds", areas, input.areaIds);
  await check("homeAreaId", areas, input.homeAreaId ? [input.homeAreaId] : []);
  if (Object.keys(fields).length > 0) throw new AppError("INVALID", "errors.INVALID", fields);
}

async function replaceLinks(tx: Tx, centreId: string, expertId: string, input: ExpertInput) {
  await tx.delete(expertThemes).where(eq(expertThemes.expertId, expertId));
  await tx.delete(expertWorkForms).where(eq(expertWorkForms.expertId, expertId));
  await tx.delete(expertAreas).where(eq(expertAreas.expertId, expertId));
  await tx.delete(expertAvailability).where(eq(expertAvailability.expertId, expertId));
  const themeIds = [...new Set(input.themeIds)];
  const workFormIds = [...new Set(input.workFormIds)];
  const areaIds = [...new Set(input.areaIds)];
  const slots = uniqueSlots(input.availability);
  if (themeIds.length)
    await tx.insert(expertThemes).values(themeIds.map((themeId) => ({ centreId, expertId, themeId })));
  if (workFormIds.length)
    await tx
      .insert(expertWorkForms)
      .values(workFormIds.map((workFormId) => ({ centreId, expertId, workFormId })));
  if (areaIds.length)
    await tx.insert(expertAreas).values(areaIds.map((areaId) => ({ centreId, expertId, areaId })));
  if (slots.length)
    await tx.insert(expertAvailability).values(slots.map((slot) => ({ centreId, expertId, ...slot })));
}

function linkValues(input: ExpertInput) {
  return {
    themeIds: input.themeIds,
    workFormIds: input.workFormIds,
    areaIds: input.areaIds,
    availability: uniqueSlots(input.availability).map(slotKey),
  };
}

/** Adds an expert with their themes, forms of work, areas and availability. Call inside one transaction. */
export async function createExpert(
  tx: Tx,
  actor: Actor,
  input: ExpertInput & { userId?: string | null },
): Promise<{ id: string }> {
  assertCan(actor, "pool:write");
  await assertKnownIds(tx, input);
  const values = stored(input);
  const [row] = await tx
    .insert(experts)
    .values({ centreId: actor.centreId, userId: input.userId ?? null, ...values })
    .returning({ id: experts.id });
  await replaceLinks(tx, actor.centreId, row.id, input);
  const filled = Object.entries({ ...values, ...linkValues(input) })
    .filter(([, value]) => (Array.isArray(value) ? value.length > 0 : value !== null && value !== ""))
    .map(([field]) => field);
  await recordAudit(tx, actor, {
    action: "create",
    entity: "expert",
    entityId: row.id,
    detail: { fields: filled, login: Boolean(input.userId) },
  });
  return row;
}

/** Saves changes to an expert and replaces their links. The audit line lists the changed field names. */
export async function updateExpert(
  tx: Tx,
  actor: Actor,
  input: ExpertInput & { id: string; userId?: string | null },
): Promise<{ id: string; changed: string[] }> {
  assertCan(actor, "pool:write");
  assertId(input.id);
  const [before] = await tx
    .select({
      firstName: experts.firstName,
      lastName: experts.lastName,
      email: experts.email,
      phone: experts.phone,
      status: experts.status,
      certifiedOn: experts.certifiedOn,
      homeAreaId: experts.homeAreaId,
      maxTravelKm: experts.maxTravelKm,
      acceptsOnline: experts.acceptsOnline,
      languages: experts.languages,
      profileText: experts.profileText,
      privateNotes: experts.privateNotes,
      userId: experts.userId,
    })
    .from(experts)
    .where(eq(experts.id, input.id))
    .for("update");
  if (!before) throw new AppError("NOT_FOUND");
  await assertKnownIds(tx, input);
  const values = stored(input);
  const { userId: currentUser, ...beforeValues } = before;
  const oldLinks = await linksOf(tx, input.id);
  const changed = [
    ...changedFields(beforeValues, values),
    ...changedFields(
      {
        themeIds: oldLinks.themeIds,
        workFormIds: oldLinks.workFormIds,
        areaIds: oldLinks.areaIds,
        availability: oldLinks.availability.map(slotKey),
      },
      linkValues(input),
    ),
  ];
  const userId = currentUser ?? input.userId ?? null;
  await tx
    .update(experts)
    .set({ ...values, userId, updatedAt: new Date() })
    .where(eq(experts.id, input.id));
  await replaceLinks(tx, actor.centreId, input.id, input);
  await recordAudit(tx, actor, {
    action: "update",
    entity: "expert",
    entityId: input.id,
    detail: { fields: changed, login: userId !== currentUser },
  });
  return { id: input.id, changed };
}
