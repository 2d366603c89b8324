import { asc, eq } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { cohorts, trainees } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";

/** Where an expert in the pool was trained ("opgeleid in <cohort>"); empty for roles without training:read. */
export async function trainingOfExpert(
  tx: Tx,
  actor: Actor,
  expertId: string,
): Promise<{ traineeId: string; cohortName: string }[]> {
  if (!can(actor.role, "training:read")) return [];
  return tx
    .select({ traineeId: trainees.id, cohortName: cohorts.name })
    .from(trainees)
    .innerJoin(cohorts, eq(cohorts.id, trainees.cohortId))
    .where(eq(trainees.expertId, expertId))
    .orderBy(asc(cohorts.startsOn));
}
