import { asc, count, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { type CohortKind, cohorts, grants, type TraineeStatus, trainees } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { assertCan, assertId } from "~/modules/accounts/guard";
import { recordAudit } from "~/modules/audit/record.server";
import { invalidField } from "./guard";
import type { CohortInput } from "./input";
import { endDateFor } from "./rules";

export type CohortRow = {
  id: string;
  name: string;
  kind: CohortKind;
  trainingPartner: string;
  startsOn: string;
  endsOn: string;
  counts: Record<TraineeStatus, number>;
};

/** All cohorts of the centre, newest first, with the number of trainees per status. */
export async function listCohorts(tx: Tx, actor: Actor): Promise<CohortRow[]> {
  assertCan(actor, "training:read");
  const rows = await tx
    .select({
      id: cohorts.id,
      name: cohorts.name,
      kind: cohorts.kind,
      trainingPartner: cohorts.trainingPartner,
      startsOn: cohorts.startsOn,
      endsOn: cohorts.endsOn,
    })
    .from(cohorts)
    .orderBy(desc(cohorts.startsOn), asc(cohorts.name));
  const counts = await tx
    .select({ cohortId: trainees.cohortId, status: trainees.status, n: count() })
    .from(trainees)
    .groupBy(trainees.cohortId, trainees.status);
  return rows.map((row) => {
    const perStatus: Record<TraineeStatus, number> = {
      candidate: 0,
      in_training: 0,
      certified: 0,
      stopped: 0,
    };
    for (const c of counts) if (c.cohortId === row.id) perStatus[c.status] = c.n;
    return { ...row, counts: perStatus };
  });
}

/** The grants a cohort can be linked to (read only here). */
export async function grantOptions(tx: Tx, actor: Actor): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "training:read");
  return tx.select({ id: grants.id, name: grants.name }).from(grants).orderBy(asc(grants.name));
}

/** The cohort's fields for the edit form. */
export async function cohortForEdit(tx: Tx, actor: Actor, cohortId: string) {
  assertCan(actor, "training:write");
  assertId(cohortId);
  const [row] = await tx
    .select({
      id: cohorts.id,
      name: cohorts.name,
      kind: cohorts.kind,
      trainingPartner: cohorts.trainingPartner,
      location: cohorts.location,
      province: cohorts.province,
      startsOn: cohorts.startsOn,
      endsOn: cohorts.endsOn,
      grantId: cohorts.grantId,
    })
    .from(cohorts)
    .where(eq(cohorts.id, cohortId));
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

async function stored(tx: Tx, input: CohortInput) {
  const endsOn = endDateFor(input.kind, input.startsOn, input.endsOn);
  if (!endsOn) throw invalidField("endsOn", "training:errors.endRequired");
  if (input.grantId) {
    const [grant] = await tx.select({ id: grants.id }).from(grants).where(eq(grants.id, input.grantId));
    if (!grant) throw invalidField("grantId", "validation.invalid");
  }
  return {
    name: input.name,
    kind: input.kind,
    trainingPartner: input.trainingPartner ?? "",
    location: input.location ?? "",
    province: input.province ?? null,
    startsOn: input.startsOn,
    endsOn,
    grantId: input.grantId ?? null,
  };
}

async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  const [same] = await tx
    .select({ id: cohorts.id })
    .from(cohorts)
    .where(sql`lower(${cohorts.name}) = lower(${name})`);
  if (same && same.id !== exceptId)
    throw new AppError("CONFLICT", "training:errors.nameTaken", { name: ["training:errors.nameTaken"] });
}

export async function createCohort(tx: Tx, actor: Actor, input: CohortInput): Promise<{ id: string }> {
  assertCan(actor, "training:write");
  await assertNameFree(tx, input.name);
  const values = await stored(tx, input);
  const [row] = await tx
    .insert(cohorts)
    .values({ centreId: actor.centreId, ...values })
    .returning({ id: cohorts.id });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "cohort",
    entityId: row.id,
    detail: { kind: values.kind, grant: Boolean(values.grantId) },
  });
  return row;
}

export async function updateCohort(
  tx: Tx,
  actor: Actor,
  input: CohortInput & { id: string },
): Promise<{ id: string }> {
  assertCan(actor, "training:write");
  const before = await cohortForEdit(tx, actor, input.id);
  await assertNameFree(tx, input.name, input.id);
  const values = await stored(tx, input);
  const changed = (Object.keys(values) as (keyof typeof values)[]).filter(
    (key) => (before[key] ?? null) !== (values[key] ?? null),
  );
  await tx
    .update(cohorts)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(cohorts.id, input.id));
  await recordAudit(tx, actor, {
    action: "update",
    entity: "cohort",
    entityId: input.id,
    detail: { fields: changed },
  });
  return { id: input.id };
}
