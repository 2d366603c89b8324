import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { employerStageChanges, employers, outcomes, placements, trainees } from "~/db/schema";
import type { EmployerStage } from "~/db/values";
import { addDays } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import type { EndPlacementInput, PlacementInput } from "./input";

/** Stages before anyone works there: a placement moves the employer on to "at work". */
const beforeWork: EmployerStage[] = ["informed", "considering", "decided", "implementing"];

/**
 * Someone starts work at an employer. In one transaction: the placement, the person's outcome
 * (paid job or volunteer work at this employer, source "placement"), and the employer moves to
 * "at work" when it was not there yet. Needs the outcomes permission as well as the employers one.
 */
export async function startPlacement(
  tx: Tx,
  actor: Actor,
  employerId: string,
  input: PlacementInput,
): Promise<{ id: string }> {
  assertCan(actor, "employers:write");
  assertCan(actor, "outcomes:write");
  assertId(employerId);
  const [employer] = await tx
    .select({ name: employers.name, sector: employers.sector, stage: employers.stage })
    .from(employers)
    .where(eq(employers.id, employerId));
  if (!employer) throw new AppError("NOT_FOUND");
  const [person] = await tx
    .select({ id: trainees.id, expertId: trainees.expertId })
    .from(trainees)
    .where(eq(trainees.id, input.traineeId));
  if (!person) throw new AppError("INVALID", "validation.choose", { traineeId: ["validation.choose"] });
  const [outcome] = await tx
    .insert(outcomes)
    .values({
      centreId: actor.centreId,
      traineeId: person.id,
      kind: input.kind,
      startsOn: input.startsOn,
      employer: employer.name,
      hoursPerWeek: input.hoursPerWeek ?? null,
      sector: employer.sector,
      note: input.note,
      source: "placement",
    })
    .returning({ id: outcomes.id });
  const [row] = await tx
    .insert(placements)
    .values({
      centreId: actor.centreId,
      employerId,
      traineeId: person.id,
      expertId: person.expertId,
      kind: input.kind,
      startsOn: input.startsOn,
      hoursPerWeek: input.hoursPerWeek ?? null,
      note: input.note,
      startOutcomeId: outcome.id,
      createdBy: actor.userId,
    })
    .returning({ id: placements.id });
  if (beforeWork.includes(employer.stage)) {
    await tx
      .update(employers)
      .set({ stage: "at_work", stageSince: input.startsOn })
      .where(eq(employers.id, employerId));
    await tx.insert(employerStageChanges).values({
      centreId: actor.centreId,
      employerId,
      fromStage: employer.stage,
      toStage: "at_work",
      note: "",
      changedBy: actor.userId,
    });
  }
  await recordAudit(tx, actor, {
    action: "create",
    entity: "placement",
    entityId: row.id,
    detail: { employerId, traineeId: person.id, kind: input.kind },
  });
  return row;
}

/**
 * A placement ends: its end date, and the person's next situation on their timeline (from the day
 * after), so "now" in the figures is right. Ending one that has ended already is refused.
 */
export async function endPlacement(
  tx: Tx,
  actor: Actor,
  placementId: string,
  input: EndPlacementInput,
): Promise<void> {
  assertCan(actor, "employers:write");
  assertCan(actor, "outcomes:write");
  assertId(placementId);
  const [placement] = await tx
    .select({
      traineeId: placements.traineeId,
      startsOn: placements.startsOn,
      endsOn: placements.endsOn,
      employer: employers.name,
    })
    .from(placements)
    .innerJoin(employers, eq(employers.id, placements.employerId))
    .where(eq(placements.id, placementId));
  if (!placement) throw new AppError("NOT_FOUND");
  if (placement.endsOn) throw new AppError("CONFLICT", "employers:errors.placementEnded");
  if (input.endsOn < placement.startsOn)
    throw new AppError("INVALID", "employers:errors.endBeforeStart", {
      endsOn: ["employers:errors.endBeforeStart"],
    });
  const [outcome] = await tx
    .insert(outcomes)
    .values({
      centreId: actor.centreId,
      traineeId: placement.traineeId,
      kind: input.next,
      startsOn: addDays(input.endsOn, 1),
      note: input.note,
      source: "placement",
    })
    .returning({ id: outcomes.id });
  await tx
    .update(placements)
    .set({ endsOn: input.endsOn, endOutcomeId: outcome.id })
    .where(and(eq(placements.id, placementId), isNull(placements.endsOn)));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "placement",
    entityId: placementId,
    detail: { fields: ["endsOn"], next: input.next },
  });
}

/** An employer's placements, current first. */
export async function placementsAt(tx: Tx, actor: Actor, employerId: string) {
  assertCan(actor, "employers:read");
  return tx
    .select({
      id: placements.id,
      traineeId: placements.traineeId,
      name: sql<string>`${trainees.firstName} || ' ' || ${trainees.lastName}`,
      kind: placements.kind,
      startsOn: placements.startsOn,
      endsOn: placements.endsOn,
      hoursPerWeek: placements.hoursPerWeek,
    })
    .from(placements)
    .innerJoin(trainees, eq(trainees.id, placements.traineeId))
    .where(eq(placements.employerId, employerId))
    .orderBy(sql`${placements.endsOn} desc nulls first`, desc(placements.startsOn));
}

/** Who can be placed: graduates and people still in training, by name (the placement form's choice). */
export function placeablePeople(tx: Tx) {
  return tx
    .select({ value: trainees.id, label: sql<string>`${trainees.firstName} || ' ' || ${trainees.lastName}` })
    .from(trainees)
    .where(inArray(trainees.status, ["certified", "in_training"]))
    .orderBy(asc(trainees.lastName), asc(trainees.firstName));
}
