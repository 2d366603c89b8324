import { and, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { employers, intervisieGroups, intervisieMembers } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import { assertActiveExpert } from "~/modules/pool/active-expert.server";
import type { GroupInput } from "./input";

export async function assertGroup(tx: Tx, groupId: string): Promise<void> {
  assertId(groupId);
  const [row] = await tx
    .select({ id: intervisieGroups.id })
    .from(intervisieGroups)
    .where(eq(intervisieGroups.id, groupId));
  if (!row) throw new AppError("NOT_FOUND");
}

async function values(tx: Tx, input: GroupInput) {
  if (input.kind === "employer") {
    const [employer] = await tx
      .select({ id: employers.id })
      .from(employers)
      .where(eq(employers.id, input.employerId));
    if (!employer) throw new AppError("INVALID", "validation.invalid", { employerId: ["validation.choose"] });
  }
  return {
    name: input.name,
    kind: input.kind,
    area: input.kind === "region" ? input.area : "",
    employerId: input.kind === "employer" ? input.employerId : null,
  };
}

/** Two groups of a centre do not share a name. */
async function assertFreeName(tx: Tx, name: string, groupId?: string): Promise<void> {
  const rows = await tx
    .select({ id: intervisieGroups.id })
    .from(intervisieGroups)
    .where(eq(intervisieGroups.name, name));
  if (rows.some((r) => r.id !== groupId))
    throw new AppError("INVALID", "intervisie:errors.nameTaken", { name: ["intervisie:errors.nameTaken"] });
}

/** A new group (active). */
export async function createGroup(tx: Tx, actor: Actor, input: GroupInput): Promise<{ id: string }> {
  assertCan(actor, "intervisie:manage");
  const fields = await values(tx, input);
  await assertFreeName(tx, fields.name);
  const [row] = await tx
    .insert(intervisieGroups)
    .values({ centreId: actor.centreId, ...fields })
    .returning({ id: intervisieGroups.id });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "intervisie_group",
    entityId: row.id,
    detail: { fields: Object.keys(fields) },
  });
  return row;
}

/** Changes a group's details; `active` off ends it (its sessions and members stay). */
export async function updateGroup(
  tx: Tx,
  actor: Actor,
  input: GroupInput & { groupId: string },
): Promise<void> {
  assertCan(actor, "intervisie:manage");
  await assertGroup(tx, input.groupId);
  const fields = { ...(await values(tx, input)), active: Boolean(input.active) };
  await assertFreeName(tx, fields.name, input.groupId);
  await tx.update(intervisieGroups).set(fields).where(eq(intervisieGroups.id, input.groupId));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "intervisie_group",
    entityId: input.groupId,
    detail: { fields: Object.keys(fields) },
  });
}

/** Adds an active pool expert to a group (once). */
export async function addMember(
  tx: Tx,
  actor: Actor,
  input: { groupId: string; expertId: string },
): Promise<void> {
  assertCan(actor, "intervisie:manage");
  await assertGroup(tx, input.groupId);
  await assertActiveExpert(tx, input.expertId);
  const rows = await tx
    .insert(intervisieMembers)
    .values({ centreId: actor.centreId, groupId: input.groupId, expertId: input.expertId })
    .onConflictDoNothing()
    .returning({ id: intervisieMembers.id });
  if (rows.length === 0) return;
  await recordAudit(tx, actor, {
    action: "create",
    entity: "intervisie_member",
    entityId: rows[0].id,
    detail: { fields: ["groupId", "expertId"] },
  });
}

/** Takes an expert out of a group (their signups and attendance stay: they happened). */
export async function removeMember(
  tx: Tx,
  actor: Actor,
  input: { groupId: string; expertId: string },
): Promise<void> {
  assertCan(actor, "intervisie:manage");
  await assertGroup(tx, input.groupId);
  const rows = await tx
    .delete(intervisieMembers)
    .where(and(eq(intervisieMembers.groupId, input.groupId), eq(intervisieMembers.expertId, input.expertId)))
    .returning({ id: intervisieMembers.id });
  if (rows.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, { action: "delete", entity: "intervisie_member", entityId: rows[0].id });
}
