import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { checklistItems, employerChecklist, employers } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { ChecklistStepInput } from "./input";
import { planChecklistReminder } from "./reminders.server";

/** The centre's checklist steps in their order (archived ones left out). */
export function activeChecklistItems(tx: Tx) {
  return tx
    .select({ id: checklistItems.id, key: checklistItems.key, label: checklistItems.label })
    .from(checklistItems)
    .where(eq(checklistItems.archived, false))
    .orderBy(asc(checklistItems.position), asc(checklistItems.label));
}

/**
 * Saves an employer's checklist as the form sends it: one answer per step. Only the steps whose
 * state, date or note changed get a new "who and when"; the rest stay as they were.
 */
export async function saveChecklist(
  tx: Tx,
  actor: Actor,
  employerId: string,
  steps: Map<string, ChecklistStepInput>,
): Promise<{ changed: number }> {
  assertCan(actor, "employers:write");
  assertId(employerId);
  const [employer] = await tx
    .select({ id: employers.id })
    .from(employers)
    .where(eq(employers.id, employerId));
  if (!employer) throw new AppError("NOT_FOUND");
  const itemIds = [...steps.keys()];
  if (itemIds.length === 0) return { changed: 0 };
  const known = await tx
    .select({ id: checklistItems.id })
    .from(checklistItems)
    .where(and(inArray(checklistItems.id, itemIds), eq(checklistItems.archived, false)));
  if (known.length !== itemIds.length) throw new AppError("INVALID", "validation.invalid");
  const before = await tx
    .select({
      itemId: employerChecklist.itemId,
      state: employerChecklist.state,
      dueOn: employerChecklist.dueOn,
      note: employerChecklist.note,
    })
    .from(employerChecklist)
    .where(eq(employerChecklist.employerId, employerId));
  const was = new Map(before.map((row) => [row.itemId, row]));
  let changed = 0;
  for (const [itemId, step] of steps) {
    const old = was.get(itemId) ?? { state: "open", dueOn: null, note: "" };
    if (old.state === step.state && old.dueOn === (step.dueOn ?? null) && old.note === step.note) continue;
    changed += 1;
    const values = { state: step.state, dueOn: step.dueOn ?? null, note: step.note, changedBy: actor.userId };
    await tx
      .insert(employerChecklist)
      .values({ centreId: actor.centreId, employerId, itemId, ...values })
      .onConflictDoUpdate({
        target: [employerChecklist.employerId, employerChecklist.itemId],
        set: { ...values, updatedAt: new Date() },
      });
    if (step.state === "open")
      await planChecklistReminder(tx, actor.centreId, { employerId, itemId, dueOn: step.dueOn ?? null });
  }
  if (changed > 0)
    await recordAudit(tx, actor, {
      action: "update",
      entity: "employer",
      entityId: employerId,
      detail: { fields: ["checklist"], steps: changed },
    });
  return { changed };
}

/** Adds a step of the centre's own to the checklist, at the end. */
export async function addChecklistItem(tx: Tx, actor: Actor, label: string): Promise<{ id: string }> {
  assertCan(actor, "employers:write");
  const [same] = await tx
    .select({ id: checklistItems.id, archived: checklistItems.archived })
    .from(checklistItems)
    .where(sql`lower(${checklistItems.label}) = lower(${label})`);
  if (same && !same.archived)
    throw new AppError("CONFLICT", "employers:errors.stepTaken", { label: ["employers:errors.stepTaken"] });
  const [{ last }] = await tx
    .select({ last: sql<number>`coalesce(max(${checklistItems.position}), 0)::int` })
    .from(checklistItems);
  const [row] = same
    ? await tx
        .update(checklistItems)
        .set({ archived: false, position: last + 1 })
        .where(eq(checklistItems.id, same.id))
        .returning({ id: checklistItems.id })
    : await tx
        .insert(checklistItems)
        .values({ centreId: actor.centreId, label, position: last + 1 })
        .returning({ id: checklistItems.id });
  await recordAudit(tx, actor, { action: "create", entity: "checklist_item", entityId: row.id });
  return row;
}

/** Takes a step off the checklist; employers' answers to it stay in the history. */
export async function archiveChecklistItem(tx: Tx, actor: Actor, itemId: string): Promise<void> {
  assertCan(actor, "employers:write");
  assertId(itemId);
  const updated = await tx
    .update(checklistItems)
    .set({ archived: true })
    .where(eq(checklistItems.id, itemId))
    .returning({ id: checklistItems.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, { action: "delete", entity: "checklist_item", entityId: itemId });
}
