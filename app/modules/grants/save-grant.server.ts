import { and, eq, inArray, isNull, notInArray, or } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { cohorts, type GrantMetric, grantPilots, grants, grantTargets } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { recordAudit } from "~/modules/audit/record.server";
import { addStartingStatements } from "~/modules/pilots/save-pilot.server";
import { requireGrantsManage } from "./access.server";
import type { GrantInput } from "./input";

function grantValues(input: GrantInput) {
  return {
    name: input.name,
    funderName: input.funderName,
    reference: input.reference,
    amountCents: input.amount,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    province: input.province ?? null,
    description: input.description,
  };
}

async function requireGrant(tx: Tx, grantId: string): Promise<void> {
  const [row] = await tx.select({ id: grants.id }).from(grants).where(eq(grants.id, grantId));
  if (!row) throw new AppError("NOT_FOUND");
}

export async function createGrant(tx: Tx, actor: Actor, input: GrantInput): Promise<{ id: string }> {
  requireGrantsManage(actor);
  const [row] = await tx
    .insert(grants)
    .values({ centreId: actor.centreId, ...grantValues(input) })
    .returning({ id: grants.id });
  await recordAudit(tx, actor, { action: "create", entity: "grant", entityId: row.id });
  return row;
}

export async function updateGrant(tx: Tx, actor: Actor, grantId: string, input: GrantInput): Promise<void> {
  requireGrantsManage(actor);
  const updated = await tx
    .update(grants)
    .set(grantValues(input))
    .where(eq(grants.id, grantId))
    .returning({ id: grants.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "update",
    entity: "grant",
    entityId: grantId,
    detail: { fields: Object.keys(grantValues(input)) },
  });
}

/** Sets (or changes) the target of one metric. */
export async function setTarget(
  tx: Tx,
  actor: Actor,
  grantId: string,
  input: { metric: GrantMetric; target: number },
): Promise<void> {
  requireGrantsManage(actor);
  await requireGrant(tx, grantId);
  await tx
    .insert(grantTargets)
    .values({ centreId: actor.centreId, grantId, metric: input.metric, target: input.target })
    .onConflictDoUpdate({
      target: [grantTargets.grantId, grantTargets.metric],
      set: { target: input.target },
    });
  await recordAudit(tx, actor, {
    action: "update",
    entity: "grant_target",
    entityId: grantId,
    detail: { metric: input.metric },
  });
}

export async function removeTarget(
  tx: Tx,
  actor: Actor,
  grantId: string,
  metric: GrantMetric,
): Promise<void> {
  requireGrantsManage(actor);
  await requireGrant(tx, grantId);
  await tx
    .delete(grantTargets)
    .where(and(eq(grantTargets.grantId, grantId), eq(grantTargets.metric, metric)));
  await recordAudit(tx, actor, {
    action: "delete",
    entity: "grant_target",
    entityId: grantId,
    detail: { metric },
  });
}

export async function addPilot(
  tx: Tx,
  actor: Actor,
  grantId: string,
  input: { sector: string; pilotName: string },
): Promise<void> {
  requireGrantsManage(actor);
  await requireGrant(tx, grantId);
  const [row] = await tx
    .insert(grantPilots)
    .values({ centreId: actor.centreId, grantId, sector: input.sector, name: input.pilotName })
    .returning({ id: grantPilots.id });
  // the pilot's measurement starts with the centre's statements (modules/pilots)
  await addStartingStatements(tx, actor.centreId, row.id);
  await recordAudit(tx, actor, {
    action: "create",
    entity: "grant_pilot",
    entityId: row.id,
    detail: { grantId, sector: input.sector },
  });
}

export async function removePilot(tx: Tx, actor: Actor, grantId: string, pilotId: string): Promise<void> {
  requireGrantsManage(actor);
  const removed = await tx
    .delete(grantPilots)
    .where(and(eq(grantPilots.id, pilotId), eq(grantPilots.grantId, grantId)))
    .returning({ id: grantPilots.id });
  if (removed.length === 0) throw new AppError("NOT_FOUND");
  await recordAudit(tx, actor, {
    action: "delete",
    entity: "grant_pilot",
    entityId: pilotId,
    detail: { grantId },
  });
}

/**
 * Makes exactly the given cohorts belong to the grant: ticked cohorts move to it (also from another
 * grant), unticked ones that were under it get no grant.
 */
export async function setGrantCohorts(
  tx: Tx,
  actor: Actor,
  grantId: string,
  cohortIds: string[],
): Promise<void> {
  requireGrantsManage(actor);
  await requireGrant(tx, grantId);
  if (cohortIds.length > 0) {
    const found = await tx.select({ id: cohorts.id }).from(cohorts).where(inArray(cohorts.id, cohortIds));
    if (found.length !== new Set(cohortIds).size) throw new AppError("NOT_FOUND");
    await tx
      .update(cohorts)
      .set({ grantId })
      .where(
        and(
          inArray(cohorts.id, cohortIds),
          or(isNull(cohorts.grantId), notInArray(cohorts.grantId, [grantId])),
        ),
      );
  }
  const leaving = cohortIds.length > 0 ? notInArray(cohorts.id, cohortIds) : undefined;
  await tx
    .update(cohorts)
    .set({ grantId: null })
    .where(and(eq(cohorts.grantId, grantId), leaving));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "grant",
    entityId: grantId,
    detail: { fields: ["cohorts"], cohorts: cohortIds.length },
  });
}
