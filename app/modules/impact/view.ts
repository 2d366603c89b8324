import type { OutcomeFigures, TrendPoint } from "~/modules/outcomes/figures";
import type { PoolFigures, TandemFigures } from "./queries.server";
import { type Shown, shown, suppressCount, suppressShare } from "./suppress";

export const outcomeKeys = ["paid_job", "volunteer", "job_seeking", "other_path"] as const;
export type OutcomeKey = (typeof outcomeKeys)[number];

export type FigureView = { count: Shown; share: Shown };

/** What the dashboard, the PDF and the spreadsheet show: every number already hidden where it must be. */
export type FiguresView = {
  trained: Shown;
  outcomes: Record<OutcomeKey, FigureView>;
  none: Shown;
  longTermUnemployed: FigureView;
  activated: FigureView;
  ladder: {
    measured: Shown;
    before: Shown;
    after: Shown;
    distributionBefore: Shown[];
    distributionAfter: Shown[];
  };
  pool: { assignments: Shown; hours: Shown; evaluations: Shown; averageScore: Shown | null };
  trend: { month: string; values: Record<OutcomeKey, Shown> }[];
};

/**
 * Turns raw figures into what a viewer may see. For a funder (`hide`), every count below `limit`,
 * and what is derived from it (shares, averages, hours), becomes hidden; staff see everything.
 */
export function figuresView(
  figures: OutcomeFigures,
  pool: PoolFigures,
  trend: TrendPoint[],
  options: { hide: boolean; limit: number },
): FiguresView {
  const { hide, limit } = options;
  const count = (n: number): Shown => (hide ? suppressCount(n, limit) : shown(n));
  const share = (value: number, n: number, total: number): Shown =>
    hide ? suppressShare(value, n, total, limit) : shown(value);
  const derived = (value: number | null, basis: number): Shown =>
    value === null
      ? { value: null, suppressed: false }
      : hide && basis < limit
        ? { value: null, suppressed: true }
        : shown(value);
  const total = figures.trained;
  const outcomes = Object.fromEntries(
    outcomeKeys.map((k) => [
      k,
      { count: count(figures.counts[k]), share: share(figures.shares[k], figures.counts[k], total) },
    ]),
  ) as Record<OutcomeKey, FigureView>;
  return {
    trained: count(total),
    outcomes,
    none: count(figures.counts.none),
    longTermUnemployed: {
      count: count(figures.longTermUnemployed),
      share: share(figures.long_term_unemployed_share, figures.longTermUnemployed, total),
    },
    activated: {
      count: count(figures.activated),
      share: share(figures.activated_share, figures.activated, total),
    },
    ladder: {
      measured: count(figures.ladder.measured),
      before: derived(figures.ladder.before, figures.ladder.measured),
      after: derived(figures.ladder.after, figures.ladder.measured),
      distributionBefore: figures.ladder.distributionBefore.map(count),
      distributionAfter: figures.ladder.distributionAfter.map(count),
    },
    pool: {
      assignments: count(pool.assignments),
      hours: derived(pool.hours, pool.assignments),
      evaluations: count(pool.evaluations),
      averageScore: pool.averageScore === null ? null : derived(pool.averageScore, pool.evaluations),
    },
    trend: trend.map((p) => ({
      month: p.month,
      values: Object.fromEntries(outcomeKeys.map((k) => [k, count(p[k])])) as Record<OutcomeKey, Shown>,
    })),
  };
}

/** The tandems' figures as a viewer may see them: for a funder, small counts (and their hours) hidden. */
export type TandemsView = { tandems: Shown; meetings: Shown; hours: Shown };

export function tandemsView(figures: TandemFigures, options: { hide: boolean; limit: number }): TandemsView {
  const { hide, limit } = options;
  const count = (n: number): Shown => (hide ? suppressCount(n, limit) : shown(n));
  return {
    tandems: count(figures.tandems),
    meetings: count(figures.meetings),
    hours: hide && figures.meetings < limit ? { value: null, suppressed: true } : shown(figures.hours),
  };
}
