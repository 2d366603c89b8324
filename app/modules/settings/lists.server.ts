import { and, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { themes, workForms } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { recordAudit } from "~/modules/audit/record.server";
import type { ListKind } from "./list-kinds";

const tableOf = (kind: ListKind) => (kind === "theme" ? themes : workForms);
const entityOf = (kind: ListKind) => (kind === "theme" ? "theme" : "work_form");

export function assertPoolWrite(actor: Actor): void {
  if (!can(actor.role, "pool:write")) throw new AppError("FORBIDDEN");
}

async function assertFreeName(tx: Tx, kind: ListKind, name: string, exceptId?: string) {
  const table = tableOf(kind);
  const sameName = sql`lower(${table.name}) = lower(${name})`;
  const [found] = await tx
    .select({ id: table.id })
    .from(table)
    .where(exceptId ? and(sameName, ne(table.id, exceptId)) : sameName)
    .limit(1);
  if (found)
    throw new AppError("CONFLICT", "settings:errors.nameTaken", { name: ["settings:errors.nameTaken"] });
}

/** Adds a theme or form of work to the centre's list (active). */
export async function addListItem(
  tx: Tx,
  actor: Actor,
  input: { kind: ListKind; name: string },
): Promise<{ id: string }> {
  assertPoolWrite(actor);
  await assertFreeName(tx, input.kind, input.name);
  const table = tableOf(input.kind);
  const [row] = await tx
    .insert(table)
    .values({ centreId: actor.centreId, name: input.name })
    .returning({ id: table.id });
  await recordAudit(tx, actor, { action: "create", entity: entityOf(input.kind), entityId: row.id });
  return row;
}

/** Renames an item; experts and requests linked to it keep the link. */
export async function renameListItem(
  tx: Tx,
  actor: Actor,
  input: { kind: ListKind; id: string; name: string },
): Promise<void> {
  assertPoolWrite(actor);
  await assertFreeName(tx, input.kind, input.name, input.id);
  const table = tableOf(input.kind);
  const done = await tx
    .update(table)
    .set({ name: input.name })
    .where(eq(table.id, input.id))
    .returning({ id: table.id });
  if (done.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "update",
    entity: entityOf(input.kind),
    entityId: input.id,
    detail: { fields: ["name"] },
  });
}

/** Switches an item on or off: an inactive item is no longer offered in forms, old links stay. */
export async function setListItemActive(
  tx: Tx,
  actor: Actor,
  input: { kind: ListKind; id: string; active: boolean },
): Promise<void> {
  assertPoolWrite(actor);
  const table = tableOf(input.kind);
  const done = await tx
    .update(table)
    .set({ active: input.active })
    .where(eq(table.id, input.id))
    .returning({ id: table.id });
  if (done.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "update",
    entity: entityOf(input.kind),
    entityId: input.id,
    detail: { fields: ["active"], active: input.active },
  });
}
