import { and, count, eq, inArray } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { centres, cohorts, type GrantMetric, grantMetrics, trainees } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { recordAudit } from "~/modules/audit/record.server";
import { isFunder, requireGrantAccess } from "~/modules/grants/access.server";
import { grantFacts } from "~/modules/grants/queries.server";
import { outcomeFigures, outcomeTrend } from "~/modules/outcomes/figures.server";
import { readImpactSettings } from "~/modules/outcomes/settings.server";
import { type SectorResult, sectorResults } from "~/modules/pilots/queries.server";
import { type PublicQuote, poolFigures, publicQuotes } from "./queries.server";
import { type Shown, shown, suppressCount } from "./suppress";
import { type FiguresView, figuresView } from "./view";

export type TargetRow = {
  metric: GrantMetric;
  target: number | null;
  reached: Shown;
  percent: boolean;
  /** Whether the target is reached; null without a target or when the number is hidden. */
  met: boolean | null;
};

export type GrantReport = {
  centreName: string;
  grant: {
    name: string;
    funderName: string;
    reference: string;
    amountCents: number | null;
    startsOn: string;
    endsOn: string;
    province: string | null;
    description: string;
  };
  cohorts: string[];
  pilots: { sector: string; name: string }[];
  funder: boolean;
  limit: number;
  targets: TargetRow[];
  view: FiguresView;
  quotes: PublicQuote[];
  /** The pilots' change per sector and per statement, small groups hidden ("<5"). */
  pilotResults: SectorResult[];
};

/**
 * The live figures of one grant for its report: facts, targets against what was reached, outcomes,
 * ladder and public quotes. Staff and the grant's own funders (small groups hidden for funders).
 * Outcome figures cover the grant's cohorts; inzetten and hours the grant's period. Audited as an export.
 */
export async function grantReport(
  tx: Tx,
  actor: Actor,
  grantId: string,
  now: Date = new Date(),
): Promise<GrantReport> {
  await requireGrantAccess(tx, actor, grantId);
  const funder = isFunder(actor);
  const facts = await grantFacts(tx, grantId);
  const [centre] = await tx
    .select({ name: centres.name })
    .from(centres)
    .where(eq(centres.id, actor.centreId));
  const settings = await readImpactSettings(tx, actor.centreId);
  const limit = settings.smallGroupLimit;
  const period = { from: facts.grant.startsOn, to: facts.grant.endsOn };
  const cohortIds = facts.cohorts.map((c) => c.id);
  // One query at a time: they share the transaction's connection (issue 14.16).
  const figures = await outcomeFigures(tx, actor, { grantId }, now);
  const trend = await outcomeTrend(tx, actor, { grantId }, now);
  const pool = await poolFigures(tx, actor, period);
  const quotes = await publicQuotes(tx, actor, period, 3);
  const inTraining =
    cohortIds.length === 0
      ? [{ n: 0 }]
      : await tx
          .select({ n: count() })
          .from(trainees)
          .innerJoin(cohorts, eq(cohorts.id, trainees.cohortId))
          .where(
            and(
              inArray(trainees.cohortId, cohortIds),
              inArray(trainees.status, ["in_training", "certified"]),
            ),
          );
  const pilotResults = await sectorResults(tx, [grantId], limit);
  const view = figuresView(figures, pool, trend, { hide: funder, limit });
  const trained = funder ? suppressCount(Number(inTraining[0].n), limit) : shown(Number(inTraining[0].n));
  const reached: Record<GrantMetric, Shown> = {
    trained,
    certified: view.trained,
    paid_job_share: view.outcomes.paid_job.share,
    volunteer_share: view.outcomes.volunteer.share,
    activated_share: view.activated.share,
    assignments: view.pool.assignments,
    assignment_hours: view.pool.hours,
    pilots: shown(facts.pilots.length),
  };
  const targets = grantMetrics.map((metric): TargetRow => {
    const target = facts.targets.find((t) => t.metric === metric)?.target ?? null;
    const value = reached[metric];
    return {
      metric,
      target,
      reached: value,
      percent: metric.endsWith("_share"),
      met: target === null || value.value === null ? null : value.value >= target,
    };
  });
  await recordAudit(tx, actor, {
    action: "export",
    entity: "grant",
    entityId: grantId,
    detail: { what: "report" },
  });
  return {
    centreName: centre?.name ?? "",
    grant: facts.grant,
    cohorts: facts.cohorts.map((c) => c.name),
    pilots: facts.pilots.map((p) => ({ sector: p.sector, name: p.name })),
    funder,
    limit,
    targets,
    view,
    quotes,
    pilotResults,
  };
}
