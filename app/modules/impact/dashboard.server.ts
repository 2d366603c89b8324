import { asc } from "drizzle-orm";
import type { Tx } from "~/db/client.server";
import { cohorts } from "~/db/schema";
import type { Actor } from "~/modules/accounts/actor";
import { can } from "~/modules/accounts/permissions";
import { isFunder } from "~/modules/grants/access.server";
import { type GrantRow, visibleGrants } from "~/modules/grants/queries.server";
import { type FigureFilter, outcomeFigures, outcomeTrend } from "~/modules/outcomes/figures.server";
import { readImpactSettings } from "~/modules/outcomes/settings.server";
import { type SectorResult, sectorResults } from "~/modules/pilots/queries.server";
import { overlap } from "./filter";
import {
  type PoolFigures,
  type PublicQuote,
  poolFigures,
  publicQuotes,
  type TandemFigures,
  tandemFigures,
} from "./queries.server";
import { type FiguresView, figuresView, type TandemsView, tandemsView } from "./view";

const noPool: PoolFigures = { assignments: 0, hours: 0, evaluations: 0, averageScore: null };
const noTandems: TandemFigures = { tandems: 0, meetings: 0, hours: 0 };

export type Dashboard = {
  funder: boolean;
  canDrill: boolean;
  limit: number;
  filter: FigureFilter;
  activation: { ladderRise: number; zrmEnabled: boolean; participationMin: number };
  grants: { id: string; name: string }[];
  cohorts: { id: string; name: string }[];
  /** The period the pool figures cover (the filter, narrowed to the chosen or funded grants). */
  poolPeriod: { from?: string; to?: string } | null;
  view: FiguresView;
  /** Tandems that ran in the pool period and their meetings (same period and province as the pool). */
  tandems: TandemsView;
  quotes: PublicQuote[];
  /** The pilots' change per sector and per statement (small groups hidden for everyone). */
  pilots: SectorResult[];
};

/** The pool period: the filter's, within the chosen grant's (or, for a funder, their grants') period. */
function poolPeriodFor(filter: FigureFilter, grants: GrantRow[], funder: boolean) {
  const chosen = filter.grantId ? grants.filter((g) => g.id === filter.grantId) : funder ? grants : [];
  if (funder && chosen.length === 0) return null;
  if (chosen.length === 0) return { from: filter.from, to: filter.to };
  const span = {
    from: chosen.map((g) => g.startsOn).sort()[0],
    to: chosen
      .map((g) => g.endsOn)
      .sort()
      .pop(),
  };
  return overlap({ from: filter.from, to: filter.to }, span);
}

/**
 * Everything the impact page shows. Staff ("impact:read") see the whole centre with all filters;
 * a funder sees only the grants linked to them, in aggregate, with small groups hidden.
 */
export async function impactDashboard(
  tx: Tx,
  actor: Actor,
  requested: FigureFilter,
  now: Date = new Date(),
): Promise<Dashboard> {
  const funder = isFunder(actor);
  const grants = await visibleGrants(tx, actor);
  const settings = await readImpactSettings(tx, actor.centreId);
  const filter: FigureFilter = funder
    ? { from: requested.from, to: requested.to, grantId: requested.grantId }
    : requested;
  const known = !filter.grantId || grants.some((g) => g.id === filter.grantId);
  if (!known) filter.grantId = undefined;
  const noGrants = funder && grants.length === 0;
  const period = noGrants ? null : poolPeriodFor(filter, grants, funder);
  const poolFilter = period ? { ...period, province: filter.province } : null;
  // One query at a time: they share the transaction's connection (issue 14.16).
  const figures = await outcomeFigures(tx, actor, filter, now);
  const trend = await outcomeTrend(tx, actor, filter, now);
  const pool = poolFilter ? await poolFigures(tx, actor, poolFilter) : noPool;
  const tandems = poolFilter ? await tandemFigures(tx, actor, poolFilter) : noTandems;
  const quotes = poolFilter ? await publicQuotes(tx, actor, poolFilter) : [];
  const pilotGrants = filter.grantId ? [filter.grantId] : noGrants ? [] : grants.map((g) => g.id);
  const pilots = await sectorResults(tx, pilotGrants, settings.smallGroupLimit);
  const cohortRows = funder
    ? []
    : await tx.select({ id: cohorts.id, name: cohorts.name }).from(cohorts).orderBy(asc(cohorts.startsOn));
  return {
    funder,
    canDrill: can(actor.role, "impact:drilldown"),
    limit: settings.smallGroupLimit,
    filter,
    activation: {
      ladderRise: settings.activatedLadderRise,
      zrmEnabled: settings.zrmEnabled,
      participationMin: settings.activatedParticipationMin,
    },
    grants: grants.map((g) => ({ id: g.id, name: g.name })),
    cohorts: cohortRows,
    poolPeriod: period,
    view: figuresView(figures, pool, trend, { hide: funder, limit: settings.smallGroupLimit }),
    tandems: tandemsView(tandems, { hide: funder, limit: settings.smallGroupLimit }),
    quotes,
    pilots,
  };
}
