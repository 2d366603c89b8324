import { and, asc, eq, gte, inArray, isNotNull, lte, type SQL, sql } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { cohorts, grantFunders, measurements, outcomes, trainees } from "~/db/schema";
import { todayIso } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import {
  computeFigures,
  computeTrend,
  type FigureFilter,
  type FigureName,
  inFigure,
  type OutcomeFigures,
  type TraineeRecord,
  type TrendPoint,
} from "./figures";
import { activationSettings } from "./settings.server";

export type { FigureFilter, FigureName, OutcomeFigures, TrendPoint } from "./figures";

type Loaded = TraineeRecord & { name: string; cohort: string };

/**
 * A funder sees only the grants they fund: a grant they do not fund is FORBIDDEN; without a grant,
 * their figures cover the cohorts of all the grants they fund.
 */
async function funderGrantIds(tx: Tx, actor: Actor): Promise<string[] | null> {
  if (actor.role !== "funder") return null;
  const rows = await tx
    .select({ grantId: grantFunders.grantId })
    .from(grantFunders)
    .where(eq(grantFunders.userId, actor.userId));
  return rows.map((r) => r.grantId);
}

async function loadRecords(tx: Tx, actor: Actor, filter: FigureFilter): Promise<Loaded[]> {
  const where: SQL[] = [isNotNull(trainees.certifiedOn)];
  if (filter.from) where.push(gte(trainees.certifiedOn, filter.from));
  if (filter.to) where.push(lte(trainees.certifiedOn, filter.to));
  if (filter.province) {
    where.push(sql`coalesce(${trainees.province}, ${cohorts.province}) = ${filter.province}`);
  }
  if (filter.cohortId) where.push(eq(trainees.cohortId, filter.cohortId));
  const funded = await funderGrantIds(tx, actor);
  if (funded) {
    if (filter.grantId && !funded.includes(filter.grantId)) throw new AppError("FORBIDDEN");
    const grantIds = filter.grantId ? [filter.grantId] : funded;
    if (grantIds.length === 0) return [];
    where.push(inArray(cohorts.grantId, grantIds));
  } else if (filter.grantId) {
    where.push(eq(cohorts.grantId, filter.grantId));
  }
  const people = await tx
    .select({
      id: trainees.id,
      firstName: trainees.firstName,
      lastName: trainees.lastName,
      cohort: cohorts.name,
      situationBefore: trainees.situationBefore,
      certifiedOn: trainees.certifiedOn,
    })
    .from(trainees)
    .innerJoin(cohorts, eq(cohorts.id, trainees.cohortId))
    .where(and(...where))
    .orderBy(asc(trainees.lastName), asc(trainees.firstName));
  if (people.length === 0) return [];
  // The same selection as a subquery (not a list of ids): large centres stay under the parameter limit.
  const ids = tx
    .select({ id: trainees.id })
    .from(trainees)
    .innerJoin(cohorts, eq(cohorts.id, trainees.cohortId))
    .where(and(...where));
  // One query at a time: they share the transaction's connection (issue 14.16).
  const outcomeRows = await tx
    .select({ traineeId: outcomes.traineeId, kind: outcomes.kind, startsOn: outcomes.startsOn })
    .from(outcomes)
    .where(inArray(outcomes.traineeId, ids))
    .orderBy(asc(outcomes.startsOn), asc(outcomes.createdAt));
  const measurementRows = await tx
    .select({
      traineeId: measurements.traineeId,
      moment: measurements.moment,
      measuredOn: measurements.measuredOn,
      ladder: measurements.ladder,
      zrm: measurements.zrm,
    })
    .from(measurements)
    .where(inArray(measurements.traineeId, ids));
  const byId = new Map<string, Loaded>();
  for (const p of people) {
    byId.set(p.id, {
      id: p.id,
      name: `${p.firstName} ${p.lastName}`,
      cohort: p.cohort,
      situationBefore: p.situationBefore,
      certifiedOn: p.certifiedOn,
      outcomes: [],
      measurements: [],
    });
  }
  for (const o of outcomeRows) byId.get(o.traineeId)?.outcomes.push({ kind: o.kind, startsOn: o.startsOn });
  for (const m of measurementRows) {
    byId.get(m.traineeId)?.measurements.push({
      moment: m.moment,
      measuredOn: m.measuredOn,
      ladder: m.ladder,
      zrm: m.zrm ?? null,
    });
  }
  return [...byId.values()];
}

/** The centre's figures (staff and funders: "impact:read"). Aggregates only, never a person. */
export async function outcomeFigures(
  tx: Tx,
  actor: Actor,
  filter: FigureFilter,
  now: Date = new Date(),
): Promise<OutcomeFigures> {
  if (!can(actor.role, "impact:read")) throw new AppError("FORBIDDEN");
  const records = await loadRecords(tx, actor, filter);
  const settings = await activationSettings(tx, actor.centreId);
  return computeFigures(records, filter, settings, todayIso(now));
}

/** The same figures for the command line (an operator on the server, no user), read inside the centre. */
export async function outcomeFiguresAsOperator(
  tx: Tx,
  centreId: string,
  filter: FigureFilter,
  now: Date = new Date(),
): Promise<OutcomeFigures> {
  const operator: Actor = { centreId, userId: "", role: "admin" };
  const records = await loadRecords(tx, operator, filter);
  const settings = await activationSettings(tx, centreId);
  return computeFigures(records, filter, settings, todayIso(now));
}

/** Counts per situation at the end of each month, from the timelines ("impact:read"). */
export async function outcomeTrend(
  tx: Tx,
  actor: Actor,
  filter: FigureFilter,
  now: Date = new Date(),
): Promise<TrendPoint[]> {
  if (!can(actor.role, "impact:read")) throw new AppError("FORBIDDEN");
  const records = await loadRecords(tx, actor, filter);
  return computeTrend(records, filter, todayIso(now));
}

/** Who is behind a figure: staff only ("impact:drilldown"). */
export async function figureMembers(
  tx: Tx,
  actor: Actor,
  filter: FigureFilter,
  figure: FigureName,
  now: Date = new Date(),
): Promise<{ traineeId: string; name: string; cohort: string }[]> {
  if (!can(actor.role, "impact:drilldown")) throw new AppError("FORBIDDEN");
  const records = await loadRecords(tx, actor, filter);
  const settings = await activationSettings(tx, actor.centreId);
  const today = todayIso(now);
  return records
    .filter((r) => inFigure(r, figure, settings, today))
    .map((r) => ({ traineeId: r.id, name: r.name, cohort: r.cohort }));
}
