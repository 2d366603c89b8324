import { asc, count, eq, inArray } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { cohorts, grantFunders, grantPilots, grants, grantTargets, trainees, user } from "~/db/schema";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { funderGrantIds, isFunder, requireGrantsManage } from "./access.server";

export type GrantRow = {
  id: string;
  name: string;
  funderName: string;
  reference: string;
  amountCents: number | null;
  startsOn: string;
  endsOn: string;
  province: string | null;
};

const grantColumns = {
  id: grants.id,
  name: grants.name,
  funderName: grants.funderName,
  reference: grants.reference,
  amountCents: grants.amountCents,
  startsOn: grants.startsOn,
  endsOn: grants.endsOn,
  province: grants.province,
};

/** All grants of the centre (staff managing grants), newest first by start. */
export async function listGrants(tx: Tx, actor: Actor): Promise<GrantRow[]> {
  requireGrantsManage(actor);
  return tx.select(grantColumns).from(grants).orderBy(asc(grants.startsOn), asc(grants.name));
}

/** The grants whose figures the actor may see: all (staff with impact:read) or only their own (funder). */
export async function visibleGrants(tx: Tx, actor: Actor): Promise<GrantRow[]> {
  if (!can(actor.role, "impact:read")) throw new AppError("FORBIDDEN");
  if (!isFunder(actor)) return tx.select(grantColumns).from(grants).orderBy(asc(grants.name));
  const ids = await funderGrantIds(tx, actor);
  if (ids.length === 0) return [];
  return tx.select(grantColumns).from(grants).where(inArray(grants.id, ids)).orderBy(asc(grants.name));
}

/** Facts of one grant without people: for reports and the funder's page. Access is checked by the caller. */
export async function grantFacts(tx: Tx, grantId: string) {
  const [grant] = await tx
    .select({ ...grantColumns, description: grants.description })
    .from(grants)
    .where(eq(grants.id, grantId));
  if (!grant) throw new AppError("NOT_FOUND");
  const targets = await tx
    .select({ metric: grantTargets.metric, target: grantTargets.target })
    .from(grantTargets)
    .where(eq(grantTargets.grantId, grantId));
  const pilots = await tx
    .select({ id: grantPilots.id, sector: grantPilots.sector, name: grantPilots.name })
    .from(grantPilots)
    .where(eq(grantPilots.grantId, grantId))
    .orderBy(asc(grantPilots.sector), asc(grantPilots.name));
  const cohortRows = await tx
    .select({ id: cohorts.id, name: cohorts.name })
    .from(cohorts)
    .where(eq(cohorts.grantId, grantId))
    .orderBy(asc(cohorts.startsOn));
  return { grant, targets, pilots, cohorts: cohortRows };
}

/** Everything the grant's edit page shows: facts, every cohort of the centre (to tick), and the funder accounts. */
export async function grantDetail(tx: Tx, actor: Actor, grantId: string) {
  requireGrantsManage(actor);
  const facts = await grantFacts(tx, grantId);
  const allCohorts = await tx
    .select({ id: cohorts.id, name: cohorts.name, grantId: cohorts.grantId, trainees: count(trainees.id) })
    .from(cohorts)
    .leftJoin(trainees, eq(trainees.cohortId, cohorts.id))
    .groupBy(cohorts.id)
    .orderBy(asc(cohorts.startsOn), asc(cohorts.name));
  const funders = await tx
    .select({ userId: grantFunders.userId, name: user.name, email: user.email })
    .from(grantFunders)
    .innerJoin(user, eq(user.id, grantFunders.userId))
    .where(eq(grantFunders.grantId, grantId))
    .orderBy(asc(user.name));
  return {
    ...facts,
    allCohorts: allCohorts.map((c) => ({
      ...c,
      trainees: Number(c.trainees),
      inGrant: c.grantId === grantId,
    })),
    funders,
  };
}
